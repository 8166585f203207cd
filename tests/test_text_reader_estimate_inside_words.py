""" "Ước đạt" marks an estimate of the past, and the reader sets such clauses aside; but
the same letters end "Nhà nước đạt", "nước" and "trước". An office relies on "tổng thu
ngân sách Nhà nước đạt 2.000 tỷ đồng" being read as the target it is. Invented texts."""

from __future__ import annotations

from tests.textread_cases import read_metrics

PROSE = (
    "Đại hội đại biểu Đảng bộ xã Hòa An lần thứ I, nhiệm kỳ 2025-2030.\n\n"
    "Nhiệm kỳ 2025-2030, Đảng bộ xã Hòa An phấn đấu tỷ lệ hộ nghèo hàng năm giảm 1%; "
    "tổng thu ngân sách Nhà nước đạt 2.000 tỷ đồng.\n"
)
LISTS = (
    "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025\n"
    "1. Tỷ lệ hộ nghèo giảm còn 1%.\n"
    "2. Thu nhập bình quân đầu người đạt 80 triệu đồng.\n\n"
    "Một số chỉ tiêu về nước sạch phấn đấu đến năm 2030\n"
    "1. Tỷ lệ hộ dân dùng nước sạch đạt 95%.\n"
    "2. Tỷ lệ dân số đô thị được cấp nước sạch đạt 100%.\n"
)


def _measures(text: str) -> list[tuple[str, str]]:
    return [(m["name"], m["low"]) for m in read_metrics(text) if "low" in m]


def test_it_reads_a_state_budget_target_as_a_target():
    assert ("Tổng thu ngân sách Nhà nước", "2000") in _measures(PROSE)


def test_it_leaves_the_body_that_strives_out_of_the_first_name():
    names = [name for name, _ in _measures(PROSE)]
    assert names[0] == "Tỷ lệ hộ nghèo"


def test_it_takes_a_second_list_whose_heading_speaks_of_water():
    assert _measures(LISTS)[-2:] == [
        ("Tỷ lệ hộ dân dùng nước sạch", "95"),
        ("Tỷ lệ dân số đô thị được cấp nước sạch", "100"),
    ]
