"""Open SDG: each measure as an indicator's data file and its metadata.

``data/indicator_<id>.csv`` has Open SDG's columns ``Year`` and ``Value`` and two
disaggregation columns, ``Area`` (the unit code) and ``Stage``. Its headline (the rows
whose disaggregations are empty, which Open SDG charts first and measures progress on)
is the plan area's current figure of each year, the one an evaluation uses; the
disaggregated rows keep the latest report of each unit and stage. Open SDG's years are
whole years, so part-year and whole-term figures are left out.

``meta/<id>.yml`` is the indicator's metadata: its name, unit of measure, and
``progress_calculation_options`` (direction, base year, target year, target value) with
``auto_progress_calculation``, the field names of Open SDG's indicator configuration.
The indicator id is the mapping's code for the measure (``metrics``), else the measure id.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.datafile import dump_yaml
from chitieu.exchange.files import current, latest_per_stage
from chitieu.exchange.mapping import Mapping
from chitieu.figures.cells import csv_text
from chitieu.figures.model import Figure
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Direction, Metric, Plan

COLUMNS = ("Year", "Area", "Stage", "Value")


def write(figures: Iterable[Figure], plan: Plan, mapping: Mapping, folder: str | Path) -> int:
    """Write every measure's data and metadata under ``folder``; the files written."""
    yearly = [f for f in figures if f.period.is_annual]
    ids: dict[str, str] = {}
    problems: list[Problem] = []
    for m in plan.metrics():
        code = mapping.theirs("metrics", m.id)
        if code is None:
            problems.append(Problem(str(folder), "exchange.metric_unmapped", {"m": m.id}))
        else:
            ids[m.id] = code
    if problems:
        raise InputError(problems)
    root = Path(folder)
    (root / "data").mkdir(parents=True, exist_ok=True)
    (root / "meta").mkdir(parents=True, exist_ok=True)
    for m in plan.metrics():
        mine = [f for f in yearly if f.metric == m.id]
        _write_data(mine, plan, root / "data" / f"indicator_{ids[m.id]}.csv")
        body = dump_yaml(metadata(m, plan, ids[m.id]))
        (root / "meta" / f"{ids[m.id]}.yml").write_text(body, encoding="utf-8")
    return 2 * len(ids)


def rows(figures: list[Figure], plan: Plan) -> list[list[str]]:
    """The rows of one measure's data file: the headline, then each unit and stage."""
    area = [f for f in figures if f.unit_code == plan.area.code]
    out = [[str(f.period.year), "", "", str(f.value)] for f in current(area)]
    out += [
        [str(f.period.year), f.unit_code, f.stage.value, str(f.value)]
        for f in latest_per_stage(figures)
    ]
    return out


def _write_data(figures: list[Figure], plan: Plan, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for year, area, stage, value in rows(figures, plan):
            writer.writerow([year, csv_text(area), stage, value])


def metadata(m: Metric, plan: Plan, indicator: str) -> dict[str, Any]:
    """The indicator's metadata, in Open SDG's field names."""
    data: dict[str, Any] = {
        "indicator_number": indicator,
        "indicator_name": m.name,
        "computation_units": m.unit,
        "reporting_status": "complete",
        "published": True,
        "data_non_statistical": False,
        "graph_type": "line",
        "national_geographical_coverage": plan.area.name,
    }
    if m.is_manual:
        data["auto_progress_calculation"] = False
        return data
    options: dict[str, Any] = {
        "direction": "negative" if m.direction is Direction.LOWER_IS_BETTER else "positive",
        "base_year": plan.baseline_year,
        "target_year": m.end_year,
        "target": _number(m.bound),
    }
    data["auto_progress_calculation"] = True
    data["progress_calculation_options"] = [options]
    return data


def _number(value: Decimal) -> int | float:
    """A YAML number as written (7.5, 100): Open SDG reads the target as a number."""
    return int(value) if value == value.to_integral_value() else float(value)
