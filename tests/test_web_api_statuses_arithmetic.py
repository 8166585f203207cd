"""The API's statuses carry the arithmetic the dashboards draw: each year's rate, the gap
of a value short of its target, so a client shows the same numbers without recomputing."""

from __future__ import annotations

from tests.apihelpers import PLAN
from tests.webhelpers import client_for


def _measure(data, key):  # type: ignore[no-untyped-def]
    return next(m for t in data["targets"] for m in t["metrics"] if m["id"] == key)


def test_it_carries_the_yearly_rates_and_the_gap(demo):
    data = client_for(None).get(f"{PLAN}/statuses?as_of=2023-10-15").json()
    growth = _measure(data, "grdp-growth")
    assert growth["per_year"] == [
        {"year": 2021, "value": "6.71", "stage": "official"},
        {"year": 2022, "value": "7.45", "stage": "official"},
    ]
    labour = _measure(data, "trained-labour")  # 58,5% in 2022 against ≥ 65%
    assert labour["gap"] == {"side": "below", "amount": "6.5"}
    assert labour["counted_units"] == []
