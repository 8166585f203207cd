"""A district's report on the year past and its plan for the next: what the year reached
("đạt 413% kế hoạch đề ra", "tăng 3,68% so với mục tiêu đề ra", "trong năm qua") is a result,
never proposed; "giảm 10 hộ nghèo" is ten households out of poverty, an action where more
is better, named by its verb (issue 14: results never proposed; direction from the cue
words)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Năm 2022, kinh tế huyện Tây Giang vẫn tạo được dấu ấn.

Trong vụ hè thu, tổng sản lượng đạt 13.007 tấn, tăng 3,68% so với mục tiêu đề ra. Trong \
năm qua, toàn huyện có thêm 62 hộ thoát nghèo, đạt 413% kế hoạch đề ra.

Năm 2023, Tây Giang đặt ra một số chỉ tiêu chủ yếu, gồm: tổng vốn đầu tư xã hội khoảng \
250 tỷ đồng; giảm 10 hộ nghèo (theo chuẩn mới)
"""


def test_only_the_coming_years_targets_are_proposed():
    plan = read_resolution(TEXT).plan
    got = [
        (m["name"], m["comparator"], m.get("low"), m.get("high"))
        for t in plan["targets"]
        for m in t["metrics"]
    ]
    assert got == [
        ("Tổng vốn đầu tư xã hội", ">=", "250", None),
        ("Giảm hộ nghèo (theo chuẩn mới)", ">=", "10", None),
    ]
