"""A year-end report says how far each figure went against the resolution ("đạt 101,4%
NQ", "đạt 100% nghị quyết"): those are results, never proposed as targets, while the next
year's targets in the same article are (issue 14: a result is never proposed as a target).
Hectares spelt out ("héc ta", "hec ta") are the unit as written."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

REPORT = (
    "Huyện Cư Jút tổng kết công tác năm 2020\n\n"
    "Về kết quả thực hiện nhiệm vụ năm 2020, tổng thu ngân sách nhà nước đạt 142,6 tỷ đồng, "
    "đạt 116,6% NQ. Chương trình xây dựng nông thôn mới bình quân mỗi xã đạt 17 tiêu chí, "
    "đạt 100% nghị quyết; trồng mới 13,2 ha rừng đạt 110% NQ; thành lập mới 02 hợp tác xã, "
    "đạt 100% NQ.\n\n"
    "Hội nghị đã thông qua một số chỉ tiêu chủ yếu của năm 2021 như: tổng diện tích gieo "
    "trồng cây ngắn ngày trên 12.900 héc ta; thu ngân sách nhà nước 141,2 tỷ đồng; tỷ lệ "
    "cứng hóa giao thông nông thôn 80,2%.\n"
)


def test_figures_measured_against_the_resolution_are_results():
    result = read_resolution(REPORT)
    texts = [t["text"] for t in result.plan["targets"]]
    assert not [t for t in texts if "NQ" in t or "nghị quyết" in t]
    assert len(texts) == 3
    assert [m["unit"] for t in result.plan["targets"] for m in t["metrics"]] == [
        "héc ta",
        "tỷ đồng",
        "%",
    ]
