"""Agencies over time: the bodies that report change as administrative units do.

The 2025 reform merged provincial departments (Sở Kế hoạch và Đầu tư into Sở Tài chính
from 1 March 2025) as it merged communes. An agency has an interval of validity and
lineage records (merge, split, rename), checked by the rules every dated thing follows
(:mod:`chitieu.units.lineage`: no cycle, no overlapping dates). What follows from them:

* a report belongs to the agency in force at the end of its period, so the figures an
  agency reported before its merger stay its own;
* an agency's work (the measures it reports, the tasks it leads) passes to its successor
  by a merge or a rename from the change's effective date. A split agency's parts report
  what they are assigned: a whole's measures cannot be shared out by a rule;
* the people of the agencies that carry an agency on, by any change, do its business
  left over: they may correct its reports of the periods before the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from chitieu.units.lineage import Timeline
from chitieu.units.model import ChangeKind

# The changes an agency goes through (a unit may also change type: huyện → thị xã).
AGENCY_KINDS = (ChangeKind.MERGE, ChangeKind.SPLIT, ChangeKind.RENAME)
# The changes that hand an agency's measures and tasks to its successor.
WORK_PASSES = frozenset({ChangeKind.MERGE, ChangeKind.RENAME})


@dataclass(frozen=True)
class Agency:
    """An agency during its existence (``valid_to`` is its last day; None: open)."""

    code: str
    name: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    act: str = ""  # the deciding act

    def in_force(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class Agencies(Timeline[Agency]):
    """A province's agencies and their lineage, queried by date."""

    def reports_for(self, code: str, day: date) -> set[str]:
        """Whose measures agency ``code`` reports for a period ending on ``day``: its own,
        and those of the agencies merged into it or renamed as it by then. Nothing when it
        is not in force that day."""
        if self.version(code, day) is None:
            return set()
        return self.passed_from(code, day, WORK_PASSES)

    def reporters(self, code: str, day: date) -> set[str]:
        """Which agencies report agency ``code``'s measures for a period ending on ``day``:
        itself while in force, then what it was merged into or renamed as (nothing after
        a split, until the planning office assigns its measures to the parts)."""
        return self.passed_to(code, day, WORK_PASSES)

    def taken_over(self, code: str) -> dict[str, date]:
        """The agencies whose measures agency ``code`` took over by a merge or a rename
        (directly or through others), each with the day from which it reports them."""
        since: dict[str, date] = {}
        for c in reversed(self.changes):
            if c.kind not in WORK_PASSES or c.predecessor == c.successor:
                continue
            if c.successor == code or c.successor in since:
                later = since.get(c.successor, c.effective)
                since[c.predecessor] = max(later, c.effective)
        since.pop(code, None)
        return since

    def continues(self, heir: str, code: str) -> bool:
        """Whether agency ``heir`` is ``code`` or carries it on (a lineage of any kind
        leads from ``code`` to ``heir``), whatever the date."""
        return code in self.passed_from(heir)
