"""The review page shades the target list where it stands in the text, a table's too when
its header was published one cell per line (the reader rebuilds "TT | Chỉ tiêu | …" from
those lines, a header no line of the text holds)."""

from __future__ import annotations

from chitieu.web.plans.source import list_span

TABLE = """Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh Cao Bằng.
Điều 1. Thông qua kế hoạch năm 2026 với những nội dung sau.

TT

Chỉ tiêu

Đơn vị

Kế hoạch năm 2026

1

Tốc độ tăng trưởng kinh tế (GRDP)

%

8

2

Tỷ lệ che phủ rừng

%

56

Nơi nhận: Thường trực Tỉnh ủy.
"""


def test_a_table_published_cell_by_cell_is_shaded_from_its_first_cell():
    start, end = list_span(TABLE)
    assert TABLE[start:].startswith("TT\n")
    assert TABLE[:end].rstrip().endswith("56")
