"""Reporting periods: a year, part of a year, or a whole term.

Written forms: ``2021`` (year), ``2021-H1`` / ``2021-H2`` (six months), ``2021-9M``
(nine months, year to date), ``2021-Q3`` (quarter), ``2021-07`` (month) and
``2021/2025`` (a whole term, for figures published for the term such as an official
"bình quân 2021–2025" or a five-year total).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from chitieu.problems import CodedError


class PeriodKind(StrEnum):
    YEAR = "year"
    HALF = "half"
    NINE_MONTHS = "9m"
    QUARTER = "quarter"
    MONTH = "month"
    TERM = "term"


class PeriodError(CodedError, ValueError):
    """The text is not a period chitieu knows."""


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period. ``year`` is the (first) year; ``index`` the half, quarter or month."""

    year: int
    kind: PeriodKind
    index: int = 0
    end_year: int = 0  # only for terms

    @property
    def is_annual(self) -> bool:
        return self.kind is PeriodKind.YEAR

    @property
    def is_term(self) -> bool:
        return self.kind is PeriodKind.TERM

    @property
    def last_year(self) -> int:
        return self.end_year if self.is_term else self.year

    def months_covered(self) -> int:
        """How many months the period reports on (a quarter 3, the 9 months 9, a year 12)."""
        if self.kind is PeriodKind.YEAR:
            return 12
        if self.kind is PeriodKind.HALF:
            return 6
        if self.kind is PeriodKind.QUARTER:
            return 3
        if self.kind is PeriodKind.MONTH:
            return 1
        if self.kind is PeriodKind.NINE_MONTHS:
            return 9
        return 12 * (self.end_year - self.year + 1)

    def end_month(self) -> int:
        """The month of its year the period runs to (Q3 and 9M both end in September)."""
        if self.kind is PeriodKind.HALF:
            return 6 * self.index
        if self.kind is PeriodKind.QUARTER:
            return 3 * self.index
        if self.kind in (PeriodKind.MONTH, PeriodKind.NINE_MONTHS):
            return self.index
        return 12

    def by_end(self) -> tuple[int, int, int]:
        """The sort key of periods by when they end (2025-H1 before 2025-9M before 2025);
        of two ending together, the longer one last (Q3 before 9M)."""
        return (self.last_year, self.end_month(), self.months_covered())

    def last_day(self) -> date:
        """The period's last day (30/6 for H1, 30/9 for 9M and Q3, 31/12 of a term's last year)."""
        year, month = self.last_year, self.end_month()
        return date(year, month, calendar.monthrange(year, month)[1])

    def __str__(self) -> str:
        if self.kind is PeriodKind.YEAR:
            return str(self.year)
        if self.kind is PeriodKind.HALF:
            return f"{self.year}-H{self.index}"
        if self.kind is PeriodKind.NINE_MONTHS:
            return f"{self.year}-9M"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.index:02d}"
        return f"{self.year}/{self.end_year}"

    def label(self, lang: str = "vi") -> str:
        """How a report names the period, in Vietnamese or English."""
        if lang == "vi":
            return self.label_vi()
        names = {
            PeriodKind.YEAR: f"{self.year}",
            PeriodKind.HALF: f"{'first' if self.index == 1 else 'second'} half of {self.year}",
            PeriodKind.NINE_MONTHS: f"nine months of {self.year}",
            PeriodKind.QUARTER: f"Q{self.index} {self.year}",
            PeriodKind.MONTH: f"{self.year}-{self.index:02d}",
            PeriodKind.TERM: f"{self.year}–{self.end_year}",
        }
        return names[self.kind]

    def label_vi(self) -> str:
        """How a Vietnamese report names the period."""
        if self.kind is PeriodKind.YEAR:
            return f"Năm {self.year}"
        if self.kind is PeriodKind.HALF:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        if self.kind is PeriodKind.NINE_MONTHS:
            return f"9 tháng năm {self.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"Quý {['I', 'II', 'III', 'IV'][self.index - 1]}/{self.year}"
        if self.kind is PeriodKind.MONTH:
            return f"Tháng {self.index}/{self.year}"
        return f"Giai đoạn {self.year}–{self.end_year}"


_FORMS = [
    (re.compile(r"^(\d{4})$"), PeriodKind.YEAR),
    (re.compile(r"^(\d{4})-H([12])$", re.I), PeriodKind.HALF),
    (re.compile(r"^(\d{4})-9M$", re.I), PeriodKind.NINE_MONTHS),
    (re.compile(r"^(\d{4})-Q([1-4])$", re.I), PeriodKind.QUARTER),
    (re.compile(r"^(\d{4})-(\d{2})$"), PeriodKind.MONTH),
    (re.compile(r"^(\d{4})/(\d{4})$"), PeriodKind.TERM),
]


def parse_period(text: str) -> Period:
    """Read a period written as in the figures format (see the module docstring)."""
    s = text.strip()
    for pattern, kind in _FORMS:
        m = pattern.match(s)
        if not m:
            continue
        year = int(m.group(1))
        if kind is PeriodKind.YEAR:
            return Period(year, kind)
        if kind is PeriodKind.NINE_MONTHS:
            return Period(year, kind, 9)
        second = int(m.group(2))
        if kind is PeriodKind.MONTH and not 1 <= second <= 12:
            raise PeriodError("period.no_month", v=text, m=second)
        if kind is PeriodKind.TERM:
            if second <= year:
                raise PeriodError("period.term_order", v=text)
            return Period(year, kind, 0, second)
        return Period(year, kind, second)
    raise PeriodError("period.bad", v=text)


def period_of_parts(
    year: str, half: str | None, quarter: str | None, month: str | None
) -> str | None:
    """chitieu's text of a year, half, quarter or month read from another system's period
    (the first part given wins); ``None`` for a month that is not one."""
    if half:
        return str(Period(int(year), PeriodKind.HALF, int(half)))
    if quarter:
        return str(Period(int(year), PeriodKind.QUARTER, int(quarter)))
    if month:
        if not 1 <= int(month) <= 12:
            return None
        return str(Period(int(year), PeriodKind.MONTH, int(month)))
    return str(Period(int(year), PeriodKind.YEAR))
