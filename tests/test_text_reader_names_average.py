""" "bình quân" stays in a name where it is part of the indicator ("Năng suất lúa bình quân
đạt 63 tạ/ha": the average yield) and leaves it where it is the cue of a growth or a
reduction ("Giá trị sản xuất bình quân tăng 9%/năm"), as the labelling guide says (issue 14:
a measure's name is its indicator phrase)."""

from __future__ import annotations

import pytest

from chitieu.textread.phrases import read_measure


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Năng suất lúa bình quân đạt 63 tạ/ha", "Năng suất lúa bình quân"),
        ("Thu nhập bình quân đạt 59 triệu đồng/người/năm", "Thu nhập bình quân"),
        ("Giá trị sản xuất bình quân tăng 9%/năm", "Giá trị sản xuất"),
        ("Tốc độ tăng trưởng kinh tế bình quân đạt 8%", "Tốc độ tăng trưởng kinh tế"),
        ("Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm", "Tỷ lệ hộ nghèo"),
        ("Thu ngân sách bình quân hằng năm đạt 120 tỷ đồng", "Thu ngân sách"),
    ],
)
def test_bình_quân_is_kept_only_where_it_names_the_indicator(text: str, name: str):
    (m,) = read_measure(text, default_end=2025)
    assert m.name == name
