"""A council's year plan saved from Word with its table: the header's "Kế hoạch năm 2024"
spans a second header row ("Tỉnh giao | Thị xã phấn đấu"), so a row has one cell more than
the first header row. The labelling guide labels the first target column; the rows after a
"- Trong đó:" row keep their numbers, and "Điều 3." after the table ends it (issue 14:
tables, the previous term's results beside the new targets)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2024\n"
    "HỘI ĐỒNG NHÂN DÂN THỊ XÃ PHÚ THỌ\n\n"
    "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2024\n"
    "1. Mục tiêu tổng quát: Tập trung huy động các nguồn lực đầu tư kết cấu hạ tầng đô thị.\n"
    "2. Các chỉ tiêu chủ yếu: Hội đồng nhân dân thị xã giao chỉ tiêu theo kế hoạch tỉnh giao, "
    "chi tiết tại biểu sau:\n\n"
    "STT\tChỉ tiêu\tĐVT\tƯớc thực hiện năm 2023\tKế hoạch năm 2024\t\n"
    "\t\t\t\tTỉnh giao\tThị xã phấn đấu\n"
    "A\tCHỈ TIÊU KINH TẾ\t\t\t\t\n"
    "1\tThu nhập bình quân đầu người\tTriệu đồng\t68\t72\t73\n"
    "2\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t182,6\t175\t190\n"
    "\t- Trong đó: Thu tiền sử dụng đất\tTỷ đồng\t95\t80\t90\n"
    "3\tSố doanh nghiệp thành lập mới\tDoanh nghiệp\t45\t50\t55\n"
    "B\tCHỈ TIÊU XÃ HỘI\t\t\t\t\n"
    "4\tKết nạp đảng viên mới\tĐảng viên\t42\t45 trở lên\t50\n"
    "5\tTỷ lệ hộ dân đô thị sử dụng nước sạch\t%\t99\t100\t100\n\n"
    "Điều 3. Nhiệm vụ, giải pháp chủ yếu\n"
    "Ủy ban nhân dân thị xã tập trung chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp.\n"
)


def _metrics():
    targets = read_resolution(TEXT).plan["targets"]
    return targets, [m for t in targets for m in t["metrics"]]


def test_the_first_plan_column_under_a_spanning_header_is_the_target():
    _, metrics = _metrics()
    assert [(m["name"], m["low"]) for m in metrics] == [
        ("Thu nhập bình quân đầu người", "72"),
        ("Thu ngân sách nhà nước trên địa bàn", "175"),
        ("Thu tiền sử dụng đất", "80"),
        ("Số doanh nghiệp thành lập mới", "50"),
        ("Kết nạp đảng viên mới", "45"),
        ("Tỷ lệ hộ dân đô thị sử dụng nước sạch", "100"),
    ]


def test_rows_after_a_sub_row_keep_their_numbers_and_the_next_article_ends_them():
    targets, _ = _metrics()
    assert [t["no"] for t in targets] == [1, 2, 3, 4, 5]
    assert targets[2]["text"].startswith("Số doanh nghiệp thành lập mới")
    assert "Điều 3" not in targets[-1]["text"]
    assert [t["group"] for t in targets] == ["economy"] * 3 + ["society"] * 2


def test_a_floor_written_after_the_figure_keeps_the_unit_column():
    _, metrics = _metrics()
    member = metrics[4]
    assert (member["comparator"], member["unit"]) == (">=", "đảng viên")


def test_a_groups_row_under_the_header_is_no_second_header_row():
    text = (
        "2. Thông qua các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 như sau:\n\n"
        "TT | Chỉ tiêu | Đơn vị tính | Thực hiện 2020 | Mục tiêu 2025\n"
        "I | CHỈ TIÊU VỀ KINH TẾ | | |\n"
        "1 | Thu nhập bình quân đầu người | Triệu đồng | 38,5 | 65 - 70\n"
        "2 | Thu ngân sách nhà nước | Tỷ đồng | 182 | 300\n"
        "II | CHỈ TIÊU VỀ VĂN HÓA - XÃ HỘI | | |\n"
        "3 | Tỷ lệ lao động qua đào tạo | % | 58 | 70\n"
    )
    targets = read_resolution(text).plan["targets"]
    got = [(t["group"], m["low"], m.get("high")) for t in targets for m in t["metrics"]]
    assert got == [("economy", "65", "70"), ("economy", "300", None), ("society", "70", None)]


def test_an_empty_first_plan_cell_gives_way_to_the_next_plan_column():
    # "Xã | 2 | - | 3": the province set no figure ("-"); the district's own plan sets it
    text = (
        "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024\n"
        "Các chỉ tiêu chủ yếu năm 2024:\n"
        "TT | Chỉ tiêu | ĐVT | Ước TH 2023 | KH 2024 tỉnh giao | KH 2024 huyện phấn đấu\n"
        "1 | Số xã đạt chuẩn nông thôn mới nâng cao | Xã | 9 | 12 | 13\n"
        "2 | Số xã đạt chuẩn nông thôn mới kiểu mẫu | Xã | 2 | - | 3\n"
    )
    metrics = [t["metrics"][0] for t in read_resolution(text).plan["targets"]]
    got = [(m["name"], m["kind"], m.get("low"), m["unit"]) for m in metrics]
    assert got == [
        ("Số xã đạt chuẩn nông thôn mới nâng cao", "count_of_units", "12", "xã"),
        ("Số xã đạt chuẩn nông thôn mới kiểu mẫu", "count_of_units", "3", "xã"),
    ]
