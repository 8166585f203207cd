"""Text that a spreadsheet must show as written, never run as a formula.

Excel and LibreOffice take a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return before one) for a formula, even in a CSV file: a note reading
``=HYPERLINK("http://…","bấm vào đây")`` would become a live link in the planning
office's download ("CSV injection", OWASP). Every file chitieu writes for spreadsheets
goes through this one rule: CSV cells get a leading ``'`` (which spreadsheets read as
"text follows" and hide), .xlsx cells are stored as text with the quote-prefix style.
Numbers are written as numbers and are not touched: ``-5`` in a value column is minus five.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula."""
    return text.startswith(FORMULA_STARTS)


def _quoted(text: str) -> bool:
    """Text that the rule quotes: a formula start, after any apostrophes already there
    (so ``'=x``, written ``''=x``, reads back as ``'=x``)."""
    return looks_like_formula(text.lstrip(QUOTE))


def csv_text(text: str) -> str:
    """A text cell for a CSV file: ``'`` before anything a spreadsheet would run."""
    return QUOTE + text if _quoted(text) else text


def csv_text_read(text: str) -> str:
    """The text :func:`csv_text` was given: exactly the inverse, for reading files back."""
    return text[1:] if text.startswith(QUOTE) and _quoted(text) else text


def xlsx_text(cell: Any) -> None:
    """Keep an openpyxl cell's text from being a formula: stored as a string with the
    quote-prefix style, so Excel shows it exactly and keeps it text when it is edited.
    Formulas that chitieu writes on purpose are set without this."""
    value = cell.value
    if isinstance(value, str) and looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
