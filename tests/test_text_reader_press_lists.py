"""Press reports that list a congress's targets inline, as journalists write them: apart by
commas alone after "Một số chỉ tiêu chủ yếu:" (a range's dash is no bullet), and as "+ …;
+ …" after a clause on the term just past ("Nhiệm kỳ qua, thu nhập … đạt 58 triệu đồng; nhiệm
kỳ 2025 - 2030, Đại hội xác định các chỉ tiêu chủ yếu đến năm 2030:"), whose last clause sets
the targets (issue 14: press summaries, lists inline in one paragraph; helper J's invented
documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEAD = "Đại hội Đảng bộ huyện Thanh Chương lần thứ XXX, nhiệm kỳ 2020 - 2025\n\n"


def test_targets_apart_by_commas_alone_are_read_one_by_one():
    text = HEAD + (
        "Đại hội đã biểu quyết thông qua nghị quyết với 20 chỉ tiêu. Một số chỉ tiêu chủ yếu: "
        "tốc độ tăng trưởng kinh tế bình quân đạt 9 - 10%/năm, thu nhập bình quân đầu người đến "
        "năm 2025 đạt 60 - 65 triệu đồng, tỷ lệ chất thải rắn được thu gom, xử lý đạt 90%, kết "
        "nạp 1.000 đảng viên trở lên.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [[(m["low"], m.get("high")) for m in t["metrics"]] for t in targets] == [
        [("9", "10")],
        [("60", "65")],
        [("90", None)],
        [("1000", None)],
    ]
    assert targets[2]["text"] == "tỷ lệ chất thải rắn được thu gom, xử lý đạt 90%"


def test_the_last_clause_of_a_heading_says_whether_it_sets_targets():
    text = (
        "ĐẠI HỘI ĐẢNG BỘ XÃ HƯNG NGUYÊN NAM LẦN THỨ I: KHÁT VỌNG XÂY DỰNG VÙNG QUÊ ĐÁNG SỐNG\n\n"
        "22/07/2025 14:30\n\n"
        "Ngày 21/7, Đảng bộ xã Hưng Nguyên Nam tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 "
        "- 2030 với sự tham dự của 200 đại biểu chính thức.\n\n"
        "Nhiệm kỳ qua, thu nhập bình quân đầu người đạt 58 triệu đồng, tỷ lệ hộ nghèo còn 0,9%; "
        "nhiệm kỳ 2025 - 2030, Đại hội xác định các chỉ tiêu chủ yếu đến năm 2030: + Giá trị sản "
        "xuất tăng bình quân hằng năm từ 9% trở lên; + Tỷ lệ hộ cận nghèo dưới 2%; + Hằng năm giao "
        "quân đạt 100% chỉ tiêu; + Trồng mới "
        "120 ha rừng tập trung.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Giá trị sản xuất tăng bình quân hằng năm từ 9% trở lên;",
        "Tỷ lệ hộ cận nghèo dưới 2%;",
        "Hằng năm giao quân đạt 100% chỉ tiêu;",
        "Trồng mới 120 ha rừng tập trung.",
    ]
