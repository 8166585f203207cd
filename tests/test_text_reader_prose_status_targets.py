"""In prose, a status to reach by a date ("xây dựng huyện X đạt chuẩn nông thôn mới vào năm
2022") is a target without a figure, as the labelling guide says, and is proposed for the
office to review; a vision without a status ("đến năm 2045 trở thành …") and a sentence with
neither figure nor status outside the list are not (issue 14: prose)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Đại hội Đảng bộ huyện Tân Phước lần thứ XII, nhiệm kỳ 2020 - 2025 đề ra các chỉ tiêu: "
    "giảm tỷ lệ hộ nghèo xuống còn 1%; xây dựng huyện Tân Phước đạt chuẩn nông thôn mới vào "
    "năm 2023. Huyện tập trung phát triển công nghiệp chế biến. Đến năm 2045 trở thành "
    "huyện phát triển khá của tỉnh."
)


def test_a_status_by_a_date_is_a_target_without_a_figure():
    plan = read_resolution(TEXT).plan
    got = [(t["text"], [m["kind"] for m in t["metrics"]]) for t in plan["targets"]]
    assert got == [
        ("giảm tỷ lệ hộ nghèo xuống còn 1%", ["level_at_end"]),
        ("xây dựng huyện Tân Phước đạt chuẩn nông thôn mới vào năm 2023", ["other"]),
    ]
