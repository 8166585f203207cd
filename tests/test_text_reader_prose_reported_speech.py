"""Targets told by someone, or promised, are read as the text sets them.

Press reports let an official speak: "Báo cáo tại đại hội, ông X, Chủ tịch UBND xã, cho biết
xã phấn đấu …", "Xã cũng cam kết đào tạo nghề cho ít nhất 2.000 lao động, tạo 5.800 việc làm
mới". A planner relies on these being proposed with the target's own words as text and name,
the actions summed over the term, and on "mô hình chính quyền địa phương 2 cấp" and a page's
date stamp being no figure nor part of the title.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """TP.HCM: Bà Lê Thị B làm Bí thư xã Hóc Môn 19/08/2025 17:08

Đại hội Đảng bộ xã Hóc Môn lần thứ I, nhiệm kỳ 2025-2030 diễn ra ngày 19-8.

Báo cáo tại đại hội, ông Trần Văn C, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, cho biết xã phấn \
đấu tốc độ tăng tổng giá trị sản phẩm bình quân đạt 10%/năm. Xã tích cực triển khai vận hành \
mô hình chính quyền địa phương 2 cấp. Xã cũng cam kết đào tạo nghề cho ít nhất 2.000 lao \
động, tạo 5.800 việc làm mới. Song song đó, xã đặt chỉ tiêu 100% dịch vụ công trực tuyến \
được vận hành hiệu quả.
"""


def test_it_reads_what_is_told_and_promised() -> None:
    plan = read_resolution(TEXT).plan
    assert plan["title"] == "TP.HCM: Bà Lê Thị B làm Bí thư xã Hóc Môn"
    assert [t["text"] for t in plan["targets"]] == [
        "xã phấn đấu tốc độ tăng tổng giá trị sản phẩm bình quân đạt 10%/năm",
        "Xã cũng cam kết đào tạo nghề cho ít nhất 2.000 lao động, tạo 5.800 việc làm mới",
        "100% dịch vụ công trực tuyến được vận hành hiệu quả",
    ]
    promised = [(m["name"], m["kind"]) for m in plan["targets"][1]["metrics"]]
    assert promised == [
        ("Đào tạo nghề cho lao động", "cumulative_over_term"),
        ("Tạo việc làm mới", "cumulative_over_term"),
    ]
