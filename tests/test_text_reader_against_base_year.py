""" "Thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 30%" is a rise over five
years against a base year: neither a level nor a yearly rate, so it is proposed as
qualitative with a note, never as 30 %/năm; in a year's plan ("tăng 8% so với năm 2023"
for 2024) the same words are the year's growth. "…, trong đó có …" leads the targets in
(issue 14: kinds and comparators as offices grade them)."""

from __future__ import annotations

from chitieu.textread.phrases import read_measure
from chitieu.textread.reader import read_resolution


def test_a_rise_against_a_base_year_over_several_years_is_qualitative():
    (m,) = read_measure(
        "thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 30%", default_end=2030
    )
    assert (m.name, m.kind.value, m.low) == ("Thu nhập bình quân đầu người", "other", None)
    assert [str(d) for d in m.doubts] == [
        "a rise or fall against 2025 over several years: neither a level nor a yearly rate; "
        "read as qualitative"
    ]


def test_in_a_years_plan_it_is_the_years_growth():
    (m,) = read_measure("Tổng sản phẩm tăng 8% so với năm 2023", default_end=2024)
    assert (m.kind.value, m.low) == ("average_annual_growth", 8)


def test_trong_do_co_leads_the_targets_in():
    text = (
        "Nhiệm kỳ 2025-2030, phường Tân Định đề ra 27 chỉ tiêu cụ thể, trong đó có tốc độ "
        "tăng tổng giá trị sản phẩm bình quân hàng năm trên 10%; tỷ lệ hộ nghèo dưới 0,5%."
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "tốc độ tăng tổng giá trị sản phẩm bình quân hàng năm trên 10%",
        "tỷ lệ hộ nghèo dưới 0,5%",
    ]


def test_a_level_restated_in_parentheses_does_not_make_the_rise_yearly():
    # "(… đồng/người/năm)" says what the level will be; it is no yearly cue for the rise
    (m,) = read_measure(
        "Thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng từ 50% trở lên "
        "(từ 120 triệu đến 130 triệu đồng/người/năm)",
        default_end=2030,
    )
    assert (m.name, m.kind.value, m.low) == ("Thu nhập bình quân đầu người", "other", None)
