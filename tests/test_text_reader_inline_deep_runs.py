"""Lists that run inline deep inside a resolution's numbered decision, as portals copy them:
"(1) …; (2) …" after a lead-in far into the paragraph, groups lettered with a dash ("B- VỀ
VĂN HÓA – XÃ HỘI:") over items numbered "1-" (one opening with its share: "1- 100% rác
thải …"), and clauses parted by ";" alone after "Các chỉ tiêu chủ yếu đến năm 2025:" under
a heading whose list holds two decisions besides (issue 14: lists inline in one paragraph,
any numbering; helper H's invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEAD = "NGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ XÃ QUẢNG PHÚ LẦN THỨ XXV, NHIỆM KỲ 2020 - 2025\n\n"


def test_a_run_after_a_lead_in_deep_in_a_paragraph_is_read_item_by_item():
    text = HEAD + (
        "2. Về mục tiêu tổng quát và các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025. Mục tiêu tổng "
        "quát: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết. Trên cơ sở "
        "đó, Đại hội thống nhất xác định các chỉ tiêu chủ yếu đến năm 2025: (1) Tổng giá trị sản "
        "xuất tăng bình quân 12 - 13%/năm; (2) Thu nhập bình quân đầu người đến năm 2025 đạt 70 "
        "triệu đồng trở lên; (3) Tỷ lệ hộ nghèo đến năm 2025 dưới 1%; (4) Kết nạp 25 - 30 đảng "
        "viên.\n\n3. Giao Ban Chấp hành Đảng bộ xã khóa XXV tổ chức thực hiện Nghị quyết.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tổng giá trị sản xuất tăng bình quân 12 - 13%/năm;",
        "Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng trở lên;",
        "Tỷ lệ hộ nghèo đến năm 2025 dưới 1%;",
        "Kết nạp 25 - 30 đảng viên.",
    ]


def test_groups_lettered_with_a_dash_part_items_numbered_with_one():
    text = HEAD + (
        "2. Các chỉ tiêu chủ yếu A- VỀ KINH TẾ: 1- Tổng giá trị sản xuất tăng bình quân 10%/ "
        "năm . 2- Thu ngân sách xã hằng năm tăng 8% trở lên. B- VỀ VĂN HÓA – XÃ HỘI: 1- Tỷ lệ "
        "trường đạt chuẩn quốc gia 100% . 2- Không còn nhà tạm, nhà dột nát. C- VỀ MÔI TRƯỜNG: "
        "1- 100% rác thải sinh hoạt được thu gom, xử lý. 2- Tỷ lệ hộ dân sử dụng nước sạch đạt "
        "95%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["no"], t["group"], t["text"][:22]) for t in targets] == [
        (1, "economy", "Tổng giá trị sản xuất "),
        (2, "economy", "Thu ngân sách xã hằng "),
        (3, "society", "Tỷ lệ trường đạt chuẩn"),
        (4, "society", "Không còn nhà tạm, nhà"),
        (5, "environment", "100% rác thải sinh hoạ"),
        (6, "environment", "Tỷ lệ hộ dân sử dụng n"),
    ]


def test_clauses_after_a_heading_of_targets_in_a_paragraph_are_read_as_prose():
    text = HEAD + (
        "1. Đại hội tán thành đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2015 - 2020.\n"
        "2. Mục tiêu, chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025\n"
        "Mục tiêu chung: Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh.\n"
        "Các chỉ tiêu chủ yếu đến năm 2025: giá trị sản xuất tăng bình quân 11 – 12%/năm; thu "
        "ngân sách hằng năm vượt dự toán từ 10% trở lên; không còn hộ nghèo; giải quyết việc "
        "làm cho 1.500 lao động; tỷ lệ dân số tham gia bảo hiểm y tế trên 95%; hằng năm kết nạp "
        "20 đảng viên trở lên; tỷ lệ lao động qua đào tạo đạt 90%; 100% tổ dân phố đạt chuẩn văn "
        "minh đô thị.\n"
        "3. Nhiệm vụ, giải pháp: Nâng cao năng lực lãnh đạo của các chi bộ; tăng cường quản lý "
        "đô thị; thực hiện tốt chính sách an sinh xã hội; giữ vững an ninh, trật tự.\n"
        "4. Đại hội thông qua kết quả bầu cử Ban Chấp hành gồm 15 đồng chí.\n"
    )
    read = read_resolution(text)
    assert read.layout == "prose"
    assert [t["text"] for t in read.plan["targets"]] == [
        "giá trị sản xuất tăng bình quân 11 – 12%/năm",
        "thu ngân sách hằng năm vượt dự toán từ 10% trở lên",
        "không còn hộ nghèo",
        "giải quyết việc làm cho 1.500 lao động",
        "tỷ lệ dân số tham gia bảo hiểm y tế trên 95%",
        "hằng năm kết nạp 20 đảng viên trở lên",
        "tỷ lệ lao động qua đào tạo đạt 90%",
        "100% tổ dân phố đạt chuẩn văn minh đô thị",
    ]


def test_a_range_after_a_fields_words_is_no_item_marker():
    text = (
        "Đại hội thống nhất đề ra 16 chỉ tiêu chủ yếu, trong đó: về kinh tế, tốc độ tăng trưởng "
        "kinh tế đạt bình quân 10 - 11%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 110 "
        "triệu đồng; thu ngân sách nhà nước hằng năm tăng 8% trở lên; về xã hội, tỷ lệ lao động "
        "qua đào tạo đạt 78%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%."
    )
    targets = read_resolution(text).plan["targets"]
    assert targets[0]["text"] == "tốc độ tăng trưởng kinh tế đạt bình quân 10 - 11%/năm"
    assert [(m["low"], m["high"]) for m in targets[0]["metrics"]] == [("10", "11")]
    assert len(targets) == 5
