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
