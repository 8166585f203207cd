"""A value the database would not keep exactly is refused on the entry form and in an
Excel upload, in the reporter's language and beside its field or cell; nothing is saved,
and every page that reads the figures goes on answering."""

from __future__ import annotations

import io

import openpyxl
import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.entryhelpers import confirmed_upload, entry_url, form, pages_still_answer, xlsx
from tests.webhelpers import client_for


def _saved():
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "9999999999999999999999999",
            "“9999999999999999999999999” quá lớn: tối đa 20 chữ số trước dấu thập phân",
        ),
        (
            "1.234.567.890,123456789",
            "“1.234.567.890,123456789” có 19 chữ số có nghĩa: chỉ giữ chính xác được tối đa 15; "
            "hãy làm tròn",
        ),
        (
            "0,00000000001",
            "“0,00000000001” có 11 chữ số thập phân: chỉ giữ được tối đa 10; hãy làm tròn",
        ),
    ],
)
def test_it_refuses_a_value_it_would_not_keep_exactly(demo, typed, said):
    before = _saved()
    r = client_for("laodong").post(entry_url(), form(trained_labour=typed, poverty_rate="2,5"))
    assert r.status_code == 400
    errors = r.content.decode().split('id="entry-errors"')[1].split("</ul>")[0]
    assert f"Trường “Tỷ lệ lao động qua đào tạo”: {said}" in errors
    assert _saved() == before
    pages_still_answer()


def test_it_says_so_in_english_in_the_english_interface(demo):
    r = client_for("laodong", lang="en").post(entry_url(), form(trained_labour="1e25"))
    assert r.status_code == 400
    # "1e25" is no Vietnamese number at all; a long one is named by its limit
    r = client_for("laodong", lang="en").post(
        entry_url(), form(trained_labour="12.345.678.901.234.567")
    )
    assert "“12.345.678.901.234.567” has 17 significant digits: at most 15 are kept exactly" in (
        r.content.decode()
    )


def test_it_keeps_the_widest_value_it_allows_exactly(demo):
    typed = "12.345,1234567891"  # fifteen significant digits, ten of them decimals
    r = client_for("laodong").post(entry_url(), form(trained_labour=typed, confirm=True))
    assert r.status_code == 302
    fig = FigureRecord.objects.get(measure__key="trained-labour", submission__isnull=False)
    assert str(fig.to_core().value) == "12345.1234567891"
    page = client_for("laodong").get(entry_url()).content.decode()
    assert f'value="{typed}"' in page


def _template():
    r = client_for("laodong").get(entry_url(name="template"))
    return openpyxl.load_workbook(io.BytesIO(r.content))


def test_it_names_the_cell_of_an_upload_with_such_a_value(demo):
    wb = _template()
    ws = wb["Số liệu"]
    ws["H7"] = 1e25  # a number cell
    ws["H8"] = "0,00000000001"  # a text cell
    before = _saved()
    r = client_for("laodong").post(entry_url(name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 400
    errors = r.content.decode().split('id="upload-errors"')[1].split("</ul>")[0]
    assert (
        "Trang “Số liệu”, dòng 7, ô H7: “10.000.000.000.000.000.000.000.000” quá lớn: tối đa 20 "
        "chữ số trước dấu thập phân"
    ) in errors
    assert "dòng 8, ô H8: “0,00000000001” có 11 chữ số thập phân" in errors
    assert _saved() == before
    pages_still_answer()


def test_it_reads_a_formulas_binary_noise_as_the_value_excel_shows(demo):
    wb = _template()
    wb["Số liệu"]["H7"] = 0.1 + 0.2  # what =0,1+0,2 leaves in the cell: 0.30000000000000004
    wb["Số liệu"]["I7"] = "chính thức"
    # 0,3% after 62,5% the year before is a jump to confirm
    r = client_for("laodong").post(entry_url(name="upload"), confirmed_upload(xlsx(wb)))
    assert r.status_code == 302
    fig = FigureRecord.objects.get(measure__key="trained-labour", submission__isnull=False)
    assert str(fig.to_core().value) == "0.3"
