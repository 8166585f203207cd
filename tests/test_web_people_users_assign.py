"""The planning office changes a person's name, e-mail, role and agency on the account's
page; the rights follow at once, and each changed field is audited (old → new).

A planning office relies on this when a reporter moves to another department.
"""

from __future__ import annotations

from chitieu.web.people.models import Agency, AuditEvent, Profile
from tests.entryhelpers import entry_url
from tests.webhelpers import client_for


def test_moving_a_reporter_to_another_agency_moves_their_rights(demo, people):
    tourism = client_for("dulich")
    assert tourism.get(entry_url()).status_code == 403  # the labour department's report
    labour = Agency.objects.get(code="so-ldtbxh")
    response = client_for("kehoach").post(
        f"/people/users/{people['dulich'].pk}/",
        {
            "action": "save",
            "full_name": "Trần Thị Bình",
            "email": "dulich@example.vn",
            "role": "reporter",
            "agency": labour.pk,
        },
    )
    assert response.status_code == 302
    assert Profile.objects.get(user=people["dulich"]).agency == labour
    assert tourism.get(entry_url()).status_code == 200
    changes = AuditEvent.objects.filter(object_type="user", object_id=str(people["dulich"].pk))
    assert set(changes.values_list("field", "old", "new")) == {
        ("full_name", "báo cáo viên Sở VHTT&DL", "Trần Thị Bình"),
        ("agency", "so-vhttdl", "so-ldtbxh"),
    }


def test_making_someone_an_approver_for_all_agencies(demo, people):
    response = client_for("quantri").post(
        f"/people/users/{people['daibieu'].pk}/",
        {"full_name": "Lê Văn C", "email": "", "role": "approver", "agency": ""},
    )
    assert response.status_code == 302
    assert client_for("daibieu").get("/figures/approvals/").status_code == 200
    assert set(
        AuditEvent.objects.filter(object_id=str(people["daibieu"].pk)).values_list(
            "field", "old", "new"
        )
    ) == {
        ("full_name", "đại biểu dự hội nghị", "Lê Văn C"),
        ("email", "daibieu@example.vn", ""),
        ("role", "viewer", "approver"),
    }
