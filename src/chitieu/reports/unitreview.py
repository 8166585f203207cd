"""The review of one unit (a commune) of a plan: the plan's own review document, with the
unit in the place of the plan's area, built from the unit's figures by the same
evaluation (:func:`~chitieu.reports.review.build_review`), nothing recomputed here.

A unit is judged against the plan's targets as if it were the area, the rule the
re-evaluation of every unit and the target pages' unit screens follow (docs/web.md). The
counts of units ("115 xã đạt chuẩn") are judged over the units, not for one of them: a
unit's review leaves them out (:func:`~chitieu.evaluation.shares.judged_by_kind`, the
rule the unit screens follow), and a target left with no measure goes too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from chitieu.evaluation.shares import judged_by_kind
from chitieu.figures.model import Figure
from chitieu.reports.review import ReviewData, build_review
from chitieu.targets.model import Area, Plan


def unit_plan(plan: Plan, code: str, name: str) -> Plan:
    """The plan as judged for the unit ``code``: the unit in the place of its area."""
    return dataclasses.replace(judged_by_kind(plan), area=Area(code=code, name=name))


def build_unit_review(
    plan: Plan, code: str, name: str, figures: Iterable[Figure], period: str, **options: Any
) -> ReviewData:
    """The review of the unit ``code`` (named ``name``) for ``period``, from its own
    figures among ``figures``; ``options`` as :func:`build_review` takes them. Raises
    its :class:`~chitieu.reports.review.ReportError` (a unit with no figure known, say)."""
    own = [f for f in figures if f.unit_code == code]
    return build_review(unit_plan(plan, code, name), own, period, **options)
