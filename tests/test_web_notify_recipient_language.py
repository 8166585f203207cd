"""Each person chooses their language on their account page: their e-mails are written in
it, whoever caused them; the list of notifications reads in the language of the page.

An official who works in English gets English e-mails while the approver gets Vietnamese.
"""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from chitieu.web.people.models import Profile
from tests.notifykit import submitted
from tests.webhelpers import client_for


def test_it_writes_each_e_mail_in_its_recipient_s_language(
    demo, people, django_capture_on_commit_callbacks
):
    response = client_for("laodong").post(
        "/people/account/", {"language": "en", "email_notifications": "on"}
    )
    assert response.cookies["django_language"].value == "en"  # the site follows
    assert Profile.objects.get(user=people["laodong"]).language == "en"
    with django_capture_on_commit_callbacks(execute=True):
        sub = submitted(demo, people["laodong"])
        client_for("pheduyet").post(
            reverse("figures:report", args=[sub.pk]),
            {"action": "return", "comment": "Thiếu nguồn số liệu."},
        )
    by = {m.to[0]: m for m in mail.outbox}
    english = by["laodong@example.vn"]
    assert english.subject == "Report returned: Sở Lao động - Thương binh và Xã hội, 2025"
    assert "lãnh đạo duyệt số liệu returned the report of" in english.body
    assert "switch them off on your account page" in english.body
    vietnamese = by["pheduyet@example.vn"]
    assert vietnamese.subject.startswith("Báo cáo chờ duyệt:")


def test_the_list_reads_in_the_language_of_the_page(demo, people):
    submitted(demo, people["laodong"])
    path = "/people/notifications/"
    assert "Báo cáo chờ duyệt: Sở Lao động" in client_for("pheduyet").get(path).content.decode()
    english = client_for("pheduyet", lang="en").get(path).content.decode()
    assert "Report to decide: Sở Lao động - Thương binh và Xã hội, 2025" in english
    assert "Approve it, or return it with a comment." in english
