"""The entry page of a large report a page at a time: the lines of whole units, as many as
fit in ``CHITIEU_ENTRY_PAGE_LINES``, found by a unit's name or code. A report that fits is
one page, as it always was; the Excel template stays the way to enter every line at once.

Saving a page writes only the lines it posted (:func:`..services.save_entries` changes
only the entries given), so the other pages' draft values stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest

from chitieu.web.figures.models import Submission
from chitieu.web.figures.scopes import Assigned
from chitieu.web.units.models import AdminUnit

MAX_QUERY = 100  # characters of a search: a name or a code is far shorter


def page_lines() -> int:
    """The most lines a page shows (whole units: a unit with more shows on its own)."""
    return max(1, int(settings.CHITIEU_ENTRY_PAGE_LINES))


@dataclass(frozen=True)
class Asked:
    """The page and the unit searched, as the query string gives them."""

    query: str = ""
    number: int = 1

    @classmethod
    def of(cls, request: HttpRequest) -> Asked:
        page = request.GET.get("page", "")
        query = request.GET.get("q", "").strip()[:MAX_QUERY]
        return cls(query, int(page) if page.isdigit() and len(page) < 9 else 1)


@dataclass
class Paged:
    """One page of a report's lines, and what the whole report holds."""

    assigned: list[Assigned]  # the page's (measure, unit) pairs, in the plan's order
    large: bool = False  # more lines than a page: the search, summary and pager show
    query: str = ""
    number: int = 1
    pages: int = 1
    units: int = 0  # units of the whole report
    found: int = 0  # units matching the search
    shown: int = 0  # units on this page
    lines: int = 0  # lines of the whole report
    filled: int = 0  # of them, with a value in the report

    @property
    def empty(self) -> int:
        return self.lines - self.filled

    def params(self, number: int | None = None) -> str:
        """The query string of this page (or of page ``number``), "" for a one-page report."""
        if not self.large:
            return ""
        given = {"q": self.query} if self.query else {}
        return "?" + urlencode({**given, "page": number or self.number})

    def links(self, base: str) -> dict[str, str]:
        """The addresses of the first, previous, next and last pages (those there are)."""
        out: dict[str, str] = {}
        if self.number > 1:
            out["first"] = base + self.params(1)
            out["prev"] = base + self.params(self.number - 1)
        if self.number < self.pages:
            out["next"] = base + self.params(self.number + 1)
            out["last"] = base + self.params(self.pages)
        return out


def page_of(
    assigned: list[Assigned], sub: Submission | None, asked: Asked, area_code: str
) -> Paged:
    """The lines of the page asked; every line when the report fits in one page. The
    units come by code, the plan's province (``area_code``) first."""
    limit = page_lines()
    if len(assigned) <= limit:
        return Paged(assigned)
    per_unit: dict[str, int] = {}
    for a in assigned:
        per_unit[a.unit_code] = per_unit.get(a.unit_code, 0) + 1
    codes = sorted(per_unit, key=lambda code: (code != area_code, code))
    found = _found(codes, asked.query)
    pages = _pack(found, per_unit, limit)
    number = min(max(asked.number, 1), len(pages))
    on_page = set(pages[number - 1])
    return Paged(
        [a for a in assigned if a.unit_code in on_page],
        large=True,
        query=asked.query,
        number=number,
        pages=len(pages),
        units=len(per_unit),
        found=len(found),
        shown=len(on_page),
        lines=len(assigned),
        filled=_filled(assigned, sub),
    )


def _found(codes: list[str], query: str) -> list[str]:
    """The units whose code or current name holds the text searched (any case)."""
    if not query:
        return codes
    named = AdminUnit.objects.filter(code__in=codes).filter(
        Q(name__icontains=query) | Q(code__icontains=query)
    )
    hits = set(named.values_list("code", flat=True))
    lowered = query.casefold()
    return [c for c in codes if c in hits or lowered in c.casefold()]


def _pack(codes: list[str], per_unit: dict[str, int], limit: int) -> list[list[str]]:
    """The units in pages of at most ``limit`` lines, whole units (at least one a page)."""
    pages: list[list[str]] = [[]]
    size = 0
    for code in codes:
        if pages[-1] and size + per_unit[code] > limit:
            pages.append([])
            size = 0
        pages[-1].append(code)
        size += per_unit[code]
    return pages


def _filled(assigned: list[Assigned], sub: Submission | None) -> int:
    """How many of the report's lines have a value in it."""
    if sub is None:
        return 0
    pairs = {(a.measure_id, a.unit_code) for a in assigned}
    held = sub.figures.values_list("measure_id", "unit_code")
    return sum(1 for pair in held if pair in pairs)
