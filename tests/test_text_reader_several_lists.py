"""A document with several lists of targets (to 2025 and to 2030) gives them all; the
previous term's results listed beside the new targets are never proposed (issue 14)."""

from __future__ import annotations

import itertools

from chitieu.textread.reader import read_resolution
from tests.textread_cases import first_lows

TEXT = (
    "NGHỊ QUYẾT\n"
    "Đại hội đại biểu Đảng bộ huyện Thanh Hà lần thứ XXV, nhiệm kỳ 2020 - 2025\n"
    "I. Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2015 - 2020:\n"
    "1. Tốc độ tăng trưởng kinh tế bình quân đạt 8,2%/năm.\n"
    "2. Thu nhập bình quân đầu người năm 2020 đạt 44,5 triệu đồng.\n"
    "II. Mục tiêu, chỉ tiêu nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu đến năm 2025:\n"
    "1. Tốc độ tăng trưởng kinh tế bình quân 9%/năm.\n"
    "2. Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng.\n"
    "3. Tỷ lệ che phủ rừng đạt 45%.\n"
    "Tầm nhìn đến năm 2030, các chỉ tiêu phấn đấu đến năm 2030:\n"
    "1. Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng.\n"
    "2. Tỷ lệ đô thị hóa đến năm 2030 đạt 50%.\n"
    "III. Nhiệm vụ và giải pháp\n"
)


def test_every_list_of_targets_is_read_in_order():
    plan = read_resolution(TEXT).plan
    lows = [t["metrics"][0]["low"] for t in plan["targets"]]
    assert lows == ["9", "70", "45", "120", "50"]
    assert [t["no"] for t in plan["targets"]] == [1, 2, 3, 4, 5]  # renumbered, flagged
    assert [m["end_year"] for t in plan["targets"] for m in t["metrics"]][3:] == [2030, 2030]


def test_the_previous_terms_results_are_not_targets():
    plan = read_resolution(TEXT).plan
    lows = {m.get("low") for t in plan["targets"] for m in t["metrics"]}
    assert not lows & {"8.2", "44.5"}


def test_a_further_list_of_one_target_is_read():
    # "*. Mục tiêu đến năm 2020" then one dash: a list of its own, however short (eleventh
    # round; before, a further list needed two items holding a figure)
    text = (
        "*. Mục tiêu năm 2016\n"
        "- Sản lượng lương thực đạt 42.000 tấn.\n"
        "- Tỷ lệ hộ nghèo giảm còn 9%.\n"
        "*. Mục tiêu đến năm 2020\n"
        "- Giữ vững tốc độ tăng trưởng kinh tế hằng năm từ 13% trở lên.\n"
    )
    plan = read_resolution(text).plan
    assert [m.get("low") or m.get("high") for t in plan["targets"] for m in t["metrics"]] == [
        "42000",
        "9",
        "13",
    ]


def test_a_list_to_2025_and_one_to_2030_under_any_of_their_headings():
    # "b) Đến năm 2030:" alone heads a list too (eleventh round; 32 of these 100 forms lost
    # one of the two lists before)
    to_2025 = [
        "Tốc độ tăng trưởng kinh tế bình quân 8%/năm.",
        "Thu nhập bình quân đầu người 70 triệu đồng.",
        "Tỷ lệ che phủ rừng 45%.",
    ]
    to_2030 = [
        "Thu nhập bình quân đầu người 120 triệu đồng.",
        "Tỷ lệ đô thị hóa 50%.",
        "Tỷ lệ che phủ rừng 47%.",
    ]
    first = [
        "Các chỉ tiêu chủ yếu đến năm 2025:",
        "MỤC TIÊU ĐẾN NĂM 2025",
        "Mục tiêu cụ thể đến năm 2025:",
        "a) Đến năm 2025:",
        "1. Mục tiêu đến năm 2025",
    ]
    second = [
        "Các chỉ tiêu đến năm 2030:",
        "Tầm nhìn đến năm 2030:",
        "TẦM NHÌN ĐẾN NĂM 2030",
        "b) Đến năm 2030:",
        "2. Định hướng đến năm 2030",
    ]
    wrong = []
    for head_2025, head_2030, mark in itertools.product(
        first, second, ("{n}. ", "- ", "({n}) ", "+ ")
    ):
        text = "Nghị quyết Đại hội Đảng bộ tỉnh Hà Giang lần thứ XVII, nhiệm kỳ 2020 - 2025.\n"
        text += "\n".join([head_2025, *(mark.format(n=n) + t for n, t in enumerate(to_2025, 1))])
        text += "\n" + "\n".join(
            [head_2030, *(mark.format(n=n) + t for n, t in enumerate(to_2030, 1))]
        )
        plan = read_resolution(text).plan
        read = [
            (m.get("low"), m.get("end_year") == 2030) for t in plan["targets"] for m in t["metrics"]
        ]
        if read != [
            ("8", False),
            ("70", False),
            ("45", False),
            ("120", True),
            ("50", True),
            ("47", True),
        ]:
            wrong.append(text)
    assert wrong == []


def test_a_heading_that_strives_to_carry_out_targets_is_no_results_heading():
    """ "Đại hội thống nhất phấn đấu thực hiện 13 chỉ tiêu …" holds "thực hiện", a results
    heading's word, but strives: its list is the targets (twelfth round, from a document
    invented by a helper)."""
    text = (
        "ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG BỘ HUYỆN BÁ THƯỚC\nSố 01-NQ/ĐH\n"
        "Bá Thước, ngày 14 tháng 8 năm 2020\nNGHỊ QUYẾT\n"
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN BÁ THƯỚC LẦN THỨ XXIII, NHIỆM KỲ 2020 - 2025\n"
        "1. Tán thành đánh giá tình hình 5 năm thực hiện Nghị quyết nhiệm kỳ 2015 - 2020.\n"
        "3. Đại hội thống nhất phấn đấu thực hiện 13 chỉ tiêu chủ yếu đến năm 2025 như sau: "
        "- Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 11 - 12%. - Thu nhập "
        "bình quân đầu người năm 2025 đạt 55 triệu đồng trở lên. - Tỷ lệ che phủ rừng đạt 86%.\n"
    )
    assert first_lows(text) == ["11", "55", "86"]


def test_a_years_list_in_a_paragraph_beside_the_terms_is_read():
    # "Riêng năm 2021, … các chỉ tiêu: (1) …": the first year's targets after the term's
    text = (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ TAM KỲ NHIỆM KỲ 2020 - 2025\n"
        "3. Chỉ tiêu chủ yếu đến năm 2025: 1) Giá trị sản xuất tăng bình quân hằng năm 9 - 10%; "
        "2) Thu nhập bình quân đầu người đến năm 2025 đạt 95 triệu đồng; 3) Tỷ lệ hộ nghèo còn "
        "dưới 0,5%.\n"
        "Riêng năm 2021, Đại hội thống nhất các chỉ tiêu: (1) Giá trị sản xuất tăng 8,5%; (2) "
        "Thu ngân sách nhà nước trên địa bàn 1.450 tỷ đồng; (3) Tuyển quân đạt 100% chỉ tiêu.\n"
        "Cùng với đó, HĐND tỉnh thông qua kế hoạch năm 2021 với các chỉ tiêu: • Tăng trưởng "
        "GRDP từ 7 đến 7,5%; • Tỷ lệ hộ nghèo giảm 1%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"][:22] for t in targets] == [
        "Giá trị sản xuất tăng ",
        "Thu nhập bình quân đầu",
        "Tỷ lệ hộ nghèo còn dướ",
        "Giá trị sản xuất tăng ",
        "Thu ngân sách nhà nước",
        "Tuyển quân đạt 100% ch",
        "Tăng trưởng GRDP từ 7 ",
        "Tỷ lệ hộ nghèo giảm 1%",
    ]


def test_a_years_clauses_after_its_own_heading_are_a_further_list():
    # "Chỉ tiêu năm 2021: A; B; C" after a lettered paragraph of the term's targets: each
    # clause a target, in no group (the line before, which ends "… đảng viên.", heads nothing)
    text = (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ TAM ĐIỆP NHIỆM KỲ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu đến năm 2025: a) tăng trưởng giá trị sản xuất bình quân 11 - "
        "11,5%/năm; b) tỷ lệ hộ nghèo dưới 1%; c) hằng năm kết nạp 120 - 150 đảng viên.\n"
        "Chỉ tiêu năm 2021: giá trị sản xuất tăng 10,5%; thu ngân sách trên địa bàn 620 tỷ "
        "đồng; kết nạp 120 đảng viên.\n"
        "3. Đại hội nhất trí với các nhiệm vụ, giải pháp nêu trong Báo cáo chính trị.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t.get("group"), t["text"][:24]) for t in targets] == [
        (None, "tăng trưởng giá trị sản "),
        (None, "tỷ lệ hộ nghèo dưới 1%;"),
        (None, "hằng năm kết nạp 120 - 1"),
        (None, "giá trị sản xuất tăng 10"),
        (None, "thu ngân sách trên địa b"),
        (None, "kết nạp 120 đảng viên."),
    ]


def test_a_years_list_after_the_terms_leaves_the_term_and_counts_its_actions_in_that_year():
    # "Chỉ tiêu năm 2021: …" after "III. CÁC CHỈ TIÊU CHỦ YẾU": the plan is the term's; the
    # year's "kết nạp 210 đảng viên" is that year's level, the term's "kết nạp 1.000" its sum
    text = (
        "NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ huyện Yên Thành lần thứ XXVIII, nhiệm kỳ 2020 - "
        "2025\n\nIII. CÁC CHỈ TIÊU CHỦ YẾU\n"
        "1. Tốc độ tăng giá trị sản xuất bình quân 10 - 11%/năm.\n"
        "2. Kết nạp từ 1.000 đảng viên trở lên.\n"
        "Chỉ tiêu năm 2021: Tốc độ tăng giá trị sản xuất 9,5 - 10%; kết nạp 210 đảng viên.\n"
    )
    plan = read_resolution(text).plan
    assert (plan["start_year"], plan["end_year"]) == (2021, 2025)
    kinds = [t["metrics"][0]["kind"] for t in plan["targets"]]
    assert kinds[1] == "cumulative_over_term"
    assert kinds[3] == "level_at_end"


def test_a_years_clauses_after_an_inline_list_are_that_years_targets():
    # "Riêng năm 2016, năm đầu của nhiệm kỳ, Đại hội xác định: A; B; C." (sixteenth round)
    text = (
        "Đại hội Đảng bộ xã Nghĩa Trung lần thứ XXV, nhiệm kỳ 2015 - 2020\n\n"
        "Đại hội thống nhất đề ra 3 chỉ tiêu chủ yếu đến năm 2020: 1. Tổng giá trị sản xuất "
        "tăng bình quân 12 - 13%/năm. 2. Tỷ lệ hộ nghèo giảm còn dưới 2%. 3. Hằng năm kết nạp "
        "8 - 10 đảng viên mới.\n\n"
        "Riêng năm 2016, năm đầu của nhiệm kỳ, Đại hội xác định: thu nhập bình quân đầu người "
        "đạt 27 triệu đồng; tỷ lệ hộ nghèo còn 4%; kết nạp 8 đảng viên mới.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"][:24] for t in targets[3:]] == [
        "thu nhập bình quân đầu n",
        "tỷ lệ hộ nghèo còn 4%",
        "kết nạp 8 đảng viên mới.",
    ]
    assert targets[-1]["metrics"][0]["kind"] == "level_at_end"  # that year's, not the term's
