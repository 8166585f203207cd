"""The Excel template of a report is downloaded, filled in Excel and uploaded back."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl

from chitieu.web.figures.models import Submission
from tests.entryhelpers import LABOUR, entry_url, xlsx
from tests.webhelpers import client_for


def _download(client, period="2025"):
    r = client.get(entry_url(period=period, name="template"))
    assert r.status_code == 200
    assert r["Content-Type"].startswith("application/vnd.openxmlformats")
    return openpyxl.load_workbook(io.BytesIO(r.content))


def _figures(demo, period):
    sub = Submission.objects.get(plan=demo, agency__code=LABOUR, period=period)
    return {f.measure.key: (f.value, f.stage, f.note) for f in sub.figures.all()}


def test_it_gives_a_template_with_the_agency_s_measures_and_only_the_values_open(demo):
    wb = _download(client_for("laodong"))
    assert wb.sheetnames == ["Số liệu"]
    ws = wb["Số liệu"]
    assert ws["D1"].value.startswith("Nghị quyết Đại hội")
    assert ws["D2"].value == "Sở Lao động - Thương binh và Xã hội"
    assert ws["D3"].value == "Năm 2025"
    assert "dưới dạng số" in ws["A5"].value
    assert [c.value for c in ws[6]][:1] == ["STT"]
    rows = [[c.value for c in ws[r]] for r in (7, 8)]
    assert [r[1:6] for r in rows] == [
        ["trained-labour", "20", "(13) Tỷ lệ lao động qua đào tạo", "%", "≥ 65%"],
        [
            "poverty-rate",
            "20",
            "(14) Tỷ lệ hộ nghèo (theo tiêu chí giai đoạn 2016 – 2020)",
            "%",
            "< 3%",
        ],
    ]
    assert rows[0][6] == "62,5 (Năm 2024, chính thức)"
    assert ws.protection.sheet
    assert ws["H7"].protection.locked is False and ws["I7"].protection.locked is False
    assert ws["D7"].protection.locked is not False and ws["F7"].protection.locked is not False
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists and "chính thức" in lists[0].formula1


def test_it_saves_the_values_of_a_filled_template(demo):
    # The first half of 2025, which has no approved figure yet: any stage may be given.
    client = client_for("laodong")
    wb = _download(client, "2025-H1")
    ws = wb["Số liệu"]
    ws["H7"] = 65.5
    ws["I7"] = "chính thức"
    ws["H8"] = "2,4"  # typed as text the Vietnamese way
    ws["I8"] = "ước"
    ws["J8"] = "ước thực hiện cả năm"
    r = client.post(entry_url(period="2025-H1", name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 302, r.content.decode()
    assert _figures(demo, "2025-H1") == {
        "trained-labour": (Decimal("65.5"), "official", ""),
        "poverty-rate": (Decimal("2.4"), "estimate", "ước thực hiện cả năm"),
    }
    # The next download carries the draft's values, so a file can go back and forth.
    again = _download(client, "2025-H1")["Số liệu"]
    assert (again["H7"].value, again["I7"].value) == (65.5, "chính thức")


def test_it_reads_the_english_template_too(demo):
    wb = _download(client_for("laodong", lang="en"), "2025-H1")
    assert wb.sheetnames == ["Figures"]
    ws = wb["Figures"]
    assert ws["A6"].value == "No." and ws["I6"].value.startswith("Stage")
    ws["H7"] = 66
    ws["I7"] = "preliminary"
    r = client_for("laodong").post(entry_url(period="2025-H1", name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 302, r.content.decode()
    assert _figures(demo, "2025-H1") == {"trained-labour": (Decimal("66"), "preliminary", "")}
