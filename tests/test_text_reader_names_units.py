"""A measure is named by its indicator phrase, never a placeholder nor filler, and its id
comes from that name; units keep their denominators; "tỉ" is "tỷ"; a name or unit never
bleeds from one clause into the next (issue 14)."""

from __future__ import annotations

from chitieu.textread.phrases import read_measure
from chitieu.textread.reader import read_resolution

HEAD = (
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu:\n"
)


def metrics(items: str) -> list[dict]:  # type: ignore[type-arg]
    plan = read_resolution(HEAD + items).plan
    return [m for t in plan["targets"] for m in t["metrics"]]


def test_label_value_items_are_named_from_the_label():
    got = metrics(
        "1. Tỷ lệ lao động qua đào tạo: 70%.\n"
        "2. Kim ngạch xuất khẩu đến năm 2025: 900 triệu USD.\n"
        "3. Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.\n"
    )
    assert [(m["id"], m["name"], m["unit"]) for m in got] == [
        ("ty-le-lao-dong-qua-dao-tao", "Tỷ lệ lao động qua đào tạo", "%"),
        ("kim-ngach-xuat-khau", "Kim ngạch xuất khẩu", "triệu USD"),
        ("thu-nhap-binh-quan-dau-nguoi", "Thu nhập bình quân đầu người", "triệu đồng/năm"),
    ]


def test_filler_words_stay_out_of_names():
    for text, name in [
        ("Phấn đấu đạt tỷ lệ che phủ rừng 63%", "Tỷ lệ che phủ rừng"),
        (
            "Phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 90 triệu đồng",
            "Thu nhập bình quân đầu người",
        ),
        ("Tổng vốn đầu tư toàn xã hội 5 năm khoảng 12.000 tỷ đồng", "Tổng vốn đầu tư toàn xã hội"),
        ("Hằng năm kết nạp từ 30 đảng viên trở lên", "Kết nạp đảng viên"),
        ("100% số xã đạt chuẩn quốc gia về y tế", "Số xã đạt chuẩn quốc gia về y tế"),
        ("Tổng vốn đầu tư toàn xã hội dự kiến đạt 632 tỷ đồng", "Tổng vốn đầu tư toàn xã hội"),
        # a plan's "dự kiến" before the indicator is filler too (eleventh round)
        ("Dự kiến điện sản xuất khoảng 1.800 - 2.000 triệu kWh", "Điện sản xuất"),
    ]:
        (m,) = read_measure(text, default_end=2025)
        assert m.name == name, text


def test_units_keep_their_denominators():
    got = metrics(
        "1. Có 12 bác sĩ/vạn dân và 30 giường bệnh/vạn dân.\n"
        "2. Thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm.\n"
    )
    assert [(m["name"], m["unit"]) for m in got] == [
        ("Số bác sĩ trên 1 vạn dân", "bác sĩ/vạn dân"),
        ("Số giường bệnh trên 1 vạn dân", "giường bệnh/vạn dân"),
        ("Thu nhập bình quân đầu người", "triệu đồng/người/năm"),
    ]


def test_a_share_before_a_per_population_figure_keeps_its_percent():
    # the "per" tail serves counts only ("12 bác sĩ và 30 giường bệnh trên 1 vạn dân")
    got = metrics("1. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%; số bác sĩ/vạn dân đạt 8,5.\n")
    assert [m["unit"] for m in got] == ["%", "bác sĩ/vạn dân"]


def test_ti_is_the_other_spelling_of_ty():
    (m,) = read_measure("Thu ngân sách nhà nước trên địa bàn đạt 5.000 tỉ đồng", default_end=2025)
    assert (m.name, m.unit) == ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng")


def test_names_and_units_do_not_bleed_across_clauses():
    got = metrics("1. Thu nhập bình quân đầu người đạt 45 triệu đồng; tỷ lệ hộ nghèo còn 2%/năm.\n")
    assert [(m["name"], m["unit"]) for m in got] == [
        ("Thu nhập bình quân đầu người", "triệu đồng"),
        ("Tỷ lệ hộ nghèo", "%/năm"),
    ]


def test_no_name_is_a_bare_placeholder():
    got = metrics("1. Tỷ lệ dân số tham gia bảo hiểm y tế: 95%; tỷ lệ trẻ em suy dinh dưỡng: 8%.\n")
    assert all(not m["name"].startswith("Số %") and m["id"] not in ("so", "so-2") for m in got)
    assert [m["name"] for m in got] == [
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
        "Tỷ lệ trẻ em suy dinh dưỡng",
    ]


def test_a_unit_in_parentheses_after_the_name_is_the_units():
    # a table's row "Năng suất bình quân (tấn/ha) | 3,2 – 3,3 |": the unit stands in the name
    # (seventeenth round; a yield per hectare had come out with no unit)
    [yield_] = read_measure("Năng suất bình quân (tấn/ha) 3,2 – 3,3")
    [herd] = read_measure("Đàn heo (con) 20.000 – 26.000")
    assert (yield_.name, yield_.unit) == ("Năng suất bình quân", "tấn/ha")
    assert (herd.name, herd.unit) == ("Đàn heo", "con")
