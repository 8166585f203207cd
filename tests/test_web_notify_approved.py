"""An approved report is announced to its agency's reporters: their figures now count.
The approvers, who know it, are not told.

A reporter relies on this to know the period is done without checking back.
"""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from chitieu.web.people.models import Notification
from tests.notifykit import submitted, told
from tests.webhelpers import client_for


def test_it_tells_the_reporters_that_their_figures_count(
    demo, people, django_capture_on_commit_callbacks
):
    sub = submitted(demo, people["laodong"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for("pheduyet").post(
            reverse("figures:report", args=[sub.pk]), {"action": "approve"}
        )
    assert response.status_code == 302
    assert told("approved") == {"laodong"}
    note = Notification.objects.get(kind="approved")
    assert (note.actor, note.submission, note.read_at) == (people["pheduyet"], sub, None)
    [message] = mail.outbox
    assert message.to == ["laodong@example.vn"]
    assert message.subject == "Báo cáo đã được duyệt: Sở Lao động - Thương binh và Xã hội, năm 2025"
    assert "từ nay số liệu của báo cáo được tính" in message.body


def test_it_tells_through_the_api_as_through_the_page(demo, people):
    sub = submitted(demo, people["laodong"])
    response = client_for("pheduyet").post(
        f"/api/reports/{sub.pk}/approve", "{}", content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert told("approved") == {"laodong"}
