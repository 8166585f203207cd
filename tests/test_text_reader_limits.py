"""The reader refuses what no resolution is, before it costs time or memory: a file over
20 MB, a text over two million characters (a PDF is not read past it), a Word file whose
XML declares entities expanding a billion times, a "list" of thousands of items; and its
review names at most twenty lines left over (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from chitieu.problems import InputError
from chitieu.textread import sources
from chitieu.textread.reader import ReadError, read_resolution
from chitieu.textread.sources import extract_text
from tests.filekit import rezip
from tests.textread_cases import to_docx


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        extract_text(path)
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    return problem.message


def test_a_file_over_20_mb_is_refused_unread(tmp_path):
    path = tmp_path / "nq.txt"
    path.write_bytes(b"a" * (20 * 1024 * 1024 + 1))
    assert refusal(path) == "the file is 20,0 MB; the limit is 20 MB"


def test_a_text_over_two_million_characters_is_refused(tmp_path):
    path = tmp_path / "nq.txt"
    path.write_text("chỉ tiêu " * 250_000, encoding="utf-8")
    assert refusal(path) == (
        "the text is longer than 2.000.000 characters: give only the resolution"
    )


def test_a_pdf_is_read_no_further_than_the_longest_text(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_TEXT_CHARS", 150)
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(3):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Trang {page}: cac chi tieu chu yeu dat 65% va 500 ha. " * 2)
    path = tmp_path / "nq.pdf"
    pdf.output(str(path))
    assert refusal(path) == "the text is longer than 150 characters: give only the resolution"


def test_a_word_file_with_a_billion_laughs_is_refused(tmp_path):
    seed = to_docx("Các chỉ tiêu chủ yếu:\n(1) Tăng 5%.", tmp_path / "seed.docx").read_bytes()
    # each entity ten of the one before: l9 is a billion "ha"
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    dtd = f'<?xml version="1.0"?><!DOCTYPE w [{entities}]>'.encode()

    def laughs(xml: bytes) -> bytes:
        return dtd + xml.split(b"?>", 1)[1].replace(b"5%", b"&l9;")

    path = tmp_path / "nq.docx"
    path.write_bytes(rezip(seed, {"word/document.xml": laughs}))
    message = refusal(path)
    assert message == "not a readable Word .docx file"


def test_a_list_of_thousands_of_items_is_no_target_list():
    text = "Các chỉ tiêu chủ yếu:\n" + "".join(f"- Chỉ số {i} tăng {i}%;\n" for i in range(301))
    with pytest.raises(ReadError) as caught:
        read_resolution(text)
    assert str(caught.value) == (
        "the list found has 301 items, more than the 300 targets a resolution has: "
        "give the resolution's text"
    )


def test_lines_left_over_are_named_up_to_twenty_then_counted():
    text = (
        "Các chỉ tiêu chủ yếu:\n"
        + "".join(f"Đoạn văn thứ {i} không thuộc chỉ tiêu nào\n" for i in range(25))
        + "(1) Tỷ lệ lao động qua đào tạo đạt 65%.\n"
    )
    result = read_resolution(text)
    assert len(result.leftovers) == 25  # all of them, for the review page to mark
    left = [str(r) for r in result.review if "not placed" in str(r)]
    assert left[0] == "not placed in any target: “Đoạn văn thứ 0 không thuộc chỉ tiêu nào”"
    assert left[19] == "not placed in any target: “Đoạn văn thứ 19 không thuộc chỉ tiêu nào”"
    assert left[20:] == ["5 more lines not placed in any target"]


def test_a_text_given_directly_over_the_limit_is_refused_unread():
    # the API and the jobs may hand the reader a text without a file (issue 14)
    with pytest.raises(ReadError) as caught:
        read_resolution("Phấn đấu tăng 5%. " * 120_000)
    assert str(caught.value) == (
        "the text is longer than 2.000.000 characters: give only the resolution"
    )
