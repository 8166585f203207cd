"""A sentence opening with "Mục tiêu tổng quát năm 2024 phấn đấu …" names its measure by
the indicator that follows, not by the words "Mục tiêu tổng quát" (issue 14, fourth tuning
round; invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

PRESS = (
    "HĐND xã Tân Phú thông qua nghị quyết phát triển kinh tế - xã hội năm 2024\n"
    "Mục tiêu tổng quát năm 2024 phấn đấu tổng giá trị sản xuất trên địa bàn xã đạt 540 tỷ "
    "đồng, tốc độ tăng trưởng kinh tế đạt 12%/năm.\n"
)


def test_the_words_of_an_aim_before_the_indicator_are_no_part_of_its_name():
    targets = read_resolution(PRESS).plan["targets"]
    names = [m["name"] for t in targets for m in t["metrics"]]
    assert names[0] == "Tổng giá trị sản xuất trên địa bàn xã"


def test_mục_tiêu_before_a_date_and_đồng_thời_before_a_verb_are_no_part_of_a_name():
    text = (
        "Đảng bộ xã Tân Hòa nhiệm kỳ 2025 - 2030. Về xã hội, mục tiêu đến năm 2030, thu nhập "
        "bình quân đầu người của xã đạt khoảng 37 triệu đồng. Tỉ lệ hộ nghèo giảm xuống dưới "
        "30%, đồng thời duy trì tỉ lệ dân số tham gia bảo hiểm y tế đạt 100%."
    )
    targets = read_resolution(text).plan["targets"]
    assert [m["name"] for t in targets for m in t["metrics"]] == [
        "Thu nhập bình quân đầu người của xã",
        "Tỉ lệ hộ nghèo",
        "Tỉ lệ dân số tham gia bảo hiểm y tế",
    ]
