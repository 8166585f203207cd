"""The re-evaluation of every unit judges a unit holding a share of a cascaded measure
against its share, as the target page does, not against the plan's target: the file and
the page give every unit the same status on every measure."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.web.dashboard.unitscreen import unit_screen
from chitieu.web.figures.evaluation import stored_core
from chitieu.web.jobs.evaluating import write_unit_statuses
from chitieu.web.plans.models import Measure, MeasureShare, Plan
from tests.unitplan import synthetic, unit_plan

D = Decimal
ON = date(2026, 6, 1)  # after the term: statuses are final
# Unit i reports 60 + i mod 10 % of clean water (≥ 65 % for the province) and meets the
# standard when i is even. Units 1–10 hold a share of 62 % of the water and of 1 (units
# 1–5) or 0 (units 6–10) of the communes meeting the standard; units 11–20 none.
EXPECTED = {
    ("X0001", "nuoc-sach"): ("61", "not_achieved", "không đạt"),
    ("X0002", "nuoc-sach"): ("62", "achieved", "đạt"),  # its share, short of 65 %
    ("X0003", "nuoc-sach"): ("63", "exceeded", "vượt"),
    ("X0010", "nuoc-sach"): ("60", "not_achieved", "không đạt"),
    ("X0012", "nuoc-sach"): ("62", "not_achieved", "không đạt"),  # no share: 65 %
    ("X0015", "nuoc-sach"): ("65", "achieved", "đạt"),
    ("X0001", "xa-dat-chuan"): ("0", "not_achieved", "không đạt"),  # short of its 1
    ("X0002", "xa-dat-chuan"): ("1", "achieved", "đạt"),
    ("X0006", "xa-dat-chuan"): ("1", "exceeded", "vượt"),  # 1 against a share of 0
    ("X0007", "xa-dat-chuan"): ("0", "achieved", "đạt"),  # 0 against a share of 0
    ("X0011", "xa-dat-chuan"): ("0", "not_achieved", "chưa đạt chuẩn"),
    ("X0012", "xa-dat-chuan"): ("1", "achieved", "đạt chuẩn"),
}


def _plan(people: Any) -> Plan:
    plan = unit_plan(people["kehoach"], synthetic(20), slug="chia-xa")
    water, count = (Measure.objects.get(plan=plan, key=k) for k in ("nuoc-sach", "xa-dat-chuan"))
    for i, code in enumerate(synthetic(10), start=1):
        MeasureShare.objects.create(measure=water, unit_code=code, low=D(62))
        MeasureShare.objects.create(measure=count, unit_code=code, low=D(1 if i <= 5 else 0))
    plan.touch()
    plan.refresh_from_db()
    return plan


def _written(plan: Plan, tmp_path: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    path = tmp_path / "units.csv"
    assert write_unit_statuses(plan, path, "vi", ON, lambda done, total: None) == 20
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    return {(r[0], r[2]): (r[3], r[4], r[5]) for r in rows}


def test_it_judges_a_unit_with_a_share_against_it(demo, people, tmp_path):
    written = _written(_plan(people), tmp_path)
    assert {key: written[key] for key in EXPECTED} == EXPECTED


def test_the_file_and_the_target_page_agree_on_every_unit(demo, people, tmp_path):
    plan = _plan(people)
    written = _written(plan, tmp_path)
    core = stored_core(plan)[0]
    on_page = {}
    for target in core.targets:
        screen = unit_screen(plan, core, target, ON, "", 1, "vi")
        assert screen is not None and screen.pages == 1
        for line in screen.lines:
            for metric, cell in zip(target.metrics, line.cells, strict=True):
                on_page[(line.code, metric.id)] = cell.status
    assert len(on_page) == 40
    assert {key: status for key, (_v, status, _l) in written.items()} == on_page
