"""A PDF's text layer puts its page furniture between a list's items: a page number, and
the running header or footer naming the document on every page. The reader drops them,
so that the list goes on across the page and no item takes the header's words; an item
wrapped across lines stays whole (issue 14, third tuning round; invented texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

PAGE_BREAK = (
    "ĐẢNG BỘ TỈNH HÀ NAM\n"
    "ĐẢNG BỘ HUYỆN BÌNH LỤC\n"
    "Các chỉ tiêu chủ yếu đến năm 2025:\n"
    "1. Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2020 - 2025 đạt từ 9% trở\n"
    "lên.\n"
    "2. Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu\n"
    "đồng.\n"
    "3\n"
    "Báo cáo chính trị Đại hội Đảng bộ huyện Bình Lục lần thứ XXIV\n"
    "3. Tỷ lệ hộ nghèo theo chuẩn đa chiều đến năm 2025 còn dưới\n"
    "1,5%.\n"
    "4. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.\n"
)
# The footer comes back at the foot of each page; no page number stands beside it.
FOOTER = (
    "Nghị quyết Đại hội Đảng bộ xã Hòa Bình, nhiệm kỳ 2025 - 2030\n"
    "Các chỉ tiêu chủ yếu:\n"
    "- Tổng giá trị sản xuất tăng bình quân 8%/năm\n"
    "Văn kiện Đại hội Đảng bộ xã Hòa Bình nhiệm kỳ 2025 - 2030\n"
    "- Tỷ lệ hộ nghèo giảm bình quân 1%/năm\n"
    "- Tỷ lệ che phủ rừng đạt 42%\n"
    "Văn kiện Đại hội Đảng bộ xã Hòa Bình nhiệm kỳ 2025 - 2030\n"
)


def test_it_reads_a_list_on_across_a_page_number_and_a_running_header():
    targets = read_resolution(PAGE_BREAK).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2020 - 2025 đạt từ 9% trở lên.",
        "Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng.",
        "Tỷ lệ hộ nghèo theo chuẩn đa chiều đến năm 2025 còn dưới 1,5%.",
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.",
    ]
    poverty = targets[2]["metrics"][0]
    assert (poverty["comparator"], poverty["high"], poverty["unit"]) == ("<=", "1.5", "%")


def test_it_drops_a_footer_that_comes_back_on_every_page():
    targets = read_resolution(FOOTER).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tổng giá trị sản xuất tăng bình quân 8%/năm",
        "Tỷ lệ hộ nghèo giảm bình quân 1%/năm",
        "Tỷ lệ che phủ rừng đạt 42%",
    ]


def test_a_footer_that_names_its_page_is_dropped_on_its_first_showing():
    # "Nghị quyết Đại hội … - Trang 2" between items 4 and 5: page furniture, shown once
    text = (
        "Các chỉ tiêu chủ yếu:\n"
        "1. Tốc độ tăng giá trị sản xuất bình quân 11%/năm.\n"
        "2. Thu nhập bình quân đầu người đến năm 2025 đạt 65 triệu đồng.\n"
        "\n"
        "Nghị quyết Đại hội Đảng bộ huyện Sơn Hà lần thứ XXIV - Trang 2\n"
        "3. Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.\n"
        "4. Tỷ lệ che phủ rừng duy trì 52%.\n"
    )
    plan = read_resolution(text).plan
    assert [t["no"] for t in plan["targets"]] == [1, 2, 3, 4]
    assert "Trang" not in plan["title"]


def test_a_running_header_naming_the_party_and_a_years_list_after_the_terms():
    # "VĂN KIỆN ĐẠI HỘI … ĐẢNG BỘ HUYỆN …" under a page number past a blank line is the
    # page's header, not a party-building group; "II. CHỈ TIÊU NĂM 2021" heads a further list
    text = (
        "I. CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025\n"
        "1/ Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt 9 - 10%/năm.\n"
        "2/ Thu nhập bình quân đầu người đến năm 2025 đạt 58 triệu đồng.\n"
        "\n                                  - 6 -\n\n"
        "VĂN KIỆN ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN THẠCH BÀN LẦN THỨ XXV\n\n"
        "3/ Tỷ lệ che phủ rừng đạt 58%.\n"
        "4/ Kết nạp 1.000 đảng viên trở lên trong cả nhiệm kỳ.\n\n"
        "II. CHỈ TIÊU NĂM 2021\n"
        "1/ Thu ngân sách nội địa 175 tỷ đồng.\n"
        "2/ Kết nạp 210 đảng viên.\n\n"
        "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n"
        "1/ Phát triển nông nghiệp hàng hóa.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["text"][:12], t.get("group")) for t in targets] == [
        ("Tốc độ tăng ", None),
        ("Thu nhập bìn", None),
        ("Tỷ lệ che ph", None),
        ("Kết nạp 1.00", None),
        ("Thu ngân sác", None),
        ("Kết nạp 210 ", None),
    ]
