"""An inline list whose groups are named in capitals after a letter ("A. KINH TẾ 1. …
B. XÃ HỘI 3. …") or by their name alone ("Kinh tế: (1) … Xã hội: (3) …") is read item by
item under its groups, and no group's name is left in an item (issue 14, third tuning
round; invented texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEAD = "Nghị quyết Đại hội Đảng bộ huyện Bảo Lâm lần thứ XX, nhiệm kỳ 2020 - 2025\n"
LETTERED = HEAD + (
    "MỘT SỐ CHỈ TIÊU CHỦ YẾU: A. KINH TẾ 1. Tốc độ tăng trưởng giá trị sản xuất bình quân "
    "9%/năm. 2. Thu nhập bình quân đầu người đạt 45 triệu đồng. B. XÃ HỘI 3. Tỷ lệ hộ nghèo "
    "giảm bình quân 4%/năm. C. QUỐC PHÒNG - AN NINH 4. Hằng năm 100% xã đạt vững mạnh.\n"
)
NAMED = HEAD + (
    "Các chỉ tiêu chủ yếu: Kinh tế: (1) Tốc độ tăng trưởng giá trị sản xuất bình quân 9%/năm; "
    "(2) thu nhập bình quân đầu người đạt 45 triệu đồng. Xã hội: (3) tỷ lệ hộ nghèo giảm bình "
    "quân 4%/năm; (4) tỷ lệ che phủ rừng đạt 60%.\n"
)


def test_groups_in_capitals_after_a_letter_cut_the_inline_list():
    targets = read_resolution(LETTERED).plan["targets"]
    assert [(t["text"], t.get("group")) for t in targets] == [
        ("Tốc độ tăng trưởng giá trị sản xuất bình quân 9%/năm.", "economy"),
        ("Thu nhập bình quân đầu người đạt 45 triệu đồng.", "economy"),
        ("Tỷ lệ hộ nghèo giảm bình quân 4%/năm.", "society"),
        ("Hằng năm 100% xã đạt vững mạnh.", "defence-security"),
    ]


def test_groups_named_alone_before_numbered_items_set_their_group():
    targets = read_resolution(NAMED).plan["targets"]
    assert [(t["text"], t.get("group")) for t in targets] == [
        # an inline item keeps its final ";" or "." (docs/text-reader-labelling.md §2)
        ("Tốc độ tăng trưởng giá trị sản xuất bình quân 9%/năm;", "economy"),
        ("thu nhập bình quân đầu người đạt 45 triệu đồng.", "economy"),
        ("tỷ lệ hộ nghèo giảm bình quân 4%/năm;", "society"),
        ("tỷ lệ che phủ rừng đạt 60%.", "society"),
    ]


def test_groups_named_as_sets_of_targets_before_slashed_items_set_their_group():
    # "Nhóm chỉ tiêu X gồm: 1/ … 2/ …", as a council's press report runs its list inline
    text = HEAD + (
        "Kỳ họp thông qua 5 chỉ tiêu, chia thành 3 nhóm. Nhóm chỉ tiêu kinh tế gồm: 1/ Giá trị "
        "sản xuất tăng 7,5%; 2/ Thu nhập bình quân đầu người đạt 62 triệu đồng. Nhóm chỉ tiêu "
        "xã hội gồm: 3/ Tỷ lệ hộ nghèo giảm 1,2%; 4/ Tỷ lệ dân số tham gia bảo hiểm y tế đạt "
        "93%. Nhóm chỉ tiêu môi trường gồm: 5/ Tỷ lệ che phủ rừng đạt 22,5%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["text"], t.get("group")) for t in targets] == [
        ("Giá trị sản xuất tăng 7,5%;", "economy"),
        ("Thu nhập bình quân đầu người đạt 62 triệu đồng.", "economy"),
        ("Tỷ lệ hộ nghèo giảm 1,2%;", "society"),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93%.", "society"),
        ("Tỷ lệ che phủ rừng đạt 22,5%.", "environment"),
    ]
