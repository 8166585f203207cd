"""A department's own spreadsheet, wide (periods as columns under Vietnamese headings)
or long (one row per figure), .xlsx or .csv, is read through a saved mapping; the
preview names every problem by its cell, and nothing is taken when one is wrong."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from chitieu.exchange import sheets
from chitieu.exchange.mapping import mapping_from_data
from chitieu.exchange.vnheadings import heading
from chitieu.figures.model import Stage
from chitieu.figures.periods import Period, PeriodKind
from chitieu.problems import InputError
from chitieu.targets.planfile import load_plan

ROOT = Path(__file__).resolve().parents[1]
PLAN = load_plan(ROOT / "docs" / "examples" / "vidu.yaml")
WIDE = {
    "layout": "wide",
    "sheet": "Biểu 01",
    "columns": {"metric": "Chỉ tiêu"},
    "metrics": {"output-growth": "Tốc độ tăng trưởng", "poverty-rate": "Tỷ lệ hộ nghèo"},
    "stage": "official",
    "as_of": "20/12/2024",
    "numbers": "vi",
}


def wide_book(path: Path, poverty_2023: object = 3.1) -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = "Ghi chú"
    ws = wb.create_sheet("Biểu 01")
    ws.append(["BÁO CÁO MỘT SỐ CHỈ TIÊU"])
    ws.append([])
    ws.append(
        [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Năm 2021",
            "6 tháng đầu năm 2022",
            "9 tháng 2023",
            "Ước TH 2024",
        ]
    )
    ws.append(["I", "Kinh tế"])
    ws.append([1, "Tốc độ tăng trưởng", "%", 7.9, "6,1", 6.5, 7.2])
    ws.append([2, "Tỷ lệ hộ nghèo", "%", 4.1, None, poverty_2023, 3])
    wb.save(path)
    return path


def test_it_reads_a_wide_sheet_with_vietnamese_period_headings(tmp_path: Path) -> None:
    figs = sheets.read(wide_book(tmp_path / "w.xlsx"), PLAN, mapping_from_data(WIDE))
    got = sorted((f.metric, str(f.period), f.value, f.stage, f.as_of, f.unit_code) for f in figs)
    day, o, e = date(2024, 12, 20), Stage.OFFICIAL, Stage.ESTIMATE
    assert got == [
        ("output-growth", "2021", Decimal("7.9"), o, day, "999"),
        ("output-growth", "2022-H1", Decimal("6.1"), o, day, "999"),
        ("output-growth", "2023-9M", Decimal("6.5"), o, day, "999"),
        ("output-growth", "2024", Decimal("7.2"), e, day, "999"),
        ("poverty-rate", "2021", Decimal("4.1"), o, day, "999"),
        ("poverty-rate", "2023-9M", Decimal("3.1"), o, day, "999"),
        ("poverty-rate", "2024", Decimal("3"), e, day, "999"),
    ]
    origins = {f.origin for f in figs if str(f.period) == "2024"}
    assert origins == {f"{tmp_path / 'w.xlsx'}: Biểu 01!G5", f"{tmp_path / 'w.xlsx'}: Biểu 01!G6"}


def test_it_previews_every_problem_by_its_cell(tmp_path: Path) -> None:
    book = wide_book(tmp_path / "w.xlsx", poverty_2023="ba phẩy một")
    ws_book = openpyxl.load_workbook(book)
    ws_book["Biểu 01"].append([3, "Diện tích rừng trồng", "ha", 500])
    ws_book.save(book)
    result = sheets.preview(book, PLAN, mapping_from_data(WIDE))
    assert result.figures == []
    assert len(result.records) == 8
    assert sorted((p.sheet, p.cell, p.field, p.code) for p in result.problems) == [
        ("Biểu 01", "B7", "metric", "exchange.code_unknown"),
        ("Biểu 01", "F6", "value", "number.not_vi"),
    ]
    with pytest.raises(InputError):
        sheets.read(book, PLAN, mapping_from_data(WIDE))


def test_it_reads_a_long_sheet_written_by_xlsxwriter(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Số liệu")
    rows = [
        ["Mã chỉ tiêu", "Xã", "Kỳ", "Giá trị", "Giai đoạn", "Ngày báo cáo"],
        ["traffic-accidents", "", "Năm 2022", 43, "chính thức", "31/3/2023"],
        ["new-rural-communes", "99901", "Quý III/2023", 1, "sơ bộ", "5/10/2023"],
        ["traffic-accidents", "", "Ước TH 2024", 40, "", "20/12/2024"],
    ]
    for i, row in enumerate(rows):
        ws.write_row(i, 0, row)
    wb.close()
    mapping = mapping_from_data(
        {
            "columns": {
                "metric": "Mã chỉ tiêu",
                "unit": "Xã",
                "period": "Kỳ",
                "value": "Giá trị",
                "stage": "Giai đoạn",
                "as_of": "Ngày báo cáo",
            }
        }
    )
    figs = sheets.read(path, PLAN, mapping)
    assert sorted(
        (f.metric, str(f.period), f.value, f.stage, f.as_of, f.unit_code) for f in figs
    ) == [
        (
            "new-rural-communes",
            "2023-Q3",
            Decimal("1"),
            Stage.PRELIMINARY,
            date(2023, 10, 5),
            "99901",
        ),
        ("traffic-accidents", "2022", Decimal("43"), Stage.OFFICIAL, date(2023, 3, 31), "999"),
        ("traffic-accidents", "2024", Decimal("40"), Stage.ESTIMATE, date(2024, 12, 20), "999"),
    ]


def test_it_reads_a_long_csv_and_names_cells(tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.csv"
    path.write_text(
        "chỉ tiêu,kỳ,giá trị\n"
        "new-forest,Năm 2022,505\n"
        "new-forest,Tuần 3/2022,12\n"
        "new-forest,Năm 2023,nhiều\n",
        encoding="utf-8",
    )
    mapping = mapping_from_data(
        {
            "columns": {"metric": "Chỉ tiêu", "period": "Kỳ", "value": "Giá trị"},
            "stage": "official",
            "as_of": "2024-03-31",
        }
    )
    result = sheets.preview(path, PLAN, mapping)
    assert sorted((p.sheet, p.cell, p.code) for p in result.problems) == [
        ("so-lieu", "B3", "sheet.period_bad"),
        ("so-lieu", "C4", "number.not_a_number"),
    ]


def test_it_says_when_the_header_cannot_be_found(tmp_path: Path) -> None:
    mapping = mapping_from_data({**WIDE, "columns": {"metric": "Tên chỉ tiêu"}})
    with pytest.raises(InputError) as caught:
        sheets.read(wide_book(tmp_path / "w.xlsx"), PLAN, mapping)
    (p,) = caught.value.problems
    assert (p.sheet, p.code) == ("Biểu 01", "sheet.header_not_found")
    assert "no header row naming “Tên chỉ tiêu” in the first 30 rows" in str(p)


def test_it_says_which_sheets_there_are(tmp_path: Path) -> None:
    mapping = mapping_from_data({**WIDE, "sheet": "Biểu 02"})
    with pytest.raises(InputError) as caught:
        sheets.read(wide_book(tmp_path / "w.xlsx"), PLAN, mapping)
    assert str(caught.value).endswith(
        "the file has no sheet “Biểu 02” (its sheets: Ghi chú, Biểu 01)"
    )


def test_a_mapping_is_kept_as_plain_data_for_the_next_period() -> None:
    mapping = mapping_from_data(WIDE)
    assert mapping.to_data() == {
        "metrics": {"output-growth": "Tốc độ tăng trưởng", "poverty-rate": "Tỷ lệ hộ nghèo"},
        "stage": "official",
        "as_of": "2024-12-20",
        "numbers": "vi",
        "sheet": "Biểu 01",
        "layout": "wide",
        "columns": {"metric": "Chỉ tiêu"},
    }
    assert mapping_from_data(mapping.to_data()) == mapping


def test_a_bad_mapping_is_refused_field_by_field() -> None:
    with pytest.raises(InputError) as caught:
        mapping_from_data(
            {
                "layout": "diagonal",
                "columns": {"year": "Năm"},
                "stage": "ước",
                "units": {"999": "A", "99901": "A"},
                "colour": "red",
            }
        )
    assert sorted((p.field, p.code) for p in caught.value.problems) == [
        ("colour", "mapping.field_unknown"),
        ("columns", "mapping.role_unknown"),
        ("layout", "mapping.not_one_of"),
        ("stage", "figures.bad_stage"),
        ("units", "mapping.same_code"),
    ]


@pytest.mark.parametrize(
    ("text", "period", "stage"),
    [
        ("Năm 2021", Period(2021, PeriodKind.YEAR), None),
        ("6 tháng đầu năm 2022", Period(2022, PeriodKind.HALF, 1), None),
        ("6 tháng cuối năm 2022", Period(2022, PeriodKind.HALF, 2), None),
        ("9 tháng 2023", Period(2023, PeriodKind.NINE_MONTHS, 9), None),
        ("Ước TH 2024", Period(2024, PeriodKind.YEAR), Stage.ESTIMATE),
        ("Ước thực hiện năm 2024", Period(2024, PeriodKind.YEAR), Stage.ESTIMATE),
        ("Sơ bộ 2023", Period(2023, PeriodKind.YEAR), Stage.PRELIMINARY),
        ("KH 2025", Period(2025, PeriodKind.YEAR), Stage.PLAN),
        ("2023 (chính thức)", Period(2023, PeriodKind.YEAR), Stage.OFFICIAL),
        ("TH 2022", Period(2022, PeriodKind.YEAR), None),
        ("Quý III/2023", Period(2023, PeriodKind.QUARTER, 3), None),
        ("Tháng 7/2023", Period(2023, PeriodKind.MONTH, 7), None),
        ("Giai đoạn 2021–2025", Period(2021, PeriodKind.TERM, 0, 2025), None),
        ("2021-H1", Period(2021, PeriodKind.HALF, 1), None),
        (2021, Period(2021, PeriodKind.YEAR), None),
    ],
)
def test_it_recognises_vietnamese_period_headings(text, period, stage) -> None:
    assert heading(text) == (period, stage)


@pytest.mark.parametrize("text", ["Chỉ tiêu", "Đơn vị tính", "Tháng 13/2023", "STT", ""])
def test_it_takes_other_headings_for_no_period(text) -> None:
    assert heading(text) is None


def test_it_reads_units_as_rows_for_one_measure(tmp_path: Path) -> None:
    path = tmp_path / "xa.csv"
    path.write_text(
        "Xã,Năm 2022,Năm 2023\nXã Một,1,1\nXã Hai,0,1\n,1,1\nXã Ba,,\n", encoding="utf-8"
    )
    mapping = mapping_from_data(
        {
            "layout": "wide",
            "columns": {"unit": "Xã"},
            "units": {"99901": "Xã Một", "99902": "xã hai"},
            "metric": "new-rural-communes",
            "stage": "official",
            "as_of": "2024-03-31",
        }
    )
    result = sheets.preview(path, PLAN, mapping)
    (missing,) = result.problems
    assert (missing.cell, missing.field, missing.code) == ("A4", "unit_code", "sheet.unit_missing")
    got = sorted(
        (r.fields["unit_code"], r.fields["period"], r.fields["value"]) for r in result.records
    )
    assert got == [
        ("", "2022", "1"),
        ("", "2023", "1"),
        ("99901", "2022", "1"),
        ("99901", "2023", "1"),
        ("99902", "2022", "0"),
        ("99902", "2023", "1"),
    ]


def test_a_problem_of_a_field_without_a_column_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.csv"
    path.write_text("chỉ tiêu,kỳ,giá trị\nnew-forest,Năm 2024,505\n", encoding="utf-8")
    mapping = mapping_from_data(
        {
            "columns": {"metric": "Chỉ tiêu", "period": "Kỳ", "value": "Giá trị"},
            "stage": "official",
            "as_of": "2023-03-31",
        }
    )
    (p,) = sheets.preview(path, PLAN, mapping).problems
    assert (p.sheet, p.row, p.cell, p.field, p.code) == (
        "so-lieu",
        2,
        None,
        "as_of",
        "figures.before_period",
    )
