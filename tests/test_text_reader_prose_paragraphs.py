"""A press report lists a year's targets over several paragraphs: after "Các mục tiêu cụ thể
gồm: A; B; C." the next paragraph "D; E." goes on with the list, a structure's shares stay
one target even with "tăng 0,06% so với năm 2023" after each, and neither the source's web
address nor "4 nội dung trọng tâm" nor "chương trình số 2:" is a figure (issue 14: prose)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Nhiều mục tiêu phát triển kinh tế năm 2024

Theo UBND tỉnh, năm 2024 các cấp quyết tâm thực hiện các mục tiêu giai đoạn 2021 - 2025.

Các mục tiêu cụ thể gồm: tổng sản phẩm trên địa bàn tỉnh tăng 7%; tổng kim ngạch xuất \
khẩu 800 triệu USD; tổng vốn đầu tư toàn xã hội 18.000 tỷ đồng.

Tỷ lệ lao động qua đào tạo đạt 70%; tỷ lệ bao phủ bảo hiểm y tế đạt 94%.

Cơ cấu kinh tế chuyển dịch như sau: nông nghiệp chiếm 30%, giảm 0,5% so với năm 2023; \
công nghiệp chiếm 35%, tăng 0,2% so với năm 2023; dịch vụ chiếm 35%, tăng 0,3% so với năm 2023.

Lãnh đạo tỉnh quán triệt chương trình hành động với 4 nội dung trọng tâm; nhấn mạnh chương \
trình số 2: phát triển du lịch.

Nguồn: https://baovinhlong.vn/kinh-te/muc-tieu-nam-2024-346215.htm
"""


def test_a_list_of_targets_goes_on_into_the_next_paragraphs():
    targets = read_resolution(TEXT).plan["targets"]
    assert [t["text"] for t in targets] == [
        "tổng sản phẩm trên địa bàn tỉnh tăng 7%",
        "tổng kim ngạch xuất khẩu 800 triệu USD",
        "tổng vốn đầu tư toàn xã hội 18.000 tỷ đồng",
        "Tỷ lệ lao động qua đào tạo đạt 70%",
        "tỷ lệ bao phủ bảo hiểm y tế đạt 94%",
        "Cơ cấu kinh tế chuyển dịch như sau: nông nghiệp chiếm 30%, giảm 0,5% so với năm 2023; "
        "công nghiệp chiếm 35%, tăng 0,2% so với năm 2023; dịch vụ chiếm 35%, tăng 0,3% so với "
        "năm 2023",
    ]
    shares = targets[-1]["metrics"]
    assert [(m["name"], m["kind"], m["low"]) for m in shares] == [
        ("Nông nghiệp", "share_structure", "30"),
        ("Công nghiệp", "share_structure", "35"),
        ("Dịch vụ", "share_structure", "35"),
    ]


def test_lines_of_one_target_each_do_not_carry_the_list_past_their_end():
    text = (
        "Kế hoạch năm 2024 của xã Tân Lập\n"
        "Phấn đấu thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
        "Phấn đấu tỷ lệ hộ nghèo còn dưới 2%.\n"
        "Năm 2023 xã có 1.200 hộ dân và 35 tổ chức cơ sở đảng.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Phấn đấu thu nhập bình quân đầu người đạt 60 triệu đồng",
        "Phấn đấu tỷ lệ hộ nghèo còn dưới 2%",
    ]


def test_a_structure_led_in_by_trong_do_is_one_target_of_shares():
    text = (
        "Năm 2023, huyện Sơn Hà đặt ra một số chỉ tiêu cơ bản như: tổng giá trị sản xuất đạt "
        "2.800 tỷ đồng; cơ cấu kinh tế chuyển dịch đúng hướng, trong đó nông, lâm, thuỷ sản "
        "51%; thương mại - dịch vụ 15%; công nghiệp - xây dựng 34%."
    )
    targets = read_resolution(text).plan["targets"]
    assert len(targets) == 2
    shares = [(m["name"], m["kind"], m["low"]) for m in targets[1]["metrics"]]
    assert shares == [
        ("Nông, lâm, thuỷ sản", "share_structure", "51"),
        ("Thương mại - dịch vụ", "share_structure", "15"),
        ("Công nghiệp - xây dựng", "share_structure", "34"),
    ]
