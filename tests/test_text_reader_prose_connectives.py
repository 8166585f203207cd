"""A sentence's connective is no part of the target it opens.

Press summaries go on from one sentence to the next with "Qua đó,", "Đồng thời,", "Ngoài
ra,". The planner relies on the target's text and name starting at the target itself, as the
labelling guide leaves lead-ins out, not on a measure named "Qua đó".
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Ngày 20/12, UBND huyện Bắc Sơn tổ chức hội nghị giao chỉ tiêu kế hoạch năm 2020. "
    "Qua đó, năm 2020 phấn đấu thu ngân sách trên địa bàn đạt 153,56 tỷ đồng; tỷ lệ hộ dân "
    "được sử dụng điện đạt 91,5%. Đồng thời, phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới."
)


def test_it_leaves_the_connective_out_of_text_and_name() -> None:
    targets = read_resolution(TEXT).plan["targets"]
    assert [t["text"] for t in targets] == [
        "năm 2020 phấn đấu thu ngân sách trên địa bàn đạt 153,56 tỷ đồng",
        "tỷ lệ hộ dân được sử dụng điện đạt 91,5%",
        "phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới",
    ]
    assert targets[0]["metrics"][0]["name"] == "Thu ngân sách trên địa bàn"


def test_a_connective_then_a_lead_in_are_both_left_out() -> None:
    text = (
        "Đại hội Đảng bộ phường Tân Hòa nhiệm kỳ 2025 - 2030. Mục tiêu trọng tâm là tăng giá "
        "trị sản phẩm bình quân 21,7%/năm. Cùng với đó, Đảng bộ đặt mục tiêu không để phát "
        "sinh hộ nghèo đa chiều."
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "tăng giá trị sản phẩm bình quân 21,7%/năm",
        "không để phát sinh hộ nghèo đa chiều",
    ]
    zero = targets[1]["metrics"][0]
    # no new poor household: zero at most, as "không còn hộ nghèo" (the labelling guide, §5)
    assert (zero["name"], zero["comparator"], zero["high"], zero["unit"]) == (
        "Hộ nghèo đa chiều",
        "<=",
        "0",
        "hộ",
    )


def test_các_chỉ_tiêu_chủ_yếu_là_leads_the_targets_in() -> None:
    text = (
        "Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ I, nhiệm kỳ 2025-2030. Các chỉ tiêu "
        "chủ yếu là Tổng sản phẩm trên địa bàn (GRDP) đến năm 2030 đạt 361,6 nghìn tỷ đồng; tỷ "
        "lệ che phủ rừng đạt 60%."
    )
    targets = read_resolution(text).plan["targets"]
    assert (
        targets[0]["text"]
        == "Tổng sản phẩm trên địa bàn (GRDP) đến năm 2030 đạt 361,6 nghìn tỷ đồng"
    )
    assert targets[0]["metrics"][0]["name"] == "Tổng sản phẩm trên địa bàn (GRDP)"


def test_a_group_of_targets_named_in_the_sentence_leads_it_in() -> None:
    text = (
        "Đại hội Đảng bộ xã Hòa Hội nhiệm kỳ 2025-2030. Nhóm chỉ tiêu kinh tế phấn đấu thu "
        "ngân sách tăng bình quân 10%/năm. Nhóm chỉ tiêu về văn hóa-xã hội, đến năm 2030, đạt từ "
        "80% trở lên các trường học công lập đạt chuẩn quốc gia."
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "thu ngân sách tăng bình quân 10%/năm",
        "đến năm 2030, đạt từ 80% trở lên các trường học công lập đạt chuẩn quốc gia",
    ]


def test_trong_đó_without_a_comma_before_phấn_đấu_leads_in() -> None:
    text = (
        "Đảng bộ xã Hồ Vương nhiệm kỳ 2025-2030 đề ra các mục tiêu năm 2026. Trong đó phấn đấu "
        "tốc độ tăng trưởng giá trị sản phẩm đạt 13% trở lên; không còn hộ nghèo, thu nhập bình "
        "quân đầu người đạt 7,84 triệu đồng/người/tháng."
    )
    targets = read_resolution(text).plan["targets"]
    assert targets[0]["text"] == "phấn đấu tốc độ tăng trưởng giá trị sản phẩm đạt 13% trở lên"
    # a zero target, then a measure of its own after the comma
    got = [(m["name"], m.get("high"), m.get("low")) for m in targets[1]["metrics"]]
    assert got == [("Hộ nghèo", "0", None), ("Thu nhập bình quân đầu người", None, "7.84")]
