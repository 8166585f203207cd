"""A table a PDF gives one cell per line, whose long names wrap onto a second line
("Tổng vốn đầu tư phát triển toàn xã hội" / "giai đoạn 2021 - 2025") and which goes on after
a page break under its header repeated, from row 7: every row is read whole, with its name's
lines joined, its plan's figure and its group. A note's mark after a name ("Tỷ lệ hộ nghèo
(*)") is no part of the name. A planner relies on no row being lost or mixed with the next
(issue 14, fourteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEADER = "STT\nChỉ tiêu\nĐơn vị\ntính\nThực hiện\n2015 - 2020\nMục tiêu\n2021 - 2025\n"
TABLE = (
    "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THỊ XÃ BA ĐỒN NHIỆM KỲ 2020 - 2025\n"
    "2. Các chỉ tiêu chủ yếu:\n" + HEADER + "KINH TẾ\n"
    "1\nThu nhập bình quân đầu người\nTriệu đồng\n45\n75\n"
    "2\nTổng vốn đầu tư phát triển toàn xã hội\ngiai đoạn 2021 - 2025\nTỷ đồng\n9.850\n15.000\n"
    "3\nThu ngân sách nhà nước\nTỷ đồng\n265\n420\n"
    "\n14\n\nNghị quyết Đại hội đại biểu Đảng bộ thị xã Ba Đồn\n\n" + HEADER + "VĂN HÓA - XÃ HỘI\n"
    "4\nTỷ lệ hộ nghèo (*)\n%\n3,9\n1,5\n"
    "5\nTỷ lệ gia đình đạt chuẩn văn hóa\n%\n86\n90\n"
    "QUỐC PHÒNG - AN NINH\n"
    "6\nTỷ lệ xã, phường đạt tiêu chuẩn an toàn về an ninh,\ntrật tự\n%\n80\n≥ 90\n"
    "XÂY DỰNG ĐẢNG\n"
    "7\nKết nạp đảng viên mới hằng năm\nĐảng viên\n165\n180 trở lên\n"
    "Ghi chú: (*) Theo chuẩn nghèo đa chiều.\n"
)


def test_every_row_is_read_whole_across_wraps_and_the_page_break():
    targets = read_resolution(TABLE).plan["targets"]
    got = [
        (t["metrics"][0]["name"], t["metrics"][0].get("low") or t["metrics"][0].get("high"))
        for t in targets
    ]
    assert got == [
        ("Thu nhập bình quân đầu người", "75"),
        ("Tổng vốn đầu tư phát triển toàn xã hội", "15000"),
        ("Thu ngân sách nhà nước", "420"),
        ("Tỷ lệ hộ nghèo", "1.5"),
        ("Tỷ lệ gia đình đạt chuẩn văn hóa", "90"),
        ("Tỷ lệ xã, phường đạt tiêu chuẩn an toàn về an ninh, trật tự", "90"),
        ("Kết nạp đảng viên mới", "180"),  # "hằng năm" is the kind's cue
    ]


def test_rows_keep_their_groups_after_a_wrapped_row():
    targets = read_resolution(TABLE).plan["targets"]
    assert [t.get("group") for t in targets] == [
        "economy",
        "economy",
        "economy",
        "society",
        "society",
        "defence-security",
        "party-building",
    ]
