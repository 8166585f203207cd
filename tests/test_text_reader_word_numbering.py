"""A Word document whose list Word numbers itself (the "List Number" style, or a
paragraph's own numbering with letters, roman numerals, several levels or a start value)
is read with the markers Word draws, which python-docx leaves out of the text; bullets
read as "- " (issue 14, ninth tuning round; invented documents, and the development half's
lists saved so)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from chitieu.textread.reader import read_resolution
from chitieu.textread.sources import extract_text
from tests.textread_cases import BOUNDS, READER_SET, layouts, reader_label, score, set_ids

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_the_list_number_style_is_drawn(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030")
    for text in (
        "Tốc độ tăng giá trị sản xuất bình quân đạt 10%/năm.",
        "Thu nhập bình quân đầu người đến năm 2030 đạt 80 triệu đồng.",
        "Tỷ lệ hộ nghèo đến năm 2030 còn dưới 3%.",
    ):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Ghi chú cuối văn bản", style="List Bullet")
    document.save(str(tmp_path / "nq.docx"))
    lines = extract_text(tmp_path / "nq.docx").splitlines()
    assert [ln.split(" ")[0] for ln in lines[1:]] == ["1.", "2.", "3.", "-"]
    plan = read_resolution("\n".join(lines)).plan
    assert [m["name"] for t in plan["targets"] for m in t["metrics"]] == [
        "Tốc độ tăng giá trị sản xuất",
        "Thu nhập bình quân đầu người",
        "Tỷ lệ hộ nghèo",
    ]


def _numbered(document: docx.document.Document, levels: str) -> str:
    """A list of the given <w:lvl> elements, added to the document's numbering: its numId."""
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _item(document: docx.document.Document, text: str, num_id: str, level: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_letters_roman_numerals_levels_and_a_start_are_drawn(tmp_path: Path):
    document = docx.Document()
    num_id = _numbered(
        document,
        '<w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="upperRoman"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2."/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%3)"/></w:lvl>',
    )
    for text, level in (
        ("Về kinh tế", 0),
        ("Tốc độ tăng trưởng 8%/năm", 1),
        ("Nông nghiệp tăng 3%/năm", 2),
        ("Công nghiệp tăng 12%/năm", 2),
        ("Thu nhập 90 triệu đồng", 1),
        ("Về xã hội", 0),
        ("Tỷ lệ hộ nghèo dưới 1%", 1),
    ):
        _item(document, text, num_id, level)
    document.save(str(tmp_path / "levels.docx"))
    assert extract_text(tmp_path / "levels.docx").splitlines() == [
        "II. Về kinh tế",
        "II.1. Tốc độ tăng trưởng 8%/năm",
        "a) Nông nghiệp tăng 3%/năm",
        "b) Công nghiệp tăng 12%/năm",
        "II.2. Thu nhập 90 triệu đồng",
        "III. Về xã hội",
        "III.1. Tỷ lệ hộ nghèo dưới 1%",
    ]


NUMBER = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)])\s+")
BULLET = re.compile(r"^\s*[-+•*–]\s+")
LAYOUTS = layouts()
LISTS = [n for n in set_ids("dev") if LAYOUTS[n] in ("numbered", "bullets", "inline")]


@pytest.mark.parametrize("name", LISTS)
def test_a_dev_list_numbered_by_word_reads_as_well(name: str, tmp_path: Path):
    text = (READER_SET / f"{name}.txt").read_text("utf-8")
    document = docx.Document()
    for line in (ln for ln in text.splitlines() if ln.strip()):
        if NUMBER.match(line):
            document.add_paragraph(NUMBER.sub("", line), style="List Number")
        elif BULLET.match(line):
            document.add_paragraph(BULLET.sub("", line), style="List Bullet")
        else:
            document.add_paragraph(line)
    document.save(str(tmp_path / f"{name}.docx"))
    label = reader_label(name)
    own = score(read_resolution(text).plan, label, BOUNDS)
    word = score(read_resolution(extract_text(tmp_path / f"{name}.docx")).plan, label, BOUNDS)
    assert word.f1 >= own.f1


def test_a_list_started_again_by_word_counts_from_its_override(tmp_path: Path):
    document = docx.Document()
    num_id = _numbered(
        document, '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    )
    document.part.numbering_part.element.append(
        parse_xml(
            f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    _item(document, "Giá trị sản xuất năm 2025 ước tăng 9%", num_id, 0)
    _item(document, "Thu nhập năm 2025 đạt 70 triệu đồng", num_id, 0)
    _item(document, "Giá trị sản xuất năm 2026 tăng 10%", "91", 0)
    document.save(str(tmp_path / "again.docx"))
    assert [ln[:2] for ln in extract_text(tmp_path / "again.docx").splitlines()] == [
        "1.",
        "2.",
        "1.",
    ]
