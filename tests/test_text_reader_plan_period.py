"""A year's plan is told by the tasks or targets it sets for that year, the year before
being reported on; a five-year span written as years alone gives the term (issue 14)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution


def years(text: str) -> list[int]:
    plan = read_resolution(text).plan
    return [plan["baseline_year"], plan["start_year"], plan["end_year"]]


def test_it_reads_a_year_plan_from_the_year_its_tasks_are_set_for():
    text = (
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2020 và triển khai nhiệm vụ năm 2021.\n"
        "Nhiệm vụ trọng tâm đặt ra trong năm 2021 là thu nhập bình quân đầu người đạt trên 29 "
        "triệu đồng; trồng mới 500 ha rừng."
    )
    assert years(text) == [2020, 2021, 2021]
    # a year's plan: what the term would sum is that year's level
    kinds = [m["kind"] for t in read_resolution(text).plan["targets"] for m in t["metrics"]]
    assert kinds == ["level_at_end", "level_at_end"]


def test_it_reads_a_year_plan_from_its_list_heading():
    text = (
        "Kết quả năm 2020 và các chỉ tiêu nhiệm vụ phát triển kinh tế - xã hội năm 2021\n"
        "Các chỉ tiêu chủ yếu năm 2021:\n"
        "1. Tổng sản phẩm trên địa bàn tăng từ 8% trở lên.\n"
        "2. Tỷ lệ hộ nghèo còn 1%.\n"
    )
    assert years(text) == [2020, 2021, 2021]


def test_it_reads_a_term_written_as_years_in_parentheses():
    text = (
        "SỐ CHỈ TIÊU\n"
        "• Tốc độ tăng trưởng kinh tế bình quân 5 năm (2021-2025) đạt 7,5%.\n"
        "• Thu nhập bình quân đầu người đạt 70 triệu đồng.\n"
    )
    assert years(text) == [2020, 2021, 2025]


def test_a_headline_year_plan_wins_over_a_standard_period_in_the_rows():
    text = "\n".join(
        [
            "CÁC CHỈ TIÊU KINH TẾ XÃ HỘI CHỦ YẾU TRONG NĂM 2021",
            "Stt",
            "Chỉ tiêu chủ yếu",
            "Kế hoạch năm 2021",
            "Ước thực hiện năm 2020",
            "1",
            "Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 - 2020)",
            "0,4%",
            "1%",
            "2",
            "Tỷ lệ che phủ rừng (%)",
            "57",
            "56",
        ]
    )
    assert years(text) == [2020, 2021, 2021]


def test_a_year_plan_led_into_inside_a_text_that_names_the_five_year_plan_is_the_years():
    text = (
        "Năm 2025, huyện Krông Pa tiếp tục bám sát mục tiêu của kế hoạch phát triển kinh tế - xã "
        "hội giai đoạn 2021-2025 mà Nghị quyết Đại hội Đảng bộ huyện đã đề ra.\n\n"
        "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2025 là: tổng giá trị sản xuất tăng 9% trở "
        "lên; thu nhập bình quân đầu người đạt 52 triệu đồng; trồng mới 400 ha rừng."
    )
    assert years(text) == [2024, 2025, 2025]


def test_the_term_wins_where_the_targets_are_led_into_as_the_terms():
    text = (
        "Đại hội Đảng bộ huyện Krông Pa nhiệm kỳ 2020 - 2025 xác định các chỉ tiêu chủ yếu "
        "đến năm 2025: thu nhập bình quân đầu người đạt 52 triệu đồng; trồng mới 2.000 ha rừng. "
        "Các chỉ tiêu chủ yếu năm 2021 là: trồng mới 400 ha rừng."
    )
    assert years(text) == [2020, 2021, 2025]


def test_a_sentence_opening_on_a_year_and_striving_dates_a_year_plan():
    text = (
        "Năm 2023, huyện Đại Từ đã hoàn thành 12/15 chỉ tiêu.\n\n"
        "Nam 2024, Đại Từ phấn đấu giá trị sản xuất công nghiệp đạt trên 9.600 tỷ đồng, tỷ lệ "
        "tham gia bảo hiểm y tế đạt 95%."
    )
    assert years(text) == [2023, 2024, 2024]


def test_a_result_against_last_years_plan_does_not_date_the_targets():
    text = (
        "Theo báo cáo tại Kỳ họp thứ 13, HĐND huyện Thăng Bình, năm 2014 tổng giá trị sản xuất "
        "đạt 2.629 tỷ đồng, tăng 2,5% so với kế hoạch năm 2014. Năm 2015, huyện Thăng Bình phấn "
        "đấu đưa tốc độ tăng giá trị sản xuất 14 - 15%; tỷ lệ lao động qua đào tạo nghề đạt 39%."
    )
    plan = read_resolution(text).plan
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2014, 2015, 2015]


def test_a_term_looked_back_on_gives_way_to_the_next_one():
    text = (
        "Kết thúc nhiệm kỳ 2015 – 2020, Đảng bộ huyện Yên Minh đã hoàn thành 78,6% các chỉ tiêu. "
        "Đại hội Đảng bộ huyện nhiệm kỳ 2020 – 2025 đề ra các chỉ tiêu, trong đó thu ngân sách "
        "đến năm 2025 đạt 125 tỷ đồng; tỷ lệ hộ nghèo giảm bình quân 6%/năm."
    )
    assert years(text) == [2020, 2021, 2025]


def test_a_year_plan_said_twice_beats_another_plans_period():
    text = (
        "Sáng nay, HĐND huyện Vũ Thư khoá XIX tổ chức kỳ họp thứ 11. Nhằm đánh giá kết quả năm "
        "2020, phương hướng nhiệm vụ năm 2021.\n"
        "Năm 2021, huyện phấn đấu có ít nhất 2 xã đạt chuẩn NTM nâng cao; duy trì tỉ lệ dân số "
        "nông thôn sử dụng nước hợp vệ sinh đạt 100%,...\n"
        "Cũng tại kỳ họp, HĐND huyện đã thông qua kế hoạch đầu tư công trung hạn giai đoạn 2021 "
        "- 2025.\n"
    )
    assert years(text) == [2020, 2021, 2021]
    targets = read_resolution(text).plan["targets"]
    assert targets[-1]["text"].endswith("đạt 100%")  # the list's trailing ",..." is no part


def test_a_year_that_sets_aims_after_a_bylines_dash_dates_the_plan():
    text = (
        "Hải Phòng đặt mục tiêu tăng trưởng GRDP khoảng 11,5-12,0% trong năm 2024\n\n"
        "Tạp chí Nhịp sống số - Năm 2024, thành phố Hải Phòng đặt mục tiêu kim ngạch xuất khẩu "
        "đạt 33 tỷ USD; đón 9,1 triệu lượt khách du lịch; thu hút từ 2-2,5 tỷ USD vốn đầu tư "
        "nước ngoài."
    )
    assert years(text) == [2023, 2024, 2024]
    names = [m["name"] for t in read_resolution(text).plan["targets"] for m in t["metrics"]]
    assert "Đón lượt khách du lịch" in names  # the verb keeps its object, as "kết nạp" does


def test_a_five_year_plans_years_name_the_term_where_no_term_is_named():
    # a legal Q&A page on "kế hoạch 5 năm 2021-2025", the period before "ước đạt" (sixteenth
    # round); a year's plan that names its five-year plan stays the year's
    text = (
        "Chỉ tiêu chủ yếu của kế hoạch 5 năm 2021-2025 là gì?\n\n"
        "1. Kết quả thực hiện kế hoạch 5 năm 2016 - 2020\n"
        "Giai đoạn 2016 - 2020 tốc độ tăng trưởng GDP bình quân ước đạt 5,9%/năm.\n"
        "2. Các chỉ tiêu chủ yếu của kế hoạch 5 năm 2021 - 2025\n"
        "Về kinh tế: Tốc độ tăng trưởng kinh tế bình quân 5 năm khoảng 6,5 - 7%/năm; tỷ lệ đô thị "
        "hóa khoảng 45%.\n"
    )
    assert years(text) == [2020, 2021, 2025]
    year_plan = (
        "Kế hoạch phát triển kinh tế - xã hội năm 2016, năm đầu thực hiện kế hoạch 5 năm 2016 - "
        "2020\nCác chỉ tiêu chủ yếu năm 2016:\n1. Tổng giá trị sản xuất tăng 8%.\n"
        "2. Tỷ lệ hộ nghèo giảm 1,5%.\n"
    )
    assert years(year_plan) == [2015, 2016, 2016]
