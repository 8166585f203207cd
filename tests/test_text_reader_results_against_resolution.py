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


def test_a_heading_of_results_after_a_striving_sentence_reports_results():
    text = (
        "NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ huyện Mường Khoa lần thứ XXI, nhiệm kỳ 2015 - 2020"
        "\n\n1. Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2010 - 2015\n"
        "Đảng bộ và Nhân dân trong huyện đã đoàn kết, nỗ lực phấn đấu, đạt và vượt 12/16 chỉ "
        "tiêu chủ yếu. Kết quả thực hiện một số chỉ tiêu chủ yếu:\n"
        "1- Tốc độ tăng trưởng kinh tế bình quân đạt 11,2%/năm (Nghị quyết đề ra 12 - 13%).\n"
        "2- Tỷ lệ che phủ rừng đạt 41,2%.\n"
        "3- 5 năm kết nạp 642 đảng viên.\n\n"
        "2. Phương hướng, mục tiêu nhiệm kỳ 2015 - 2020\n"
        "Các chỉ tiêu chủ yếu đến năm 2020:\n"
        "1/ Tốc độ tăng trưởng kinh tế bình quân hằng năm đạt 12% trở lên.\n"
        "2/ Tỷ lệ che phủ rừng đến năm 2020 đạt 46%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [m["low"] for t in targets for m in t["metrics"]] == ["12", "46"]
