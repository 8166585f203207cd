"""Synthetic units for tests: invented codes and names, not administrative data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chitieu.units.model import Change, ChangeKind, Level, Unit
from chitieu.units.registry import Registry

PROVINCE = "99"  # a made-up province
MERGER_DAY = date(2023, 7, 1)  # in the middle of a 2021–2025 term


def province(code: str = PROVINCE) -> Unit:
    return Unit(code, "Tỉnh Thử", Level.PROVINCE, "tỉnh")


def commune(
    code: str,
    parent: str = PROVINCE,
    start: date | None = None,
    end: date | None = None,
    name: str = "",
) -> Unit:
    return Unit(code, name or f"Xã {code}", Level.COMMUNE, "xã", parent, start, end)


def merged(codes: list[str], into: str, day: date, act: str = "NQ thử") -> list[Change]:
    return [Change(c, into, ChangeKind.MERGE, day, act) for c in codes]


def three_into_one() -> Registry:
    """Communes A, B, C merge into M on MERGER_DAY; D goes on unchanged."""
    last = date(2023, 6, 30)
    units = [
        province(),
        *(commune(c, end=last) for c in ("A", "B", "C")),
        commune("M", start=MERGER_DAY),
        commune("D"),
    ]
    return Registry(units, merged(["A", "B", "C"], "M", MERGER_DAY))


def d(value: str | int) -> Decimal:
    return Decimal(str(value))
