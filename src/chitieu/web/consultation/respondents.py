"""Who is asked in a round, one rule for every page: the agencies asked (departments,
boards, Party committees, districts, communes with people in chitieu) and the units of the
registry asked as such (a commune with no account). Each is a :class:`Respondent` with a
key the pages carry ("a12", "u34") and the name the consolidation and the summary print."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from chitieu.web.consultation.models import Comment, Round
from chitieu.web.people.models import Agency
from chitieu.web.units.models import AdminUnit, Dated


@dataclass(frozen=True)
class Respondent:
    """An agency asked, or a unit of the registry asked (exactly one of the two)."""

    key: str
    name: str
    agency: Agency | None = None
    unit: AdminUnit | None = None

    @property
    def code(self) -> str:
        """As the audit trail names it: the agency's code (a slug), or the GSO code."""
        if self.agency is not None:
            return self.agency.code
        assert self.unit is not None
        return self.unit.code

    def owner(self) -> dict[str, Any]:
        """The comment fields (and filter) saying whose a comment is."""
        return {"agency": self.agency, "unit": self.unit}


def of_agency(agency: Agency, name: str = "") -> Respondent:
    return Respondent(f"a{agency.pk}", name or agency.name, agency=agency)


def of_unit(unit: AdminUnit, name: str = "") -> Respondent:
    return Respondent(f"u{unit.pk}", name or unit.name, unit=unit)


def key_of(comment: Comment) -> str:
    return f"a{comment.agency_id}" if comment.agency_id is not None else f"u{comment.unit_id}"


def asked(round: Round) -> list[Respondent]:
    """Everyone asked in the round, by name. Two of the same name (a Xã Quang Trung in two
    districts) are told apart by their codes, so that the report counts them apart."""
    agencies = list(round.agencies.all())
    units = list(round.units.all())
    names = Counter([a.name for a in agencies] + [u.name for u in units])

    def named(name: str, code: str) -> str:
        return f"{name} ({code})" if names[name] > 1 else name

    made = [of_agency(a, named(a.name, a.code)) for a in agencies]
    made += [of_unit(u, named(u.name, u.code)) for u in units]
    return sorted(made, key=lambda r: (alphabetical(r.name), r.key))


def alphabetical(name: str) -> str:
    """A name's place in a list the way a reader looks for it: letters without their
    marks first ("Đông" beside "Dong", not after "Z"), then the marks."""
    plain = unicodedata.normalize("NFD", name.casefold().replace("đ", "d\u0323"))
    letters = "".join(c for c in plain if not unicodedata.combining(c))
    return f"{letters}\0{plain}"


def find(round: Round, key: str) -> Respondent | None:
    """The one asked in the round under ``key``, or None."""
    return next((r for r in asked(round) if r.key == key), None)


def units_in_force(levels: Iterable[str], codes: Iterable[str], day: date) -> list[AdminUnit]:
    """The units of the registry asked: every unit of the levels chosen in force on
    ``day``, and those named by code (in force on ``day``; the form checked them)."""
    rows = AdminUnit.objects.filter(Dated.valid_on(day))
    by_level = list(rows.filter(level__in=list(levels)))
    chosen = list(rows.filter(code__in=list(codes)))
    return list({u.pk: u for u in [*by_level, *chosen]}.values())


def unknown_codes(codes: Iterable[str], day: date) -> list[str]:
    """The codes among ``codes`` that name no unit of the registry in force on ``day``."""
    wanted = list(dict.fromkeys(codes))
    found = set(
        AdminUnit.objects.filter(Dated.valid_on(day), code__in=wanted).values_list(
            "code", flat=True
        )
    )
    return [c for c in wanted if c not in found]
