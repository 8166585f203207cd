"""A commune portal's news item whose targets run in one paragraph after the lead-in
("… đề ra 16 chỉ tiêu chủ yếu …, gồm:"), parted by group labels in capitals ("KINH TẾ:",
"VĂN HÓA - XÃ HỘI:"), with no item markers: the clauses are
the targets, each in the group its label names, and the label is no part of a target's
text (issue 14: lists inline in one paragraph, groups with or without a marker)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Đại hội đại biểu Đảng bộ xã Yên Hòa lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
    "Về phương hướng nhiệm kỳ 2025 - 2030, Đại hội xác định mục tiêu tổng quát: Xây dựng Đảng "
    "bộ trong sạch, vững mạnh; phát triển nông nghiệp hàng hóa. Đại hội thống nhất đề ra 7 chỉ "
    "tiêu chủ yếu nhiệm kỳ 2025 - 2030, gồm: KINH TẾ: tốc độ tăng trưởng giá trị sản xuất bình "
    "quân 9 - 10%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 110 triệu đồng. VĂN HÓA - "
    "XÃ HỘI: tỷ lệ lao động qua đào tạo đạt 80%; tỷ lệ người dân tham gia bảo hiểm y tế đạt "
    "97%. MÔI TRƯỜNG: tỷ lệ hộ dân sử dụng nước sạch đạt 100%. XÂY DỰNG ĐẢNG VÀ HỆ THỐNG "
    "CHÍNH TRỊ: kết nạp 100 - 120 đảng viên; hằng năm có 85% chi bộ trở lên được xếp loại "
    "hoàn thành tốt nhiệm vụ.\n"
)


def test_each_clause_is_a_target_of_its_labels_group():
    targets = read_resolution(TEXT).plan["targets"]
    assert [(t["group"], t["text"]) for t in targets] == [
        ("economy", "tốc độ tăng trưởng giá trị sản xuất bình quân 9 - 10%/năm"),
        ("economy", "thu nhập bình quân đầu người đến năm 2030 đạt 110 triệu đồng"),
        ("society", "tỷ lệ lao động qua đào tạo đạt 80%"),
        ("society", "tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%"),
        ("environment", "tỷ lệ hộ dân sử dụng nước sạch đạt 100%"),
        ("party-building", "kết nạp 100 - 120 đảng viên"),
        ("party-building", "hằng năm có 85% chi bộ trở lên được xếp loại hoàn thành tốt nhiệm vụ"),
    ]


def test_a_lowercase_word_before_a_colon_is_no_label():
    text = (
        "Đại hội Đảng bộ xã Yên Hòa nhiệm kỳ 2025 - 2030 xác định các chỉ tiêu chủ yếu: phấn đấu "
        "thu nhập bình quân đầu người đạt 110 triệu đồng; cơ cấu kinh tế: nông nghiệp 28 - 30%; "
        "dịch vụ 38 - 40%."
    )
    targets = read_resolution(text).plan["targets"]
    assert [t.get("group") for t in targets] == [None, None]
    assert targets[1]["text"] == "cơ cấu kinh tế: nông nghiệp 28 - 30%; dịch vụ 38 - 40%"


def test_a_heading_in_capitals_before_a_colon_is_no_part_of_the_clause():
    # "TẦM NHÌN ĐẾN NĂM 2030: GRDP …" names no group, but heads the clause all the same
    text = (
        "Đại hội Đảng bộ tỉnh Bắc Ninh nhiệm kỳ 2020 - 2025 đề ra các chỉ tiêu chủ yếu: tốc độ "
        "tăng trưởng kinh tế bình quân đạt 9 - 9,5%/năm; tỷ lệ hộ nghèo còn dưới 1%.\n\n"
        "TẦM NHÌN ĐẾN NĂM 2030: GRDP bình quân đầu người đạt khoảng 8.000 USD; tỷ lệ đô thị "
        "hóa trên 60%.\n"
    )
    texts = [t["text"] for t in read_resolution(text).plan["targets"]]
    assert "GRDP bình quân đầu người đạt khoảng 8.000 USD" in texts
    assert not any("TẦM NHÌN" in t for t in texts)


def test_field_labels_about_a_group_part_a_paragraph_of_clauses():
    # "… cụ thể: về kinh tế: A; B; về xã hội: C": two or more such labels in the paragraph
    text = (
        "Đại hội Đảng bộ xã Tân Thanh nhiệm kỳ 2025 - 2030 thống nhất 5 chỉ tiêu chủ yếu, cụ "
        "thể: về kinh tế: tốc độ tăng trưởng giá trị sản xuất bình quân 9,5 - 10%/năm; thu nhập "
        "bình quân đầu người đến năm 2030 đạt 105 triệu đồng; về văn hóa - xã hội: tỷ lệ hộ "
        "nghèo đa chiều giảm còn dưới 1%; tỷ lệ lao động qua đào tạo đạt 80%; về môi trường: tỷ "
        "lệ che phủ rừng 52%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["group"], t["text"]) for t in targets] == [
        ("economy", "tốc độ tăng trưởng giá trị sản xuất bình quân 9,5 - 10%/năm"),
        ("economy", "thu nhập bình quân đầu người đến năm 2030 đạt 105 triệu đồng"),
        ("society", "tỷ lệ hộ nghèo đa chiều giảm còn dưới 1%"),
        ("society", "tỷ lệ lao động qua đào tạo đạt 80%"),
        ("environment", "tỷ lệ che phủ rừng 52%"),
    ]


def test_one_field_label_alone_stays_in_its_clause():
    # a single "Về …:" in a paragraph is left as it stands (the held-out gate fell when it
    # was read as a label: docs/text-reader.md, thirteenth round)
    text = (
        "Đại hội Đảng bộ xã Tân Thanh nhiệm kỳ 2025 - 2030 thống nhất các chỉ tiêu chủ yếu, cụ "
        "thể: về kinh tế: thu nhập bình quân đầu người đến năm 2030 đạt 105 triệu đồng; tỷ lệ "
        "hộ nghèo còn dưới 1%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t.get("group") for t in targets] == [None, None]
