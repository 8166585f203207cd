"""Cascading: a provincial measure split among districts rolls up from their approved
figures (sum for amounts, mean for rates) and the units below their share lag."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from chitieu.targets.model import Direction
from chitieu.web.dashboard.cascade import measure_cascade, roll_up_rule
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Measure, MeasureShare
from tests.dashhelpers import has_id, lags, text_of
from tests.webhelpers import client_for

APPROVED = datetime(2025, 1, 20, tzinfo=UTC)


def _fig(m: Measure, unit: str, period: str, value: str, *, approved: bool = True, day=None):
    FigureRecord.objects.create(
        plan=m.plan,
        measure=m,
        unit_code=unit,
        period=period,
        value=Decimal(value),
        stage="official",
        as_of=day or date(2025, 1, 15),
        approved_at=APPROVED if approved else None,
    )


@pytest.fixture
def split(demo):
    m = Measure.objects.get(plan=demo, key="tourist-arrivals")
    agency = Agency.objects.get(code="so-vhttdl")
    for code, share in [("D1", "2000000"), ("D2", "1500000"), ("D3", "900000")]:
        MeasureShare.objects.create(measure=m, unit_code=code, low=Decimal(share), agency=agency)
    _fig(m, "D1", "2023", "1800000")
    _fig(m, "D1", "2024", "2100000")  # the latest period counts
    _fig(m, "D2", "2024", "1400000")  # below its share: lags
    _fig(m, "D2", "2024", "1000000", day=date(2024, 12, 1))  # an older vintage
    _fig(m, "D3", "2024", "5", approved=False)  # not approved: no data
    return m


def test_it_rolls_up_the_latest_approved_figures_by_sum(split):
    c = measure_cascade(split)
    assert c.rule == "sum" and str(c.period) == "2024"
    assert c.rolled == Decimal("3500000") and c.reported == 2
    assert c.shares_total == Decimal("4400000")  # the shares add up to the province's target
    shown = {r.share.unit_code: (r.value, r.lagging) for r in c.rows}
    assert shown == {
        "D1": (Decimal("2100000"), False),
        "D2": (Decimal("1400000"), True),
        "D3": (None, False),
    }
    assert [r.share.unit_code for r in c.lagging] == ["D2"]


def test_rates_are_averaged_and_lower_is_better_lags_above(demo):
    rate = Measure.objects.get(plan=demo, key="commune-roads-paved")
    assert roll_up_rule(rate) == "mean"
    lower, within = Direction.LOWER_IS_BETTER, Direction.WITHIN
    three, five = Decimal("3"), Decimal("5")
    assert lags(lower, three, None, Decimal("4")) and not lags(lower, three, None, Decimal("2"))
    assert lags(within, three, five, Decimal("6")) and not lags(within, three, five, Decimal("4"))


def test_the_units_page_shows_targets_values_and_lagging_units(split):
    page = client_for("daibieu").get("/dashboard/langson-xvii/targets/4/units/")
    assert page.status_code == 200
    assert "3.500.000" in text_of(page, "rollup-tourist-arrivals")
    assert 'id="unit-tourist-arrivals-D2" class="lagging"' in page.content.decode()
    assert "1.400.000" in text_of(page, "unit-tourist-arrivals-D2")
    assert has_id(page, "unit-tourist-arrivals-D3")


def test_a_target_without_shares_says_so(demo):
    page = client_for("daibieu").get("/dashboard/langson-xvii/targets/13/units/")
    assert page.status_code == 200 and has_id(page, "no-shares")


def test_the_planning_office_sets_and_removes_shares_with_audit(demo, people):
    from chitieu.web.people.models import AuditEvent

    m = Measure.objects.get(plan=demo, key="tourist-arrivals")
    url = "/dashboard/langson-xvii/targets/4/units/"
    c = client_for("kehoach")
    data = {"measure": m.pk, "unit_code": "D9", "agency": "", "low": "1.200.000", "high": ""}
    assert c.post(url, data).status_code == 302
    share = MeasureShare.objects.get(measure=m, unit_code="D9")
    assert share.low == Decimal("1200000")
    assert AuditEvent.objects.filter(action="share_set", user=people["kehoach"]).exists()
    assert c.post(url, {"remove": share.pk}).status_code == 302
    assert not MeasureShare.objects.filter(pk=share.pk).exists()
    assert AuditEvent.objects.filter(action="share_remove").exists()


def test_others_may_not_set_shares(demo):
    m = Measure.objects.get(plan=demo, key="tourist-arrivals")
    url = "/dashboard/langson-xvii/targets/4/units/"
    data = {"measure": m.pk, "unit_code": "D9", "low": "1"}
    for user in ["laodong", "dulich", "pheduyet", "daibieu", None]:
        assert client_for(user).post(url, data).status_code == 403
    assert not MeasureShare.objects.exists()
    assert 'id="share-form"' not in client_for("daibieu").get(url).content.decode()
