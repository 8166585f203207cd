"""The drafting team uploads a draft and sees its parts with their references and its
targets; it opens a round on a version, asking units by kind or one by one, with a
deadline; the people of the units asked are told (a notification), and a later reminder
goes only to the units that have not replied."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from chitieu.web.consultation.models import Round
from chitieu.web.people.models import Agency, AuditEvent, Notification
from tests.consultkit import DRAFT
from tests.consultwebkit import LAODONG, YTE, draft_file, open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db


def test_it_shows_the_parts_of_an_uploaded_draft_with_their_references(people):
    team = client_for("kehoach")
    draft = upload_draft(team)
    page = team.get(f"/consultation/drafts/{draft.pk}/").content.decode()
    assert "Phần II, mục 2, đoạn 2" in page  # "(1) Tốc độ tăng trưởng kinh tế …"
    assert "Phần III, mục 1.1, điểm a, đoạn 1" in page
    assert "Đọc được 4 chỉ tiêu dự thảo." in page
    version = draft.versions.get()
    assert version.name == "du-thao.txt"
    assert len(version.parts) == len(DRAFT)
    assert AuditEvent.objects.filter(
        action="draft_version_added", object_id=str(version.pk)
    ).exists()


def test_it_keeps_a_second_version_and_refuses_a_file_it_cannot_read(people):
    team = client_for("kehoach")
    draft = upload_draft(team)
    v2 = [*DRAFT[:9], "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 7,5%/năm.", *DRAFT[10:]]
    team.post(f"/consultation/drafts/{draft.pk}/versions/", {"file": draft_file(v2, "v2.txt")})
    assert list(draft.versions.values_list("number", "name")) == [(1, "du-thao.txt"), (2, "v2.txt")]
    bad = draft_file(["x"], "du-thao.docx")  # not a Word file at all
    response = team.post(f"/consultation/drafts/{draft.pk}/versions/", {"file": bad}, follow=True)
    assert "du-thao.docx" in response.content.decode()
    assert draft.versions.count() == 2


def test_it_asks_units_by_kind_and_tells_their_people(people):
    team = client_for("kehoach")
    draft = upload_draft(team)
    made = open_round(team, draft, codes=(), kinds=["department"])
    departments = set(Agency.objects.filter(kind="department").values_list("code", flat=True))
    assert set(made.agencies.values_list("code", flat=True)) >= departments - {"so-khdt"}
    told = Notification.objects.filter(kind="consultation")
    assert {n.user.username for n in told} >= {"laodong", "dulich"}
    assert "kehoach" not in {n.user.username for n in told}


def test_it_asks_units_one_by_one_and_reminds_only_the_silent_ones(people):
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team), codes=(LAODONG, YTE))
    assert set(made.agencies.values_list("code", flat=True)) == {LAODONG, YTE}
    assert [n.user.username for n in Notification.objects.filter(kind="consultation")] == [
        "laodong"
    ]
    client_for("laodong").post(
        f"/consultation/rounds/{made.pk}/comment/",
        {"part": "I/p1", "kind": "agree", "text": "Đồng ý."},
    )
    Notification.objects.all().delete()
    team.post(f"/consultation/rounds/{made.pk}/remind/")
    assert Notification.objects.filter(kind="consultation").count() == 0  # Sở Y tế has nobody
    event = AuditEvent.objects.get(action="round_reminded")
    assert event.new == YTE


def test_it_reminds_a_silent_unit_in_the_days_before_the_deadline(people):
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team), codes=(LAODONG,))
    Notification.objects.all().delete()
    far = timezone.localdate() - timedelta(days=30)
    call_command("send_reminders", "--today", far.isoformat(), stdout=io.StringIO())
    assert not Notification.objects.filter(kind="consultation").exists()
    call_command("send_reminders", "--today", made.deadline.isoformat(), stdout=io.StringIO())
    note = Notification.objects.get(kind="consultation")
    assert note.user.username == "laodong" and note.details["reminder"] is True


def test_it_refuses_a_round_without_units_or_with_a_past_deadline(people):
    team = client_for("kehoach")
    draft = upload_draft(team)
    version = draft.versions.get()
    response = team.post(
        f"/consultation/drafts/{draft.pk}/rounds/new/",
        {"title": "X", "version": version.pk, "deadline": "1/1/2020"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Hãy chọn các đơn vị được xin ý kiến" in page
    assert "Thời hạn đã qua" in page
    assert not Round.objects.exists()
