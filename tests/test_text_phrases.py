"""Vietnamese numbers, ranges, qualifiers, units and cue words in a target's clause."""

from decimal import Decimal as D

import pytest

from chitieu.targets.model import Comparator, GrowthInput, Kind
from chitieu.textread.phrases import read_measure


def one(text: str, context: str = ""):  # type: ignore[no-untyped-def]
    (m,) = read_measure(text, context, default_end=2025)
    return m


@pytest.mark.parametrize(
    ("text", "comparator", "low", "high", "unit"),
    [
        ("Lượng khách du lịch đạt 4.400.000 lượt người", ">=", "4400000", None, "lượt người"),
        ("GRDP bình quân đầu người đạt 2.900 – 3.000 USD", "range", "2900", "3000", "USD"),
        ("Tăng trưởng bình quân từ 7,5 đến 8,0%/năm", "range", "7.5", "8.0", "%/năm"),
        ("Tăng trưởng bình quân 7 — 7,5%", "range", "7", "7.5", "%"),
        ("Thu nhập đạt trên 60 triệu đồng", ">=", "60", None, "triệu đồng"),
        ("Tỷ lệ thất nghiệp dưới 4%", "<=", None, "4", "%"),
        ("Nợ xấu không quá 3%", "<=", None, "3", "%"),
        ("Chi phí tối đa 1,5 tỷ đồng", "<=", None, "1.5", "tỷ đồng"),
        ("Mỗi xã có ít nhất 2 hợp tác xã", ">=", "2", None, "hợp tác xã"),
        ("Số doanh nghiệp tối thiểu 500 doanh nghiệp", ">=", "500", None, "doanh nghiệp"),
        ("Có từ 10 hợp tác xã trở lên", ">=", "10", None, "hợp tác xã"),
        (
            "Tổng vốn đầu tư cả giai đoạn 166 – 168 nghìn tỷ đồng",
            "range",
            "166",
            "168",
            "nghìn tỷ đồng",
        ),
        ("Kim ngạch đạt 1,2 tỷ USD", ">=", "1.2", None, "tỷ USD"),
        ("Doanh thu hơn 5.200 tỷ đồng", ">=", "5200", None, "tỷ đồng"),
        ("Độ che phủ ≥ 65%", ">=", "65", None, "%"),
        ("Hộ nghèo ≤ 2%", "<=", None, "2", "%"),
        ("Tỷ lệ hộ nghèo là < 3%", "<", None, "3", "%"),
        ("Tỷ lệ hộ nghèo giảm xuống còn 10%", "<=", None, "10", "%"),
        ("Tuổi thọ trung bình đạt 74 tuổi", ">=", "74", None, "tuổi"),
    ],
)
def test_it_reads_numbers_qualifiers_and_units(text, comparator, low, high, unit):  # type: ignore[no-untyped-def]
    m = one(text)
    assert m.comparator is Comparator(comparator)
    assert (m.low, m.high) == (D(low) if low else None, D(high) if high else None)
    assert m.unit == unit


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tốc độ tăng trưởng kinh tế (GRDP) bình quân từ 7 – 7,5%", Kind.AVERAGE_ANNUAL_GROWTH),
        ("Thu nội địa tăng bình quân 8 – 9%", Kind.AVERAGE_ANNUAL_GROWTH),
        ("GRDP bình quân đầu người đến năm 2025 đạt 3.000 USD", Kind.LEVEL_AT_END),
        ("Trồng rừng mới hằng năm đạt 9.000 ha", Kind.EVERY_YEAR),
        ("Kết nạp đảng viên hàng năm 2.000 đảng viên", Kind.EVERY_YEAR),
        (
            "Tổng vốn đầu tư xã hộicả giai đoạn là 166 – 168 nghìn tỷ đồng",
            Kind.CUMULATIVE_OVER_TERM,
        ),
        ("Giảm phạm pháp hình sự hằng năm ≥ 3%", Kind.REDUCTION_PER_YEAR),
        ("Số xã đạt chuẩn nông thôn mới đến năm 2025 là 115 xã", Kind.COUNT_OF_UNITS),
        ("Tỷ lệ lao động qua đào tạo đạt 65%", Kind.LEVEL_AT_END),
        ("Duy trì ổn định chính trị", Kind.OTHER),
    ],
)
def test_cue_words_give_the_kind(text, kind):  # type: ignore[no-untyped-def]
    assert one(text).kind is kind


def test_structure_shares_are_bands():
    m = one("khu vực Dịch vụ 52 – 53%", context="Cơ cấu kinh tế (GRDP) đến năm 2025 là")
    assert m.kind is Kind.SHARE_STRUCTURE and m.direction is not None
    assert m.direction.value == "within" and m.end_year == 2025


def test_years_and_criteria_counts_are_not_values():
    m = one("Tỷ lệ hộ nghèo đến năm 2025 (theo tiêu chí giai đoạn 2016 – 2020) là < 3%")
    assert (m.high, m.end_year, m.unparsed) == (D("3"), 2025, [])
    ms = read_measure("Giảm tai nạn giao thông hằng năm cả 3 tiêu chí ≥ 5%", default_end=2025)
    assert [x.name for x in ms] == [
        "Giảm tai nạn giao thông: số vụ",
        "Giảm tai nạn giao thông: số người chết",
        "Giảm tai nạn giao thông: số người bị thương",
    ]
    assert all(x.low == D(5) and x.input is GrowthInput.LEVEL for x in ms)


def test_doubtful_readings_are_flagged():
    assert any("≥" in str(d) for d in one("Tăng trưởng bình quân trên 6,5%/năm").notes)
    assert any("approximate" in str(d) for d in one("GRDP đầu người khoảng 5.500 USD").doubts)
    assert any("decimal mark" in str(d) for d in one("Tỷ lệ đô thị hóa đạt 35.5%").doubts)
    m = one("Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 12‰")
    # the age says who is counted: part of the name, no number left unread (issue 14)
    assert m.high == D(12) and m.unparsed == [] and "trẻ em dưới 1 tuổi" in m.name
    m = one("Kim ngạch xuất khẩu đạt 900 triệu USD (tương đương 2 lần)")
    assert m.low == D(900) and m.unparsed == ["2 lần"]  # another number is still flagged


def test_a_measure_per_population_keeps_its_denominator():
    assert one("32,3 giường bệnh trên 1 vạn dân").unit == "giường bệnh/vạn dân"
    assert one("12 bác sĩ trên 10.000 dân").unit == "bác sĩ/10.000 dân"
