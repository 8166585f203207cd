"""A party grade is part of what is counted: "tỷ lệ đảng viên hoàn thành nhiệm vụ trở lên",
"xếp loại từ hoàn thành tốt nhiệm vụ trở lên" keep their words, while "từ 80% … trở lên"
is a floor wrapped around the name. "Giảm tỷ lệ hộ nghèo xuống còn 1,05%" names "Tỷ lệ hộ
nghèo", and a press lead-in "…, trong đó có nhiều chỉ tiêu đáng chú ý như:" is no part of
the first target (issue 14: names from the text, prose)."""

from __future__ import annotations

import pytest

from chitieu.textread.phrases import read_measure
from chitieu.textread.reader import read_resolution


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "tỷ lệ đảng viên hoàn thành nhiệm vụ trở lên đạt 98%",
            "Tỷ lệ đảng viên hoàn thành nhiệm vụ trở lên",
        ),
        (
            "Tỷ lệ tổ chức đảng được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên đạt 90%",
            "Tỷ lệ tổ chức đảng được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên",
        ),
        (
            "Hằng năm có từ 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
            "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
        ),
        ("Giảm tỷ lệ hộ nghèo xuống còn 1,05%", "Tỷ lệ hộ nghèo"),
    ],
)
def test_names_keep_grades_and_drop_comparator_words(text: str, name: str):
    (m,) = read_measure(text, default_end=2025)
    assert m.name == name


def test_a_lead_in_naming_notable_targets_is_left_out():
    text = (
        "Đại hội Đảng bộ huyện Tân Phước lần thứ XII, nhiệm kỳ 2020 - 2025 đã đề ra 21 chỉ "
        "tiêu chủ yếu, trong đó có nhiều chỉ tiêu đáng chú ý như: Giảm tỷ lệ hộ nghèo xuống "
        "còn 1,5%; kết nạp 500 đảng viên mới."
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Giảm tỷ lệ hộ nghèo xuống còn 1,5%",
        "kết nạp 500 đảng viên mới",
    ]
