"""Checking and saving an upload takes as many SQL statements for 500 rows as for 50: the
clashes, the units and the approved figures are each read in one query for all the rows,
and the figures and their audit rows are written in one statement each (issue 13: a
statement or three per row made 4.900 rows take ~19.600)."""

from __future__ import annotations

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import AuditEvent
from tests.bigentry import assign, filled, local_units, measures, workbook
from tests.entryhelpers import entry_url
from tests.webhelpers import client_for


def _statements(client, period: str, rows) -> int:
    upload = filled(workbook(client, period), rows)
    with CaptureQueriesContext(connection) as queries:
        r = client.post(entry_url(period=period, name="upload"), {"file": upload})
    assert r.status_code == 302, r.content.decode()[:2000]
    return len(queries)


def test_it_takes_as_many_statements_for_500_rows_as_for_50(demo):
    units = local_units(50, day=date(2022, 12, 31), until=date(2024, 12, 31))
    chosen = measures(10)
    assign(units, chosen)
    pairs = [(m.key, u) for m in chosen for u in units]
    client = client_for("laodong")
    # a first upload fills the caches that outlive a request (the plan's measures)
    _statements(client, "2022", [(k, u, 12) for k, u in pairs[:5]])

    fifty = _statements(client, "2023", [(k, u, 20) for k, u in pairs[:50]])
    five_hundred = _statements(client, "2024", [(k, u, 30) for k, u in pairs])

    assert five_hundred == fifty
    assert fifty < 60  # a handful per upload, not one per row
    saved = FigureRecord.objects.filter(submission__agency__code="so-ldtbxh")
    assert saved.filter(period="2023").count() == 50
    assert saved.filter(period="2024").count() == 500
    entered = AuditEvent.objects.filter(action="enter", object_type="figurerecord")
    keys = [str(pk) for pk in saved.values_list("pk", flat=True)]
    assert entered.filter(object_id__in=keys).count() == 555
