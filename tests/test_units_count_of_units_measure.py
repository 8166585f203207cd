"""A count_of_units measure evaluated from commune figures, in a chosen scope (synthetic)."""

from datetime import date

from chitieu.evaluation.engine import evaluate_plan
from chitieu.units.aggregate import UnitScope
from chitieu.units.registry import Registry
from tests.helpers import evaluate_one, fig, make_plan
from tests.unitkit import MERGER_DAY, commune, merged, province

AREA = "20"  # the test plans' area


def registry() -> Registry:
    """Communes A, B, C merge into M mid-term; D is unchanged (made-up codes)."""
    last = date(2023, 6, 30)
    units = [
        province(AREA),
        *(commune(c, AREA, end=last) for c in "ABC"),
        commune("M", AREA, start=MERGER_DAY),
        commune("D", AREA),
    ]
    return Registry(units, merged(list("ABC"), "M", MERGER_DAY))


def plan():  # type: ignore[no-untyped-def]
    return make_plan(
        {
            "id": "ntm",
            "kind": "count_of_units",
            "comparator": ">=",
            "low": "2",
            "unit": "xã",
            "decimals": 0,
        }
    )


def test_it_counts_the_communes_in_force_at_the_end_of_each_year():
    figures = [fig("ntm", "2022", v, unit=u) for u, v in zip("ABCD", "1110", strict=True)]
    figures += [fig("ntm", "2024", "1", unit="M"), fig("ntm", "2024", "1", unit="D")]
    r = evaluate_plan(plan(), figures, units=UnitScope(registry())).targets[0].metrics[0]
    assert r.value == 2
    text = r.explanation.text("vi")
    assert "Năm 2024: 2/2 xã đạt chuẩn (theo đơn vị hành chính ngày 31/12/2024)" in text


def test_it_counts_in_the_communes_as_they_were_before_the_merger():
    figures = [fig("ntm", "2024", "1", unit="M"), fig("ntm", "2024", "0", unit="D")]
    scope = UnitScope(registry(), scope=date(2022, 12, 31))
    r = evaluate_plan(plan(), figures, units=scope).targets[0].metrics[0]
    assert r.value == 3
    assert "2024: 3/4 xã meet the standard (units as of 31/12/2022)" in r.explanation.text("en")


def test_it_keeps_the_old_count_without_units_and_the_area_figure_first():
    figures = [fig("ntm", "2024", "1", unit="M"), fig("ntm", "2024", "1", unit="D")]
    assert evaluate_one(plan(), figures).value == 2
    with_area = [*figures, fig("ntm", "2024", "7")]
    r = evaluate_plan(plan(), with_area, units=UnitScope(registry())).targets[0].metrics[0]
    assert r.value == 7
