"""Lists headed by their aims rather than "chỉ tiêu" ("Mục tiêu cụ thể", "*. Mục tiêu năm
2016", "Tầm nhìn đến năm 2030:") are read, each beside the others, and the items under a
heading naming its end year take that year (issue 14, third tuning round; invented texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

VISION = (
    "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH NINH THUẬN NHIỆM KỲ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu đến năm 2025:\n"
    "1. Tốc độ tăng trưởng kinh tế bình quân 8 - 8,5%/năm.\n"
    "2. GRDP bình quân đầu người đến năm 2025 đạt 3.000 USD.\n"
    "3. Tỷ lệ hộ nghèo giảm bình quân 2%/năm.\n"
    "Tầm nhìn đến năm 2030:\n"
    "1. GRDP bình quân đầu người đạt 5.000 USD.\n"
    "2. Tỷ lệ đô thị hóa đạt 50%.\n"
)
AIMS = (
    "Kế hoạch giảm nghèo bền vững của huyện Định Hóa\n"
    "2.1. Mục tiêu tổng quát\n"
    "Giảm nghèo bền vững, tạo cơ hội cho người nghèo tăng thu nhập.\n"
    "2.2. Mục tiêu cụ thể *. Mục tiêu năm 2021\n"
    "- Tỷ lệ hộ nghèo giảm 3% so với năm 2020. - Tỷ lệ che phủ rừng đạt 67%.\n"
    "- Giải quyết việc làm cho 1.000 lao động.\n"
    "*. Mục tiêu đến năm 2025\n"
    "- Tốc độ tăng trưởng kinh tế bình quân 10%/năm.\n"
    "- Thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
)


def test_a_list_headed_by_its_vision_is_read_beside_the_first_to_its_own_year():
    targets = read_resolution(VISION).plan["targets"]
    got = [(t["metrics"][0]["low"], t["metrics"][0]["end_year"]) for t in targets]
    assert got == [("8", 2025), ("3000", 2025), ("2", 2025), ("5000", 2030), ("50", 2030)]


def test_lists_headed_by_aims_are_read_and_dashes_run_on_in_a_line_are_items():
    result = read_resolution(AIMS)
    assert result.layout == "list"
    assert [t["text"] for t in result.plan["targets"]] == [
        "Tỷ lệ hộ nghèo giảm 3% so với năm 2020.",
        "Tỷ lệ che phủ rừng đạt 67%.",
        "Giải quyết việc làm cho 1.000 lao động.",
        "Tốc độ tăng trưởng kinh tế bình quân 10%/năm.",
        "Thu nhập bình quân đầu người đạt 60 triệu đồng.",
    ]
    assert result.plan["targets"][4]["metrics"][0]["end_year"] == 2025


def test_a_list_headed_by_its_direction_to_2030_is_read_beside_the_first():
    text = (
        "Nghị quyết Đại hội Đảng bộ huyện Tân Sơn lần thứ IV, nhiệm kỳ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu đến năm 2025:\n"
        "1. Thu nhập bình quân đầu người đạt 45 triệu đồng.\n"
        "2. Tỷ lệ hộ nghèo giảm bình quân 3%/năm.\n"
        "Định hướng đến năm 2030:\n"
        "- Thu nhập bình quân đầu người đạt 80 triệu đồng.\n"
        "- Tỷ lệ đô thị hóa đạt 30%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    got = [(t["metrics"][0]["low"], t["metrics"][0]["end_year"]) for t in targets]
    assert got == [("45", 2025), ("3", 2025), ("80", 2030), ("30", 2030)]
