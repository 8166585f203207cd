"""An action counted with no period is summed over the term; visitors drawn are a level.

The labelling guide reads "kết nạp 30 đảng viên", "thu hút ít nhất 5 dự án mới" in a term's
list as totals over the term, and tourists or revenue with no period as the level of the last
year. A planner relies on the two being told apart, so that five projects are counted once
over five years and 15 million tourists are judged on the last year.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Đại hội Đảng bộ tỉnh Lào Cai nhiệm kỳ 2025 - 2030 đề ra các chỉ tiêu, trong đó thu hút "
    "ít nhất 5 dự án đầu tư mới; thu hút 15 triệu khách du lịch; giải quyết việc làm trên "
    "300 lượt lao động; thành lập mới 200 doanh nghiệp."
)


def test_it_sums_actions_and_keeps_visitors_a_level() -> None:
    targets = read_resolution(TEXT).plan["targets"]
    got = [(m["name"], m["kind"]) for t in targets for m in t["metrics"]]
    assert got == [
        ("Thu hút dự án đầu tư mới", "cumulative_over_term"),
        ("Thu hút khách du lịch", "level_at_end"),
        ("Giải quyết việc làm", "cumulative_over_term"),
        ("Thành lập mới doanh nghiệp", "cumulative_over_term"),
    ]


def test_investment_over_a_period_is_summed() -> None:
    text = (
        "Đại hội Đảng bộ xã Sơn Động nhiệm kỳ 2025 - 2030 đề ra các chỉ tiêu, trong đó tổng nguồn "
        "vốn đầu tư phát triển toàn xã hội giai đoạn đạt 5.000 tỷ đồng; tổng vốn đầu tư năm 2030 "
        "đạt 1.200 tỷ đồng."
    )
    targets = read_resolution(text).plan["targets"]
    assert [m["kind"] for t in targets for m in t["metrics"]] == [
        "cumulative_over_term",
        "level_at_end",
    ]
