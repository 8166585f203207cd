"""An inline list whose numbered items are apart by commas ("… 10%/năm, 2. Thu nhập …")
is cut into its items when the numbers follow in turn; a comma before a number that does
not go on the list's count cuts nothing (issue 14, third tuning round; invented texts)."""

from __future__ import annotations

from chitieu.textread.inline import expand

LINE = (
    "Đại hội thống nhất các chỉ tiêu chủ yếu đến năm 2025: 1. Tổng giá trị sản xuất tăng "
    "bình quân 10%/năm, 2. Thu nhập bình quân đầu người đạt 60 triệu đồng, 3. Tỷ lệ hộ "
    "nghèo giảm còn dưới 2%, 4. Tỷ lệ che phủ rừng đạt 50%."
)


def test_it_cuts_an_inline_list_at_commas_before_numbers_in_turn():
    assert expand([LINE]) == [
        "Đại hội thống nhất các chỉ tiêu chủ yếu đến năm 2025:",
        "1. Tổng giá trị sản xuất tăng bình quân 10%/năm,",
        "2. Thu nhập bình quân đầu người đạt 60 triệu đồng,",
        "3. Tỷ lệ hộ nghèo giảm còn dưới 2%,",
        "4. Tỷ lệ che phủ rừng đạt 50%.",
    ]
    # numbers after commas that do not go on in turn are no list
    line = "Năm 2020 có 12 xã đạt chuẩn, 5. Xã Tân Hòa đạt 19 tiêu chí, 9. Xã Yên Lạc đạt 15."
    assert expand([line]) == [line]
