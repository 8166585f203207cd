"""The planning office sets a measure's plausible values and largest yearly change in the
plan editor or the admin; they are checked as a plan file's are, recorded, exported with
the plan and read back by the API."""

from __future__ import annotations

from decimal import Decimal

from chitieu.targets.model import ValidRange
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import core_plan, plan_data
from tests.planhelpers import form_fields, measure_field
from tests.webhelpers import client_for

EDIT = "/plans/langson-xvii/edit/"


def _editor():  # type: ignore[no-untyped-def]
    c = client_for("kehoach")
    return c, form_fields(c.get(EDIT).content.decode())


def test_the_editor_sets_them_typed_the_vietnamese_way_and_records_them(demo, people):
    c, data = _editor()
    data[measure_field(data, "grdp-growth", "valid_min")] = "-5"
    data[measure_field(data, "grdp-growth", "valid_max")] = "15,5"
    data[measure_field(data, "grdp-growth", "max_change")] = "4"
    assert c.post(EDIT, data).status_code == 302
    demo.refresh_from_db()
    metric = core_plan(demo).metric("grdp-growth")
    assert (metric.valid_range, metric.max_change) == (
        ValidRange(Decimal("-5"), Decimal("15.5")),
        Decimal("4"),
    )
    measure = demo.measures.get(key="grdp-growth")
    changes = {
        e.field: (e.old, e.new)
        for e in AuditEvent.objects.filter(plan=demo, action="change", object_id=str(measure.pk))
    }
    assert changes == {
        "valid_range.min": ("", "-5"),
        "valid_range.max": ("", "15.5"),
        "max_change": ("", "4"),
    }
    _, again = _editor()
    assert again[measure_field(again, "grdp-growth", "valid_max")] == "15,5"
    exported = client_for("kehoach").get("/plans/langson-xvii/export.yaml").content.decode()
    grdp = exported.split("id: grdp-growth")[1].split("- id:")[0]
    assert "valid_range:\n      min: '-5'\n      max: '15.5'\n" in grdp
    assert "max_change: '4'\n" in grdp


def test_the_editor_puts_a_range_that_holds_nothing_on_its_field(demo):
    c, data = _editor()
    data[measure_field(data, "grdp-growth", "valid_min")] = "20"
    data[measure_field(data, "grdp-growth", "valid_max")] = "10"
    before = plan_data(demo)
    r = c.post(EDIT, data)
    assert r.status_code == 200  # the editor again, with the error on the field
    page = r.content.decode()
    field = measure_field(data, "grdp-growth", "valid_min").replace("valid_min", "valid_max")
    errors = page.split(f'id="id_{field}_errors"')[1].split("</ul>")[0]
    assert "giá trị hợp lý cao nhất 10 nhỏ hơn giá trị hợp lý thấp nhất, 20" in errors
    demo.refresh_from_db()
    assert plan_data(demo) == before


def test_the_admin_sets_them_too_and_the_api_reads_them(demo):
    c = client_for("quantri")
    measure = demo.measures.get(key="poverty-rate")
    data = form_fields(
        c.get(f"/admin/plans/measure/{measure.pk}/change/").content.decode(), "measure_form"
    )
    data |= {"valid_min": "0", "valid_max": "60", "max_change": "2,5"}
    assert c.post(f"/admin/plans/measure/{measure.pk}/change/", data).status_code == 302
    plan = client_for("daibieu").get("/api/plans/langson-xvii").json()
    [metric] = [m for t in plan["targets"] for m in t["metrics"] if m["id"] == "poverty-rate"]
    assert (metric["valid_range"], metric["max_change"]) == ({"min": "0", "max": "60"}, "2.5")
