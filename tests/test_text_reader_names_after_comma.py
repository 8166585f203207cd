"""A clause without a figure before a comma does not lend its words to the next measure's
name: "Tiếp tục giữ vững chuẩn Y tế, duy trì tỉ lệ tăng dân số tự nhiên ở mức dưới 1%" names
"Tỉ lệ tăng dân số tự nhiên" (issue 14: names never bleed across clauses), while commas
inside an indicator stay ("Giá trị sản xuất nông, lâm nghiệp, thủy sản")."""

from __future__ import annotations

import pytest

from chitieu.textread.phrases import read_measure


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tiếp tục giữ vững chuẩn Y tế, duy trì tỉ lệ tăng dân số tự nhiên ở mức dưới 1%",
            "Tỉ lệ tăng dân số tự nhiên",
        ),
        ("Số hộ khá tăng, số hộ nghèo dưới 0,68%", "Số hộ nghèo"),
        (
            "Giá trị sản xuất nông, lâm nghiệp, thủy sản tăng bình quân 3%/năm",
            "Giá trị sản xuất nông, lâm nghiệp, thủy sản",
        ),
        ("Tỷ lệ hộ nghèo, cận nghèo còn dưới 5%", "Tỷ lệ hộ nghèo, cận nghèo"),
    ],
)
def test_the_name_starts_after_a_clause_without_a_figure(text: str, name: str):
    (m,) = read_measure(text, default_end=2025)
    assert m.name == name
