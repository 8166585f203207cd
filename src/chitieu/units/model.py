"""Administrative units over time: units with validity intervals, and lineage records.

A unit is identified by its code *and* the start of its interval, because a code can come
back after a reform (a new ward keeps an old commune's code). A lineage record names codes
and a date; it links the version of the predecessor in force the day before ``effective``
to the version of the successor in force on ``effective``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ChangeKind(StrEnum):
    MERGE = "merge"  # sáp nhập, nhập
    SPLIT = "split"  # chia, tách
    RENAME = "rename"  # đổi tên
    RETYPE = "retype"  # chuyển loại: huyện → thị xã, xã → phường


class Level(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


@dataclass(frozen=True)
class Unit:
    """A unit during one interval of its existence (``valid_to`` is its last day)."""

    code: str
    name: str
    level: Level
    division_type: str = ""  # xã, phường, thị trấn, huyện …
    parent: str | None = None  # the parent's code
    valid_from: date | None = None  # None: since before anything recorded
    valid_to: date | None = None  # None: still in force
    act: str = ""  # the deciding act

    def in_force(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Change:
    """One lineage link: ``predecessor`` became (part of) ``successor`` on ``effective``."""

    predecessor: str
    successor: str
    kind: ChangeKind
    effective: date
    act: str = ""
    origin: str = ""  # where it was read from, e.g. "units.yaml:12"
