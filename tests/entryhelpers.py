"""Helpers for the data-entry tests: the report URLs and a filled entry form."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django.utils import timezone

PLAN = "langson-xvii"
LABOUR = "so-ldtbxh"  # laodong reports targets 13 (trained-labour) and 14 (poverty-rate)
TOURISM = "so-vhttdl"  # dulich reports targets 4 and 11


def entry_url(agency: str = LABOUR, period: str = "2025", name: str = "entry") -> str:
    return reverse(f"figures:{name}", args=[PLAN, agency, period])


def today_text() -> str:
    d = timezone.localdate()
    return f"{d.day}/{d.month}/{d.year}"


def form(
    action: str = "save", as_of: str | None = None, confirm: bool = False, **values: Any
) -> dict[str, str]:
    """The entry form of the labour department: values by measure key, as typed.

    A value may be a (value, stage) pair; unnamed measures are left empty. ``confirm``:
    the box ticked for the values given, as the page asks when they have warnings.
    """
    data = {"action": action, "as_of": today_text() if as_of is None else as_of}
    for key in ("trained-labour", "poverty-rate"):
        given = values.get(key.replace("-", "_"), "")
        value, stage = given if isinstance(given, tuple) else (given, "official")
        data[f"value-{key}-20"] = value
        data[f"stage-{key}-20"] = stage
        data[f"note-{key}-20"] = ""
        if confirm and value:
            data[f"confirmed-{key}-20"] = value
    if confirm:
        data["confirm"] = "1"
    return data


def confirmed_upload(upload: io.BytesIO) -> dict[str, Any]:
    """An upload sent again with its warnings confirmed, as the page asks."""
    return {"file": upload, "confirm": "1", "digest": hashlib.sha256(upload.getvalue()).hexdigest()}


def approved_series(key: str, values: dict[str, str], stage: str = "official") -> None:
    """Replace the demo's approved figures of a measure by these (as an import leaves them:
    approved, in no report), each dated 31 March after its period, so a test states the
    figures it relies on."""
    from chitieu.figures.periods import parse_period
    from chitieu.web.figures.models import FigureRecord
    from chitieu.web.plans.models import Measure

    measure = Measure.objects.get(plan__slug=PLAN, key=key)
    FigureRecord.objects.filter(measure=measure, submission__isnull=True).delete()
    for period, value in values.items():
        add_approved(key, period, value, stage, date(parse_period(period).last_year + 1, 3, 31))


def add_approved(
    key: str, period: str, value: str, stage: str, as_of: date, unit: str = "20"
) -> None:
    """One more approved figure of the demo plan's measure (for the province by default)."""
    from chitieu.web.figures.models import FigureRecord
    from chitieu.web.plans.models import Measure

    measure = Measure.objects.select_related("plan").get(plan__slug=PLAN, key=key)
    number = Decimal(value)
    FigureRecord.objects.create(
        plan=measure.plan,
        measure=measure,
        unit_code=unit,
        period=period,
        value=number,
        places=max(0, -int(number.as_tuple().exponent)),
        stage=stage,
        as_of=as_of,
        approved_at=timezone.now(),
    )
    measure.plan.touch()


def xlsx(workbook: Any, name: str = "bao-cao.xlsx") -> io.BytesIO:
    """An openpyxl workbook as an uploaded file."""
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    out.name = name
    return out


def pages_still_answer() -> None:
    """Every page that reads the plan's figures answers: the public dashboard and a target
    page, the entry page and a history, the statuses, the exports and a review workbook."""
    from tests.webhelpers import client_for

    anonymous, reporter, planner = client_for(None), client_for("laodong"), client_for("kehoach")
    pages = [
        (anonymous, f"/dashboard/{PLAN}/"),
        (anonymous, f"/dashboard/{PLAN}/targets/13/"),
        (anonymous, f"/api/plans/{PLAN}/statuses"),
        (anonymous, f"/api/plans/{PLAN}/figures.csv"),
        (reporter, entry_url()),
        (reporter, reverse("figures:history", args=[PLAN, "trained-labour"])),
        (planner, f"/plans/{PLAN}/figures.csv"),
        (planner, f"/dashboard/{PLAN}/reports/?period=2025&kind=review&format=xlsx"),
    ]
    for client, url in pages:
        assert client.get(url).status_code == 200, url


def jumping_series() -> None:
    """Trained labour in 2021–2024 rising by 2,3 a year at most: 70 in 2025 is a jump."""
    approved_series(
        "trained-labour", {"2021": "57", "2022": "58.5", "2023": "60.2", "2024": "62.5"}
    )


def filled_template(client: Any, value: float) -> io.BytesIO:
    """The labour department's template with trained labour for 2025 filled in."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(client.get(entry_url(name="template")).content))
    wb["Số liệu"]["H7"], wb["Số liệu"]["I7"] = value, "chính thức"
    return xlsx(wb)


def draft_values() -> list[str]:
    """The values of the figures in reports (drafts), as the core reads them."""
    from chitieu.web.figures.models import FigureRecord

    return [str(f.to_core().value) for f in FigureRecord.objects.filter(submission__isnull=False)]
