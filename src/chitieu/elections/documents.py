"""The minutes of the count, or the list of the elected, as .docx or PDF bytes: what the
command line and the web app call (each writer imports its library only when called)."""

from __future__ import annotations

from chitieu.elections.count import Result
from chitieu.elections.minutes import build_document

FORMATS = ("docx", "pdf")


def render_minutes(result: Result, fmt: str, which: str = "minutes", lang: str = "vi") -> bytes:
    """The minutes (``which="minutes"``) or the announcement list (``"announcement"``) of
    ``result`` in ``fmt`` and ``lang``."""
    document = build_document(result, which, lang)
    if fmt == "docx":
        from chitieu.elections.minutes_docx import render_docx

        return render_docx(document)
    if fmt == "pdf":
        from chitieu.elections.minutes_pdf import render_pdf

        return render_pdf(document)
    raise ValueError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
