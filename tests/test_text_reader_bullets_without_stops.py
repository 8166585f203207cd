"""A portal's paragraph whose bullets run on with no stop between items: "- Tốc độ … đạt
8,2% - Thu nhập … đạt 54 triệu đồng - …" (a dash after the figure and its unit, before a
capital) and "+ … 11 - 12% + Thu nhập …" (a "+" before a capital or a share); and a photo's
caption between the list's paragraphs, which is no part of an item (issue 14: lists inline in
one paragraph, page furniture; helper L's invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEAD = "Nghị quyết Đại hội Đảng bộ huyện Krông Pắc lần thứ XIII, nhiệm kỳ 2020 - 2025\n\n"


def test_dashes_after_each_items_figure_part_the_items():
    text = HEAD + (
        "Năm 2022 huyện phấn đấu thực hiện các chỉ tiêu chủ yếu sau: * Về kinh tế: - Tốc độ tăng "
        "trưởng giá trị sản xuất đạt 8,2% - Thu nhập bình quân đầu người đạt 54 triệu đồng - Tổng "
        "sản lượng lương thực 72.500 tấn * Về môi trường: - Tỷ lệ che phủ rừng 13,5% - Tỷ lệ hộ "
        "dân sử dụng nước hợp vệ sinh 98%\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["group"], m["low"]) for t in targets for m in t["metrics"]] == [
        ("economy", "8.2"),
        ("economy", "54"),
        ("economy", "72500"),
        ("environment", "13.5"),
        ("environment", "98"),
    ]


def test_pluses_run_on_and_a_caption_between_paragraphs_are_no_items_text():
    text = HEAD + (
        "Đại hội thống nhất các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 như sau: - Về kinh tế: + Tốc "
        "độ tăng trưởng giá trị sản xuất bình quân hằng năm 11 - 12% + Thu nhập bình quân đầu "
        "người năm 2025 đạt 95 triệu đồng - Về văn hóa - xã hội: + Tỷ lệ lao động qua đào tạo đạt "
        "85% + 100% phường, xã đạt chuẩn quốc gia về y tế + Tỷ lệ dân số tham gia bảo hiểm y tế "
        "trên 97%\n\n"
        "Các đại biểu biểu quyết thông qua các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025. "
        "Ảnh: VINH ANH\n\n"
        "- Về xây dựng Đảng: + Hằng năm kết nạp 200 đảng viên trở lên + Hằng năm có 90% trở lên "
        "tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm 11 - 12%",
        "Thu nhập bình quân đầu người năm 2025 đạt 95 triệu đồng",
        "Tỷ lệ lao động qua đào tạo đạt 85%",
        "100% phường, xã đạt chuẩn quốc gia về y tế",
        "Tỷ lệ dân số tham gia bảo hiểm y tế trên 97%",
        "Hằng năm kết nạp 200 đảng viên trở lên",
        "Hằng năm có 90% trở lên tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ.",
    ]


def test_an_item_whose_figure_comes_first_ends_at_a_dash_before_a_capital():
    # "- Có thêm 3 trường đạt chuẩn quốc gia - Tỷ lệ trẻ em …": no figure before the dash,
    # but the item set one ("3 trường"), so the next item starts there
    text = (
        "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2022 của huyện Krông Búk\n"
        "Các chỉ tiêu chủ yếu năm 2022: * Về văn hóa – xã hội: - Tỷ lệ hộ nghèo giảm 1,5% - "
        "Giải quyết việc làm cho 2.800 lao động - Có thêm 3 trường đạt chuẩn quốc gia - Tỷ lệ "
        "trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân còn 10,8% - Tỷ lệ dân số tham gia bảo "
        "hiểm y tế 93,5%.\n"
    )
    texts = [t["text"] for t in read_resolution(text).plan["targets"]]
    assert texts[2:4] == [
        "Có thêm 3 trường đạt chuẩn quốc gia",
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân còn 10,8%",
    ]
