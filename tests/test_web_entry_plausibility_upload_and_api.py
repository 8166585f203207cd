"""The plausibility warnings hold an Excel upload and an API write as they hold the form:
nothing is saved until the writer confirms (the same file uploaded again with the box
ticked; ``"confirm": true``), and each warning names its cell or item."""

from __future__ import annotations

import io

import openpyxl
import pytest

from chitieu.web.figures.models import FigureRecord
from tests.apihelpers import PLAN as API_PLAN
from tests.apihelpers import figures_body, post_json
from tests.entryhelpers import approved_series, confirmed_upload, entry_url, xlsx
from tests.webhelpers import client_for

JUMP = (
    "hãy kiểm tra: từ 62,5 (năm 2024) thành 70 là thay đổi 7,5, lớn hơn 3 lần mức thay đổi "
    "lớn nhất trong một năm từ trước đến nay (2,3)"
)


@pytest.fixture
def series(demo):
    approved_series(
        "trained-labour", {"2021": "57", "2022": "58.5", "2023": "60.2", "2024": "62.5"}
    )
    return demo


def _filled(client, value: float) -> io.BytesIO:  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(io.BytesIO(client.get(entry_url(name="template")).content))
    wb["Số liệu"]["H7"], wb["Số liệu"]["I7"] = value, "chính thức"
    return xlsx(wb)


def _drafts() -> list[str]:
    return [str(f.to_core().value) for f in FigureRecord.objects.filter(submission__isnull=False)]


def test_an_upload_is_saved_once_its_warnings_are_confirmed_for_that_file(series):
    client = client_for("laodong")
    upload = _filled(client, 70)
    r = client.post(entry_url(name="upload"), {"file": upload})
    assert r.status_code == 400
    page = r.content.decode()
    warnings = page.split('id="upload-warnings"')[1].split("</div>")[0]
    assert f"Trang “Số liệu”, dòng 7, ô H7: {JUMP}" in warnings
    assert 'name="confirm"' in warnings and 'name="digest"' in warnings
    assert _drafts() == []

    other = _filled(client, 75)  # another file, sent with the confirmation of the first
    digest = confirmed_upload(_filled(client, 70))["digest"]
    r = client.post(entry_url(name="upload"), {"file": other, "confirm": "1", "digest": digest})
    assert r.status_code == 400 and "thành 75" in r.content.decode()
    assert _drafts() == []

    # the same file again, with the box ticked on the page that showed its warnings
    shown = warnings.split('name="digest" value="')[1].split('"')[0]
    assert shown == confirmed_upload(upload)["digest"]
    upload.seek(0)
    r = client.post(entry_url(name="upload"), {"file": upload, "confirm": "1", "digest": shown})
    assert r.status_code == 302
    assert _drafts() == ["70"]


def test_the_api_answers_422_with_the_warnings_until_confirm_is_sent(series):
    item = {"measure": "trained-labour", "value": "70", "stage": "official"}
    client = client_for("laodong")
    r = post_json(client, f"{API_PLAN}/figures", figures_body(item))
    assert r.status_code == 422
    body = r.json()
    assert "confirm" in body["detail"]
    assert body["problems"] == [
        {
            "item": 0,
            "field": "value",
            "message": JUMP,
            "text": f"mục 0, trường “value”: {JUMP}",
            "code": None,  # a warning of the web layer, not a refusal of the core
            "params": None,
            "warning": "jump",
        }
    ]
    assert _drafts() == []
    r = post_json(client, f"{API_PLAN}/figures", figures_body(item, confirm=True))
    assert r.status_code == 200
    assert _drafts() == ["70"]
