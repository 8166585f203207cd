"""A cascaded measure that a person judges ("other"): the cascade page shows each unit's
latest figure to be judged by hand, never "no data" when there is a figure, and lags no
one on its own."""

from __future__ import annotations

from decimal import Decimal

from chitieu.evaluation.statuses import Status
from chitieu.targets.model import Kind
from chitieu.web.dashboard.cascade import measure_cascade
from chitieu.web.plans.models import Measure, MeasureShare
from tests.test_web_cascade import _fig


def test_a_unit_with_a_figure_is_shown_for_judging_by_hand(demo):
    m = Measure.objects.get(plan=demo, key="tourist-arrivals")
    m.kind, m.low, m.high = Kind.OTHER.value, None, None  # a person judges it: no bounds
    m.save()
    for unit in ("D1", "D2"):
        MeasureShare.objects.create(measure=m, unit_code=unit, low=Decimal(100))
    _fig(m, "D1", "2023", "90")
    _fig(m, "D1", "2024", "120")
    demo.touch()
    rows = {r.share.unit_code: r for r in measure_cascade(m).rows}
    assert (rows["D1"].value, rows["D1"].status) == (Decimal(120), Status.MANUAL.value)
    assert (rows["D2"].value, rows["D2"].status) == (None, Status.NO_DATA.value)
    assert measure_cascade(m).lagging == []
