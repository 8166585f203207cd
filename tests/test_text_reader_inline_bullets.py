"""Bullets run inline in one paragraph (a page that lost its line breaks) are cut into their
items: "•" wherever it stands, "-" and "+" after a stop only, since elsewhere a dash joins
words or a range ("kinh tế - xã hội", "8,5 - 9%"); a numbered group heading keeps its label
("1. Về kinh tế: - …") (issue 14, eleventh tuning round; invented texts)."""

from __future__ import annotations

from chitieu.textread.inline import expand
from tests.textread_cases import first_lows
from tests.textread_cases import grouped_bounds as bounds


def test_dot_bullets_after_a_heading_without_a_stop():
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU • Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt 8,0%. • Thu nhập "
        "bình quân đầu người đến cuối nhiệm kỳ đạt 75 triệu đồng trở lên. • Tỷ lệ che phủ rừng "
        "đạt 45%."
    )
    assert bounds(text) == [
        (None, "Tốc độ tăng trưởng kinh tế", ">=", "8", "None"),
        (None, "Thu nhập bình quân đầu người", ">=", "75", "None"),
        (None, "Tỷ lệ che phủ rừng", ">=", "45", "None"),
    ]


def test_dash_bullets_under_numbered_group_labels():
    text = (
        "Các chỉ tiêu chủ yếu năm 2027: 1. Về kinh tế: - Tốc độ tăng trưởng kinh tế (GRDP) đạt "
        "từ 7,5% trở lên. - Tổng thu ngân sách nhà nước trên địa bàn đạt 6.100 tỷ đồng. 2. Về "
        "xã hội: - Tỷ lệ hộ nghèo giảm từ 0,5% trở lên. - Tỷ lệ dân số tham gia bảo hiểm y tế "
        "đạt 93,7%."
    )
    assert [b[:2] for b in bounds(text)] == [
        ("economy", "Tốc độ tăng trưởng kinh tế (GRDP)"),
        ("economy", "Tổng thu ngân sách nhà nước trên địa bàn"),
        ("society", "Tỷ lệ hộ nghèo"),
        ("society", "Tỷ lệ dân số tham gia bảo hiểm y tế"),
    ]


def test_a_dash_inside_a_clause_or_a_range_is_not_a_bullet():
    line = (
        "Các chỉ tiêu: - Cơ cấu kinh tế: công nghiệp - xây dựng 41,8%; dịch vụ 39,7%. - Tốc độ "
        "tăng trưởng đạt 8,5 - 9%/năm. - Thu nhập bình quân đầu người đạt 70 triệu đồng."
    )
    assert expand([line]) == [
        "Các chỉ tiêu:",
        "- Cơ cấu kinh tế: công nghiệp - xây dựng 41,8%; dịch vụ 39,7%.",
        "- Tốc độ tăng trưởng đạt 8,5 - 9%/năm.",
        "- Thu nhập bình quân đầu người đạt 70 triệu đồng.",
    ]


def test_one_dash_after_a_stop_is_not_a_list():
    line = "Năm 2026 tăng trưởng đạt 7%. - Đây là mức cao nhất trong nhiệm kỳ."
    assert expand([line]) == [line]


def test_items_numbered_by_their_cue_word_run_inline():
    """ "Chỉ tiêu 1: … Chỉ tiêu 2: …" in one paragraph: each is an item, as on lines of their
    own (twelfth round, from a document invented by a helper)."""
    text = (
        "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024\n"
        "2. Các chỉ tiêu chủ yếu\n"
        "Chỉ tiêu 1: Tốc độ tăng trưởng kinh tế (GRDP) đạt 6,5 - 7%. Chỉ tiêu 2: GRDP bình "
        "quân đầu người đạt 49 triệu đồng. Chỉ tiêu 3: Tỷ lệ che phủ rừng đạt 73,4%.\n"
    )
    assert first_lows(text) == ["6.5", "49", "73.4"]
