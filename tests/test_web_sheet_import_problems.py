"""A sheet with problems shows each by its cell (a value that is not a number, a measure
label the mapping lacks, a period outside the plan's term) and saves nothing, not even
its good rows; a file that is not a spreadsheet is refused at the upload."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.web.figures.models import ExchangeMapping, FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.exchangeweb import exchange_plan
from tests.sheetweb import upload
from tests.webhelpers import client_for

LONG = """\
Chỉ tiêu,Kỳ,Giá trị
Tỷ lệ hộ dùng nước sạch,Năm 2022,62
Tỷ lệ hộ dùng nước sạch,6 tháng đầu năm 2023,x
Diện tích rừng trồng,Năm 2022,120
Tỷ lệ hộ dùng nước sạch,Năm 2030,70
"""
FORM = {
    "header_row": "1",
    "layout": "long",
    "col_metric": "Chỉ tiêu",
    "col_period": "Kỳ",
    "col_value": "Giá trị",
    "stage": "official",
    "as_of": "15/1/2025",
    "unit": "20",
    "numbers": "vi",
    "m_nuoc-sach": "Tỷ lệ hộ dùng nước sạch",
    "action": "save",
}


def test_every_problem_is_named_by_its_cell_and_nothing_is_saved(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    path = tmp_path / "so-lieu.csv"
    path.write_text(LONG, encoding="utf-8")
    url = upload(client, plan.slug, path)
    before = (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())
    response = client.post(url, FORM)
    assert response.status_code == 400
    page = response.content.decode()
    assert "3 lỗi: chưa lưu gì." in page
    assert "so-lieu.csv: Trang “so-lieu”, ô C3" in page
    assert "“x” không phải là số viết kiểu Việt Nam (1.234,5)" in page
    assert "ô A4, trường “metric”: “Diện tích rừng trồng” không có trong tệp ánh xạ" in page
    assert "ô B5, trường “kỳ báo cáo”: 2030 nằm ngoài nhiệm kỳ" in page
    assert 'id="sheet-save"' not in page
    after = (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())
    assert after == before
    assert not ExchangeMapping.objects.filter(plan=plan).exists()
    english = client_for("laodong", "en").post(url, FORM).content.decode()
    assert "so-lieu.csv: sheet “so-lieu”, cell C3" in english.replace("Sheet", "sheet")


def test_a_file_that_is_not_a_spreadsheet_is_refused_at_once(demo, people):
    plan = exchange_plan(people["kehoach"])
    file = SimpleUploadedFile("bao-cao.docx", b"PK\x03\x04")
    response = client_for("laodong").post(f"/figures/sheet/{plan.slug}/so-ldtbxh/", {"file": file})
    assert response.status_code == 400
    assert "chọn một tệp .xlsx, .xlsm hoặc .csv" in response.content.decode()
