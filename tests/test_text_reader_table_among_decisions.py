"""A resolution's decisions numbered 1., 2., 3. …, the targets in a table under one of them:
the table's rows are the targets, not the decisions around it. A page's lead that mentions
"bảng các chỉ tiêu chủ yếu kèm theo", a decision naming only years ("nhiệm kỳ 2015 - 2020")
and a table header with a results column ("Thực hiện năm 2020") all name "chỉ tiêu" or hold
digits; the table's header heads the list, years are no figures, and the decision after the
table ends it (issue 14, twelfth round; from a document invented by a helper)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution
from tests.textread_cases import first_lows

TEXT = """Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đắk Nông lần thứ XII, nhiệm kỳ 2020 - 2025

(ĐNO) - Báo Đắk Nông giới thiệu toàn văn Nghị quyết Đại hội và bảng các chỉ tiêu chủ yếu kèm theo.

QUYẾT NGHỊ:

1. Đại hội tán thành đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2015 - 2020.

2. Đại hội thông qua mục tiêu tổng quát: Xây dựng Đảng bộ trong sạch, vững mạnh.

3. Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 (bảng kèm theo):

Chỉ tiêu | Đơn vị tính | Thực hiện năm 2020 | Mục tiêu đến năm 2025
I. KINH TẾ
GRDP bình quân đầu người | triệu đồng | 50,2 | 80
Kim ngạch xuất khẩu | triệu USD | 620 | ≥ 1.000
II. XÃ HỘI
Tỷ lệ lao động qua đào tạo | % | 53 | 62

4. Đại hội thông qua Báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ 2015 - 2020.
"""


def test_the_tables_rows_are_the_targets():
    targets = read_resolution(TEXT).plan["targets"]
    got = [(t["metrics"][0]["name"], t["metrics"][0]["low"], t.get("group")) for t in targets]
    assert got == [
        ("GRDP bình quân đầu người", "80", "economy"),
        ("Kim ngạch xuất khẩu", "1000", "economy"),
        ("Tỷ lệ lao động qua đào tạo", "62", "society"),
    ]
    assert "Đại hội thông qua" not in targets[-1]["text"]


LIST_AMONG_DECISIONS = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH QUẢNG BÌNH, NHIỆM KỲ 2020 – 2025
3. Các chỉ tiêu chủ yếu nhiệm kỳ 2020 – 2025
VỀ KINH TẾ
1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 7 – 7,5%.
2) GRDP bình quân đầu người đến năm 2025 đạt 70 – 75 triệu đồng.
VỀ XÂY DỰNG ĐẢNG
1) Kết nạp mới 7.500 đảng viên trở lên.
4. Để thực hiện thắng lợi các mục tiêu, chỉ tiêu trên, Đại hội xác định 5 nhóm nhiệm vụ.
5. Giao Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động thực hiện Nghị quyết.
"""


def test_the_decisions_after_a_list_end_it():
    """ "4. Để thực hiện thắng lợi các chỉ tiêu trên …", "5. Giao Ban Chấp hành …": the
    resolution's next decisions, numbered on from the list's heading, are not its items."""
    assert first_lows(LIST_AMONG_DECISIONS) == ["7", "70", "7500"]
