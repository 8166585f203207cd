"""A read-only API token reads what its owner may read and changes nothing: every write
is refused (403) and nothing is saved. A read-write token writes.

A province relies on this when it hands a dashboard or a statistics export a token: if
the key leaks, it cannot be used to enter or approve figures.
"""

from __future__ import annotations

from decimal import Decimal

from django.test import Client

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import ApiToken, TokenScope
from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for

TRAINED = {"measure": "trained-labour", "value": "65,5", "stage": "official"}


def _client(user, scope: str, lang: str = "vi") -> Client:
    _token, key = ApiToken.issue(user, "script", scope=scope)
    return Client(HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_LANGUAGE=lang)


def test_a_read_only_token_reads(demo, people):
    demo.is_public = False  # so that what is read is read with the token, not anonymously
    demo.save()
    reader = _client(people["laodong"], TokenScope.READ)
    assert [p["slug"] for p in reader.get("/api/plans").json()] == ["langson-xvii"]
    statuses = reader.get(f"{PLAN}/statuses").json()
    assert statuses["summary"]["headline"] == "Đạt và vượt 16/20 chỉ tiêu"
    csv = reader.get(f"{PLAN}/figures.csv").getvalue().decode()
    assert csv.startswith("metric,period,value,stage,as_of,unit_code,source,note\n")
    assert "\ngrdp-growth,2021,6.71,official,2022-03-31,20," in csv


def test_a_read_only_token_cannot_enter_figures_and_nothing_is_saved(demo, people):
    figures, reports = FigureRecord.objects.count(), Submission.objects.count()
    reader = _client(people["laodong"], TokenScope.READ)
    response = post_json(reader, f"{PLAN}/figures", figures_body(TRAINED, submit=True))
    assert response.status_code == 403
    assert response.json()["detail"] == (
        "Mã truy cập API này chỉ có quyền đọc: không thể thay đổi gì."
    )
    assert (FigureRecord.objects.count(), Submission.objects.count()) == (figures, reports)


def test_a_read_only_token_cannot_submit_approve_or_return(demo, people):
    report = post_json(client_for("laodong"), f"{PLAN}/figures", figures_body(TRAINED)).json()
    url = f"/api/reports/{report['id']}"
    assert _client(people["laodong"], TokenScope.READ).post(f"{url}/submit").status_code == 403
    post_json(client_for("laodong"), f"{url}/submit", {})
    approver = _client(people["pheduyet"], TokenScope.READ, lang="en")
    refused = approver.post(f"{url}/approve")
    assert refused.status_code == 403
    assert refused.json()["detail"] == "This API token is read-only: it cannot change anything."
    comment = {"comment": "Kiểm tra lại"}
    assert post_json(approver, f"{url}/return", comment).status_code == 403
    assert Submission.objects.get(pk=report["id"]).status == "submitted"


def test_a_read_write_token_writes(demo, people):
    writer = _client(people["laodong"], TokenScope.WRITE)
    response = post_json(writer, f"{PLAN}/figures", figures_body(TRAINED))
    assert response.status_code == 200, response.content
    report = response.json()
    assert (report["status"], report["created_by"]) == ("draft", "laodong")
    assert [(f["measure"], f["value"]) for f in report["figures"]] == [("trained-labour", "65.5")]
    saved = FigureRecord.objects.get(pk=report["figures"][0]["id"])
    assert (saved.measure.key, saved.value, saved.entered_by.username) == (
        "trained-labour",
        Decimal("65.5"),
        "laodong",
    )


def test_a_new_token_is_read_only_unless_asked(demo, people):
    token, _key = ApiToken.issue(people["daibieu"], "bảng theo dõi")
    assert token.scope == "read"
    form = client_for("daibieu").get("/people/tokens/").content.decode()
    assert '<option value="read" selected>' in form
