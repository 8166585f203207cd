"""A monthly wide sheet over five years (60 columns headed "Tháng 1/2021" … "Tháng
12/2025", beside the measure's label) goes through the mapping step and is saved, one
report per month; a sheet spanning more rows × columns than CHITIEU_SHEET_MAX_CELLS is
refused, naming its sheet and the limit, and nothing is saved."""

from __future__ import annotations

from decimal import Decimal

from django.test import override_settings
from openpyxl import Workbook

from chitieu.web.figures.models import FigureRecord, Submission
from tests.exchangeweb import exchange_plan
from tests.sheetweb import WIDE_FORM, upload
from tests.webhelpers import client_for

MONTHS = [f"Tháng {m}/{y}" for y in range(2021, 2026) for m in range(1, 13)]
FORM = {**WIDE_FORM, "header_row": "3", "action": "save", "sheet": "Biểu tháng"}


def _book(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Biểu tháng"
    sheet.append(["SỐ LIỆU HẰNG THÁNG 2021 – 2025"])
    sheet.append([])
    sheet.append(["STT", "Chỉ tiêu", "Đơn vị tính", *MONTHS])
    # 50 + 0,1 a month: 50,1 in January 2021 … 56 in December 2025
    values = [50 + (i + 1) / 10 for i in range(60)]
    sheet.append([1, "Tỷ lệ hộ dùng nước sạch", "%", *values])
    book.save(path)
    return path


def test_it_saves_sixty_months_of_a_wide_sheet(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    url = upload(client, plan.slug, _book(tmp_path / "thang.xlsx"))
    response = client.post(url, FORM)
    assert response.status_code == 302, response.content.decode()[-3000:]
    drafts = FigureRecord.objects.filter(plan=plan, approved_at__isnull=True, unit_code="20")
    got = {f.period: f.value for f in drafts.exclude(period="2024")}
    assert len(got) == 60
    assert got["2021-01"] == Decimal("50.1")
    assert got["2023-07"] == Decimal("53.1")
    assert got["2025-12"] == Decimal("56")
    months = Submission.objects.filter(plan=plan, period__contains="-")
    assert months.count() == 60


@override_settings(CHITIEU_SHEET_MAX_CELLS=200)
def test_it_refuses_a_sheet_over_the_cells_it_may_span(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    before = (FigureRecord.objects.count(), Submission.objects.count())
    url = upload(client, plan.slug, _book(tmp_path / "thang.xlsx"))
    response = client.get(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "thang.xlsx: Trang “Biểu tháng”" in page and "200" in page, page[-3000:]
    assert client.post(url, FORM).status_code == 400
    assert (FigureRecord.objects.count(), Submission.objects.count()) == before
