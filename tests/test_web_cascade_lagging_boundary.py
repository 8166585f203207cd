"""A unit lags only past its share: exactly at its share it does not, a hair past it it
does, whichever way the measure points; the cascade page shows what the core decides."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.targets.model import Direction
from chitieu.web.dashboard.cascade import measure_cascade
from chitieu.web.plans.models import Measure, MeasureShare
from tests.dashhelpers import lags
from tests.test_web_cascade import _fig
from tests.webhelpers import client_for

D = Decimal
HIGHER, LOWER, WITHIN = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER, Direction.WITHIN


@pytest.mark.parametrize(
    ("direction", "low", "high", "value", "lagging"),
    [
        (HIGHER, "100", None, "100", False),
        (HIGHER, "100", None, "99.99", True),
        (LOWER, "3", None, "3", False),
        (LOWER, "3", None, "3.01", True),
        (WITHIN, "3", "5", "5", False),
        (WITHIN, "3", "5", "3", False),
        (WITHIN, "3", "5", "5.01", True),
        (WITHIN, "3", "5", "2.99", True),
        (WITHIN, "3", None, "3", False),
        (WITHIN, "3", None, "3.01", True),
        (HIGHER, "3", "5", "5.5", False),  # above a band where higher is better: ahead
        (HIGHER, "3", "5", "2.99", True),
        (LOWER, "3", "5", "2", False),
        (LOWER, "3", "5", "5.01", True),
    ],
)
def test_it_lags_only_past_the_share(direction, low, high, value, lagging):
    assert lags(direction, D(low), D(high) if high else None, D(value)) is lagging


def _split(plan, key, shares):  # type: ignore[no-untyped-def]
    m = Measure.objects.get(plan=plan, key=key)
    for code, share, value in shares:
        MeasureShare.objects.create(measure=m, unit_code=code, low=D(share))
        _fig(m, code, "2024", value)
    return m


def test_the_page_marks_the_unit_past_its_share_and_not_the_one_at_it(demo):
    arrivals = _split(
        demo, "tourist-arrivals", [("D1", "2000000", "2000000"), ("D2", "1500000", "1499999")]
    )
    poverty = _split(demo, "poverty-rate", [("D1", "3", "3"), ("D2", "3", "3.01")])
    for m in (arrivals, poverty):
        shown = {r.share.unit_code: r.lagging for r in measure_cascade(m).rows}
        assert shown == {"D1": False, "D2": True}, m.key
    html = client_for("daibieu").get(f"/dashboard/langson-xvii/targets/{poverty.target.no}/units/")
    page = html.content.decode()
    assert 'id="unit-poverty-rate-D2" class="lagging"' in page
    assert 'id="unit-poverty-rate-D1" class="lagging"' not in page
    assert 'id="unit-poverty-rate-D1"' in page
