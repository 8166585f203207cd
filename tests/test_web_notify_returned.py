"""A returned report is announced to its agency's reporters, with the approver's comment,
in their list of notifications and by e-mail; also to whoever submitted it for them.

A reporter relies on this to learn at once that the report needs correcting, and why.
"""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from chitieu.web.people.models import Notification, Role
from tests.notifykit import person, submitted, told
from tests.webhelpers import client_for

COMMENT = "Tỷ lệ 95% không hợp lý, đề nghị kiểm tra lại."


def _return(sub) -> None:
    response = client_for("pheduyet").post(
        reverse("figures:report", args=[sub.pk]), {"action": "return", "comment": COMMENT}
    )
    assert response.status_code == 302


def test_it_tells_the_agency_s_reporters_with_the_comment(
    demo, people, django_capture_on_commit_callbacks
):
    person("laodong2", Role.REPORTER, "so-ldtbxh")
    sub = submitted(demo, people["laodong"], "95")
    with django_capture_on_commit_callbacks(execute=True):
        _return(sub)
    assert told("returned") == {"laodong", "laodong2"}
    note = Notification.objects.get(kind="returned", user=people["laodong"])
    assert (note.comment, note.actor, note.submission) == (COMMENT, people["pheduyet"], sub)
    assert sorted(m.to[0] for m in mail.outbox) == ["laodong2@example.vn", "laodong@example.vn"]
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == (
        "Báo cáo bị trả lại: Sở Lao động - Thương binh và Xã hội, năm 2025"
    )
    assert "lãnh đạo duyệt số liệu đã trả lại báo cáo năm 2025" in body
    assert f"“{COMMENT}”" in body
    assert "Hãy sửa báo cáo rồi gửi lại." in body


def test_it_tells_the_planning_office_when_it_submitted_for_the_agency(demo, people):
    sub = submitted(demo, people["kehoach"])
    _return(sub)
    assert told("returned") == {"laodong", "kehoach"}


def test_it_tells_neither_the_approver_nor_other_agencies(demo, people):
    _return(submitted(demo, people["laodong"]))
    assert told("returned") == {"laodong"}  # not dulich (tourism), not pheduyet


def test_a_refused_return_tells_nobody(demo, people):
    sub = submitted(demo, people["laodong"])
    response = client_for("pheduyet").post(
        reverse("figures:report", args=[sub.pk]), {"action": "return", "comment": " "}
    )
    assert response.status_code == 400  # a comment is needed: nothing was decided
    assert told("returned") == set()
