"""An inline list is cut into its items wherever its markers number a run 1, 2, 3 … in turn:
after a heading that ends without a stop ("… NĂM 2026 1. Tổng sản phẩm …"), with "1)" or
"(1)" markers, items in lower case, and group headings without a colon ("* Về kinh tế")
between the items (issue 14, ninth tuning round; invented texts)."""

from __future__ import annotations

from chitieu.textread.inline import expand
from chitieu.textread.reader import read_resolution
from tests.textread_cases import grouped_bounds as bounds


def test_a_heading_without_a_stop_leads_a_run_of_numbered_items():
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026 1. Tổng sản phẩm trên địa bàn tăng từ 8,5% trở lên "
        "2. Thu nhập bình quân đầu người đạt 62 triệu đồng 3. Tỷ lệ che phủ rừng đạt 45%"
    )
    assert bounds(text) == [
        (None, "Tổng sản phẩm trên địa bàn", ">=", "8.5", "None"),
        (None, "Thu nhập bình quân đầu người", ">=", "62", "None"),
        (None, "Tỷ lệ che phủ rừng", ">=", "45", "None"),
    ]


def test_items_in_lower_case_after_parenthesised_numbers():
    text = (
        "Đại hội Đảng bộ xã Hòa Bình lần thứ XV, nhiệm kỳ 2025 - 2030 đã thông qua các chỉ tiêu "
        "chủ yếu gồm: 1) tốc độ tăng trưởng kinh tế bình quân 8%/năm; 2) thu nhập bình quân "
        "đầu người đến năm 2030 đạt 75 triệu đồng; 3) tỷ lệ hộ nghèo đến năm 2030 còn dưới 1,5%."
    )
    assert bounds(text) == [
        (None, "Tốc độ tăng trưởng kinh tế", ">=", "8", "None"),
        (None, "Thu nhập bình quân đầu người", ">=", "75", "None"),
        (None, "Tỷ lệ hộ nghèo", "<=", "None", "1.5"),
    ]


def test_group_headings_without_a_colon_between_inline_items():
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 * Về kinh tế (1) Tốc độ tăng trưởng giá trị "
        "sản xuất bình quân đạt 9%/năm (2) Thu nhập bình quân đầu người đến năm 2030 đạt 80 "
        "triệu đồng * Về xã hội (3) Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm (4) Tỷ lệ lao động "
        "qua đào tạo đạt 75%"
    )
    assert bounds(text) == [
        ("economy", "Tốc độ tăng trưởng giá trị sản xuất", ">=", "9", "None"),
        ("economy", "Thu nhập bình quân đầu người", ">=", "80", "None"),
        ("society", "Tỷ lệ hộ nghèo", ">=", "1.5", "None"),
        ("society", "Tỷ lệ lao động qua đào tạo", ">=", "75", "None"),
    ]


def test_dashed_labels_in_one_paragraph_cut_before_their_dash_and_items_stay_whole():
    text = (
        "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030) - Về kinh tế: (1) Thu nhập bình quân đầu "
        "người đến năm 2030: 60 triệu đồng/năm. (2) Số thôn đạt chuẩn nông thôn mới: 05 thôn. "
        "- Về văn hóa – xã hội: (3) Tỷ lệ lao động qua đào tạo: trên 30%. (4) Tỷ lệ thôn văn "
        "hóa: 100%; hộ gia đình văn hóa: 85%. Cơ quan, trường học văn hóa: 100%. - Về quốc "
        "phòng - an ninh: (5) Tuyển chọn, gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu."
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["text"], t.get("group"), len(t["metrics"])) for t in targets] == [
        ("Thu nhập bình quân đầu người đến năm 2030: 60 triệu đồng/năm.", "economy", 1),
        ("Số thôn đạt chuẩn nông thôn mới: 05 thôn.", "economy", 1),
        ("Tỷ lệ lao động qua đào tạo: trên 30%.", "society", 1),
        (
            "Tỷ lệ thôn văn hóa: 100%; hộ gia đình văn hóa: 85%. Cơ quan, trường học văn hóa: "
            "100%.",
            "society",
            3,
        ),
        ("Tuyển chọn, gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu.", "defence-security", 1),
    ]


def test_numbers_out_of_turn_or_a_lone_pair_cut_nothing():
    for line in (
        "Năm 2020 có 12 xã đạt chuẩn 1. Xã Tân Hòa đạt 19 tiêu chí 3. Xã Yên Lạc đạt 15 tiêu chí",
        "Tổng diện tích gieo trồng đạt 3.830 ha 1. Lúa nước 40 ha 2. Ngô lai 2.700 ha",
    ):
        assert expand([line]) == [line]


def test_a_letter_outside_the_vietnamese_alphabet_numbers_no_run():
    # "f)", "j)", "w)", "z)" are no markers of a Vietnamese list; they once made the run's
    # count look the letter up in the alphabet and fail
    line = "Các chỉ tiêu: a) Tăng 5% b) Giảm 3% f) Khác 2% z) Thêm 1%"
    assert expand([line]) == ["Các chỉ tiêu:", "a) Tăng 5%", "b) Giảm 3% f) Khác 2% z) Thêm 1%"]


def test_an_inline_list_ends_where_how_it_is_reached_begins():
    # "… k) …. Để đạt được các chỉ tiêu trên, Đảng bộ …": the tasks are no part of item k
    text = (
        "Nghị quyết Đại hội Đảng bộ phường Đông Vĩnh nhiệm kỳ 2020 - 2025\n"
        "Chỉ tiêu cụ thể: a) Tổng giá trị sản xuất tăng bình quân 10,5 - 11%/năm; b) Thu nhập "
        "bình quân đầu người đến năm 2025 đạt 85 - 90 triệu đồng; c) Hằng năm kết nạp 10 đảng "
        "viên trở lên. Để đạt được các chỉ tiêu trên, Đảng bộ phường tập trung thực hiện tốt các "
        "nhiệm vụ: phát triển thương mại, dịch vụ; giữ vững an ninh chính trị.\n"
    )
    texts = [t["text"] for t in read_resolution(text).plan["targets"]]
    assert texts[-1] == "Hằng năm kết nạp 10 đảng viên trở lên."
    assert len(texts) == 3


def test_an_inline_list_broken_over_paragraphs_goes_on_from_its_number():
    # the second paragraph opens at "5-": its items run on from there, one target each
    text = (
        "Đại hội thống nhất các chỉ tiêu chủ yếu đến năm 2030: 1- Tốc độ tăng trưởng kinh tế "
        "bình quân 8%/năm. 2- Thu nhập bình quân đầu người đạt 90 triệu đồng. 3- Tỷ lệ đô thị "
        "hóa đạt 35%. 4- Tỷ lệ hộ nghèo giảm bình quân 1%/năm.\n"
        "5- Tỷ lệ lao động qua đào tạo đạt 75%. 6- Số bác sĩ/vạn dân đạt 13 bác sĩ. 7- Tỷ lệ "
        "che phủ rừng duy trì 60%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["no"] for t in targets] == [1, 2, 3, 4, 5, 6, 7]
    assert targets[4]["text"] == "Tỷ lệ lao động qua đào tạo đạt 75%."
    # a line of one later item and one further marker is no run: "9- … 10 - 11%" stays whole
    line = "9- Tỷ lệ tăng dân số tự nhiên khoảng 1%. 10- Tỷ lệ hộ nghèo giảm 2%"
    assert expand([line]) == [line]


def test_a_run_resumed_after_a_quotation_paragraph_under_a_counted_field():
    # "(1) … (3)" then a reporter's paragraph, then "Về môi trường có 2 chỉ tiêu: (4) …":
    # the run goes on at its number, in the field the heading counts (sixteenth round)
    text = (
        "Đại hội xác định 5 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030.\n\n"
        "Về kinh tế có 3 chỉ tiêu: (1) tốc độ tăng trưởng kinh tế bình quân đạt 10%; (2) thu "
        "nhập bình quân đầu người đạt 120 triệu đồng; (3) tỷ lệ đô thị hóa đạt 40%.\n\n"
        "Theo đồng chí Bí thư, các chỉ tiêu trên được xây dựng trên cơ sở kết quả nhiệm kỳ "
        "qua, khi tăng trưởng bình quân ước đạt 7,8%/năm.\n\n"
        "Về môi trường có 2 chỉ tiêu: (4) tỷ lệ che phủ rừng duy trì 42%; (5) tỷ lệ chất thải "
        "rắn sinh hoạt được thu gom, xử lý đạt 98%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["no"], t.get("group")) for t in targets] == [
        (1, "economy"),
        (2, "economy"),
        (3, "economy"),
        (4, "environment"),
        (5, "environment"),
    ]


def test_a_list_going_on_after_a_lead_in_sentence_and_its_colon():
    # "… 6. …. / Cùng với đó, Nghị quyết đặt mục tiêu: 7. … 8. … 9. …": one list of nine
    text = (
        "Đại hội thống nhất đề ra 9 chỉ tiêu chủ yếu nhiệm kỳ 2015 - 2020, đó là: 1. Tổng giá "
        "trị sản xuất tăng bình quân 13%/năm; 2. Thu nhập bình quân đầu người đạt 40 triệu "
        "đồng; 3. Sản lượng hải sản đạt 9.500 tấn/năm; 4. Tổng vốn đầu tư khoảng 450 tỷ đồng; "
        "5. Giải quyết việc làm cho 1.200 lao động; 6. Tỷ lệ đô thị hóa đạt 20%.\n"
        "Cùng với đó, Nghị quyết đặt mục tiêu: 7. Tỷ lệ hộ nghèo giảm còn dưới 5%; 8. 100% trẻ "
        "em được tiêm chủng đầy đủ; 9. Hằng năm kết nạp 15 - 20 đảng viên.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["no"] for t in targets] == list(range(1, 10))
    assert targets[6]["text"] == "Tỷ lệ hộ nghèo giảm còn dưới 5%;"


def test_the_last_item_ends_where_the_report_goes_on():
    # a quotation, or sentences without a figure after the last item, are no part of it;
    # a further sentence with a figure is
    text = (
        "Đại hội đề ra các chỉ tiêu chủ yếu: 1. Tốc độ tăng trưởng bình quân 8%/năm. 2. Tỷ lệ "
        "hộ nghèo giảm còn dưới 2%. 3. Xây dựng Đảng bộ trong sạch, vững mạnh. “Đây là những "
        "chỉ tiêu có tính khả thi”, đồng chí Bí thư nhấn mạnh.\n"
    )
    assert read_resolution(text).plan["targets"][2]["text"] == (
        "Xây dựng Đảng bộ trong sạch, vững mạnh."
    )
    report = text.replace("“Đây là những chỉ tiêu có tính khả thi”, đồng chí", "Đồng chí")
    assert read_resolution(report).plan["targets"][2]["text"] == (
        "Xây dựng Đảng bộ trong sạch, vững mạnh."
    )
    own = text.replace(
        "“Đây là những chỉ tiêu có tính khả thi”, đồng chí Bí thư nhấn mạnh.",
        "Cơ quan văn hóa: 100%.",
    )
    assert read_resolution(own).plan["targets"][2]["text"] == (
        "Xây dựng Đảng bộ trong sạch, vững mạnh. Cơ quan văn hóa: 100%."
    )


def test_a_range_after_a_colon_does_not_break_the_run():
    # "… quốc doanh : 10- 12%" looks like an item "10-" after a colon; the run 1/, 2/, 3/
    # goes on past it (it had stopped at "1/", leaving 2/ and 3/ inside the last dash)
    line = (
        "Thông qua các chỉ tiêu sau đây: 1/ Tốc độ tăng trưởng bình quân hàng năm: - Công "
        "nghiệp: 10-12% - Công nghiệp quốc doanh : 10- 12% 2/ Từ năm 1991 đến 1995 giải quyết "
        "được 20.000 lao động có việc làm. 3/ Từ năm 1993 trở đi đảm bảo tỷ lệ tăng dân số là 1,30%"
    )
    pieces = expand([line])
    assert [p[:9] for p in pieces if p[:1] in "23"] == ["2/ Từ năm", "3/ Từ năm"]
