"""A plan exported from the plans page and imported again is the same plan."""

from __future__ import annotations

import json

from chitieu.datafile import load_yaml
from chitieu.targets.planfile import plan_from_data, plan_to_data
from chitieu.web.figures.models import FigureRecord
from chitieu.web.figures.reading import figures_csv
from chitieu.web.plans.convert import core_plan, plan_data
from chitieu.web.plans.models import Plan
from tests.planhelpers import upload
from tests.webhelpers import client_for


def test_it_exports_the_plan_as_yaml_and_json(demo):
    c = client_for("kehoach")
    yaml_r = c.get("/plans/langson-xvii/export.yaml")
    json_r = c.get("/plans/langson-xvii/export.json")
    assert yaml_r["Content-Type"] == "application/yaml; charset=utf-8"
    assert 'filename="langson-xvii.yaml"' in yaml_r["Content-Disposition"]
    assert json_r["Content-Type"] == "application/json; charset=utf-8"
    want = plan_to_data(core_plan(demo))
    assert plan_to_data(plan_from_data(load_yaml(yaml_r.content.decode()))) == want
    assert plan_to_data(plan_from_data(json.loads(json_r.content))) == want
    assert "Tỉnh Lạng Sơn" in yaml_r.content.decode()  # written as is, not escaped


def test_it_exports_the_figures_as_csv(demo):
    r = client_for("kehoach").get("/plans/langson-xvii/figures.csv")
    assert r["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="langson-xvii.figures.csv"' in r["Content-Disposition"]
    assert r.getvalue().decode() == figures_csv(demo)


def test_an_exported_plan_imported_as_a_new_one_is_identical(demo):
    c = client_for("kehoach")
    plan_file = c.get("/plans/langson-xvii/export.yaml").content.decode()
    figures_file = c.get("/plans/langson-xvii/figures.csv").getvalue().decode()
    r = c.post(
        "/plans/import/",
        {
            "plan_file": upload(
                plan_file.replace("id: langson-xvii", "id: langson-again"), "p.yaml"
            ),
            "figures_file": upload(figures_file, "p.figures.csv"),
        },
    )
    assert r.status_code == 302
    again = Plan.objects.get(slug="langson-again")
    assert plan_data(again) | {"id": "langson-xvii"} == plan_data(demo)
    assert figures_csv(again) == figures_csv(demo)
    # and exported again, it is the same file
    assert c.get("/plans/langson-again/export.yaml").content.decode() == plan_file.replace(
        "id: langson-xvii", "id: langson-again"
    )


def test_an_exported_plan_imported_over_itself_changes_nothing(demo):
    c = client_for("kehoach")
    before = (plan_data(demo), figures_csv(demo), FigureRecord.objects.count())
    plan_file = c.get("/plans/langson-xvii/export.json").content
    figures_file = c.get("/plans/langson-xvii/figures.csv").getvalue()
    r = c.post(
        "/plans/import/",
        {
            "plan_file": upload(plan_file, "p.json"),
            "figures_file": upload(figures_file, "p.csv"),
            "replace": "on",
        },
    )
    assert r.status_code == 302
    demo.refresh_from_db()
    assert (plan_data(demo), figures_csv(demo), FigureRecord.objects.count()) == before


def test_a_private_plan_is_not_exported_to_anonymous_visitors(demo):
    demo.is_public = False
    demo.save()
    r = client_for(None).get("/plans/langson-xvii/export.yaml")
    assert r.status_code == 302 and "/login/" in r["Location"]
    demo.is_public = True
    demo.save()
    assert client_for(None).get("/plans/langson-xvii/export.yaml").status_code == 200
