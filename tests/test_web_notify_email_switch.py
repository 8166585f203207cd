"""Each person switches notification e-mails off (or on again) on their account page; the
notifications stay in their list either way. The switch is audited.

A reporter relies on this to stop a flood of e-mails without missing anything.
"""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from chitieu.web.people.models import AuditEvent, Profile
from tests.notifykit import submitted, told
from tests.webhelpers import client_for

ACCOUNT = "/people/account/"


def _approve(sub) -> None:
    client_for("pheduyet").post(reverse("figures:report", args=[sub.pk]), {"action": "approve"})


def _switch(on: bool) -> None:
    data = {"language": "vi"} | ({"email_notifications": "on"} if on else {})
    response = client_for("laodong").post(ACCOUNT, data)
    assert response.status_code == 302 and response["Location"] == ACCOUNT


def test_the_account_page_offers_the_switch_on_by_default(demo):
    page = client_for("laodong").get(ACCOUNT).content.decode()
    assert "Gửi thông báo cho tôi qua thư điện tử" in page
    assert 'id="id_email_notifications" checked>' in page


def test_switched_off_it_sends_no_e_mail_but_keeps_the_notification(
    demo, people, django_capture_on_commit_callbacks
):
    _switch(on=False)
    assert not Profile.objects.get(user=people["laodong"]).email_notifications
    event = AuditEvent.objects.get(object_type="profile", field="email_notifications")
    assert (event.user, event.old, event.new) == (people["laodong"], "True", "False")
    with django_capture_on_commit_callbacks(execute=True):
        _approve(submitted(demo, people["laodong"]))
    assert told("approved") == {"laodong"}
    assert [m.to for m in mail.outbox] == [["pheduyet@example.vn"]]  # the submission's


def test_switched_on_again_it_sends_again(demo, people, django_capture_on_commit_callbacks):
    _switch(on=False)
    _switch(on=True)
    with django_capture_on_commit_callbacks(execute=True):
        _approve(submitted(demo, people["laodong"]))
    assert ["laodong@example.vn"] in [m.to for m in mail.outbox]


def test_without_an_address_there_is_only_the_notification(
    demo, people, django_capture_on_commit_callbacks
):
    people["laodong"].email = ""
    people["laodong"].save()
    with django_capture_on_commit_callbacks(execute=True):
        _approve(submitted(demo, people["laodong"]))
    assert told("approved") == {"laodong"}
    assert [m.to for m in mail.outbox] == [["pheduyet@example.vn"]]
