"""A first look at a department's sheet proposes where its figures are: a row of period
headings makes a wide sheet (its measure column the one headed "Chỉ tiêu"); a row naming
a period and a value column makes a long one; a mapping that says where is kept as is."""

from __future__ import annotations

from pathlib import Path

from chitieu.exchange.mapping import Mapping
from chitieu.exchange.sheetguess import glance, guess


def test_it_proposes_a_wide_layout_under_vietnamese_period_headings() -> None:
    rows = [
        ["BIỂU 01"],
        [],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2021", "9 tháng 2023", "Ước TH 2024"],
        [1, "Tỷ lệ hộ nghèo", "%", 4.1, 3.1, 3],
    ]
    proposed = guess(rows, Mapping(stage=None, numbers="vi"))
    assert (proposed.layout, proposed.header_row) == ("wide", 3)
    assert proposed.columns == {"metric": "Chỉ tiêu"}
    assert proposed.numbers == "vi"  # the rest of the mapping is kept


def test_without_a_chi_tieu_heading_the_first_label_that_is_no_row_number_is_taken() -> None:
    rows = [["TT", "Nội dung chính", "Năm 2022", "Năm 2023"]]
    assert guess(rows, Mapping()).columns == {"metric": "Nội dung chính"}
    rows = [["TT", "Tên", "Năm 2022", "Năm 2023"]]
    assert guess(rows, Mapping()).columns == {"metric": "Tên"}


def test_it_proposes_a_long_layout_by_the_words_of_the_headings() -> None:
    rows = [
        ["Số liệu gửi UBND tỉnh"],
        ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ báo cáo", "Giá trị", "Ghi chú"],
        ["nuoc-sach", "20", "2022", "61", ""],
    ]
    proposed = guess(rows, Mapping())
    assert (proposed.layout, proposed.header_row) == ("long", 2)
    assert proposed.columns == {
        "metric": "Mã chỉ tiêu",
        "unit": "Mã địa bàn",
        "period": "Kỳ báo cáo",
        "value": "Giá trị",
        "note": "Ghi chú",
    }


def test_a_sheet_it_cannot_place_is_left_to_the_person() -> None:
    assert guess([["a", "b"], [1, 2]], Mapping()) == Mapping()


def test_a_first_look_at_a_csv_file_keeps_a_mapping_that_says_where(tmp_path: Path) -> None:
    path = tmp_path / "bieu.csv"
    path.write_text('Chỉ tiêu,Năm 2021,Năm 2022\nTỷ lệ hộ nghèo,"4,1","3,2"\n', "utf-8")
    seen = glance(path, Mapping())
    assert (seen.sheets, seen.sheet) == (["bieu"], "bieu")
    assert seen.rows == [["Chỉ tiêu", "Năm 2021", "Năm 2022"], ["Tỷ lệ hộ nghèo", "4,1", "3,2"]]
    assert (seen.guess.layout, seen.guess.columns) == ("wide", {"metric": "Chỉ tiêu"})
    given = Mapping(header_row=1, layout="long", columns={"metric": "Chỉ tiêu"})
    assert glance(path, given).guess == given
