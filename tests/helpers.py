"""Builders for small plans and figures, so each test states only what it is about."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.results import MetricResult
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import parse_period
from chitieu.targets.model import Plan
from chitieu.targets.planfile import plan_from_data

AREA = "20"


def make_plan(*metrics: dict[str, Any], **extra: Any) -> Plan:
    """A plan for 2021–2025 (baseline 2020) with one target per metric."""
    data: dict[str, Any] = {
        "id": "test-plan",
        "title": "Test plan",
        "area": {"code": AREA, "name": "Tỉnh Thử"},
        "baseline_year": 2020,
        "start_year": 2021,
        "end_year": 2025,
        "targets": [
            {
                "no": i + 1,
                "text": m.get("name", m["id"]),
                "metrics": [{"name": m["id"], "unit": "%", **m}],
            }
            for i, m in enumerate(metrics)
        ],
    }
    data.update(extra)
    return plan_from_data(data)


def fig(
    metric: str,
    period: str,
    value: str | int,
    stage: str = "official",
    as_of: str | None = None,
    unit: str = AREA,
    source: str = "test",
) -> Figure:
    p = parse_period(period)
    when = date.fromisoformat(as_of) if as_of else date(p.last_year + 1, 3, 31)
    return Figure(metric, p, Decimal(str(value)), Stage(stage), when, unit, source)


def yearly(metric: str, values: dict[int, str | int], **kw: Any) -> list[Figure]:
    return [fig(metric, str(y), v, **kw) for y, v in values.items()]


def evaluate_one(plan: Plan, figures: list[Figure], as_of: str | None = None) -> MetricResult:
    """Evaluate a one-metric plan and return that metric's result."""
    when = date.fromisoformat(as_of) if as_of else None
    result = evaluate_plan(plan, figures, when)
    return result.targets[0].metrics[0]
