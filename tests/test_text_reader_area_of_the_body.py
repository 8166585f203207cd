"""The plan's area is the unit whose Party committee or council speaks.

A press report on a new ward's congress may name the town its secretary came from before the
ward itself ("Phó bí thư Thị ủy Bến Cát (thị xã Bến Cát) …; Bí thư Đảng ủy phường Phú An").
The planner relies on the area being the ward the "Đảng bộ phường …" of the text names, not
the first place mentioned.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Ông Nguyễn Văn A từng kinh qua các chức vụ Phó bí thư Thị ủy Bến Cát (thị xã Bến Cát, "
    "Bình Dương cũ); được chỉ định làm Bí thư Đảng ủy phường Phú An.\n\n"
    "Đại hội Đảng bộ phường Phú An nhiệm kỳ 2025 - 2030 đề ra các chỉ tiêu, trong đó tỷ lệ hộ "
    "nghèo theo chuẩn đa chiều đến năm 2030 dưới 1%; tổng giá trị sản phẩm tăng bình quân "
    "11,7%/năm."
)


def test_the_area_is_the_unit_whose_party_committee_holds_the_congress() -> None:
    assert read_resolution(TEXT).plan["area"]["name"] == "Phường Phú An"


def test_a_text_naming_one_unit_keeps_it() -> None:
    text = "Huyện Bắc Sơn phấn đấu đến năm 2025 tỷ lệ hộ nghèo dưới 3%; thu ngân sách đạt 90 tỷ."
    assert read_resolution(text).plan["area"]["name"] == "Huyện Bắc Sơn"


def test_the_congress_named_beats_a_guests_title_before_it() -> None:
    text = (
        "Đó là chỉ đạo của đồng chí Nguyễn Văn B, Phó Chủ tịch UBND tỉnh Gia Lai tại Đại hội "
        "đại biểu Đảng bộ phường Quy Nhơn Tây lần thứ I, nhiệm kỳ 2025-2030.\n\n"
        "Theo đó, phường phấn đấu có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; thu "
        "ngân sách đạt 105 tỷ đồng."
    )
    assert read_resolution(text).plan["area"]["name"] == "Phường Quy Nhơn Tây"


def test_an_abbreviated_city_and_a_numbered_ward_are_read() -> None:
    council = (
        "Trong 2 ngày 26 và 27/12, HĐND TP.Vũng Tàu khóa VI đã tổ chức kỳ họp thứ 16. Năm 2021, "
        "thành phố phấn đấu thu ngân sách đạt 5.000 tỷ đồng; tỷ lệ hộ nghèo dưới 0,5%."
    )
    assert read_resolution(council).plan["area"]["name"] == "Thành phố Vũng Tàu"
    ward = (
        "Đại hội Đảng bộ Phường 11, TP. Vũng Tàu nhiệm kỳ 2020-2025 đề ra các chỉ tiêu, trong "
        "đó thu nhập bình quân đầu người đạt 120 triệu đồng; tỷ lệ hộ nghèo dưới 0,5%."
    )
    assert read_resolution(ward).plan["area"]["name"] == "Phường 11"


def test_a_headline_opening_on_its_unit_beats_a_guests_council() -> None:
    text = (
        "Phường Bình Thuận (tỉnh Tuyên Quang) kỳ vọng xây dựng phường đạt chuẩn đô thị văn minh\n"
        "Dự Đại hội có đồng chí Trần Thanh B, Trưởng Ban Kinh tế – Ngân sách HĐND tỉnh Tuyên "
        "Quang.\n"
        "Đại hội đã tổng kết, đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2020 – 2025.\n"
        "Nhiệm kỳ 2020 -2025, kinh tế của phường đạt nhiều kết quả nổi bật. Thương mại, dịch vụ "
        "tăng bình quân 12%/năm.\n"
        "Nhiệm kỳ 2025 – 2030 phường Bình Thuận đặt ra mục tiêu cụ thể, tăng tổng giá trị sản "
        "phẩm trên địa bàn đạt từ 10.000 tỷ đồng trở lên; giải quyết 100% hồ sơ trực tuyến và "
        "văn bản điện tử.\n"
    )
    plan = read_resolution(text).plan
    assert plan["area"]["name"] == "Phường Bình Thuận"
    # the terms looked back on give way to the next
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2025, 2026, 2030]
    names = [m["name"] for t in plan["targets"] for m in t["metrics"]]
    assert names[-2:] == [
        "Tổng giá trị sản phẩm trên địa bàn",
        "Giải quyết hồ sơ trực tuyến và văn bản điện tử",
    ]


def test_a_unit_name_is_not_read_over_a_blank_line() -> None:
    # "… UBND huyện" ends a byline; "Tại kỳ họp …" opens the next paragraph: no "Huyện Tại"
    text = (
        "Yên Thành: Báo cáo tình hình kinh tế - xã hội năm 2023\n\n"
        "Văn phòng HĐND và UBND huyện\n\n"
        "Tại kỳ họp thứ 14, Ủy ban nhân dân huyện Yên Thành trình bày kế hoạch năm 2024.\n"
        "Các chỉ tiêu chủ yếu năm 2024:\n"
        "1. Tỷ lệ hộ nghèo giảm 1%.\n"
        "2. Thu ngân sách đạt 240 tỷ đồng.\n"
    )
    assert read_resolution(text).plan["area"]["name"] == "Huyện Yên Thành"


def test_the_tone_mark_in_its_other_place_names_the_body_too() -> None:
    # "Uỷ ban", "Đảng uỷ", "Huyện uỷ" as well as "Ủy ban", "Đảng ủy", "Huyện ủy"
    tail = "\nCác chỉ tiêu chủ yếu:\n1. Tỷ lệ hộ nghèo giảm 1%.\n2. Thu ngân sách đạt 40 tỷ đồng.\n"
    heads = {
        "Nghị quyết của Đảng uỷ xã Tân Lập về kế hoạch năm 2024": "Xã Tân Lập",
        "Báo cáo của Uỷ ban nhân dân huyện Yên Thành về kế hoạch năm 2024": "Huyện Yên Thành",
        "Kết luận của Huyện uỷ Tây Giang về kế hoạch năm 2024": "Huyện Tây Giang",
    }
    for head, area in heads.items():
        assert read_resolution(head + tail).plan["area"]["name"] == area, head


def test_a_header_in_capitals_ends_its_name_at_the_column_beside_it() -> None:
    # "HUYỆN ĐẦM HÀ    Độc lập - Tự do - Hạnh phúc": the motto's "Đ" is no part of the name
    head = (
        "HỘI ĐỒNG NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN ĐẦM HÀ                                  Độc lập - Tự do - Hạnh phúc\n"
        "NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2025\n"
        "Các chỉ tiêu chủ yếu:\n1. Tổng giá trị sản xuất tăng 10%.\n"
    )
    assert read_resolution(head).plan["area"]["name"] == "Huyện Đầm Hà"


def test_the_next_units_abbreviation_ends_a_name():
    # "quận Tân Bình TP. Hồ Chí Minh": the district, not "Tân Bình TP"
    text = (
        "Nghị quyết đại hội đại biểu lần thứ VI Đảng bộ quận Tân Bình TP. Hồ Chí Minh\n\n"
        "1/ Kim ngạch xuất khẩu tăng bình quân 12-14%/năm.\n"
        "2/ Tỷ lệ tăng dân số 1,30%.\n"
    )
    assert read_resolution(text).plan["area"]["name"] == "Quận Tân Bình"
