"""A DHIS2 upload with an unmapped data element, an unmapped org unit, a nine-month
period (which DHIS2 has not) and a value that is not a number shows every problem by
the file's name and line, in Vietnamese (English in the English UI), offers no save, and
saves nothing, not even its good line; a save posted anyway saves nothing either."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.exchangeweb import exchange_plan
from tests.webhelpers import client_for

MAPPING = b"""\
metrics: {nuoc-sach: fClean01}
units: {"20": LS0001}
stage: official
"""
BODY = """\
dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup
fClean01,2024,LS0001,,,70,,2025-01-15,,
fForest9,2024,LS0001,,,120,,2025-01-15,,
fClean01,2024,LS0099,,,71,,2025-01-15,,
fClean01,2023-9M,LS0001,,,64,,2025-01-15,,
fClean01,2023,LS0001,,,sáu mươi,,2025-01-15,,
"""


def _state(plan):
    return (
        FigureRecord.objects.filter(plan=plan).count(),
        Submission.objects.filter(plan=plan).count(),
        AuditEvent.objects.count(),
    )


def _preview_url(client, slug):
    response = client.post(
        f"/figures/exchange/{slug}/so-ldtbxh/",
        {
            "format": "dhis2",
            "file": SimpleUploadedFile("so-lieu.csv", BODY.encode()),
            "mapping": SimpleUploadedFile("ma.yaml", MAPPING),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def test_every_problem_is_named_by_its_line_and_nothing_is_saved(demo, people):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    url = _preview_url(client, plan.slug)
    before = _state(plan)
    response = client.get(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "4 lỗi: chưa lưu gì." in page
    assert "so-lieu.csv: Dòng 3, trường “dataElement”: “fForest9” không có trong tệp ánh xạ" in page
    assert "so-lieu.csv: Dòng 4, trường “orgUnit”: “LS0099” không có trong tệp ánh xạ" in page
    assert (
        "so-lieu.csv: Dòng 5, trường “kỳ báo cáo”: “2023-9M” không phải kỳ DHIS2 mà chitieu "
        "đọc được (2021, 2021S1, 2021Q3, 202107)"
    ) in page
    assert "so-lieu.csv: Dòng 6, trường “value”: “sáu mươi” không phải là số" in page
    assert 'id="exchange-save"' not in page
    assert client.post(url, {"action": "save"}).status_code == 400
    assert _state(plan) == before
    english = client_for("laodong", "en").get(url).content.decode()
    assert "4 problems: nothing was saved." in english
    assert "so-lieu.csv: Row 3, field “dataElement”: “fForest9” is not in the mapping" in english
    assert "so-lieu.csv: Row 6, field “value”: “sáu mươi” is not a number" in english


def test_a_file_of_another_kind_and_a_bad_mapping_are_refused_at_once(demo, people):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    url = f"/figures/exchange/{plan.slug}/so-ldtbxh/"
    before = _state(plan)
    file = SimpleUploadedFile("bao-cao.xlsx", b"PK\x03\x04")
    page = client.post(url, {"format": "sdmx-csv", "file": file}).content.decode()
    assert "chọn một tệp .csv" in page
    bad = SimpleUploadedFile("ma.yaml", b"metrics: [nuoc-sach]\nlayuot: wide\n")
    file = SimpleUploadedFile("so-lieu.csv", BODY.encode())
    response = client.post(url, {"format": "dhis2", "file": file, "mapping": bad})
    assert response.status_code == 400
    page = response.content.decode()
    assert "ma.yaml" in page and "layuot" in page
    assert _state(plan) == before
