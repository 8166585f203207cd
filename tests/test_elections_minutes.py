"""The minutes of the count (biên bản kiểm phiếu) and the list for the presidium, as .docx
and PDF in the Party's format, read back: the convened number, the exclusions with their
reasons, the base and the threshold, the ballots, each candidate's votes and share of the
base in ballot order (Vietnamese numbers: 54,55), the elected in order of votes, the tie and
the seats left, the counting committee's names for the signatures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from tests.electionkit import count, election_yaml, write

COMMITTEE = """committee:
  - {name: Lê Văn Cường, role: Trưởng ban}
  - Phạm Thị Dung
organisation: Đảng bộ xã Thử
place: Thử
date: 20/6/2025
"""
NAMES = ["Hoàng Văn Một", "Lý Thị Hai", "Vũ Văn Ba", "Đỗ Thị Bốn"]
# base 11: 12 convened, 1 excluded; threshold 6. Votes 8, 6, 6, 0 on ten ballots, and
# an eleventh keeping all four names for two seats (invalid)
ROWS = (
    [f"{i},3 4," for i in range(1, 5)]
    + [f"{i},2 4," for i in range(5, 9)]
    + ["9,1 4,", "10,1 4,", "11,,"]
)


def minutes(tmp_path: Path, fmt: str, document: str = "minutes", lang: str = "vi") -> str:
    yaml = election_yaml(
        seats=2,
        names=NAMES,
        convened=12,
        excluded=[("đảng viên được miễn sinh hoạt đảng không có mặt", 1)],
        present=11,
        issued=11,
        extra=COMMITTEE,
    )
    out = tmp_path / f"bien-ban.{fmt}"
    r = count(*write(tmp_path, yaml, ROWS), "-o", str(out), "--document", document, lang=lang)
    assert r.exit_code == 0, r.stderr
    data = out.read_bytes()
    if fmt == "docx":
        doc = Document(io.BytesIO(data))
        cells = [" | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_minutes_say_everything_the_count_found(tmp_path: Path, fmt: str) -> None:
    text = flat(minutes(tmp_path, fmt)).replace(" | ", " ")  # a .docx table's cells
    for said in [
        "BAN KIỂM PHIẾU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ XÃ THỬ",
        "Thử, ngày 20 tháng 6 năm 2025",
        "BIÊN BẢN KIỂM PHIẾU",
        "Tổng số đảng viên chính thức được triệu tập: 12",
        "Số không tính vào cơ sở tính kết quả bầu cử: 1, gồm:",
        "- đảng viên được miễn sinh hoạt đảng không có mặt: 1",
        "Cơ sở tính kết quả bầu cử: 11; người trúng cử phải đạt quá một nửa, tức từ 6 phiếu",
        "Số phiếu phát ra: 11; số phiếu thu về: 11; số phiếu hợp lệ: 10; số phiếu không hợp lệ: 1.",
        "Phiếu số 11: để lại 4 người trong khi chỉ bầu 2 (bầu quá số lượng).",
        "1. Hoàng Văn Một: 8 phiếu, đạt 72,73%",
        "Các đồng chí Lý Thị Hai và Vũ Văn Ba có số phiếu bằng nhau (6 phiếu)",
        "Số lượng chưa bầu đủ: 1",
        "TRƯỞNG BAN",
        "Lê Văn Cường",
        "Phạm Thị Dung",
    ]:
        assert said in text, said
    # the table in ballot order: votes and share of the base (8/11 = 72,727… → 72,73)
    rows = ["Hoàng Văn Một", "8", "72,73", "Trúng cử", "Lý Thị Hai", "6", "54,55", "Bằng phiếu"]
    assert " ".join(rows[:4]) in text and " ".join(rows[4:]) in text
    assert text.index("Lý Thị Hai 6") < text.index("Vũ Văn Ba 6") < text.index("Đỗ Thị Bốn 0")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_announcement_lists_the_elected_and_the_tie(tmp_path: Path, fmt: str) -> None:
    text = flat(minutes(tmp_path, fmt, "announcement", "en")).replace(" | ", " ")
    assert "THE ELECTED" in text and "COUNTING COMMITTEE" in text
    assert "1 Hoàng Văn Một 8 72,73" in text
    assert "Lý Thị Hai and Vũ Văn Ba have equal votes (6)" in text
    assert "Seats not filled: 1" in text
    assert "Đỗ Thị Bốn" not in text
