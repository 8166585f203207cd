"""A DHIS2 data value set downloaded from one plan's exchange page and uploaded by an
agency into another plan, with the mapping file that names DHIS2's codes, gives the same
figures (measure, unit, period, value, stage, report date) as the agency's drafts, one
report per period, on the record (their source is the agency, as of every report); so
does an SDMX-CSV file with chitieu's own codes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.exchange.mapping import mapping_from_data
from chitieu.web.figures.exchange import keep
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.figures.services import import_plan
from chitieu.web.people.models import Agency, Assignment, AuditEvent
from tests.exchangeweb import exchange_plan
from tests.unitplan import core_plan
from tests.webhelpers import client_for

MAPPING = """\
metrics: {nuoc-sach: fClean01}
units: {"20": LS0001}
stages: {official: OFFICIAL, estimate: ESTIMATE}
"""
AGENCY = "Sở Lao động - Thương binh và Xã hội"
EXPECTED = [
    ("nuoc-sach", "20", "2022", Decimal("61"), "official", date(2023, 3, 31), AGENCY),
    ("nuoc-sach", "20", "2023", Decimal("66"), "estimate", date(2023, 12, 10), AGENCY),
]


def _target(people):
    plan = import_plan(people["kehoach"], core_plan("nhap"), [])
    plan.is_public = True
    plan.save(update_fields=["is_public"])
    agency = Agency.objects.get(code="so-ldtbxh")
    measure = plan.measures.get(key="nuoc-sach")
    Assignment.objects.create(measure=measure, agency=agency, unit_code="20")
    return plan


def _saved(plan):
    rows = FigureRecord.objects.filter(plan=plan).order_by("period")
    return [
        (r.measure.key, r.unit_code, r.period, r.value, r.stage, r.as_of, r.source) for r in rows
    ]


def _upload(client, slug, name, body, kind, mapping=None):
    data = {"format": kind, "file": SimpleUploadedFile(name, body)}
    if mapping is not None:
        data["mapping"] = SimpleUploadedFile("dhis2.yaml", mapping.encode())
    response = client.post(f"/figures/exchange/{slug}/so-ldtbxh/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response["Location"]


def test_it_gives_back_the_same_figures_from_a_dhis2_download(demo, people):
    source = exchange_plan(people["kehoach"])
    keep(people["kehoach"], source, "dhis2", mapping_from_data(_mapping()))
    body = client_for(None).get(f"/plans/{source.slug}/exchange/dhis2.json").getvalue()
    assert b"fClean01" in body and b"LS0001" in body and b"OFFICIAL" in body
    plan = _target(people)
    client = client_for("laodong")
    url = _upload(client, plan.slug, "xuat.dhis2.json", body, "dhis2", MAPPING)
    page = client.get(url).content.decode()
    assert "$.dataValues[1]" in page
    assert _saved(plan) == []
    events = AuditEvent.objects.count()
    response = client.post(url, {"action": "save"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert _saved(plan) == EXPECTED
    subs = Submission.objects.filter(plan=plan).order_by("period")
    assert [(s.agency.code, s.period, s.status) for s in subs] == [
        ("so-ldtbxh", "2022", "draft"),
        ("so-ldtbxh", "2023", "draft"),
    ]
    entered = AuditEvent.objects.filter(plan=plan, action="enter", field="value")
    assert sorted(e.new for e in entered) == ["61", "66"]
    assert AuditEvent.objects.count() > events


def test_it_gives_back_the_same_figures_from_an_sdmx_csv_download(demo, people):
    source = exchange_plan(people["kehoach"])
    body = client_for(None).get(f"/plans/{source.slug}/exchange/sdmx.csv").getvalue()
    plan = _target(people)
    client = client_for("laodong")
    url = _upload(client, plan.slug, "xuat.sdmx.csv", body, "sdmx-csv")
    response = client.post(url, {"action": "save"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert _saved(plan) == EXPECTED


def _mapping():
    return {
        "metrics": {"nuoc-sach": "fClean01"},
        "units": {"20": "LS0001"},
        "stages": {"official": "OFFICIAL", "estimate": "ESTIMATE"},
    }
