"""Roll-ups up the hierarchy: sum, mean, weighted mean and count (synthetic units)."""

from datetime import date
from decimal import Decimal

from chitieu.units.aggregate import count_meeting, mean, total, weighted_mean
from chitieu.units.model import Level, Unit
from chitieu.units.registry import Registry
from tests.unitkit import PROVINCE, commune, d, merged, province

MERGER = date(2020, 1, 1)
OLD = date(2019, 12, 31)
NEW = date(2020, 12, 31)


def two_districts() -> Registry:
    units = [
        province(),
        Unit("D1", "Huyện Một", Level.DISTRICT, "huyện", PROVINCE),
        Unit("D2", "Huyện Hai", Level.DISTRICT, "huyện", PROVINCE),
        commune("x1", "D1"),
        commune("x2", "D1"),
        commune("x3", "D2"),
    ]
    return Registry(units)


def test_it_sums_communes_into_districts_and_the_province():
    reg = two_districts()
    values = {"x1": d(10), "x2": d(5), "x3": d(7)}
    assert total(reg, values, NEW, "D1") == d(15)
    assert total(reg, values, NEW, PROVINCE) == d(22)


def test_it_averages_plainly_and_weighted_by_population():
    reg = two_districts()
    rates = {"x1": d(10), "x2": d(20), "x3": d(40)}
    population = {"x1": d(3000), "x2": d(1000), "x3": d(1000)}
    assert mean(reg, rates, NEW, PROVINCE) == Decimal(70) / 3
    assert weighted_mean(reg, rates, population, NEW, PROVINCE) == d(18)
    assert weighted_mean(reg, rates, population, NEW, "D1") == Decimal("12.5")
    assert weighted_mean(reg, rates, {}, NEW, PROVINCE) is None


def test_it_counts_units_meeting_a_condition_of_any_threshold():
    reg = two_districts()
    values = {"x1": d(85), "x2": d(60), "x3": d(91)}
    assert str(count_meeting(reg, values, NEW, PROVINCE, condition=lambda v: v >= 80)) == "2/3"
    assert str(count_meeting(reg, values, NEW, "D1", condition=lambda v: v >= 80)) == "1/2"


def test_it_sums_old_communes_into_the_merged_ones():
    units = [province(), commune("a", end=OLD), commune("b", end=OLD), commune("ab", start=MERGER)]
    reg = Registry(units, merged(["a", "b"], "ab", MERGER))
    assert total(reg, {"a": d(3), "b": d(4)}, OLD, PROVINCE, scope=NEW) == d(7)


def seventy_four_of_207() -> tuple[Registry, dict[str, Decimal]]:
    """207 made-up communes; on MERGER 26 pairs become 26 communes, leaving 181.

    Of the 74 that meet the standard, 61 are among the 155 unchanged, 8 are 4 pairs that
    both meet it, and 5 are alone in a pair with one that does not.
    """
    unchanged = [f"u{i:03d}" for i in range(155)]
    pairs = [(f"p{i:02d}a", f"p{i:02d}b") for i in range(26)]
    units = [province(), *(commune(c) for c in unchanged)]
    changes = []
    for i, (a, b) in enumerate(pairs):
        units += [commune(a, end=OLD), commune(b, end=OLD), commune(f"m{i:02d}", start=MERGER)]
        changes += merged([a, b], f"m{i:02d}", MERGER, "NQ thử (synthetic)")
    values = {c: d(1 if i < 61 else 0) for i, c in enumerate(unchanged)}
    for i, (a, b) in enumerate(pairs):
        values[a] = d(1 if i < 9 else 0)  # pairs 0–3: both meet; 4–8: only a
        values[b] = d(1 if i < 4 else 0)
    return Registry(units, changes), values


def test_it_reproduces_74_of_207_and_65_of_181_after_the_merger():
    reg, values = seventy_four_of_207()
    before = count_meeting(reg, values, OLD, PROVINCE)
    after = count_meeting(reg, values, OLD, PROVINCE, scope=NEW)
    assert (str(before), str(after)) == ("74/207", "65/181")


def test_it_counts_at_the_level_the_figures_are_given_for():
    reg = two_districts()
    c = count_meeting(reg, {"D1": d(1), "D2": d(0)}, NEW, PROVINCE)
    assert str(c) == "1/2" and c.met_codes == ("D1",)
