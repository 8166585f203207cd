"""Choosing, among all the vintages of a figure, the one known on a given date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from chitieu.figures.model import Figure
from chitieu.figures.periods import Period


def current_figures(
    figures: Iterable[Figure], as_of: date | None = None
) -> dict[tuple[str, str, Period], Figure]:
    """The latest actual (non-plan) vintage of every series point known on ``as_of``.

    Without ``as_of`` every vintage counts. Of the vintages reported on or before the
    date, the latest wins; on the same date the more final stage wins.
    """
    chosen: dict[tuple[str, str, Period], Figure] = {}
    for f in figures:
        if not f.stage.is_actual or (as_of is not None and f.as_of > as_of):
            continue
        best = chosen.get(f.key)
        if best is None or f.vintage_order() > best.vintage_order():
            chosen[f.key] = f
    return chosen


def history(figures: Iterable[Figure], metric: str, unit_code: str) -> list[Figure]:
    """Every vintage of a metric's figures for a unit, by period then by report date."""
    return sorted(
        (f for f in figures if f.metric == metric and f.unit_code == unit_code),
        key=lambda f: (f.period, f.as_of, f.stage.rank),
    )
