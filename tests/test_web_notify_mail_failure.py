"""A mail server that cannot be reached does not undo or break the workflow: the approval
is saved and answered as usual, the notification is in the list, and the failure is in
the server's log (a real SMTP connection to a port where nothing listens). A name typed
with a line break cannot add a mail header.

A province relies on this: a mail outage must never lose an approver's decision.
"""

from __future__ import annotations

import logging
import socket

from django.core import mail
from django.urls import reverse

from chitieu.web.figures.models import Submission
from chitieu.web.people.models import Agency
from tests.notifykit import submitted, told
from tests.webhelpers import client_for


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_mail_server_is_logged_and_the_approval_stays(
    demo, people, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _closed_port()
    sub = submitted(demo, people["laodong"])
    with (
        caplog.at_level(logging.ERROR, logger="chitieu.notifications"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client_for("pheduyet").post(
            reverse("figures:report", args=[sub.pk]), {"action": "approve"}
        )
    assert response.status_code == 302 and response["Location"] == "/figures/approvals/"
    assert Submission.objects.get(pk=sub.pk).status == "approved"
    assert told("approved") == {"laodong"}
    [failure] = [r for r in caplog.records if r.name == "chitieu.notifications"]
    assert failure.getMessage() == "mail server unreachable: 1 notification e-mail(s) not sent"
    assert failure.exc_info is not None  # with the reason (connection refused)


def test_a_name_with_a_line_break_stays_in_the_subject(
    demo, people, django_capture_on_commit_callbacks
):
    Agency.objects.filter(code="so-ldtbxh").update(name="Sở LĐ-TB&XH\nBcc: ai@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        sub = submitted(demo, people["laodong"])
    assert Submission.objects.get(pk=sub.pk).status == "submitted"
    [message] = mail.outbox
    assert message.subject == "Báo cáo chờ duyệt: Sở LĐ-TB&XH Bcc: ai@example.com, năm 2025"
    assert message.bcc == [] and message.recipients() == ["pheduyet@example.vn"]
    assert "\nBcc:" not in message.message().as_string().split("\n\n", 1)[0]
