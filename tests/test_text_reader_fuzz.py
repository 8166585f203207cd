"""Whatever file a planner uploads as a resolution (text in any encoding, a damaged Word
file or PDF, a broken web page), the reader gives its text and a proposal, or the
project's input error naming the file: never another exception (issue 10)."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st

from chitieu.textread.reader import ReadError, read_resolution
from chitieu.textread.sources import extract_text
from tests.filekit import (
    RESOLUTIONS,
    any_mutation,
    ascii_text,
    fuzz,
    labelled_texts,
    mutated,
    read_or_refuse,
    shared_seed_texts,
)
from tests.textread_cases import to_docx


def read(path: Path) -> str:
    text = extract_text(path)
    with contextlib.suppress(ReadError):  # the reader's "no target list": an input error
        read_resolution(text)
    return text


def read_any(data: bytes, suffix: str) -> None:
    text = read_or_refuse(read, data, f"nghi-quyet{suffix}")
    assert text is None or isinstance(text, str)


def _pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in ascii_text(text).splitlines()[:60]:
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx(text: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return to_docx(text, Path(tmp) / "seed.docx").read_bytes()


TEXTS = [t.encode("utf-8") for t in labelled_texts()] + shared_seed_texts()
ENCODED = st.sampled_from(TEXTS).flatmap(
    lambda raw: st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]).map(
        lambda enc: raw.decode("utf-8").encode(enc)
    )
)


@fuzz(150)
@given(ENCODED.flatmap(mutated))
def test_it_reads_or_refuses_any_mutated_text(data: bytes) -> None:
    read_any(data, ".txt")


@fuzz(60)
@given(mutated((RESOLUTIONS / "tinh-2025-2030.html").read_bytes()))
def test_it_reads_or_refuses_any_mutated_web_page(data: bytes) -> None:
    read_any(data, ".html")


WORD = _docx((RESOLUTIONS / "dang-uy-table.txt").read_text(encoding="utf-8"))


@fuzz(100)
@given(any_mutation(WORD))
def test_it_reads_or_refuses_any_mutated_word_file(data: bytes) -> None:
    read_any(data, ".docx")


PDF = _pdf((RESOLUTIONS / "tinh-pdf-2020-2025.txt").read_text(encoding="utf-8"))


@fuzz(250)
@given(mutated(PDF))
def test_it_reads_or_refuses_any_mutated_pdf(data: bytes) -> None:
    read_any(data, ".pdf")


# Press summaries in prose (issue 14): mutated, and put together from the pieces such
# sentences are made of, with stray dots, semicolons and line breaks.
PROSE = (
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 - 2025 xác "
    "định 18 chỉ tiêu, trong đó tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 đạt 8,5 "
    "- 9%; đến năm 2025 thu nhập bình quân đầu người đạt 90 - 95 triệu đồng. Năm 2020, thu "
    "nhập ước đạt 44,5 triệu đồng. Phấn đấu tỷ lệ hộ nghèo còn 1,5 - 2%; không còn hộ nghèo.\n"
)
PIECES = [
    "Phấn đấu đến năm 2025",
    "tỷ lệ hộ nghèo còn 1,5 - 2%",
    "thu nhập bình quân đầu người đạt 90 triệu đồng/người/năm",
    "trong đó",
    "xác định 18 chỉ tiêu,",
    "ước đạt 44,5 tỉ đồng",
    "nhiệm kỳ qua",
    "không còn hộ nghèo",
    "trên 900 triệu USD",
    "giảm bình quân 1 - 1,5%/năm",
    "(tương đương 5.000 USD)",
    "; ",
    ". ",
    ", ",
    ": ",
    "\n",
    "khoảng",
    "1.",
    "I. Về kinh tế",
    "| 4,2 | 1,5 |",
]


@fuzz(150)
@given(mutated(PROSE.encode("utf-8")))
def test_it_reads_or_refuses_any_mutated_press_summary(data: bytes) -> None:
    read_any(data, ".txt")


@fuzz(200)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join))
def test_it_reads_or_refuses_any_sentence_made_of_summary_pieces(text: str) -> None:
    read_any(text.encode("utf-8"), ".txt")
