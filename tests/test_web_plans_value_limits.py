"""A plan number the database would not keep exactly is refused wherever a plan is made:
an imported plan file (its line and field), the plan editor and the admin (on the field,
in the user's language). So is a text with a control character in a plan file (a NUL
byte made PostgreSQL fail). Nothing is saved, and the dashboard goes on answering."""

from __future__ import annotations

import json

from chitieu.targets.planfile import bundled_plan_path, dump_yaml, load_plan, plan_to_data
from chitieu.web.plans.convert import plan_data
from chitieu.web.plans.models import Plan
from tests.entryhelpers import pages_still_answer
from tests.planhelpers import form_fields, measure_field, upload
from tests.webhelpers import client_for

EDIT = "/plans/langson-xvii/edit/"
TOO_LARGE = "quá lớn: tối đa 20 chữ số trước dấu thập phân"


def test_an_imported_plan_file_with_such_a_number_names_its_line_and_saves_nothing(db):
    data = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))
    data["id"] = "langson-copy"
    data["targets"][3]["metrics"][0]["low"] = "9999999999999999999999999"
    text = dump_yaml(data)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "9999999999999999999999999" in ln)
    r = client_for("kehoach").post("/plans/import/", {"plan_file": upload(text, "plan.yaml")})
    page = r.content.decode()
    assert r.status_code == 200
    assert f'data-file="plan.yaml" data-line="{line}" data-row="" data-field="low"' in page
    assert f"“9999999999999999999999999” {TOO_LARGE}" in page
    assert not Plan.objects.filter(slug="langson-copy").exists()


def test_an_imported_figures_file_with_such_a_value_names_its_line_and_saves_nothing(db):
    data = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))
    data["id"] = "langson-copy"
    figures = (
        "metric,period,value,stage,as_of\n"
        "grdp-growth,2021,6.5,official,2022-03-31\n"
        "grdp-growth,2022,1e25,official,2023-03-31\n"
    )
    r = client_for("kehoach").post(
        "/plans/import/",
        {
            "plan_file": upload(dump_yaml(data), "plan.yaml"),
            "figures_file": upload(figures, "f.csv"),
        },
    )
    page = r.content.decode()
    assert 'data-file="f.csv" data-line="3" data-row="" data-field="value"' in page
    assert f"“1e25” {TOO_LARGE}" in page
    assert not Plan.objects.filter(slug="langson-copy").exists()


def test_an_imported_plan_file_with_a_nul_byte_names_its_field_and_saves_nothing(db):
    data = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))
    data |= {"id": "langson-copy", "title": "Nghị quyết\u0000 XVII"}
    r = client_for("kehoach").post(
        "/plans/import/", {"plan_file": upload(json.dumps(data, indent=1), "plan.json")}
    )
    page = r.content.decode()
    assert r.status_code == 200
    assert 'data-file="plan.json" data-line="4" data-row="" data-field="title"' in page
    assert "ký tự điều khiển U+0000 trong văn bản: hãy xoá nó" in page
    assert not Plan.objects.filter(slug="langson-copy").exists()


def test_the_editor_refuses_it_on_the_field(demo):
    before = plan_data(demo)
    c = client_for("kehoach")
    data = form_fields(c.get(EDIT).content.decode())
    low = measure_field(data, "tourist-arrivals", "low")
    data[low] = "12.345.678.901.234.567"
    data[measure_field(data, "poverty-rate", "high")] = "0,00000000001"
    page = c.post(EDIT, data).content.decode()
    assert "“12.345.678.901.234.567” có 17 chữ số có nghĩa" in page
    assert "“0,00000000001” có 11 chữ số thập phân" in page
    demo.refresh_from_db()
    assert plan_data(demo) == before
    pages_still_answer()


def test_the_admin_refuses_it_on_the_field(demo):
    c = client_for("quantri")
    measure = demo.measures.get(key="poverty-rate")
    url = f"/admin/plans/measure/{measure.pk}/change/"
    data = form_fields(c.get(url).content.decode(), "measure_form")
    data["high"] = "9999999999999999999999999"
    before = plan_data(demo)
    page = c.post(url, data).content.decode()
    assert f"“9999999999999999999999999” {TOO_LARGE}" in page
    demo.refresh_from_db()
    assert plan_data(demo) == before
