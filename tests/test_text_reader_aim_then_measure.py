"""An aim without a figure, then a measure after a comma: two measures of one target.

"Giữ vững chuẩn Y tế, duy trì tỉ lệ tăng dân số tự nhiên dưới 1%" sets a status to keep and
a figure to hold. The labelling guide (§2) makes each quantity of a clause a further metric,
and a figureless aim in the list a qualitative one. A planner relies on both being proposed,
the figure named by its own indicator, and on a sector list ("công nghiệp, xây dựng tăng
11%") staying one measure.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution


def metrics(text: str) -> list[tuple[str, str, str | None]]:
    targets = read_resolution(text).plan["targets"]
    return [(m["name"], m["kind"], m.get("comparator")) for t in targets for m in t["metrics"]]


def test_an_aim_then_a_measure_are_two_measures() -> None:
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025\n"
        "1. Giữ vững chuẩn Y tế, duy trì tỉ lệ tăng dân số tự nhiên dưới 1%.\n"
        "2. Cơ bản hoàn thành việc di dời nhà ở ven kênh rạch, tạo việc làm mới cho 5.000 lao "
        "động/năm.\n"
    )
    assert metrics(text) == [
        # what is to be held, its verb with it (the guide, §6: a verb that heads the clause)
        ("Giữ vững chuẩn Y tế", "other", None),
        ("Tỉ lệ tăng dân số tự nhiên", "level_at_end", "<="),
        ("Cơ bản hoàn thành việc di dời nhà ở ven kênh rạch", "other", None),
        ("Tạo việc làm mới cho lao động", "every_year", ">="),
    ]


def test_a_list_of_sectors_stays_one_measure() -> None:
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2015 - 2020\n"
        "1. Giá trị sản xuất công nghiệp, xây dựng tăng bình quân 11%/năm.\n"
        "2. Tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt 95%.\n"
    )
    assert metrics(text) == [
        ("Giá trị sản xuất công nghiệp, xây dựng", "average_annual_growth", ">="),
        ("Tỷ lệ thu gom, xử lý rác thải sinh hoạt", "level_at_end", ">="),
    ]
