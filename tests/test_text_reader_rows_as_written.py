"""A table row the file writes on one line keeps its text as written, bars and tabs between
its cells, after its STT cell ("Tỷ lệ hộ nghèo | % | 3,12 | Giảm 1"); a row put together
from cells one a line (a PDF's table) reads with its cells apart by spaces. A planner who
checks a proposed target against the document finds the row as it stands there (the
labelling guide's ruling of 2/12/2026; issue 14, fourteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

BARS = """NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024
Các chỉ tiêu chủ yếu năm 2024:
TT | Chỉ tiêu | ĐVT | Ước TH 2023 | KH 2024
1 | Tổng sản lượng lương thực | Tấn | 128.500 | 128.000
2 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 91,8 | 93,5
"""

TABS = (
    "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024\n"
    "Các chỉ tiêu chủ yếu năm 2024:\n"
    "STT\tChỉ tiêu\tĐơn vị\tThực hiện 2023\tKế hoạch 2024\n"
    "1\tTốc độ tăng trưởng GRDP\t%\t6,1\t7 - 7,5\n"
    "2\tGRDP bình quân đầu người\tTriệu đồng\t72,4\t80\n"
)

CELLS = """NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024
Các chỉ tiêu chủ yếu năm 2024:
STT
Chỉ tiêu
Đơn vị
Thực hiện 2023
Kế hoạch 2024
1
Tổng sản lượng lương thực
Tấn
128.500
128.000
2
Tỷ lệ dân số tham gia bảo hiểm y tế
%
91,8
93,5
"""


def _texts(text):
    return [t["text"] for t in read_resolution(text).plan["targets"]]


def test_a_row_on_one_line_keeps_its_bars():
    assert _texts(BARS) == [
        "Tổng sản lượng lương thực | Tấn | 128.500 | 128.000",
        "Tỷ lệ dân số tham gia bảo hiểm y tế | % | 91,8 | 93,5",
    ]


def test_a_row_on_one_line_keeps_its_tabs():
    assert _texts(TABS) == [
        "Tốc độ tăng trưởng GRDP\t%\t6,1\t7 - 7,5",
        "GRDP bình quân đầu người\tTriệu đồng\t72,4\t80",
    ]


def test_a_row_of_cells_one_a_line_reads_with_spaces():
    assert _texts(CELLS) == [
        "Tổng sản lượng lương thực Tấn 128.500 128.000",
        "Tỷ lệ dân số tham gia bảo hiểm y tế % 91,8 93,5",
    ]


def test_the_row_as_written_changes_no_figure():
    metrics = [t["metrics"][0] for t in read_resolution(BARS).plan["targets"]]
    assert [(m["low"], m["unit"]) for m in metrics] == [("128000", "tấn"), ("93.5", "%")]


def test_a_bullets_label_and_figure_apart_by_a_tab_keep_the_tab():
    text = (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH NAM ĐỊNH NHIỆM KỲ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu đến năm 2025:\n"
        "- Tăng trưởng kinh tế (GRDP):\tbình quân 7 - 7,5%/năm.\n"
        "- Tỷ lệ che phủ rừng:\t50% trở lên.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tăng trưởng kinh tế (GRDP):\tbình quân 7 - 7,5%/năm.",
        "Tỷ lệ che phủ rừng:\t50% trở lên.",
    ]
    # "bình quân" before the figure is the kind's cue: the label names the measure
    assert targets[0]["metrics"][0]["name"] == "Tăng trưởng kinh tế (GRDP)"
