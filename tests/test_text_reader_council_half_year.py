"""A ward council's plan for the last six months of a year, in a press report that names the
council's own term ("HĐND phường khóa I, nhiệm kỳ 2021-2026"): the plan is the year's, not
the council's term; "trong 6 tháng cuối năm" is a time, not a figure; "duy trì không có hộ
nghèo" is a zero target of its own (issue 14: prose, the plan's years, "không còn" targets)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Phường Tây Mỗ phấn đấu thu ngân sách hơn 150 tỷ đồng

HĐND phường Tây Mỗ khóa I, nhiệm kỳ 2021-2026, tổ chức kỳ họp thứ hai.

Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm \
2025. Theo đó, phường Tây Mỗ phấn đấu tổng thu ngân sách đạt 150,5 tỷ đồng và duy trì \
không có hộ nghèo trong 6 tháng cuối năm; tỷ lệ gia đình văn hóa là 90%.
"""


def test_a_councils_half_year_plan_is_read_as_the_years():
    plan = read_resolution(TEXT).plan
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2024, 2025, 2025]
    got = [
        (m["name"], m["comparator"], m.get("low"), m.get("high"))
        for t in plan["targets"]
        for m in t["metrics"]
    ]
    assert got == [
        ("Tổng thu ngân sách", ">=", "150.5", None),
        ("Hộ nghèo", "<=", None, "0"),
        ("Tỷ lệ gia đình văn hóa", ">=", "90", None),
    ]
