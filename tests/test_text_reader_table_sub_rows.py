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
