"""Checks of figures against the units for the web app: a figure for a unit that did not
exist on the figure's date. The rules are the core's (:mod:`chitieu.units`), and so are the
messages' templates (:mod:`chitieu.messages`). What a unit or a lineage record must keep
before it is saved is in rules.py, which the models call."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.problems import Problem, coded
from chitieu.units.aggregate import period_end, unit_problems
from chitieu.units.registry import Registry
from chitieu.web.problems import said
from chitieu.web.units.models import AdminUnit
from chitieu.web.units.rules import day_text


def registry(codes: Iterable[str] | None = None) -> Registry:
    """The units in the database (only those of ``codes`` if given), unchecked."""
    rows = AdminUnit.objects.select_related("parent")
    if codes is not None:
        rows = rows.filter(code__in=set(codes))
    return Registry([u.to_core() for u in rows], check=False)


def unit_gone(code: str, period: Period) -> str | None:
    """Why a figure of ``period`` cannot be for unit ``code``, if it cannot.

    Only codes in the units table are checked: others are agencies or places not recorded.
    """
    return units_gone([code], period).get(code)


def units_gone(codes: Iterable[str], period: Period) -> dict[str, str]:
    """:func:`unit_gone` of each code, from one query: only the codes that cannot be used."""
    day = period_end(period)
    versions: dict[str, list[AdminUnit]] = {}
    for unit in AdminUnit.objects.filter(code__in=set(codes)).order_by("code", "pk"):
        versions.setdefault(unit.code, []).append(unit)
    out = {}
    for code, found in versions.items():
        found.sort(key=lambda v: v.valid_from or date.min)  # in the order they were in force
        if any(v.is_valid_on(day) for v in found):
            continue
        spans = ", ".join(f"{day_text(v.valid_from)}–{day_text(v.valid_to)}" for v in found)
        out[code] = said(coded("units.gone", unit=code, day=day, period=str(period), spans=spans))
    return out


def figure_unit_problems(figures: list[Figure]) -> list[Problem]:
    """Imported figures for a known unit that did not exist on their date."""
    return unit_problems(registry(f.unit_code for f in figures), figures)
