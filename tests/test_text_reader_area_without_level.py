"""The area is found when the text names it without its level word, but only where the
text itself makes the level clear ("Huyện ủy Tây Giang"; "Đảng bộ Tây Giang" in a text that
speaks of "Đảng bộ huyện" alone); otherwise it is left to the review page (issue 14)."""

from __future__ import annotations

import pytest

from chitieu.textread.reader import read_resolution

TARGETS = "Một số chỉ tiêu cụ thể: thu nhập bình quân đầu người đến năm 2025 đạt 40 triệu đồng."


@pytest.mark.parametrize(
    ("lead", "area"),
    [
        ("Huyện ủy Tây Giang khai mạc hội nghị, nhiệm kỳ 2020 - 2025.", "Huyện Tây Giang"),
        ("Thành ủy Hội An tổng kết năm, nhiệm kỳ 2020 - 2025.", "Thành phố Hội An"),
        (
            "Đảng bộ Phú Lương học tập Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ "
            "2020 - 2025.",
            "Huyện Phú Lương",
        ),
        (
            "Đảng ủy Tân Lập triển khai Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.",
            "Xã Tân Lập",
        ),
    ],
)
def test_it_finds_the_area_when_the_text_makes_its_level_clear(lead: str, area: str):
    assert read_resolution(f"{lead}\n{TARGETS}").plan["area"]["name"] == area


@pytest.mark.parametrize(
    "lead",
    [
        "Đảng bộ Phú Lương tổ chức đại hội, nhiệm kỳ 2020 - 2025.",
        # two levels named without a name: which one is Phú Lương's is not said
        "Đảng bộ Phú Lương; Đảng bộ huyện và Đảng bộ xã học tập Nghị quyết nhiệm kỳ 2020 - 2025.",
    ],
)
def test_it_leaves_an_area_of_unclear_level_to_the_review(lead: str):
    result = read_resolution(f"{lead}\n{TARGETS}")
    assert result.plan["area"]["name"] == "unknown"
    assert "doubt.area_code" in [d.code for d in result.review]
