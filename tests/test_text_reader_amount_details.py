"""The small words around an amount in a year's plan: "chiếm 8%" after an amount is its
share of the total, not a measure named "Chiếm"; a name ending in "/ha" gives the unit its
denominator; "Tr. đồng" is "triệu đồng". Invented texts in the way commune councils write
their plans."""

from __future__ import annotations

from tests.textread_cases import read_metrics

PLAN = (
    "Hội đồng nhân dân xã Bình Minh thông qua nghị quyết năm 2024\n"
    "Mục tiêu tổng quát năm 2024 phấn đấu tổng giá trị sản xuất đạt 500 tỉ đồng. "
    "Trong đó giá trị nông nghiệp đạt 60 tỉ đồng, chiếm 12%; giá trị dịch vụ đạt 240 tỉ "
    "đồng, chiếm 48%. Thu nhập bình quân đạt 62 triệu đồng/người/năm. Năng suất lúa bình "
    "quân đạt 65 tạ/ha. Giá trị thu nhập/ha đạt 130-140 triệu đồng. Tốc độ tăng trưởng "
    "kinh tế bình quân đạt 9%.\n"
)
LIST = (
    "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2020\n"
    "1. Thu nhập bình quân đầu người đạt 70,0 Tr. đồng đến năm 2020.\n"
    "2. Tỷ lệ hộ nghèo giảm còn 1%.\n"
)


def test_it_reads_no_measure_from_an_amounts_share():
    names = [m["name"] for m in read_metrics(PLAN)]
    assert "Chiếm" not in names
    assert names[:3] == ["Tổng giá trị sản xuất", "Giá trị nông nghiệp", "Giá trị dịch vụ"]


def test_it_moves_a_per_hectare_name_into_the_unit():
    income = next(m for m in read_metrics(PLAN) if m["name"] == "Giá trị thu nhập/ha")
    assert (income["unit"], income["low"], income["high"]) == ("triệu đồng/ha", "130", "140")


def test_it_reads_an_abbreviated_million():
    first = read_metrics(LIST)[0]
    assert (first["unit"], first["low"]) == ("triệu đồng", "70")
