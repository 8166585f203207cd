"""The planning office says which body a plan belongs to, in the plan editor or the admin,
and the review documents of the Reports page follow it (the Party's header or the State's).
Each change is recorded; a body the core refuses is not saved."""

from __future__ import annotations

import io

from docx import Document

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import core_plan
from tests.planhelpers import form_fields
from tests.webhelpers import client_for

EDIT = "/plans/langson-xvii/edit/"
REPORT = "/dashboard/langson-xvii/reports/"
QUERY = {"period": "2023", "as_of": "05/01/2024", "kind": "review", "format": "docx"}


def _header_text() -> tuple[str, str]:
    """The left and right cells of the header block of the downloaded .docx."""
    doc = Document(io.BytesIO(client_for("daibieu").get(REPORT, QUERY).content))
    left, right = doc.tables[0].rows[0].cells
    return left.text, right.text


def test_the_demo_plan_gives_party_documents(demo):
    data = form_fields(client_for("kehoach").get(EDIT).content.decode())
    assert (data["plan-body_kind"], data["plan-body_name"]) == ("party", "Tỉnh ủy")
    assert (data["plan-body_parent"], data["plan-body_code"]) == ("Đảng bộ tỉnh Lạng Sơn", "TU")
    left, right = _header_text()
    assert "ĐẢNG BỘ TỈNH LẠNG SƠN\nTỈNH ỦY\n*" in left and "-BC/TU" in left
    assert right.startswith("ĐẢNG CỘNG SẢN VIỆT NAM")


def test_the_editor_changes_the_body_and_the_documents_follow(demo, people):
    c = client_for("kehoach")
    data = form_fields(c.get(EDIT).content.decode())
    data |= {
        "plan-body_kind": "state",
        "plan-body_parent": "",
        "plan-body_name": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "plan-body_code": "UBND",
    }
    assert c.post(EDIT, data).status_code == 302
    demo.refresh_from_db()
    body = core_plan(demo).issuing_body
    assert body is not None and (body.kind.value, body.name, body.parent, body.code) == (
        "state",
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "",
        "UBND",
    )
    changes = {
        e.field: (e.old, e.new)
        for e in AuditEvent.objects.filter(plan=demo, action="change", user=people["kehoach"])
    }
    assert changes == {
        "issuing_body.kind": ("party", "state"),
        "issuing_body.name": ("Tỉnh ủy", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        "issuing_body.parent": ("Đảng bộ tỉnh Lạng Sơn", ""),
        "issuing_body.code": ("TU", "UBND"),
    }
    left, right = _header_text()
    assert "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" in left and "Số: " in left and "/BC-UBND" in left
    assert right.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")


def test_a_body_without_its_format_or_with_a_bad_symbol_is_not_saved(demo):
    c = client_for("kehoach")
    data = form_fields(c.get(EDIT).content.decode())
    no_kind = data | {"plan-body_kind": ""}
    page = c.post(EDIT, no_kind)
    assert page.status_code == 200
    assert 'id="id_plan-body_kind_errors"' in page.content.decode()
    assert "chọn cấp ủy Đảng hay cơ quan nhà nước" in page.content.decode()
    bad_code = data | {"plan-body_code": "B C"}
    page = c.post(EDIT, bad_code)
    assert page.status_code == 200
    assert 'id="id_plan-body_code_errors"' in page.content.decode()
    assert "không phải là ký hiệu" in page.content.decode()
    demo.refresh_from_db()
    assert (demo.body_kind, demo.body_code) == ("party", "TU")
    assert not AuditEvent.objects.filter(plan=demo, action="change").exists()


def test_the_admin_shows_the_body_and_refuses_one_the_core_refuses(demo):
    c = client_for("quantri")
    url = f"/admin/plans/plan/{demo.pk}/change/"
    data = form_fields(c.get(url).content.decode(), "plan_form")
    assert data["body_kind"] == "party" and data["body_code"] == "TU"
    c.post(url, data | {"body_name": ""})  # a body of no name: the core refuses the plan
    demo.refresh_from_db()
    assert demo.body_name == "Tỉnh ủy"
    assert c.post(url, data | {"body_code": "TU.LS"}).status_code == 302
    demo.refresh_from_db()
    assert core_plan(demo).issuing_body.code == "TU.LS"  # type: ignore[union-attr]


def test_the_api_gives_the_body_with_the_plan(demo):
    plan = client_for("daibieu").get("/api/plans/langson-xvii").json()
    assert plan["issuing_body"] == {
        "kind": "party",
        "name": "Tỉnh ủy",
        "parent": "Đảng bộ tỉnh Lạng Sơn",
        "code": "TU",
    }
