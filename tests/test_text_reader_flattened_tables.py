"""A table of targets flattened to text, with the past results' columns beside the plan's,
gives each row's figure from the plan's column only: when its cells are apart by spaces
alone (a PDF or a page copied without its grid) and when its headers are abbreviated
("TH 2020" for thực hiện, "KH 2021" for kế hoạch) (issue 14, third tuning round; invented
texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

SPACED = (
    "Nghị quyết Đại hội Đảng bộ huyện Bắc Yên nhiệm kỳ 2020 - 2025\n"
    "Biểu các chỉ tiêu chủ yếu\n"
    "STT Chỉ tiêu Đơn vị Thực hiện 2015 Mục tiêu 2025 Ước thực hiện 2020\n"
    "1 Tốc độ tăng trưởng kinh tế bình quân %/năm 6,8 8,5 7,2\n"
    "2 Thu nhập bình quân đầu người triệu đồng 21 50 32\n"
    "3 Tỷ lệ hộ nghèo % 30,2 10 18,5\n"
)
ABBREVIATED = (
    "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2021 của huyện Lâm Bình\n"
    "Một số chỉ tiêu chủ yếu năm 2021:\n"
    "TT\tChỉ tiêu\tĐVT\tKH 2021\tTH 2020\n"
    "1\tTổng giá trị sản xuất\ttỷ đồng\t1.380\t1.250\n"
    "2\tTỷ lệ hộ nghèo\t%\t9,5\t11,2\n"
)


def _bounds(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m["name"], m.get("low"), m.get("high"), m["unit"])
        for t in read_resolution(text).plan["targets"]
        for m in t["metrics"]
    ]


def test_a_table_apart_by_spaces_is_read_from_its_plans_column():
    assert _bounds(SPACED) == [
        ("Tốc độ tăng trưởng kinh tế", "8.5", None, "%/năm"),
        ("Thu nhập bình quân đầu người", "50", None, "triệu đồng"),
        ("Tỷ lệ hộ nghèo", None, "10", "%"),
    ]
    first = read_resolution(SPACED).plan["targets"][0]
    assert first["text"] == "Tốc độ tăng trưởng kinh tế bình quân %/năm 6,8 8,5 7,2"


def test_abbreviated_headers_tell_the_plan_from_the_result():
    assert _bounds(ABBREVIATED) == [
        ("Tổng giá trị sản xuất", "1380", None, "tỷ đồng"),
        ("Tỷ lệ hộ nghèo", None, "9.5", "%"),
    ]


GROUPED = (
    "Nghị quyết Đại hội Đảng bộ huyện Đà Bắc nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu\n"
    "| TT | Chỉ tiêu | Đơn vị | Mục tiêu 2025 | Thực hiện 2020 |\n"
    "| I | Kinh tế | | | |\n"
    "| 1 | Tốc độ tăng trưởng kinh tế bình quân | % | 9 | 7,1 |\n"
    "| 2 | Thu nhập bình quân đầu người | Triệu đồng | 50 | 32 |\n"
    "| II | Xã hội | | | |\n"
    "| 3 | Tỷ lệ hộ nghèo | % | 5 | 15,2 |\n"
)


def test_a_groups_row_between_the_rows_sets_their_group_and_ends_none():
    targets = read_resolution(GROUPED).plan["targets"]
    assert [(t["text"], t.get("group")) for t in targets] == [
        # each row as the file writes it (the guide's ruling of 2/12/2026)
        ("Tốc độ tăng trưởng kinh tế bình quân | % | 9 | 7,1", "economy"),
        ("Thu nhập bình quân đầu người | Triệu đồng | 50 | 32", "economy"),
        ("Tỷ lệ hộ nghèo | % | 5 | 15,2", "society"),
    ]
