"""A hostile Excel upload is refused with a message naming the file, and the sheet and
cell where there is one; nothing is saved and the server goes on (issue 10: a 5.7 KB
.xlsx with a cell at XFD1048576 made calamine ask for 512 GiB and abort the worker)."""

from __future__ import annotations

import io
import random
import re

import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from tests.entryhelpers import entry_url
from tests.filekit import rezip
from tests.webhelpers import client_for

SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture(autouse=True)
def _five_thousand_rows(settings):
    """The sheet's limits follow the rows an upload may have (CHITIEU_UPLOAD_MAX_ROWS): with
    5.000 rows of figures, a sheet reaches row 5.100 and holds 255.000 cells."""
    settings.CHITIEU_UPLOAD_MAX_ROWS = 5000


def template() -> bytes:
    return client_for("laodong").get(entry_url(name="template")).content


def refused(data: bytes, name: str = "bao-cao.xlsx", lang: str = "vi") -> str:
    before = (FigureRecord.objects.count(), Submission.objects.count())
    file = io.BytesIO(data)
    file.name = name
    r = client_for("laodong", lang=lang).post(entry_url(name="upload"), {"file": file})
    assert r.status_code == 400
    assert (FigureRecord.objects.count(), Submission.objects.count()) == before
    page = r.content.decode()
    return page.split('id="upload-errors"')[1].split("</ul>")[0]


def in_sheet(data: bytes, change: bytes, before: bytes = b"</sheetData>") -> bytes:
    return rezip(data, {SHEET: lambda xml: xml.replace(before, change + before, 1)})


def test_the_template_itself_is_read(demo):
    # the measure lets the real template through: the rows below are read and checked
    r = client_for("laodong").post(
        entry_url(name="upload"), {"file": _named(template(), "bao-cao.xlsx")}
    )
    assert "không có số liệu nào để lưu" in r.content.decode()


def _named(data: bytes, name: str) -> io.BytesIO:
    file = io.BytesIO(data)
    file.name = name
    return file


def test_a_cell_at_the_last_column_and_row_is_refused_with_its_place(demo):
    data = in_sheet(template(), b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    assert len(data) < 20_000
    errors = refused(data)
    assert (
        "Trang “Số liệu”, ô XFD1048576: tệp “bao-cao.xlsx” có ô ở xa đến đây: một trang của "
        "tệp mẫu có tối đa 5.100 dòng và 50 cột"
    ) in errors


def test_a_declared_range_of_the_whole_sheet_is_refused(demo):
    data = rezip(
        template(),
        {
            SHEET: lambda xml: re.sub(
                rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:J1048576"/>', xml
            )
        },
    )
    assert "ô J1048576" in refused(data)


def test_a_row_without_numbers_far_down_is_placed_where_it_falls(demo):
    # cells without their reference follow the one before, as calamine places them
    data = in_sheet(template(), b'<row r="9000"><c><v>1</v></c><c><v>2</v></c></row>')
    assert "ô A9000" in refused(data)


def test_a_reference_past_excel_s_own_grid_is_refused_too(demo):
    data = in_sheet(template(), b'<row r="99999999"><c r="A99999999"><v>1</v></c></row>')
    assert "ô A99999999" in refused(data)


def test_too_many_cells_are_refused(demo):
    # all in one row and column (calamine keeps each one); values that do not compress
    values = random.Random(0)
    cells = b"".join(b'<c r="A300"><v>%d</v></c>' % values.randrange(10**9) for _ in range(260_000))
    errors = refused(in_sheet(template(), b'<row r="300">' + cells + b"</row>"))
    assert "Trang “Số liệu”: tệp “bao-cao.xlsx” có hơn 255.000 ô trong trang này" in errors


def test_a_zip_bomb_is_refused_before_it_is_unpacked(demo):
    data = in_sheet(template(), b" " * (20 * 1024 * 1024), before=b"<sheetData>")
    errors = refused(data)
    assert (
        "không đọc được “bao-cao.xlsx” như một bảng tính: phần “xl/worksheets/sheet1.xml”" in errors
    )
    assert "bị nén hơn 200 lần (bom nén zip?)" in errors


def test_a_dtd_is_refused_so_no_entity_expands(demo):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    data = rezip(template(), {SHEET: lambda xml: laughs + xml.split(b"?>", 1)[-1]})
    assert "“bao-cao.xlsx” khai báo DTD trong “xl/worksheets/sheet1.xml”" in refused(data)


def test_a_huge_shared_string_count_is_refused(demo):
    # calamine sizes a buffer by this count: four billion aborted the process
    sst = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="4000000000" uniqueCount="4000000000"><si><t>a</t></si></sst>'
    )
    data = rezip(template(), {"xl/sharedStrings.xml": lambda _: sst})
    assert "“bao-cao.xlsx” khai báo hơn 1.020.000 chuỗi văn bản dùng chung" in refused(data)


@pytest.mark.parametrize("name", ["bao-cao.xls", "bao-cao.ods", "bao-cao.xlsb"])
def test_formats_that_cannot_be_measured_are_refused(demo, name):
    errors = refused(template(), name)
    assert f"“{name}” không phải là tệp Excel: hãy tải lên tệp mẫu .xlsx" in errors


def test_it_says_so_in_english(demo):
    data = in_sheet(template(), b'<row r="9000"><c r="A9000"><v>1</v></c></row>')
    errors = refused(data, lang="en")
    assert (
        "Sheet “Số liệu”, cell A9000: the file “bao-cao.xlsx” has a cell this far: a sheet "
        "of the template has at most 5.100 rows and 50 columns"
    ) in errors
