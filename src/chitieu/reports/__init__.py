"""Review documents (.docx, .xlsx, .pdf) built from the core evaluation.

The API, for the command line and the web app alike::

    review = build_review(plan, figures, "2023-9M", as_of=date(2023, 10, 15), kind="review")
    write_docx(review, "bao-cao.docx")        # a path …
    write_pdf(review, response)               # … or any binary stream
    data = render(review, "xlsx")             # or the bytes themselves

This package is pure: no web framework, no database. Each writer imports its library
(python-docx, XlsxWriter, WeasyPrint) only when called.
"""

from __future__ import annotations

from chitieu.reports.output import FORMATS, MEDIA_TYPES, Target, save
from chitieu.reports.review import ReportError, ReviewData, ReviewKind, TaskLine, build_review

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "ReportError",
    "ReviewData",
    "ReviewKind",
    "Target",
    "TaskLine",
    "build_review",
    "filename",
    "render",
    "write_docx",
    "write_pdf",
    "write_report",
    "write_xlsx",
]


def render(review: ReviewData, fmt: str) -> bytes:
    """The document in ``fmt`` (docx, xlsx or pdf), as bytes."""
    if fmt == "docx":
        from chitieu.reports.word import render_docx

        return render_docx(review)
    if fmt == "xlsx":
        from chitieu.reports.excel import render_xlsx

        return render_xlsx(review)
    if fmt == "pdf":
        from chitieu.reports.pdf import render_pdf

        return render_pdf(review)
    raise ValueError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")


def write_report(review: ReviewData, fmt: str, target: Target) -> None:
    """Render ``review`` in ``fmt`` and write it to a path or a binary stream.

    The document is rendered whole first, so a failure leaves no file; a path that cannot
    be written raises ``OSError``.
    """
    save(render(review, fmt), target)


def write_docx(review: ReviewData, target: Target) -> None:
    write_report(review, "docx", target)


def write_xlsx(review: ReviewData, target: Target) -> None:
    write_report(review, "xlsx", target)


def write_pdf(review: ReviewData, target: Target) -> None:
    write_report(review, "pdf", target)


def filename(review: ReviewData, fmt: str) -> str:
    """A file name for a download: ``bao-cao-langson-xvii-2023-9M-review.pdf``."""
    stem = "bao-cao" if review.lang == "vi" else "report"
    period = str(review.period).replace("/", "-")
    return f"{stem}-{review.plan.id}-{period}-{review.kind.value}.{fmt}"
