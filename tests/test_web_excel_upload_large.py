"""A large agency's report fits in one upload: 200 districts and communes × 35 measures,
7.000 rows of an Excel template, are all saved into the draft, each figure with its audit
row (issue 13: 5.000 rows were the most, and 4.900 took some 19.600 SQL statements)."""

from __future__ import annotations

from decimal import Decimal

from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import AuditEvent
from tests.bigentry import assign, filled, local_units, measures, workbook
from tests.entryhelpers import entry_url
from tests.webhelpers import client_for


def test_it_saves_every_figure_of_a_7000_row_upload_with_its_audit_row(demo):
    units = local_units(200)
    every = measures()
    assert len(every) == 35
    assign(units, every)
    # values 1 … 40 (no warning: the demo's measures find none of them implausible)
    rows = [(m.key, u, i % 40 + 1) for i, (m, u) in enumerate((m, u) for m in every for u in units)]
    assert len(rows) == 7000
    client = client_for("laodong")
    upload = filled(workbook(client, "2024"), rows)

    r = client.post(entry_url(period="2024", name="upload"), {"file": upload})

    assert r.status_code == 302, r.content.decode()[:3000]
    saved = FigureRecord.objects.filter(
        submission__period="2024", submission__agency__code="so-ldtbxh"
    )
    stored = {
        (f.measure.key, f.unit_code): (f.value, f.stage) for f in saved.select_related("measure")
    }
    assert stored == {(k, u): (Decimal(v), "official") for k, u, v in rows}
    entered = AuditEvent.objects.filter(action="enter", object_type="figurerecord")
    trail = dict(
        entered.filter(
            object_id__in=[str(pk) for pk in saved.values_list("pk", flat=True)]
        ).values_list("object_id", "new")
    )
    assert len(trail) == 7000
    by_pk = {str(f.pk): f.value for f in saved}
    assert all(Decimal(trail[pk]) == value for pk, value in by_pk.items())
