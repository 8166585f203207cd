"""A numbered list as a council's Word file or a PDF copy prints it: a page's footnote under
its rule ("____", "¹ Theo chuẩn nghèo …") and the page's number between two items; lines
wrapped at the page's width, where an item numbered "4-" starts a line of its own; a
"- Trong đó: …" line under a numbered item, a further measure of it; and "…, gấp 1,6 lần so
với năm 2020", which restates the level before it (issue 14: numbered lists, PDFs with
wrapped lines and page furniture; helper I's invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

FOOTNOTED = (
    "NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2023\n\n"
    "2. Các chỉ tiêu chủ yếu\n"
    "(1) Tốc độ tăng trưởng GRDP đạt 6,5 - 7%.\n"
    "(2) Tỷ lệ hộ nghèo giảm 3 - 3,5%¹.\n"
    "____________________\n"
    "¹ Theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 quy định tại Nghị định số "
    "07/2021/NĐ-CP.\n\n2\n\n"
    "(3) Tỷ lệ trường đạt chuẩn quốc gia đạt 55%.\n"
    "(4) Tỷ lệ tiêm chủng mở rộng cho trẻ em đạt 95%.\n"
    "3. Nhiệm vụ, giải pháp chủ yếu\n"
)

WRAPPED = (
    "Đại hội đại biểu Đảng bộ thị xã Sơn Hòa lần thứ XVIII, nhiệm kỳ 2020 - 2025 họp từ ngày 20\n"
    "đến ngày 22 tháng 7 năm 2020, sau khi thảo luận các văn kiện do Ban Chấp hành Đảng bộ thị xã\n"
    "khóa XVII trình, QUYẾT NGHỊ:\n"
    "2. Các chỉ tiêu chủ yếu đến năm 2025\n"
    "1- Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021 - 2025 đạt 12 - 13%/năm,\n"
    "trong đó công nghiệp - xây dựng tăng bình quân 15%/năm và dịch vụ tăng 13%/năm trở lên.\n"
    "2- Thu nhập bình quân đầu người đến năm 2025 đạt 75 triệu đồng, gấp 1,6 lần so với năm 2020.\n"
    "3- Tổng thu ngân sách nhà nước năm 2025 đạt 520 tỷ đồng; tổng vốn đầu tư phát triển toàn xã\n"
    "hội giai đoạn 2021 - 2025 đạt 14.000 tỷ đồng, tăng bình quân 10%/năm so với giai đoạn trước.\n"
    "4- Tỷ lệ lao động qua đào tạo đạt 80%.\n"
    "   - Trong đó: qua đào tạo nghề đạt 28%.\n"
    "5- Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn dưới 1%.\n"
    "3. Nhiệm vụ trọng tâm\n"
)


def test_a_footnote_and_a_page_number_between_items_are_left_out():
    targets = read_resolution(FOOTNOTED).plan["targets"]
    assert [t["text"][:18] for t in targets] == [
        "Tốc độ tăng trưởng",
        "Tỷ lệ hộ nghèo giả",
        "Tỷ lệ trường đạt c",
        "Tỷ lệ tiêm chủng m",
    ]


def test_wrapped_items_numbered_with_a_dash_stay_apart():
    targets = read_resolution(WRAPPED).plan["targets"]
    assert [t["text"][:12] for t in targets] == [
        "Tốc độ tăng ",
        "Thu nhập bìn",
        "Tổng thu ngâ",
        "Tỷ lệ lao độ",
        "Tỷ lệ hộ ngh",
    ]


def test_a_ratio_to_the_base_year_restates_the_level():
    income = read_resolution(WRAPPED).plan["targets"][1]["metrics"]
    assert [(m["low"], m["unit"]) for m in income] == [("75", "triệu đồng")]


def test_a_ratio_to_the_base_year_without_so_voi_restates_it_too():
    # "…, gấp 1,6 lần năm 2020" (no "so với"): as the labellers read it (sixteenth round)
    text = WRAPPED.replace("lần so với", "lần").replace("lần\nnăm 2020", "lần năm\n2020")
    assert "gấp 1,6 lần so với" not in text
    income = read_resolution(text).plan["targets"][1]["metrics"]
    assert [(m["low"], m["unit"]) for m in income] == [("75", "triệu đồng")]


def test_of_which_under_a_numbered_item_is_its_further_measure():
    trained = read_resolution(WRAPPED).plan["targets"][3]
    assert trained["text"] == "Tỷ lệ lao động qua đào tạo đạt 80%."
    assert [m["low"] for m in trained["metrics"]] == ["80", "28"]
