"""What is made again in the background after a plan's data changed (chitieu.web.warming)."""

from __future__ import annotations

from chitieu.web.figures.evaluation import evaluation
from chitieu.web.plans.models import Plan


def warm_plan(plan_id: int) -> None:
    """The evaluation the dashboard, the API and the documents start from: every approved
    vintage (no as-of date), with the plan's figures and units behind it."""
    plan = Plan.objects.filter(pk=plan_id).first()
    if plan is not None:
        evaluation(plan)
