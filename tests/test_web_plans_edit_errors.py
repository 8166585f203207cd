"""An edit the core refuses shows the error on its field, and nothing changes."""

from __future__ import annotations

import re

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import plan_data
from tests.planhelpers import form_fields, measure_field, target_field
from tests.webhelpers import client_for

EDIT = "/plans/langson-xvii/edit/"


def submit(changes: dict[str, str], user: str = "kehoach", lang: str = "vi"):  # type: ignore[no-untyped-def]
    c = client_for(user, lang)
    data = form_fields(c.get(EDIT).content.decode())
    for (key, fld), value in changes.items():  # type: ignore[misc]
        data[measure_field(data, key, fld)] = value
    return c.post(EDIT, data), data


def errors_of(page: str, field_name: str) -> str:
    m = re.search(rf'<ul class="errorlist" id="id_{field_name}_errors">(.*?)</ul>', page, re.S)
    assert m, f"no errors shown for {field_name}"
    return m.group(1)


def test_a_range_whose_low_end_is_above_its_high_end_is_refused_on_the_field(demo):
    before = plan_data(demo)
    r, data = submit({("grdp-growth", "low"): "8"})
    assert r.status_code == 200
    page = r.content.decode()
    assert 'id="editor-errors"' in page
    # the core's rule, in Vietnamese, on the high field of that measure
    assert "thấp hơn đầu dưới 8" in errors_of(page, measure_field(data, "grdp-growth", "high"))
    demo.refresh_from_db()
    assert plan_data(demo) == before
    assert not AuditEvent.objects.filter(plan=demo, action="change").exists()


def test_the_same_error_reads_in_english_in_the_english_page(demo):
    r, data = submit({("grdp-growth", "low"): "8"}, lang="en")
    text = errors_of(r.content.decode(), measure_field(data, "grdp-growth", "high"))
    assert "the range&#x27;s high end 7,5 is below its low end 8" in text


def test_text_in_a_number_field_is_refused_on_the_field(demo):
    before = plan_data(demo)
    r, data = submit({("tourist-arrivals", "low"): "bốn triệu", ("poverty-rate", "high"): "2,5"})
    page = r.content.decode()
    assert r.status_code == 200
    assert "không phải là số" in errors_of(page, measure_field(data, "tourist-arrivals", "low"))
    # what was typed stays in the field, so it can be corrected
    assert 'value="bốn triệu"' in page
    demo.refresh_from_db()
    assert plan_data(demo) == before  # the valid change next to it is not saved either


def test_a_dot_as_decimal_mark_is_called_ambiguous(demo):
    r, data = submit({("poverty-rate", "high"): "2.5"})
    assert "không rõ" in errors_of(r.content.decode(), measure_field(data, "poverty-rate", "high"))


def test_a_comparator_that_takes_no_high_bound_says_so(demo):
    r, data = submit({("trained-labour", "high"): "70"})
    text = errors_of(r.content.decode(), measure_field(data, "trained-labour", "high"))
    assert "“&gt;=”" in text


def test_a_target_left_without_measures_is_refused(demo):
    c = client_for("kehoach")
    data = form_fields(c.get(EDIT).content.decode())
    data[measure_field(data, "poverty-rate", "DELETE")] = "on"
    before = plan_data(demo)
    r = c.post(EDIT, data)
    assert "ít nhất một thước đo" in r.content.decode()
    demo.refresh_from_db()
    assert plan_data(demo) == before


def test_a_measure_with_figures_cannot_be_removed(demo):
    c = client_for("kehoach")
    data = form_fields(c.get(EDIT).content.decode())
    data[target_field(data, 18, "DELETE")] = "on"
    before = plan_data(demo)
    r = c.post(EDIT, data)
    assert r.status_code == 200
    assert "urban-solid-waste" in r.content.decode()
    demo.refresh_from_db()
    assert plan_data(demo) == before


def test_two_targets_with_one_number_are_refused(demo):
    c = client_for("kehoach")
    data = form_fields(c.get(EDIT).content.decode())
    twenty = target_field(data, 20, "no")
    data[twenty] = "19"
    r = c.post(EDIT, data)
    assert "19" in errors_of(r.content.decode(), twenty)


def test_a_save_over_someone_elses_change_is_refused(demo, people):
    c = client_for("kehoach")
    data = form_fields(c.get(EDIT).content.decode())
    data["plan-title"] = "Tiêu đề của tôi"
    demo.title = "Tiêu đề của người khác"
    demo.save()
    r = c.post(EDIT, data)
    assert r.status_code == 409
    demo.refresh_from_db()
    assert demo.title == "Tiêu đề của người khác"
