"""A commune split in two, one part keeping the old code (synthetic units)."""

from datetime import date

import pytest

from chitieu.problems import InputError
from chitieu.units.aggregate import count_meeting, in_scope
from chitieu.units.model import Change, ChangeKind
from chitieu.units.registry import Registry
from tests.unitkit import PROVINCE, commune, d, province

DAY = date(2022, 1, 1)


def split() -> Registry:
    """S splits into S1 and S2 on DAY."""
    units = [
        province(),
        commune("S", end=date(2021, 12, 31)),
        commune("S1", start=DAY),
        commune("S2", start=DAY),
    ]
    return Registry(units, [Change("S", s, ChangeKind.SPLIT, DAY, "NQ thử") for s in ("S1", "S2")])


def test_it_maps_a_split_unit_to_its_parts_and_back():
    reg = split()
    assert reg.map_to("S", date(2021, 6, 1), date(2023, 1, 1)) == {"S1", "S2"}
    assert reg.map_to("S2", date(2023, 1, 1), date(2021, 6, 1)) == {"S"}
    lineage = reg.lineage("S1")
    assert [c.predecessor for c in lineage.origins] == ["S"] and lineage.successors == ()


def test_it_counts_a_split_in_both_scopes():
    reg = split()
    old = {"S": d(1)}
    assert str(count_meeting(reg, old, date(2021, 12, 31), PROVINCE)) == "1/1"
    # each part takes the whole unit's status
    assert str(count_meeting(reg, old, date(2021, 12, 31), PROVINCE, date(2022, 12, 31))) == "2/2"
    new = {"S1": d(1), "S2": d(0)}
    assert str(count_meeting(reg, new, date(2022, 12, 31), PROVINCE, date(2021, 12, 31))) == "0/1"


def test_it_sums_parts_back_but_does_not_share_a_whole_among_parts():
    reg = split()
    assert in_scope(
        reg, {"S1": d(40), "S2": d(60)}, date(2022, 12, 31), date(2021, 1, 1), PROVINCE
    ) == {"S": d(100)}
    assert in_scope(reg, {"S": d(100)}, date(2021, 12, 31), date(2022, 12, 31), PROVINCE) == {}


def test_it_allows_a_partial_split_where_the_old_unit_continues():
    units = [province(), commune("P"), commune("Q", start=DAY)]
    changes = [Change("P", "P", ChangeKind.SPLIT, DAY), Change("P", "Q", ChangeKind.SPLIT, DAY)]
    reg = Registry(units, changes)
    assert reg.map_to("P", date(2021, 1, 1), date(2023, 1, 1)) == {"P", "Q"}


def test_it_refuses_a_split_whose_old_unit_goes_on_without_being_named_a_successor():
    units = [province(), commune("P"), commune("Q", start=DAY)]
    with pytest.raises(InputError, match="the dates overlap: the predecessor P is still in force"):
        Registry(units, [Change("P", "Q", ChangeKind.SPLIT, DAY)])
