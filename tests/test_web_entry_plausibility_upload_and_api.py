"""The plausibility warnings hold an Excel upload and an API write as they hold the form:
nothing is saved until the writer confirms (the same file uploaded again with the box
ticked; ``"confirm": true``), and each warning names its cell or item."""

from __future__ import annotations

import pytest

from tests.apihelpers import PLAN as API_PLAN
from tests.apihelpers import figures_body, post_json
from tests.entryhelpers import (
    confirmed_upload,
    draft_values,
    entry_url,
    filled_template,
    jumping_series,
)
from tests.webhelpers import client_for

JUMP = (
    "hãy kiểm tra: từ 62,5 (năm 2024) thành 70 là thay đổi 7,5, lớn hơn 3 lần mức thay đổi "
    "lớn nhất trong một năm từ trước đến nay (2,3)"
)


@pytest.fixture
def series(demo):
    jumping_series()
    return demo


def test_an_upload_is_saved_once_its_warnings_are_confirmed_for_that_file(series):
    client = client_for("laodong")
    upload = filled_template(client, 70)
    r = client.post(entry_url(name="upload"), {"file": upload})
    assert r.status_code == 400
    page = r.content.decode()
    warnings = page.split('id="upload-warnings"')[1].split("</div>")[0]
    assert f"Trang “Số liệu”, dòng 7, ô H7: {JUMP}" in warnings
    assert 'name="confirm"' in warnings and 'name="digest"' in warnings
    assert draft_values() == []

    other = filled_template(client, 75)  # another file, sent with the confirmation of the first
    digest = confirmed_upload(filled_template(client, 70))["digest"]
    r = client.post(entry_url(name="upload"), {"file": other, "confirm": "1", "digest": digest})
    assert r.status_code == 400 and "thành 75" in r.content.decode()
    assert draft_values() == []

    # the same file again, with the box ticked on the page that showed its warnings
    shown = warnings.split('name="digest" value="')[1].split('"')[0]
    assert shown == confirmed_upload(upload)["digest"]
    upload.seek(0)
    r = client.post(entry_url(name="upload"), {"file": upload, "confirm": "1", "digest": shown})
    assert r.status_code == 302
    assert draft_values() == ["70"]


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
    assert draft_values() == []
    r = post_json(client, f"{API_PLAN}/figures", figures_body(item, confirm=True))
    assert r.status_code == 200
    assert draft_values() == ["70"]
