"""Agencies over time, in the pure core: the rules units follow (intervals, lineage, no
cycle, no overlapping dates) hold for agencies, and a planning office relies on who
reports an agency's measures after a merger, a split or a rename, and on who carries an
agency's leftover business on."""

from __future__ import annotations

from datetime import date

from chitieu.units.agencies import Agencies, Agency
from chitieu.units.lineage import lineage_findings
from chitieu.units.model import Change, ChangeKind

MARCH = date(2025, 3, 1)
KHDT = Agency("so-khdt", "Sở Kế hoạch và Đầu tư", valid_to=date(2025, 2, 28))
TC = Agency("so-tc", "Sở Tài chính")
MERGER = [
    Change("so-tc", "so-tc", ChangeKind.MERGE, MARCH),  # Sở Tài chính continues
    Change("so-khdt", "so-tc", ChangeKind.MERGE, MARCH),
]


def test_it_hands_a_merged_agency_s_measures_to_its_successor_from_the_effective_date():
    agencies = Agencies([KHDT, TC], MERGER)
    assert agencies.reporters("so-khdt", date(2024, 12, 31)) == {"so-khdt"}
    assert agencies.reporters("so-khdt", date(2025, 2, 28)) == {"so-khdt"}
    assert agencies.reporters("so-khdt", date(2025, 6, 30)) == {"so-tc"}
    assert agencies.reports_for("so-tc", date(2024, 12, 31)) == {"so-tc"}
    assert agencies.reports_for("so-tc", date(2025, 6, 30)) == {"so-tc", "so-khdt"}
    assert agencies.reports_for("so-khdt", date(2025, 6, 30)) == set()  # no longer in force
    assert agencies.taken_over("so-tc") == {"so-khdt": MARCH}


def test_it_leaves_a_split_agency_s_measures_to_the_planning_office():
    ldtbxh = Agency("so-ldtbxh", valid_to=date(2025, 2, 28))
    noi_vu, y_te = Agency("so-noi-vu"), Agency("so-y-te")
    split = [
        Change("so-ldtbxh", "so-noi-vu", ChangeKind.SPLIT, MARCH),
        Change("so-noi-vu", "so-noi-vu", ChangeKind.SPLIT, MARCH),
        Change("so-ldtbxh", "so-y-te", ChangeKind.SPLIT, MARCH),
        Change("so-y-te", "so-y-te", ChangeKind.SPLIT, MARCH),
    ]
    agencies = Agencies([ldtbxh, noi_vu, y_te], split)
    assert lineage_findings(agencies, split) == []
    assert agencies.reporters("so-ldtbxh", date(2025, 6, 30)) == set()
    assert agencies.reports_for("so-y-te", date(2025, 6, 30)) == {"so-y-te"}
    # both parts carry on its business left over (the reports of 2024)
    assert agencies.continues("so-noi-vu", "so-ldtbxh")
    assert agencies.continues("so-y-te", "so-ldtbxh")
    assert not agencies.continues("so-ldtbxh", "so-y-te")


def test_it_follows_a_rename_and_a_later_merger_through_to_the_last_agency():
    old = Agency("so-a", valid_to=date(2023, 12, 31))
    renamed = Agency("so-b", valid_from=date(2024, 1, 1), valid_to=date(2025, 2, 28))
    changes = [
        Change("so-a", "so-b", ChangeKind.RENAME, date(2024, 1, 1)),
        Change("so-tc", "so-tc", ChangeKind.MERGE, MARCH),
        Change("so-b", "so-tc", ChangeKind.MERGE, MARCH),
    ]
    agencies = Agencies([old, renamed, TC], changes)
    assert lineage_findings(agencies, changes) == []
    assert agencies.reporters("so-a", date(2024, 6, 30)) == {"so-b"}
    assert agencies.reporters("so-a", date(2025, 12, 31)) == {"so-tc"}
    assert agencies.reports_for("so-tc", date(2025, 12, 31)) == {"so-tc", "so-b", "so-a"}
    assert agencies.taken_over("so-tc") == {"so-b": MARCH, "so-a": MARCH}
    assert agencies.continues("so-tc", "so-a")


def test_it_finds_overlapping_dates_and_cycles_as_it_does_for_units():
    still_open = Agency("so-khdt")  # not ended the day before the merger
    late = Agency("so-moi", valid_from=date(2025, 4, 1))  # begins after the change
    changes = [
        Change("so-khdt", "so-moi", ChangeKind.MERGE, MARCH),
        Change("so-moi", "so-khdt", ChangeKind.MERGE, date(2026, 1, 1)),
    ]
    found = {
        (f.code, f.change.predecessor)
        for f in lineage_findings(Agencies([still_open, late], changes), changes)
    }
    assert ("predecessor_overlap", "so-khdt") in found
    assert ("successor_missing", "so-khdt") in found
    assert ("cycle", "so-khdt") in found and ("cycle", "so-moi") in found


def test_it_does_not_count_an_agency_absorbing_others_as_overlapping():
    agencies = Agencies([KHDT, TC], MERGER)
    assert lineage_findings(agencies, MERGER) == []
    without_continuing = MERGER[1:]
    found = lineage_findings(Agencies([KHDT, TC], without_continuing), without_continuing)
    assert [(f.code, f.params["unit"]) for f in found] == [("successor_overlap", "so-tc")]
