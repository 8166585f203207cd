"""Three communes merge into one in the middle of the term (synthetic units)."""

from datetime import date

from chitieu.units.aggregate import count_meeting
from tests.unitkit import MERGER_DAY, PROVINCE, d, three_into_one

BEFORE = date(2022, 12, 31)  # figures of 2022: the old communes
AFTER = date(2024, 12, 31)  # figures of 2024: the merged commune


def test_it_lists_the_old_communes_before_and_the_merged_one_after():
    reg = three_into_one()
    assert [u.code for u in reg.in_force(BEFORE, under=PROVINCE)] == ["A", "B", "C", "D"]
    assert [u.code for u in reg.in_force(AFTER, under=PROVINCE)] == ["D", "M"]


def test_it_maps_an_old_commune_forward_and_the_merged_one_back():
    reg = three_into_one()
    assert reg.map_to("A", BEFORE, AFTER) == {"M"}
    assert reg.map_to("M", AFTER, BEFORE) == {"A", "B", "C"}
    assert reg.map_to("D", BEFORE, AFTER) == {"D"}


def test_it_counts_figures_before_the_merger_in_both_scopes():
    reg = three_into_one()
    all_met = {"A": d(1), "B": d(1), "C": d(1), "D": d(0)}
    assert str(count_meeting(reg, all_met, BEFORE, PROVINCE)) == "3/4"
    # in today's communes the merged commune meets it: all three parts did
    assert str(count_meeting(reg, all_met, BEFORE, PROVINCE, scope=AFTER)) == "1/2"
    one_short = {"A": d(1), "B": d(0), "C": d(1), "D": d(1)}
    assert str(count_meeting(reg, one_short, BEFORE, PROVINCE)) == "3/4"
    c = count_meeting(reg, one_short, BEFORE, PROVINCE, scope=AFTER)
    assert str(c) == "1/2" and c.met_codes == ("D",)


def test_it_counts_figures_after_the_merger_in_both_scopes():
    reg = three_into_one()
    after = {"M": d(1), "D": d(0)}
    assert str(count_meeting(reg, after, AFTER, PROVINCE)) == "1/2"
    # in the communes as they were before: each old commune takes the merged one's status
    c = count_meeting(reg, after, AFTER, PROVINCE, scope=BEFORE)
    assert str(c) == "3/4" and c.met_codes == ("A", "B", "C")


def test_it_reports_units_without_a_figure_as_missing_not_met():
    reg = three_into_one()
    c = count_meeting(reg, {"A": d(1), "B": d(1)}, BEFORE, PROVINCE, scope=AFTER)
    assert str(c) == "0/2" and set(c.missing) == {"D"}
    assert date(2023, 7, 1) == MERGER_DAY
