"""A table published one cell per line keeps its figures in their rows, and its "- Trong
đó: …" rows are further measures of the row above, flagged for the office to decide
whether they count toward the target (issue 14)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

# One cell per line, rows numbered "1.", "2." …, a sub-row under row 2.
DOTTED = "\n".join(
    [
        "Các chỉ tiêu chủ yếu năm 2024",
        "TT",
        "Chỉ tiêu",
        "Đơn vị",
        "Kế hoạch năm 2024",
        "Ước thực hiện năm 2024",
        "1.",
        "Tỷ lệ che phủ rừng",
        "%",
        "45",
        "44,8",
        "2.",
        "Tỷ lệ lao động qua đào tạo",
        "%",
        "70",
        "68",
        "- Trong đó: Tỷ lệ có bằng cấp, chứng chỉ",
        "%",
        "30",
        "29",
        "3.",
        "Số bác sĩ trên 1 vạn dân",
        "bác sĩ",
        "12",
        "11,5",
    ]
)
# Rows numbered bare ("1", "2" …): a figure such as "5" in row 3 is a cell, not row 5.
BARE = "\n".join(
    [
        "Các chỉ tiêu chủ yếu năm 2024",
        "Stt",
        "Chỉ tiêu",
        "Kế hoạch năm 2024",
        "Ước thực hiện năm 2024",
        "1",
        "Tỷ lệ hộ nghèo (%)",
        "1,5",
        "2,3",
        "2",
        "Tỷ lệ che phủ rừng (%)",
        "45",
        "44",
        "3",
        "Số xã đạt chuẩn nông thôn mới (xã)",
        "5",
        "4",
    ]
)


def bounds(plan: dict) -> list[list[tuple]]:  # type: ignore[type-arg]
    return [
        [(m["name"], m.get("low"), m.get("high"), m["unit"]) for m in t["metrics"]]
        for t in plan["targets"]
    ]


def test_it_reads_a_trong_do_row_as_a_second_measure_of_the_row_above():
    result = read_resolution(DOTTED)
    assert bounds(result.plan) == [
        [("Tỷ lệ che phủ rừng", "45", None, "%")],
        [
            ("Tỷ lệ lao động qua đào tạo", "70", None, "%"),
            ("Tỷ lệ có bằng cấp, chứng chỉ", "30", None, "%"),
        ],
        [("Số bác sĩ trên 1 vạn dân", "12", None, "bác sĩ/vạn dân")],
    ]
    assert [t["no"] for t in result.plan["targets"]] == [1, 2, 3]


def test_it_flags_the_trong_do_measure_for_the_office():
    result = read_resolution(DOTTED)
    second = [p for p in result.proposals if p.target == 2]
    assert [[n.code for n in p.notes] for p in second] == [[], ["doubt.of_which"]]


def test_it_keeps_a_figure_that_looks_like_a_row_number_in_its_row():
    assert bounds(read_resolution(BARE).plan) == [
        [("Tỷ lệ hộ nghèo", None, "1.5", "%")],
        [("Tỷ lệ che phủ rừng", "45", None, "%")],
        [("Số xã đạt chuẩn nông thôn mới", "5", None, "xã")],
    ]


def test_a_dash_in_the_stt_column_marks_the_trong_do_row():
    # "-\tTrong đó: …" (tabs) and "-" / "Trong đó: …" (one cell per line): the row's further
    # measure, no target of its own
    tabs = (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN TÂN LẠC NHIỆM KỲ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu:\n"
        "STT\tChỉ tiêu\tĐơn vị\tThực hiện 2020\tMục tiêu 2025\n"
        "1\tTỷ lệ lao động qua đào tạo\t%\t62\t75\n"
        "-\tTrong đó: có bằng cấp, chứng chỉ\t%\t24\t32\n"
        "2\tTỷ lệ hộ nghèo\t%\t5\t2\n"
    )
    cells = (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN TÂN LẠC NHIỆM KỲ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu:\n"
        "STT\nChỉ tiêu\nĐơn vị\nThực hiện 2020\nMục tiêu 2025\n"
        "1\nTổng thu ngân sách nhà nước trên địa bàn\nTriệu đồng\n21.500\n24.000\n"
        "-\nTrong đó: Thu tiền sử dụng đất\nTriệu đồng\n12.000\n13.500\n"
        "2\nTỷ lệ hộ nghèo\n%\n5\n2\n"
    )
    for text, first in ((tabs, ["75", "32"]), (cells, ["24000", "13500"])):
        targets = read_resolution(text).plan["targets"]
        assert len(targets) == 2
        assert [m.get("low") for m in targets[0]["metrics"]] == first
