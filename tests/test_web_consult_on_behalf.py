"""A unit with no account replies all the same: the drafting team types the comments of
its letter, or uploads the reply file it sent (the Word copy or the comments table), on
its behalf. Those comments are the unit's, marked "entered by the drafting team from the
unit's letter", audited as such, and count as its reply. The team enters only for those
asked; a unit's own people comment for their unit only."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.web.consultation.models import Comment
from chitieu.web.people.models import Agency, AuditEvent
from chitieu.web.units.models import AdminUnit
from tests.consultkit import write_table
from tests.consultwebkit import LAODONG, open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db

MARK = "do Ban soạn thảo nhập từ văn bản của đơn vị"


@pytest.fixture
def round_(people):
    """Sở LĐ-TB&XH, Phường Đông Kinh (a ward of the registry) and a Party committee with
    nobody in chitieu asked."""
    office = client_for("kehoach")
    new = {"code": "dang-uy-hoi-hoan", "name": "Đảng ủy xã Hội Hoan", "kind": "party"}
    assert office.post("/people/agencies/", new | {"area_code": "20"}).status_code == 302
    codes = (LAODONG, "dang-uy-hoi-hoan")
    return open_round(office, upload_draft(office), codes=codes, unit_codes="05977")


def _key(round_, code):
    unit = round_.units.filter(code=code).first()
    return f"u{unit.pk}" if unit else f"a{Agency.objects.get(code=code).pk}"


def test_the_team_types_a_wards_comment_from_its_letter(round_):
    team = client_for("kehoach")
    key = _key(round_, "05977")
    page = team.get(f"/consultation/rounds/{round_.pk}/?for={key}").content.decode()
    assert "Phường Đông Kinh" in page and MARK in page
    data = {"for": key, "part": "II/2/p2", "kind": "other", "text": "Cần thêm chỉ tiêu đô thị."}
    response = team.post(f"/consultation/rounds/{round_.pk}/comment/", data)
    assert response.status_code == 302
    assert response["Location"] == f"/consultation/rounds/{round_.pk}/?for={key}"
    saved = Comment.objects.get()
    ward = AdminUnit.objects.get(code="05977", valid_to__isnull=True)
    assert (saved.unit, saved.agency, saved.on_behalf) == (ward, None, True)
    assert saved.author.username == "kehoach"
    event = AuditEvent.objects.get(action="comment_entered_for")
    assert (event.user.username, event.comment) == ("kehoach", "05977")
    consolidation = team.get(f"/consultation/rounds/{round_.pk}/consolidation/").content.decode()
    assert "1 trên 3 đơn vị được xin ý kiến đã gửi ý kiến." in consolidation
    assert "Phường Đông Kinh</strong> · Ý kiến khác: Cần thêm chỉ tiêu đô thị." in consolidation
    assert MARK in consolidation


def test_the_team_uploads_the_reply_file_a_party_committee_sent(round_, tmp_path):
    table = write_table(
        tmp_path / "hoi-hoan.xlsx",
        "Đảng ủy xã Hội Hoan",
        [["Phần II, mục 2, đoạn 2", "Đồng ý", "Nhất trí với mục tiêu tăng trưởng.", None, None]],
    )
    key = _key(round_, "dang-uy-hoi-hoan")
    upload = SimpleUploadedFile("hoi-hoan.xlsx", table.read_bytes())
    team = client_for("kehoach")
    response = team.post(f"/consultation/rounds/{round_.pk}/reply/", {"for": key, "file": upload})
    assert response.status_code == 302
    saved = Comment.objects.get()
    assert (saved.agency.code, saved.on_behalf, saved.source) == (
        "dang-uy-hoi-hoan",
        True,
        "hoi-hoan.xlsx",
    )
    event = AuditEvent.objects.get(action="reply_uploaded_for")
    assert (event.field, event.comment) == ("dang-uy-hoi-hoan", "hoi-hoan.xlsx: 1, 0")
    page = team.get(f"/consultation/rounds/{round_.pk}/?for={key}").content.decode()
    assert "Nhất trí với mục tiêu tăng trưởng." in page


def test_a_units_people_comment_for_their_own_unit_only(round_):
    data = {"for": _key(round_, "05977"), "part": "I/p1", "kind": "agree", "text": "Đồng ý."}
    client_for("laodong").post(f"/consultation/rounds/{round_.pk}/comment/", data)
    saved = Comment.objects.get()
    assert (saved.agency.code, saved.unit, saved.on_behalf) == (LAODONG, None, False)


def test_the_team_enters_only_for_those_asked(round_):
    team = client_for("kehoach")
    data = {"part": "I/p1", "kind": "agree", "text": "Đồng ý."}
    url = f"/consultation/rounds/{round_.pk}/comment/"
    assert team.post(url, data).status_code == 403  # for nobody: the team does not comment
    other = AdminUnit.objects.get(code="05983", valid_to__isnull=True)
    assert team.post(url, data | {"for": f"u{other.pk}"}).status_code == 404
    assert team.post(url, data | {"for": "x1"}).status_code == 404
    assert not Comment.objects.exists()


def test_a_letter_after_the_round_is_closed_is_refused(round_):
    team = client_for("kehoach")
    team.post(f"/consultation/rounds/{round_.pk}/close/")
    data = {"for": _key(round_, "05977"), "part": "I/p1", "kind": "agree", "text": "Đồng ý."}
    response = team.post(f"/consultation/rounds/{round_.pk}/comment/", data, follow=True)
    assert "Ban soạn thảo đã kết thúc đợt góp ý này" in response.content.decode()
    assert not Comment.objects.exists()
