"""The planning office keeps a DHIS2 mapping for the plan (a YAML file, checked first, its
change on the record); the downloads use it from then on; a wrong mapping is refused by
its line and nothing is kept; no one else may change it."""

from __future__ import annotations

import json

from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.web.figures.models import ExchangeMapping
from chitieu.web.people.models import AuditEvent
from tests.exchangeweb import exchange_plan
from tests.webhelpers import client_for

GOOD = """\
data_set: BfMAe6Itzgt
metrics:
  nuoc-sach: fBk4ZF8sdAb
  xa-dat-chuan: Uvn6LCg7dVU
units:
  "20": ImspTQPwCqd
"""
BAD = """\
metrics:
  nuoc-sach: fBk4ZF8sdAb
  xa-dat-chuan: fBk4ZF8sdAb
"""


def _post(user: str, slug: str, body: str | None, kind: str = "dhis2"):
    data: dict[str, object] = {"kind": kind}
    if body is not None:
        data["file"] = SimpleUploadedFile("dhis2.yaml", body.encode(), "application/yaml")
    return client_for(user).post(f"/plans/{slug}/exchange/mapping", data)


def test_the_kept_mapping_gives_the_other_systems_codes(demo, people):
    plan = exchange_plan(people["kehoach"])
    assert _post("kehoach", plan.slug, GOOD).status_code == 302
    kept = ExchangeMapping.objects.get(plan=plan, kind="dhis2", agency=None)
    assert kept.data["units"] == {"20": "ImspTQPwCqd"}
    event = AuditEvent.objects.filter(object_id=str(kept.pk), action="create").get()
    assert "fBk4ZF8sdAb" in event.new
    body = client_for(None).get(f"/plans/{plan.slug}/exchange/dhis2.json").getvalue()
    payload = json.loads(body)
    assert payload["dataSet"] == "BfMAe6Itzgt"
    assert {(v["dataElement"], v["orgUnit"]) for v in payload["dataValues"]} == {
        ("fBk4ZF8sdAb", "ImspTQPwCqd")
    }
    page = client_for("daibieu").get(f"/plans/{plan.slug}/exchange/").content.decode()
    assert "một bảng đối chiếu lưu ngày" in page
    # no file: back to chitieu's own codes, on the record too
    assert _post("kehoach", plan.slug, None).status_code == 302
    payload = json.loads(client_for(None).get(f"/plans/{plan.slug}/exchange/dhis2.json").getvalue())
    assert payload["dataValues"][0]["dataElement"] == "nuoc-sach"
    assert AuditEvent.objects.filter(object_id=str(kept.pk), action="change").count() == 1


def test_a_wrong_mapping_is_refused_by_its_line_and_not_kept(demo, people):
    plan = exchange_plan(people["kehoach"])
    response = _post("kehoach", plan.slug, BAD)
    assert response.status_code == 400
    page = response.content.decode()
    assert "dhis2.yaml" in page and "Không lưu gì." in page
    assert not ExchangeMapping.objects.filter(plan=plan).exists()


def test_only_the_planning_office_keeps_a_mapping(demo, people):
    plan = exchange_plan(people["kehoach"])
    for user in ("daibieu", "laodong", "pheduyet"):
        assert _post(user, plan.slug, GOOD).status_code == 403
    assert not ExchangeMapping.objects.filter(plan=plan).exists()
    page = client_for("daibieu").get(f"/plans/{plan.slug}/exchange/").content.decode()
    assert 'id="mapping-form"' not in page
