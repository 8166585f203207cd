"""Opening an uploaded Excel template: its size, its measure, then calamine in a child.

Every refusal is an :class:`EntryError` in the user's language naming the file, and the
sheet and cell where there is one (:mod:`chitieu.workbook` says why).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import IO

from django.utils.translation import gettext as _

from chitieu import workbook
from chitieu.vnnumbers import format_vi
from chitieu.web.bounded import ChildFailed, OverLimit, run_bounded
from chitieu.web.figures.errors import EntryError, EntryProblem, Place
from chitieu.web.problems import said
from chitieu.web.uploads import bounded_problem, cap, max_rows, parse_limits, too_large

EXTENSIONS = (".xlsx", ".xlsm")  # what can be measured before it is read (see workbook)
Rows = Sequence[Sequence[object]]


def open_sheet(file: IO[bytes], name: str, wanted: list[str], shown: str) -> tuple[str, Rows]:
    """The sheet named one of ``wanted`` (casefolded; ``shown`` in messages) as rows from
    A1, or an :class:`EntryError` saying why not."""
    if not name.lower().endswith(EXTENSIONS):
        raise _refused(
            _("“%(name)s” is not an Excel file: upload the .xlsx template") % {"name": name}
        )
    data = file.read(cap("workbook") + 1)
    too_big = too_large(name, max(len(data), getattr(file, "size", 0) or 0), "workbook")
    if too_big:
        raise _refused(said(too_big))
    extent = workbook.Extent(max_rows())
    try:
        workbook.inspect(data, extent)
        found, names, rows = run_bounded(
            workbook.sheet_rows, data, wanted, extent, limits=parse_limits()
        )
    except workbook.WorkbookRefused as exc:
        raise EntryError([_problem(exc, name)]) from None
    except (OverLimit, ChildFailed) as exc:
        raise _refused(f"“{name}”: {said(bounded_problem(exc))}") from None
    if found is None:
        raise _refused(
            _("the file has no sheet “%(want)s” (its sheets: %(have)s)")
            % {"want": shown, "have": ", ".join(names) or "–"}
        )
    return found, rows


def _n(number: int) -> str:
    return format_vi(Decimal(number))


def _refused(message: str) -> EntryError:
    return EntryError([EntryProblem(Place(field="file"), message)])


def _problem(exc: workbook.WorkbookRefused, name: str) -> EntryProblem:
    """The refusal in the user's language, at its sheet and cell when it has them."""
    p = exc.params
    unreadable = _("“%(name)s” cannot be read as a spreadsheet") % {"name": name}
    if exc.code == "zip" and p["reason"].code != "zip.not_zip":
        return EntryProblem(Place(field="file"), f"{unreadable}: {said(p['reason'])}")
    if exc.code == "dtd":
        message = _("“%(name)s” declares a DTD in “%(part)s”: an Excel file has none") % {
            "name": name,
            "part": p["part"],
        }
        return EntryProblem(Place(field="file"), message)
    if exc.code == "extent":
        message = _(
            "the file “%(name)s” has a cell this far: a sheet of the template has at most "
            "%(rows)s rows and %(columns)s columns"
        ) % {"name": name, "rows": _n(p["rows"]), "columns": _n(p["columns"])}
        return EntryProblem(Place(sheet=p["sheet"], cell=p["cell"]), message)
    if exc.code == "cells":
        message = _("the file “%(name)s” has more than %(n)s cells in this sheet") % {
            "name": name,
            "n": _n(p["n"]),
        }
        return EntryProblem(Place(sheet=p["sheet"]), message)
    if exc.code == "strings":
        message = _("“%(name)s” declares more than %(n)s shared texts") % {
            "name": name,
            "n": _n(p["n"]),
        }
        return EntryProblem(Place(field="file"), message)
    return EntryProblem(Place(field="file"), unreadable)  # not a zip, damaged XML, calamine
