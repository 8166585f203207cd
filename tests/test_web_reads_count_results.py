"""A plan reported commune by commune is judged from what the dashboard reads (the
province's figures and each commune's current figure of a count of units) exactly as
before, when every vintage of every commune was read: same values, statuses and counts
on the pages, in the API and in the review documents."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from chitieu.evaluation.engine import evaluate_plan
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import parse_period
from chitieu.reports import build_review
from chitieu.web.figures.evaluation import evaluation, plan_figures, stored_plan, stored_units
from chitieu.web.figures.services import approved_figures, import_plan
from chitieu.web.units.models import AdminUnit
from tests.unitplan import area_figures, core_plan, synthetic, unit_plan
from tests.webhelpers import client_for


def _communes(n: int) -> list[str]:
    rows = AdminUnit.objects.filter(AdminUnit.valid_on(date(2023, 12, 31)), level="commune")
    return list(rows.order_by("code").values_list("code", flat=True)[:n])


def test_it_counts_the_communes_and_judges_the_province_as_before(demo, people):
    plan = unit_plan(people["kehoach"], _communes(10))
    result = evaluation(plan)
    share = result.metric_result("nuoc-sach")
    assert (share.value, share.status.value) == (Decimal("64.5"), "not_achieved")
    count = result.metric_result("xa-dat-chuan")
    assert count.value == 5  # the five even-numbered communes, official in 2024
    assert "5/194" in " ".join(count.explanation.text("vi"))
    assert count.status.value == "exceeded"
    early = evaluation(plan, date(2023, 12, 15))  # only the estimates were known
    assert early.metric_result("nuoc-sach").value == Decimal("66")
    assert early.metric_result("xa-dat-chuan").value == 0


def test_the_api_and_the_page_say_the_same(demo, people):
    plan = unit_plan(people["kehoach"], _communes(10))
    api = client_for("daibieu").get(f"/api/plans/{plan.slug}/statuses").json()
    measures = {m["id"]: m for t in api["targets"] for m in t["metrics"]}
    assert (measures["xa-dat-chuan"]["value"], measures["xa-dat-chuan"]["status"]) == (
        "5",
        "exceeded",
    )
    page = client_for("daibieu").get(f"/dashboard/{plan.slug}/targets/2/").content.decode()
    assert "5/194" in page


def _random_figures(rng: random.Random, codes: list[str]) -> list[Figure]:
    """Every measure reported by the province and the units, with revisions, plan
    figures and reports on random dates."""
    out = area_figures()
    stages = [Stage.ESTIMATE, Stage.PRELIMINARY, Stage.OFFICIAL, Stage.PLAN]
    for unit in codes:
        for metric in ("nuoc-sach", "xa-dat-chuan"):
            for year in rng.sample(range(2021, 2025), 3):
                for stage in rng.sample(stages, rng.randint(1, 3)):
                    value = str(
                        rng.randint(0, 1) if metric == "xa-dat-chuan" else rng.randint(55, 75)
                    )
                    on = date(year, 12, 1) + timedelta(days=rng.randint(0, 500))
                    period = parse_period(str(year))
                    out.append(Figure(metric, period, Decimal(value), stage, on, unit, source="s"))
    return out


def test_it_equals_the_engine_over_every_approved_vintage(demo, people):
    rng = random.Random(13)
    codes = _communes(25) + synthetic(15)
    plan = import_plan(people["kehoach"], core_plan("ngau-nhien"), _random_figures(rng, codes))
    core, every = stored_plan(plan), approved_figures(plan)
    assert len(every) > 200  # the units' figures are there to be left out
    for as_of in (None, date(2022, 6, 30), date(2023, 12, 31), date(2025, 3, 1)):
        before = evaluate_plan(core, every, as_of, stored_units(plan))
        assert evaluation(plan, as_of).to_dict("vi") == before.to_dict("vi"), as_of
        period = "2024" if as_of is None or as_of.year > 2024 else str(as_of.year)
        old = build_review(core, every, period, as_of=as_of)
        new = build_review(core, plan_figures(plan, as_of), period, as_of=as_of)
        assert new.result.to_dict("vi") == old.result.to_dict("vi"), as_of
