"""Helpers for the spreadsheet import tests: a department's workbook written with
openpyxl, and the steps of the mapping page as a browser posts them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

HEADINGS = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2022", "6 tháng đầu năm 2023", "Ước TH 2024"]


def wide_workbook(path: Path, values: list[object]) -> Path:
    """Biểu 01 (a title, a blank row, the headings on row 3, a section row, one measure's
    row on row 5 with ``values`` under the periods), then a sheet of notes."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 01"
    sheet.append(["BIỂU TỔNG HỢP CHỈ TIÊU XÃ HỘI"])
    sheet.append([])
    sheet.append(HEADINGS)
    sheet.append(["I", "Xã hội"])
    sheet.append([1, "Tỷ lệ hộ dùng nước sạch", "%", *values])
    book.create_sheet("Ghi chú").append(["Số liệu do Sở LĐ-TB&XH tổng hợp"])
    book.save(path)
    return path


def upload(client: Any, slug: str, path: Path) -> str:
    """Send the file; the mapping page's address."""
    file = SimpleUploadedFile(path.name, path.read_bytes())
    response = client.post(f"/figures/sheet/{slug}/so-ldtbxh/", {"file": file})
    assert response.status_code == 302, response.content.decode()[:2000]
    url: str = response["Location"]
    return url


WIDE_FORM = {
    "sheet": "Biểu 01",
    "header_row": "3",
    "layout": "wide",
    "col_metric": "Chỉ tiêu",
    "stage": "official",
    "as_of": "15/1/2025",
    "unit": "20",
    "numbers": "vi",
    "m_nuoc-sach": "Tỷ lệ hộ dùng nước sạch",
}
