"""Only the planning office and administrators manage plans; others get 403 and nothing
changes. Exports follow who may see the plan."""

from __future__ import annotations

import pytest

from chitieu.web.plans.convert import plan_data
from chitieu.web.plans.models import Plan, ReadDraft
from tests.planhelpers import form_fields, upload
from tests.textread_cases import CASES
from tests.webhelpers import client_for

OTHERS = ["laodong", "dulich", "pheduyet", "daibieu"]


@pytest.mark.parametrize("user", OTHERS)
@pytest.mark.parametrize("url", ["/plans/", "/plans/read/", "/plans/langson-xvii/edit/"])
def test_others_get_403_on_the_plan_pages(demo, user, url):
    assert client_for(user).get(url).status_code == 403


@pytest.mark.parametrize("user", ["kehoach", "quantri"])
@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/plans/", "<h1>Quản lý nghị quyết</h1>"),
        ("/plans/read/", "<h1>Đọc nghị quyết</h1>"),
        ("/plans/langson-xvii/edit/", "<h1>Sửa kế hoạch <code>langson-xvii</code></h1>"),
    ],
)
def test_the_planning_office_and_administrators_may_open_them(demo, user, url, heading):
    assert heading in client_for(user).get(url).content.decode()


def test_anonymous_visitors_are_sent_to_log_in(demo):
    r = client_for(None).get("/plans/")
    assert r.status_code == 302 and r["Location"] == "/login/?next=/plans/"


@pytest.mark.parametrize("user", OTHERS)
def test_others_change_nothing_by_posting(demo, user):
    before = plan_data(demo)
    editor = form_fields(client_for("kehoach").get("/plans/langson-xvii/edit/").content.decode())
    editor["plan-title"] = "Đổi tên"
    c = client_for(user)
    assert c.post("/plans/langson-xvii/edit/", editor).status_code == 403
    text = (CASES / "huyen-2020-2025.txt").read_bytes()
    assert c.post("/plans/read/", {"file": upload(text, "nq.txt")}).status_code == 403
    plan_file = client_for("kehoach").get("/plans/langson-xvii/export.yaml").content
    copy = plan_file.replace(b"id: langson-xvii", b"id: copy")
    assert c.post("/plans/import/", {"plan_file": upload(copy, "p.yaml")}).status_code == 403
    demo.refresh_from_db()
    assert plan_data(demo) == before
    assert not Plan.objects.filter(slug="copy").exists() and not ReadDraft.objects.exists()


def test_others_cannot_open_a_reading(db):
    c = client_for("kehoach")
    r = c.post("/plans/read/", {"file": upload((CASES / "xa-2025-2030.txt").read_bytes(), "x.txt")})
    review = r["Location"]
    assert client_for("daibieu").get(review).status_code == 403
    assert client_for("daibieu").post(review, {"discard": "1"}).status_code == 403
    assert ReadDraft.objects.count() == 1


def test_viewers_may_export_the_plans_they_see(demo):
    demo.is_public = False
    demo.save()
    c = client_for("daibieu")
    plan = c.get("/plans/langson-xvii/export.json")
    assert plan["Content-Disposition"] == 'attachment; filename="langson-xvii.json"'
    assert plan.json()["id"] == "langson-xvii"
    assert len(plan.json()["targets"]) == 20
    figures = c.get("/plans/langson-xvii/figures.csv")
    assert figures["Content-Disposition"] == 'attachment; filename="langson-xvii.figures.csv"'
    lines = figures.getvalue().decode().splitlines()
    assert lines[0] == "metric,period,value,stage,as_of,unit_code,source,note"
    assert lines[1].startswith("grdp-growth,2021,6.51,estimate,2021-12-10,20,")
