"""A plan and its figures go into the database and come out as the same core files."""

from __future__ import annotations

import csv
import io

from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import bundled_plan_path, load_plan, plan_from_data, plan_to_data
from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.reading import figures_csv
from chitieu.web.figures.services import import_plan
from chitieu.web.plans.convert import core_plan, plan_data


def _rows(text: str) -> list[tuple[str, ...]]:
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return sorted(tuple(r) for r in csv.reader(io.StringIO("\n".join(lines))))


def test_it_exports_the_imported_plan_unchanged(demo):
    from chitieu.web.demo import demo_core_plan

    # the demo's plan is the bundled one with the resolution's five key tasks added
    original = plan_to_data(demo_core_plan())
    assert plan_to_data(core_plan(demo)) == original
    assert plan_to_data(plan_from_data(plan_data(demo))) == original


def test_it_exports_every_imported_figure_vintage(demo):
    path = bundled_plan_path("langson-xvii").with_suffix(".figures.csv")
    exported = _rows(figures_csv(demo))
    original = _rows(path.read_text(encoding="utf-8"))
    # The bundled file has no note column; the export always writes one (empty here).
    assert [r[:7] for r in exported[1:]] == [r[:7] for r in original[1:]]
    assert len(exported) == len(original) == 363


def test_it_evaluates_the_stored_plan_as_the_core_does_the_files(demo):
    from chitieu.evaluation.engine import evaluate_plan

    core = load_plan(bundled_plan_path("langson-xvii"))
    figures = read_figures(bundled_plan_path("langson-xvii").with_suffix(".figures.csv"), core)
    expected = evaluate_plan(core, figures).to_dict()
    assert evaluation(demo).to_dict() == expected
    assert evaluation(demo).headline() == "Đạt và vượt 16/20 chỉ tiêu"


def test_it_changes_nothing_when_the_same_files_are_imported_again(demo, people):
    from chitieu.web.figures.models import FigureRecord

    before = FigureRecord.objects.count()
    core = load_plan(bundled_plan_path("langson-xvii"))
    figures = read_figures(bundled_plan_path("langson-xvii").with_suffix(".figures.csv"), core)
    import_plan(people["kehoach"], core, figures, demo)
    assert FigureRecord.objects.count() == before
