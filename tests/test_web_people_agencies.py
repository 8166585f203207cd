"""The agencies list: everyone logged in sees it; the planning office adds and edits
agencies (recorded), others are refused."""

from __future__ import annotations

from chitieu.web.people.models import Agency, AuditEvent
from tests.webhelpers import client_for

NEW = {
    "code": "ubnd-huu-lung",
    "name": "UBND huyện Hữu Lũng",
    "kind": "district",
    "area_code": "20",
}


def test_it_lists_the_agencies_with_how_much_each_reports(demo):
    page = client_for("daibieu").get("/people/agencies/").content.decode()
    assert "Sở Lao động - Thương binh và Xã hội" in page
    assert 'href="/people/agencies/so-ldtbxh/"' in page


def test_it_lets_the_planning_office_add_an_agency(demo, people):
    response = client_for("kehoach").post("/people/agencies/", NEW)
    assert response.status_code == 302
    agency = Agency.objects.get(code="ubnd-huu-lung")
    event = AuditEvent.objects.get(action="create", object_type="agency")
    assert (event.user, event.object_id) == (people["kehoach"], str(agency.pk))


def test_it_records_an_edit_with_old_and_new_values(demo, people):
    response = client_for("quantri").post(
        "/people/agencies/so-ldtbxh/",
        {"agency-name": "Sở Nội vụ", "agency-kind": "department", "agency-area_code": "20"},
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="change", object_type="agency")
    assert (event.field, event.old, event.new) == (
        "name",
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Nội vụ",
    )


def test_it_refuses_changes_by_anyone_else(demo):
    client = client_for("laodong")
    assert client.post("/people/agencies/", NEW).status_code == 403
    edit = client.post(
        "/people/agencies/so-ldtbxh/",
        {"agency-name": "X", "agency-kind": "department", "agency-area_code": "20"},
    )
    assert edit.status_code == 403
    assert not Agency.objects.filter(code="ubnd-huu-lung").exists()
    assert Agency.objects.get(code="so-ldtbxh").name == "Sở Lao động - Thương binh và Xã hội"
