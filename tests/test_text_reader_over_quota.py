""" "Thu ngân sách vượt chỉ tiêu tỉnh giao từ 5% trở lên" sets a margin over a quota set
elsewhere: a level cannot judge it, so the reader proposes it as qualitative, named by its
indicator, with a note in the user's language saying why, never as a level of 5% (issue
14: comparators as offices grade them, the review list says how a clause was read)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main
from chitieu.textread.phrases import read_measure


def test_a_margin_over_a_quota_is_qualitative_with_a_note():
    (m,) = read_measure(
        "thu ngân sách nhà nước vượt chỉ tiêu tỉnh giao từ 5% trở lên", default_end=2025
    )
    assert (m.name, m.kind.value, m.low, m.high) == ("Thu ngân sách nhà nước", "other", None, None)
    assert [d.code for d in m.doubts] == ["doubt.over_quota"]


def test_the_review_list_says_why_in_vietnamese(tmp_path: Path):
    path = tmp_path / "nq.txt"
    path.write_text(
        "Nghị quyết Đại hội Đảng bộ quận 8 nhiệm kỳ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu:\n"
        "1. Thu ngân sách vượt dự toán thành phố giao 10%.\n"
        "2. Tỷ lệ hộ nghèo còn dưới 1%.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["read", "--lang", "vi", str(path)])
    assert result.exit_code == 0, result.stderr
    assert (
        "chỉ tiêu 1, “Thu ngân sách”: “vượt chỉ tiêu giao …”: mức vượt so với chỉ tiêu được "
        "giao ở nơi khác, không đánh giá được bằng một mức số; được hiểu là chỉ tiêu định tính"
    ) in result.stderr
