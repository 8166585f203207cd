"""Choosing, among all the vintages of a figure, the one known on a given date.

The rule (docs/figures-format.md#vintages): of the vintages of a series point reported on
or before the date, the most final stage wins (official > preliminary > estimate); within
one stage the latest report wins (a revision). An estimate reported after the official
figure never replaces it. Every place that picks "the current figure" calls this module,
or, over a Polars frame, its vectorised twin in :mod:`chitieu.evaluation.bulk`
(``current_vintage_rows``, checked against it by tests/test_bulk_current_vintage_rows.py).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from datetime import date
from typing import TypeVar

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def vintage_rank(stage: Stage, as_of: date) -> tuple[int, date]:
    """How a vintage ranks among those of its series point: the greatest is the current one.

    The stage comes first, so a later but less final figure never beats a more final one;
    the report date decides within a stage.
    """
    return (stage.rank, as_of)


def figure_rank(f: Figure) -> tuple[int, date]:
    """:func:`vintage_rank` of a core figure."""
    return vintage_rank(f.stage, f.as_of)


def current_figures(
    figures: Iterable[Figure], as_of: date | None = None
) -> dict[tuple[str, str, Period], Figure]:
    """The current actual (non-plan) vintage of every series point known on ``as_of``.

    Without ``as_of`` every vintage counts. Of the vintages reported on or before the
    date, the most final stage wins, then the latest report (:func:`vintage_rank`).
    """
    return current_vintages(((f.key, f.stage, f.as_of, f) for f in figures), as_of)


def current_vintages(
    rows: Iterable[tuple[K, Stage, date, V]], as_of: date | None = None
) -> dict[K, V]:
    """:func:`current_figures` over plain rows ``(key, stage, as_of, item)``.

    The web app reads stored figures as tuples and keeps only each point's current
    vintage before it builds anything per figure; the first row of a key fixes its place.
    """
    chosen: dict[K, tuple[tuple[int, date], V]] = {}
    for key, stage, reported, item in rows:
        if not stage.is_actual or (as_of is not None and reported > as_of):
            continue
        rank = vintage_rank(stage, reported)
        best = chosen.get(key)
        if best is None or rank > best[0]:
            chosen[key] = (rank, item)
    return {key: item for key, (_rank, item) in chosen.items()}


def with_later(
    current: Mapping[tuple[str, str, Period], Figure],
    later: Iterable[Figure],
    as_of: date | None = None,
) -> dict[tuple[str, str, Period], Figure]:
    """:func:`current_figures` of some figures and of ``later`` ones, from ``current``
    (:func:`current_figures` of the first ones, on the same ``as_of``) and ``later`` alone.

    The current vintage of a point is the greatest by :func:`vintage_rank`, so it is the
    greater of the one already current and the best later one: only the points ``later``
    touches are picked again, by :func:`current_figures` itself. The keys keep their
    places, and new keys follow in the order of their first later figure, as if the later
    figures had been stored after the first ones.
    """
    later = list(later)
    touched = {f.key for f in later}
    again = current_figures([*(current[k] for k in touched if k in current), *later], as_of)
    merged = dict(current)
    merged.update(again)
    return merged


def more_final(candidate: Figure, figures: Iterable[Figure]) -> Figure | None:
    """The figure that keeps ``candidate`` from ever counting, if there is one.

    That is the most final figure of the candidate's series point, reported on or before
    the candidate's ``as_of``, whose stage is more final than the candidate's: from the
    candidate's date on, the rule prefers it. ``None`` when the candidate would count (or
    is a plan figure, which never competes). Entry pages refuse such a candidate and name
    the figure returned.
    """
    if not candidate.stage.is_actual:
        return None
    best: Figure | None = None
    for f in figures:
        if f.key != candidate.key or f.as_of > candidate.as_of:
            continue
        if f.stage.rank > candidate.stage.rank and (
            best is None or figure_rank(f) > figure_rank(best)
        ):
            best = f
    return best


def reported_early(f: Figure) -> bool:
    """Whether the figure was reported before its period ended (on or before its last day).

    Such a figure is an early estimate of a period still running: a result built on it is
    provisional whatever its stage (docs/evaluation.md#provisional-and-final).
    """
    return f.as_of <= f.period.last_day()


def history(figures: Iterable[Figure], metric: str, unit_code: str) -> list[Figure]:
    """Every vintage of a metric's figures for a unit, by period then by report date."""
    return sorted(
        (f for f in figures if f.metric == metric and f.unit_code == unit_code),
        key=lambda f: (f.period, f.as_of, f.stage.rank),
    )
