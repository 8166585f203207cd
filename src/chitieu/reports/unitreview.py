"""The review of one unit (a commune) of a plan: the plan's own review document, with the
unit in the place of the plan's area, built from the unit's figures by the same
evaluation (:func:`~chitieu.reports.review.build_review`), nothing recomputed here.

A unit is judged by the rule the target pages' unit screens and the re-evaluation of
every unit follow (:func:`~chitieu.evaluation.shares.judge_units`, docs/web.md): on a
measure it holds a share of (a cascaded measure), against its share, the share being the
measure's target (:func:`~chitieu.evaluation.derived.share_metric`, the one rule that
turns a share into a target), for its status and its forecast alike; on any other
measure, against the plan's target as if it were the area. The counts of units ("115 xã
đạt chuẩn") are judged over the units, not for one of them: a unit's review leaves out
those it holds no share of (:func:`~chitieu.evaluation.shares.judged_by_kind`), and a
target left with no measure goes too. A note under the table says which measures were
judged against the unit's share, in the words of the target page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import polars as pl

from chitieu.evaluation.derived import share_metric
from chitieu.evaluation.shares import judged_by_kind
from chitieu.figures.model import Figure
from chitieu.reports.labels import t
from chitieu.reports.review import ReviewData, build_review
from chitieu.targets.model import Area, Metric, Plan

Share = tuple[Decimal, Decimal | None]


def _decimal(value: float) -> Decimal:
    return Decimal(repr(value)).normalize()  # 62.5 as written, not its binary expansion


def own_shares(shares: pl.DataFrame | None, code: str) -> dict[str, Share]:
    """The shares (``low``, ``high``) the unit ``code`` holds in ``shares`` (the columns
    of :data:`~chitieu.evaluation.shares.SHARES_SCHEMA`), per measure."""
    if shares is None:
        return {}
    rows = shares.filter(pl.col("unit_code") == code).select("metric", "low", "high")
    return {
        metric: (_decimal(low), None if high is None else _decimal(high))
        for metric, low, high in rows.iter_rows()
    }


def unit_plan(plan: Plan, code: str, name: str, shares: dict[str, Share] | None = None) -> Plan:
    """The plan as judged for the unit ``code``: the unit in the place of its area, each
    measure it holds a share of in ``shares`` (:func:`own_shares`) with its share as the
    target."""
    held = shares or {}
    kept = judged_by_kind(plan, pl.DataFrame({"metric": list(held)}, schema={"metric": pl.String}))

    def own(m: Metric) -> Metric:
        return m if m.id not in held else share_metric(m, *held[m.id])

    targets = tuple(
        dataclasses.replace(x, metrics=tuple(own(m) for m in x.metrics)) for x in kept.targets
    )
    return dataclasses.replace(kept, targets=targets, area=Area(code=code, name=name))


def build_unit_review(
    plan: Plan,
    code: str,
    name: str,
    figures: Iterable[Figure],
    period: str,
    shares: pl.DataFrame | None = None,
    **options: Any,
) -> ReviewData:
    """The review of the unit ``code`` (named ``name``) for ``period``, from its own
    figures among ``figures``, each measure it holds a share of in ``shares`` (the units'
    shares, as :func:`~chitieu.evaluation.shares.judge_units` takes them) judged against
    its share; ``options`` as :func:`build_review` takes them. Raises its
    :class:`~chitieu.reports.review.ReportError` (a unit with no figure known, say)."""
    own = [f for f in figures if f.unit_code == code]
    # a measure judged by a person has no share to be judged against (as goals_table)
    judged = {m.id for m in plan.metrics() if not m.is_manual}
    held = {k: v for k, v in own_shares(shares, code).items() if k in judged}
    review = build_review(unit_plan(plan, code, name, held), own, period, **options)
    if held:
        review.notes.append(rule_note(review, set(held)))
    return review


def rule_note(review: ReviewData, shared: set[str]) -> str:
    """Which measures of the review were judged against the unit's own share, and that
    the others were judged against the plan's targets, in the target page's words."""
    lang = review.lang
    rows = [r for r in review.rows if r.result is not None]  # measures, not headings
    mine = [r.no for r in rows if r.result is not None and r.result.metric.id in shared]
    key = "rule_shared" if len(mine) == 1 else "rule_shared_many"
    text = t(key, lang, nos=", ".join(mine), rule=t("rule_share", lang))
    if len(mine) < len(rows):
        text += t("rule_others", lang, rule=t("rule_plan", lang))
    return text + "."
