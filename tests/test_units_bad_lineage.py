"""Lineage records that make a cycle or whose dates overlap are refused (synthetic units)."""

from datetime import date

import pytest

from chitieu.problems import InputError
from chitieu.units.model import Change, ChangeKind
from chitieu.units.registry import Registry
from tests.unitkit import commune, province

DAY = date(2020, 1, 1)


def test_it_refuses_a_lineage_that_makes_a_cycle():
    units = [province(), commune("A"), commune("B")]
    changes = [
        Change("A", "B", ChangeKind.RENAME, DAY, origin="units.csv:2"),
        Change("B", "A", ChangeKind.RENAME, date(2021, 1, 1), origin="units.csv:3"),
    ]
    with pytest.raises(InputError) as exc:
        Registry(units, changes)
    messages = [str(p) for p in exc.value.problems]
    assert "units.csv:2: field 'successor': the lineage would make a cycle: A → B → A" in messages


def test_it_refuses_a_merger_whose_predecessor_is_still_in_force_after_it():
    units = [province(), commune("A", end=date(2020, 6, 30)), commune("M", start=DAY)]
    with pytest.raises(InputError, match="predecessor A is still in force on 1/1/2020"):
        Registry(units, [Change("A", "M", ChangeKind.MERGE, DAY)])


def test_it_refuses_a_merger_whose_successor_was_in_force_before_it():
    units = [province(), commune("A", end=date(2019, 12, 31)), commune("M", start=date(2019, 6, 1))]
    with pytest.raises(InputError, match="successor M was already in force on 31/12/2019"):
        Registry(units, [Change("A", "M", ChangeKind.MERGE, DAY)])


def test_it_refuses_lineage_naming_an_unknown_unit_or_overlapping_intervals():
    with pytest.raises(InputError, match="unit Z is not a known unit"):
        Registry(
            [province(), commune("A", end=date(2019, 12, 31))],
            [Change("A", "Z", ChangeKind.MERGE, DAY)],
        )
    with pytest.raises(InputError, match="two periods of validity that overlap"):
        Registry([commune("A", end=date(2020, 12, 31)), commune("A", start=date(2020, 6, 1))])


def test_it_accepts_a_commune_absorbing_others():
    units = [province(), commune("A", end=date(2019, 12, 31)), commune("B")]
    reg = Registry(
        units, [Change("A", "B", ChangeKind.MERGE, DAY), Change("B", "B", ChangeKind.MERGE, DAY)]
    )
    assert reg.map_to("A", date(2019, 1, 1), date(2021, 1, 1)) == {"B"}
    assert reg.map_to("B", date(2021, 1, 1), date(2019, 1, 1)) == {"A", "B"}
