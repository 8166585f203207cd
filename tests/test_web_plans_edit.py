"""Editing a plan in the page: the change goes through the core's check, reaches the
evaluation, and each changed field is recorded with its old and new value."""

from __future__ import annotations

from decimal import Decimal

from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import core_plan, plan_data
from tests.planhelpers import form_fields, measure_field, target_field
from tests.webhelpers import client_for

EDIT = "/plans/langson-xvii/edit/"


def editor_form(user: str = "kehoach") -> tuple[object, dict]:  # type: ignore[type-arg]
    c = client_for(user)
    r = c.get(EDIT)
    assert r.status_code == 200
    return c, form_fields(r.content.decode())


def metric_result(plan, key):  # type: ignore[no-untyped-def]
    return next(
        m for t in evaluation(plan).to_dict()["targets"] for m in t["metrics"] if m["id"] == key
    )


def test_it_changes_a_bound_typed_the_vietnamese_way(demo, people):
    assert metric_result(demo, "poverty-rate")["target"] == "< 3%"
    c, data = editor_form()
    assert data[measure_field(data, "poverty-rate", "high")] == "3"
    data[measure_field(data, "poverty-rate", "high")] = "7,5"
    r = c.post(EDIT, data)
    assert r.status_code == 302 and r["Location"] == EDIT
    demo.refresh_from_db()
    assert core_plan(demo).metric("poverty-rate").high == Decimal("7.5")
    assert metric_result(demo, "poverty-rate")["target"] == "< 7,5%"
    event = AuditEvent.objects.get(plan=demo, action="change")
    measure = demo.measures.get(key="poverty-rate")
    assert (event.user, event.object_type, event.object_id) == (
        people["kehoach"],
        "measure",
        str(measure.pk),
    )
    assert (event.field, event.old, event.new) == ("high", "3", "7.5")
    # the page shows it back the Vietnamese way
    _, again = editor_form()
    assert again[measure_field(again, "poverty-rate", "high")] == "7,5"


def test_it_shows_big_numbers_with_thousands_dots_and_saves_them_unchanged(demo):
    c, data = editor_form()
    assert data[measure_field(data, "tourist-arrivals", "low")] == "4.400.000"
    before = plan_data(demo)
    r = c.post(EDIT, data)
    assert r.status_code == 302
    demo.refresh_from_db()
    assert plan_data(demo) == before
    assert not AuditEvent.objects.filter(plan=demo, action__in=["change", "add", "delete"]).exists()


def test_it_records_each_changed_field_of_the_header_and_a_target(demo):
    c, data = editor_form("quantri")
    data["plan-title"] = data["plan-title"] + " (sửa)"
    data.pop("plan-is_public", None)  # untick: no longer public
    data[target_field(data, 11, "lead_agency")] = "Sở Văn hóa, Thể thao và Du lịch"
    data[target_field(data, 11, "text")] = (
        "Tỷ lệ thôn có nhà văn hóa đạt chuẩn đến năm 2025 là 65%."
    )
    data[measure_field(data, "village-cultural-houses", "low")] = "65"
    assert c.post(EDIT, data).status_code == 302
    demo.refresh_from_db()
    assert demo.title.endswith("(sửa)") and demo.is_public is False
    events = {
        (e.object_type, e.field): (e.old, e.new)
        for e in AuditEvent.objects.filter(plan=demo, action="change")
    }
    assert events[("plan", "is_public")] == ("True", "False")
    assert events[("plan", "title")][1].endswith("(sửa)")
    assert events[("target", "lead_agency")] == ("", "Sở Văn hóa, Thể thao và Du lịch")
    assert events[("target", "text")][1].endswith("là 65%.")
    assert events[("measure", "low")] == ("60", "65")
    assert len(events) == 5


def test_it_adds_and_removes_targets_and_measures(demo):
    c, data = editor_form()
    t, m = int(data["t-TOTAL_FORMS"]), int(data["m-TOTAL_FORMS"])
    # a new target 21 with one measure, as the page's "add" buttons make them
    data |= {
        f"t-{t}-ref": "new-1",
        f"t-{t}-no": "21",
        f"t-{t}-text": "Tỷ lệ hộ dân sử dụng điện lưới quốc gia đạt 99,5%.",
        f"t-{t}-group": "society",
        f"m-{m}-target_ref": "new-1",
        f"m-{m}-name": "Tỷ lệ hộ dân sử dụng điện lưới quốc gia",
        f"m-{m}-unit": "%",
        f"m-{m}-kind": "level_at_end",
        f"m-{m}-comparator": ">=",
        f"m-{m}-low": "99,5",
        f"m-{m}-end_year": "2025",
        f"m-{m}-decimals": "2",
        # and a second measure for target 19
        f"m-{m + 1}-target_ref": data[target_field(data, 19, "ref")],
        f"m-{m + 1}-key": "party-members-total",
        f"m-{m + 1}-name": "Tổng số đảng viên",
        f"m-{m + 1}-unit": "đảng viên",
        f"m-{m + 1}-kind": "level_at_end",
        f"m-{m + 1}-comparator": ">=",
        f"m-{m + 1}-low": "60.000",
        f"m-{m + 1}-end_year": "2025",
        f"m-{m + 1}-decimals": "0",
        "t-TOTAL_FORMS": str(t + 1),
        "m-TOTAL_FORMS": str(m + 2),
    }
    # remove a measure without figures, and target 18 with its two measures
    FigureRecord.objects.filter(
        measure__key__in=["medical-waste", "urban-solid-waste", "forest-cover"]
    ).delete()
    data[measure_field(data, "forest-cover", "DELETE")] = "on"
    data[target_field(data, 18, "DELETE")] = "on"
    r = c.post(EDIT, data)
    assert r.status_code == 302, r.content.decode()
    demo.refresh_from_db()
    core = core_plan(demo)
    assert [t.no for t in core.targets] == [*range(1, 18), 19, 20, 21]
    new = core.targets[-1].metrics[0]
    assert (new.id, new.low) == ("ty-le-ho-dan-su-dung-dien-luoi-quoc-gia", Decimal("99.5"))
    assert core.metric("party-members-total").low == Decimal("60000")
    assert core.target_of("party-members-total").no == 19
    assert not demo.measures.filter(key__in=["forest-cover", "medical-waste"]).exists()
    actions = sorted(
        (e.action, e.object_type)
        for e in AuditEvent.objects.filter(plan=demo, action__in=["add", "delete"])
    )
    assert actions == [
        ("add", "measure"),
        ("add", "measure"),
        ("add", "target"),
        ("delete", "measure"),
        ("delete", "measure"),
        ("delete", "measure"),
        ("delete", "target"),
    ]


def test_it_keeps_the_figures_of_the_measures_it_edits(demo):
    figures = FigureRecord.objects.filter(plan=demo).count()
    pks = dict(demo.measures.values_list("key", "pk"))
    c, data = editor_form()
    data[measure_field(data, "grdp-growth", "name")] = "Tăng trưởng GRDP bình quân"
    assert c.post(EDIT, data).status_code == 302
    assert dict(demo.measures.values_list("key", "pk")) == pks
    assert FigureRecord.objects.filter(plan=demo).count() == figures


def test_rows_added_and_left_empty_are_ignored(demo):
    c, data = editor_form()
    t, m = int(data["t-TOTAL_FORMS"]), int(data["m-TOTAL_FORMS"])
    before = plan_data(demo)
    # what the "add" buttons put in a row before anyone types
    data |= {
        f"t-{t}-ref": f"new-{t}",
        f"t-{t}-no": "21",
        f"m-{m}-target_ref": data[target_field(data, 3, "ref")],
        f"m-{m}-kind": "level_at_end",
        f"m-{m}-end_year": "2025",
        f"m-{m}-decimals": "2",
        "t-TOTAL_FORMS": str(t + 1),
        "m-TOTAL_FORMS": str(m + 1),
    }
    assert c.post(EDIT, data).status_code == 302
    demo.refresh_from_db()
    assert plan_data(demo) == before


def test_a_measure_typed_into_an_empty_new_target_asks_for_the_targets_text(demo):
    c, data = editor_form()
    t, m = int(data["t-TOTAL_FORMS"]), int(data["m-TOTAL_FORMS"])
    data |= {
        f"t-{t}-ref": f"new-{t}",
        f"t-{t}-no": "21",
        f"m-{m}-target_ref": f"new-{t}",
        f"m-{m}-name": "Thước đo mới",
        f"m-{m}-kind": "level_at_end",
        f"m-{m}-comparator": ">=",
        f"m-{m}-low": "1",
        f"m-{m}-end_year": "2025",
        f"m-{m}-decimals": "2",
        "t-TOTAL_FORMS": str(t + 1),
        "m-TOTAL_FORMS": str(m + 1),
    }
    r = c.post(EDIT, data)
    assert r.status_code == 200
    assert f'id="id_t-{t}-text_errors"' in r.content.decode()
    assert not demo.measures.filter(name="Thước đo mới").exists()
