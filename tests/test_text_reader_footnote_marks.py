"""A footnote's number copied with the text ("3 - 3,5 triệu lượt[1]", from Word or a wiki)
is no figure: the measure reads as without it, while the target's text keeps it verbatim
(issue 14, eleventh tuning round; invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Các chỉ tiêu chủ yếu năm 2027:\n"
    "- Phấn đấu đón khoảng 3 - 3,5 triệu lượt khách[1], tổng thu từ du lịch 7.000 tỷ đồng.\n"
    "- Tỷ lệ che phủ rừng đạt 57%[2].\n"
)


def test_a_footnote_number_is_not_read_as_a_figure():
    plan = read_resolution(TEXT).plan
    metrics = [
        (m["comparator"], m.get("low"), m.get("high"), m["unit"])
        for t in plan["targets"]
        for m in t["metrics"]
    ]
    assert metrics == [
        ("range", "3", "3.5", "triệu lượt khách"),
        (">=", "7000", None, "tỷ đồng"),
        (">=", "57", None, "%"),
    ]


def test_the_target_text_keeps_the_footnote_mark():
    plan = read_resolution(TEXT).plan
    assert plan["targets"][1]["text"] == "Tỷ lệ che phủ rừng đạt 57%[2]."
