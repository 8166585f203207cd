"""How press articles say a body set its targets: "Đảng bộ xã đã đề ra 18 chỉ tiêu cụ
thể, trong đó …" sets them ("đã" here is no past result), "lao động đã qua đào tạo" is an
indicator, "Huyện X cũng phấn đấu mức thu nhập …" is one target whose name leaves the
district out, and "Năm 2019, tỉnh X đề ra 26 chỉ tiêu" is the plan of 2019 even when an
earlier year is mentioned before it. "trên GRDP" is part of a name, not a floor. An office
relies on these targets being proposed, named and dated. Invented texts."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution
from tests.textread_cases import read_metrics

CONGRESS = (
    "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ HÒA BÌNH LẦN THỨ NHẤT NHIỆM KỲ 2025 – 2030\n\n"
    "Tại Đại hội, Đảng bộ xã đã đề ra 18 chỉ tiêu cụ thể, trong đó, tốc độ tăng tổng giá "
    "trị sản phẩm trên địa bàn bình quân 10%/năm; thu nhập bình quân đầu người đạt 75 triệu "
    "đồng/năm. Trong đó: Tỷ lệ lao động đã qua đào tạo có bằng cấp, chứng chỉ 37% trở lên; "
    "Tỷ lệ bao phủ bảo hiểm y tế 97% trở lên.\n"
)
DISTRICT = (
    "Huyện Hòa Bình đặt mục tiêu mới\n\n"
    "Năm 2020, thu nhập bình quân đầu người ước đạt 61,2 triệu đồng. Huyện Hòa Bình cũng "
    "phấn đấu mức thu nhập bình quân đầu người đạt 95 triệu đồng/người/năm vào năm 2025.\n"
)
YEAR = (
    "Tỉnh Hòa Bình: tăng trưởng cao\n\n"
    "Tốc độ tăng trưởng ước đạt 10,36% (kế hoạch là 9,4%, năm 2017 tăng 9,53%). "
    "Năm 2019, tỉnh Hòa Bình đề ra 26 chỉ tiêu. Trong đó, có các chỉ tiêu quan trọng như: "
    "Tốc độ tăng trưởng kinh tế đạt 9,6%; tỷ lệ đầu tư xã hội trên GRDP đạt 31 – 32%.\n"
)


def test_it_proposes_the_targets_a_congress_has_set():
    assert [(m["name"], m["low"]) for m in read_metrics(CONGRESS)] == [
        ("Tốc độ tăng tổng giá trị sản phẩm trên địa bàn", "10"),
        ("Thu nhập bình quân đầu người", "75"),
        ("Tỷ lệ lao động đã qua đào tạo có bằng cấp, chứng chỉ", "37"),
        ("Tỷ lệ bao phủ bảo hiểm y tế", "97"),
    ]


def test_it_names_a_districts_single_target_without_the_district():
    plan = read_resolution(DISTRICT).plan
    (target,) = plan["targets"]
    assert target["text"].startswith("Huyện Hòa Bình cũng phấn đấu")
    assert target["metrics"][0]["name"] == "Mức thu nhập bình quân đầu người"


def test_it_dates_a_year_plan_by_the_year_that_sets_it():
    plan = read_resolution(YEAR).plan
    assert (plan["start_year"], plan["end_year"]) == (2019, 2019)


def test_it_keeps_a_share_of_grdp_in_the_name():
    names = [m["name"] for m in read_metrics(YEAR)]
    assert "Tỷ lệ đầu tư xã hội trên GRDP" in names


ON_RESULTS = (
    "Xã Sơn Dương đặt mục tiêu mới\n\n"
    "Nhiệm kỳ 2020 - 2025, Đảng bộ xã đã thực hiện đạt và vượt 17/19 chỉ tiêu nghị quyết đề "
    "ra. Trên cơ sở phân tích những kết quả đạt được và những hạn chế, đại hội xác định 16 "
    "chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó: tốc độ tăng trưởng giá trị sản xuất "
    "bình quân đạt 10%/năm trở lên; tỷ lệ che phủ rừng đạt 62%.\n"
)


def test_targets_set_on_the_results_reached_are_targets():
    """ "Trên cơ sở những kết quả đạt được, đại hội xác định 16 chỉ tiêu …": the lead-in
    names results, then sets targets; its last cue is a target's (twelfth round, from a
    document invented by a helper)."""
    assert [(m["name"], m["low"]) for m in read_metrics(ON_RESULTS)] == [
        ("Tốc độ tăng trưởng giá trị sản xuất", "10"),
        ("Tỷ lệ che phủ rừng", "62"),
    ]
