"""A forgotten password is reset by e-mail: the person gives their address, gets a link
(in their language), chooses a new password, and logs in with it. The link works once
and for a day; a used or expired link is refused with a page saying so, and nothing
changes. An unknown address gets the same answer and no e-mail.

An official who forgot their password relies on this instead of calling the office.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from axes.models import AccessAttempt
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from chitieu.web.people.models import AuditEvent, Profile
from tests.webhelpers import PASSWORD

NEW = "Hoa-đào-Mẫu-Sơn-2026"


def _ask(email: str) -> Client:
    client = Client()
    response = client.post("/password/reset/", {"email": email})
    assert response.status_code == 302 and response["Location"] == "/password/reset/sent/"
    return client


def _link() -> str:
    [message] = mail.outbox
    found = re.search(r"http://testserver(/reset/[^/\s]+/[^/\s]+/)", message.body)
    assert found, message.body
    return found.group(1)


def _choose(client: Client, link: str, password: str = NEW) -> Client:
    form = client.get(link, follow=True)
    assert 'id="new-password-form"' in form.content.decode()
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}
    )
    assert response.status_code == 302 and response["Location"] == "/reset/done/"
    return client


def _logs_in(password: str) -> bool:
    response = Client().post("/login/", {"username": "laodong", "password": password})
    return response.status_code == 302


def test_it_mails_a_link_that_sets_a_new_password(demo, people):
    client = _ask("laodong@example.vn")
    [message] = mail.outbox
    assert message.to == ["laodong@example.vn"]
    assert message.subject == "chitieu: đặt mật khẩu mới"
    assert "tài khoản chitieu “laodong”" in message.body
    _choose(client, _link())
    assert _logs_in(NEW) and not _logs_in(PASSWORD)
    event = AuditEvent.objects.get(object_type="user", field="password")
    assert (event.user, event.old, event.new) == (people["laodong"], "••••••", "••••••")
    assert event.comment == "reset by e-mail"


def test_the_e_mail_is_in_the_person_s_language(demo, people):
    Profile.objects.filter(user=people["laodong"]).update(language="en")
    _ask("laodong@example.vn")
    assert mail.outbox[0].subject == "chitieu: choosing a new password"


def test_an_unknown_address_gets_the_same_answer_and_no_e_mail(demo):
    _ask("nobody@example.vn")
    assert mail.outbox == []


def test_a_used_link_is_refused(demo, people):
    client = _ask("laodong@example.vn")
    link = _link()
    _choose(client, link)
    page = Client().get(link, follow=True).content.decode()
    assert 'id="invalid-link"' in page and "đường dẫn đã được dùng" in page
    assert 'id="new-password-form"' not in page
    assert _logs_in(NEW)


class _DayAgo(PasswordResetTokenGenerator):
    """Django's tokens, made as they were 25 hours ago (one day is allowed)."""

    def _now(self) -> datetime:
        return datetime.now() - timedelta(hours=25)


def test_an_expired_link_is_refused_and_changes_nothing(demo, people):
    user = people["laodong"]
    link = f"/reset/{urlsafe_base64_encode(force_bytes(user.pk))}/{_DayAgo().make_token(user)}/"
    client = Client()
    page = client.get(link, follow=True).content.decode()
    assert 'id="invalid-link"' in page and "đã quá một ngày" in page
    response = client.post(link, {"new_password1": NEW, "new_password2": NEW})
    assert 'id="invalid-link"' in response.content.decode()
    assert _logs_in(PASSWORD) and not _logs_in(NEW)


def test_a_weak_new_password_is_refused_with_the_reason(demo):
    client = _ask("laodong@example.vn")
    form = client.get(_link(), follow=True)
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": "laodong1", "new_password2": "laodong1"}
    )
    assert response.status_code == 200
    assert "Mật khẩu quá ngắn: cần ít nhất 10 ký tự." in response.content.decode()
    assert _logs_in(PASSWORD)


def test_a_reset_lifts_the_person_s_login_lockout(demo):
    for _ in range(5):
        Client().post("/login/", {"username": "laodong", "password": "sai-mat-khau-1"})
    login = {"username": "laodong", "password": PASSWORD}
    assert Client().post("/login/", login).status_code == 429
    _choose(_ask("laodong@example.vn"), _link())
    assert not AccessAttempt.objects.filter(username="laodong").exists()
    assert _logs_in(NEW)
    assert AuditEvent.objects.get(field="password").comment == (
        "reset by e-mail, 1 login lockout(s) lifted"
    )


def test_the_login_page_links_to_it(demo):
    assert 'href="/password/reset/"' in Client().get("/login/").content.decode()
