"""A resolution reads the same whoever wrote its letters.

Offices paste text from web pages and upload PDFs whose text layer stores Vietnamese letters
decomposed (a base letter and combining marks), or whose font writes "ư" as "ƣ" (U+01A3, a
letter of no Vietnamese word). A planner relies on such a text giving the plan its composed
twin gives: the cue "dưới" still read as a ceiling, and names spelt as Vietnamese is spelt.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from chitieu.textread.reader import read_resolution, read_resolution_file
from chitieu.textread.sources import extract_text

TEXT = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN AN PHÚ NHIỆM KỲ 2020 - 2025
CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025
1. Tỷ lệ rác thải chôn lấp trực tiếp dưới 10%.
2. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.
3. Thu nhập bình quân đầu người đạt 60 triệu đồng/năm.
"""
PDF_FONT = TEXT.replace("ư", "ƣ").replace("Ư", "Ƣ")  # "dƣới", "ngƣời"
DECOMPOSED = unicodedata.normalize("NFD", TEXT)


def measures(text: str) -> list[tuple[str, str, str | None, str | None]]:
    plan = read_resolution(text).plan
    return [
        (m["name"], m["comparator"], m.get("low"), m.get("high"))
        for t in plan["targets"]
        for m in t["metrics"]
    ]


EXPECTED = [
    ("Tỷ lệ rác thải chôn lấp trực tiếp", "<=", None, "10"),
    ("Tỷ lệ người dân tham gia bảo hiểm y tế", ">=", "95", None),
    ("Thu nhập bình quân đầu người", ">=", "60", None),
]


def test_it_reads_the_composed_text() -> None:
    assert measures(TEXT) == EXPECTED


def test_it_reads_a_pdf_fonts_hooked_o_as_the_letter_u_with_a_horn() -> None:
    assert measures(PDF_FONT) == EXPECTED


def test_it_reads_decomposed_letters_as_composed_ones() -> None:
    assert DECOMPOSED != TEXT
    assert measures(DECOMPOSED) == EXPECTED


def test_it_keeps_a_files_text_repaired_for_the_review_page(tmp_path: Path) -> None:
    # The review page highlights values in the text the file gave: it must be the text read.
    path = tmp_path / "nghi-quyet.txt"
    path.write_text(unicodedata.normalize("NFD", PDF_FONT), encoding="utf-8")
    assert extract_text(path) == TEXT
    text, result = read_resolution_file(str(path))
    assert text == TEXT
    assert any("trực tiếp dưới 10%" in p.sentence for p in result.proposals)
