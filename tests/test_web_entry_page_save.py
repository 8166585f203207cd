"""Saving one page of a large report saves that page's lines only: the values already in
the draft on other pages stay, and a value someone changed meanwhile is still refused."""

from __future__ import annotations

from decimal import Decimal

from chitieu.web.figures.models import FigureRecord
from tests.entryhelpers import entry_url, today_text
from tests.pagedentry import large_report
from tests.webhelpers import client_for

PAGE_1 = ["20", "05971", "05974", "05977", "05980", "05983", "05986", "05989", "05992", "05998"]
PAGE_2 = ["06001", "06004", "06010", "06013", "06016", "06019", "06022", "06025", "06028", "06031"]


def page_form(units: list[str], value: str, version: int = 0) -> dict[str, str]:
    """A page's form as the browser posts it: trained labour typed for each unit (near the
    province's 60,2 of 2023, so no warning), the poverty rate left empty, each line with
    the version the page showed."""
    data = {"action": "save", "as_of": today_text()}
    for unit in units:
        for key, typed in (("trained-labour", value), ("poverty-rate", "")):
            data[f"value-{key}-{unit}"] = typed
            data[f"stage-{key}-{unit}"] = "official" if typed else ""
            data[f"note-{key}-{unit}"] = ""
            data[f"version-{key}-{unit}"] = str(version if typed else 0)
    return data


def drafted() -> dict[str, Decimal]:
    rows = FigureRecord.objects.filter(
        submission__agency__code="so-ldtbxh", submission__period="2024"
    )
    return {u: v for u, v in rows.values_list("unit_code", "value")}


def test_it_keeps_the_first_pages_values_when_the_second_is_saved(demo, settings):
    large_report(settings)
    client = client_for("laodong")
    url = entry_url(period="2024")

    first = client.post(url + "?page=1", page_form(PAGE_1, "61,5"))
    second = client.post(url + "?page=2", page_form(PAGE_2, "63"))

    assert first.status_code == 302 and first["Location"] == url + "?page=1"
    assert second.status_code == 302 and second["Location"] == url + "?page=2"
    assert drafted() == {u: Decimal("61.5") for u in PAGE_1} | {u: Decimal(63) for u in PAGE_2}
    html = client.get(url + "?page=2").content.decode()
    assert "Báo cáo có 122 dòng của 61 đơn vị: 20 dòng đã có số liệu, 102 dòng còn trống." in html


def test_it_still_refuses_a_page_written_over_a_newer_value(demo, settings):
    large_report(settings)
    client = client_for("laodong")
    url = entry_url(period="2024")
    client.post(url + "?page=1", page_form(PAGE_1, "61,5"))
    client.post(url + "?page=1", page_form(PAGE_1, "62", version=1))  # someone else

    stale = client.post(url + "?page=1", page_form(PAGE_1, "63", version=1))

    assert stale.status_code == 409
    assert drafted() == {u: Decimal(62) for u in PAGE_1}
