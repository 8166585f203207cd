"""Importing a plan file with its figures file from the plans page: all or nothing."""

from __future__ import annotations

from chitieu.targets.planfile import bundled_plan_path, dump_yaml, load_plan, plan_to_data
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import core_plan, plan_data
from chitieu.web.plans.models import Plan
from tests.planhelpers import upload
from tests.webhelpers import client_for

FIGURES = bundled_plan_path("langson-xvii").with_suffix(".figures.csv")


def copy_of_demo(new_id: str = "langson-copy") -> str:
    data = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))
    data["id"] = new_id
    return dump_yaml(data)


def figures_text() -> str:
    return FIGURES.read_text(encoding="utf-8")


def post(files: dict[str, object], replace: bool = False, user: str = "kehoach"):  # type: ignore[no-untyped-def]
    data = dict(files)
    if replace:
        data["replace"] = "on"
    return client_for(user).post("/plans/import/", data)


def test_it_imports_a_plan_with_its_figures(db, people):
    r = post(
        {
            "plan_file": upload(copy_of_demo(), "copy.yaml"),
            "figures_file": upload(figures_text(), "copy.figures.csv"),
        }
    )
    assert r.status_code == 302 and r["Location"] == "/plans/"
    plan = Plan.objects.get(slug="langson-copy")
    assert plan.targets.count() == 20 and plan.measures.count() == 35
    assert FigureRecord.objects.filter(plan=plan).count() == 362
    assert FigureRecord.objects.filter(plan=plan, approved_at__isnull=True).count() == 0
    # where each figure came from names the uploaded file, not a temporary copy
    origin = FigureRecord.objects.filter(plan=plan).order_by("pk").first().origin
    assert origin == "copy.figures.csv:3"
    assert AuditEvent.objects.filter(plan=plan, action="import", user=people["kehoach"]).exists()
    page = client_for("kehoach").get("/plans/").content.decode()
    assert 'id="plan-langson-copy"' in page and "/dashboard/langson-copy/" in page


def test_it_imports_a_json_plan_without_figures(db):
    import json

    data = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))
    data["id"] = "langson-json"
    r = post({"plan_file": upload(json.dumps(data, ensure_ascii=False), "plan.json")})
    assert r.status_code == 302
    stored = plan_to_data(core_plan(Plan.objects.get(slug="langson-json")))
    assert stored == data
    assert not FigureRecord.objects.filter(plan__slug="langson-json").exists()


def test_a_bad_figures_file_lists_each_line_and_field_and_saves_nothing(db):
    lines = figures_text().splitlines()
    lines[2] = lines[2].replace(",6.51,", ",sáu,")  # line 3 of the file
    lines[4] = lines[4].replace("grdp-growth", "no-such-measure")  # line 5
    plans, figures, events = (
        Plan.objects.count(),
        FigureRecord.objects.count(),
        AuditEvent.objects.count(),
    )
    r = post(
        {
            "plan_file": upload(copy_of_demo(), "copy.yaml"),
            "figures_file": upload("\n".join(lines) + "\n", "bad.csv"),
        },
        user="quantri",
    )
    page = r.content.decode()
    assert r.status_code == 200
    assert 'id="import-problems"' in page
    assert 'data-file="bad.csv" data-line="3" data-row="" data-field="value"' in page
    assert 'data-file="bad.csv" data-line="5" data-row="" data-field="metric"' in page
    assert "dòng 3" in page  # the place, in Vietnamese
    assert "“no-such-measure”" in page  # the message, translated
    assert (Plan.objects.count(), FigureRecord.objects.count(), AuditEvent.objects.count()) == (
        plans,
        figures,
        events,
    )


def test_a_bad_plan_file_lists_each_line_and_field_and_saves_nothing(db):
    text = copy_of_demo().replace('low: "7"\n    high: "7.5"', 'low: "8"\n    high: "7.5"')
    text = text.replace("low: '7'\n    high: '7.5'", "low: '8'\n    high: '7.5'")
    assert "'8'" in text or '"8"' in text
    plans = Plan.objects.count()
    r = post(
        {"plan_file": upload(text, "plan.yaml"), "figures_file": upload(figures_text(), "f.csv")}
    )
    page = r.content.decode()
    high_line = next(
        i for i, ln in enumerate(text.splitlines(), start=1) if ln.strip() == "high: '7.5'"
    )
    assert f'data-file="plan.yaml" data-line="{high_line}" data-row="" data-field="high"' in page
    assert "đầu trên của khoảng" in page or "high end" in page
    assert Plan.objects.count() == plans and not Plan.objects.filter(slug="langson-copy").exists()


def test_a_broken_yaml_file_names_its_line(db):
    r = post({"plan_file": upload("id: x\ntitle: [unclosed\n", "broken.yaml")})
    assert 'data-file="broken.yaml"' in r.content.decode()
    assert "YAML" in r.content.decode()


def test_it_refuses_other_file_types(db):
    r = post({"plan_file": upload("x", "plan.txt")})
    assert 'data-file="plan.txt"' in r.content.decode()
    r = post(
        {"plan_file": upload(copy_of_demo(), "plan.yaml"), "figures_file": upload("x", "f.xlsx")}
    )
    assert 'data-file="f.xlsx"' in r.content.decode()
    assert not Plan.objects.filter(slug="langson-copy").exists()


def test_a_plan_whose_id_exists_replaces_it_only_when_asked(demo):
    before = plan_data(demo)
    changed = copy_of_demo("langson-xvii").replace(
        "Tỷ lệ hộ nghèo đến năm 2025", "Tỷ lệ hộ nghèo (sửa) đến năm 2025"
    )
    r = post({"plan_file": upload(changed, "plan.yaml")})
    assert 'data-field="id"' in r.content.decode()
    demo.refresh_from_db()
    assert plan_data(demo) == before

    figures = FigureRecord.objects.filter(plan=demo).count()
    measure_pks = dict(demo.measures.values_list("key", "pk"))
    r = post({"plan_file": upload(changed, "plan.yaml")}, replace=True)
    assert r.status_code == 302
    demo.refresh_from_db()
    assert demo.targets.get(no=14).text.startswith("Tỷ lệ hộ nghèo (sửa)")
    # same measure ids: the same rows, so their figures (and assignments) stay
    assert dict(demo.measures.values_list("key", "pk")) == measure_pks
    assert FigureRecord.objects.filter(plan=demo).count() == figures


def test_a_replacement_that_drops_a_measure_with_figures_is_refused(demo):
    data = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))
    data["targets"][0]["metrics"][0]["id"] = "grdp-growth-renamed"
    r = post({"plan_file": upload(dump_yaml(data), "plan.yaml")}, replace=True)
    assert r.status_code == 200
    assert "grdp-growth" in r.content.decode()
    assert demo.measures.filter(key="grdp-growth").exists()
    assert not demo.measures.filter(key="grdp-growth-renamed").exists()
