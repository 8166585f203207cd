"""Shared helpers for the review-document tests: the bundled plan, its figures, the core
evaluation to compare with, and readers for the produced files."""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import docx
from click.testing import CliRunner

from chitieu.cli import main
from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.results import PlanResult
from chitieu.figures.model import Figure
from chitieu.figures.reading import read_figures
from chitieu.reports import ReviewData, build_review
from chitieu.targets.model import Plan
from chitieu.targets.planfile import bundled_plan_path, load_plan

BUNDLED = Path(__file__).resolve().parents[1] / "src" / "chitieu" / "targets" / "bundled"
NINE_MONTHS = ("2023-9M", date(2023, 10, 15))  # the 9-month review of 2023
MIDTERM = ("2023", date(2024, 4, 30))  # the mid-term review, 2023 figures in


@cache
def plan() -> Plan:
    return load_plan(bundled_plan_path("langson-xvii"))


@cache
def figures() -> tuple[Figure, ...]:
    return tuple(read_figures(BUNDLED / "langson-xvii.figures.csv", plan()))


def core(as_of: date | None = None) -> PlanResult:
    """The core evaluation a document must agree with."""
    return evaluate_plan(plan(), figures(), as_of)


def review(period: str, as_of: date | None, kind: str = "review", lang: str = "vi") -> ReviewData:
    return build_review(plan(), figures(), period, as_of, kind, lang)


def run_report(*args: str) -> tuple[int, str]:
    """Run ``chitieu report langson-xvii langson-xvii ARGS``: (exit code, stderr)."""
    result = CliRunner().invoke(main, ["report", "langson-xvii", "langson-xvii", *args])
    return result.exit_code, result.stderr


def docx_table(path_or_bytes: Path | bytes) -> Any:
    """The table of targets (the second table; the first is the header block)."""
    return open_docx(path_or_bytes).tables[1]


def open_docx(path_or_bytes: Path | bytes) -> Any:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return docx.Document(source)


def rows_by_no(table: Any) -> dict[str, list[str]]:
    """The body rows of a table by their STT ("13", "12.4"), each as its cells' texts."""
    return {r.cells[0].text: [c.text for c in r.cells] for r in table.rows[2:]}


def header(table: Any) -> list[str]:
    """The column titles: the second header row (a merged cell repeats its text)."""
    return [c.text for c in table.rows[1].cells]


def first_table_row(ws: Any, review: ReviewData) -> int:
    """The workbook summary's first row of targets: two rows under the column titles (the
    header block and the title above them vary with the plan)."""
    title = review.columns[0].title
    return next(r for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == title) + 2


def judgement(document: Any) -> list[str]:
    """The paragraphs after the heading "Đánh giá chung" (or "Overall assessment")."""
    texts = [p.text for p in document.paragraphs]
    start = next(i for i, x in enumerate(texts) if x in ("Đánh giá chung", "Overall assessment"))
    return [x for x in texts[start + 1 :] if x]
