"""Units' shares of the bulk cross-checks' plan (:mod:`tests.bulkkit`), and the plan the
exact engine judges a unit by when its shares are its targets: what the cross-checks of
``evaluate_shares`` and ``forecast_shares`` hold the vectorised rules against."""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal

import polars as pl

from chitieu.evaluation.derived import share_metric
from chitieu.evaluation.shares import SHARES_SCHEMA
from chitieu.targets.model import Metric, Plan
from tests.bulkkit import PLAN

Share = tuple[Decimal, Decimal | None]


def random_shares(rng: random.Random, units: list[str]) -> dict[tuple[str, str], Share]:
    """Two pairs in three get a share near the plan's bound, on the figures' 0,1 grid
    (so that values fall exactly on it), a range one time in three."""
    shares: dict[tuple[str, str], Share] = {}
    for unit in units:
        for m in PLAN.metrics():
            if m.is_manual or rng.random() < 1 / 3:
                continue
            low = m.bound + Decimal(rng.randint(-12, 12)) / 10
            high = low + Decimal(rng.randint(0, 8)) / 10 if rng.random() < 1 / 3 else None
            shares[(unit, m.id)] = (low, high)
    return shares


def shares_frame(shares: dict[tuple[str, str], Share]) -> pl.DataFrame:
    rows = [
        (unit, metric, float(low), None if high is None else float(high))
        for (unit, metric), (low, high) in shares.items()
    ]
    return pl.DataFrame(rows, schema=SHARES_SCHEMA, orient="row")


def unit_own_plan(unit: str, shares: dict[tuple[str, str], Share]) -> Plan:
    """The plan with the unit's shares as the targets of its measures."""

    def own(m: Metric) -> Metric:
        share = shares.get((unit, m.id))
        return m if share is None else share_metric(m, *share)

    targets = tuple(
        dataclasses.replace(t, metrics=tuple(own(m) for m in t.metrics)) for t in PLAN.targets
    )
    return dataclasses.replace(PLAN, targets=targets)
