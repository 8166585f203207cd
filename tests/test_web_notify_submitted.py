"""A submitted report is announced to the approvers who decide for its agency: in their
list of notifications and by e-mail, sent once the submission is committed.

An approver relies on this to learn there is a report waiting without watching the
approvals page; an approver of another agency is not bothered with it.
"""

from __future__ import annotations

from django.core import mail

from chitieu.web.people.models import Role
from tests.notifykit import person, submitted, told


def test_it_tells_the_approvers_of_the_agency_by_e_mail_after_the_commit(
    demo, people, django_capture_on_commit_callbacks
):
    person("duyet-ld", Role.APPROVER, "so-ldtbxh")
    person("duyet-yte", Role.APPROVER, "so-yte")  # decides for the health department only
    with django_capture_on_commit_callbacks() as callbacks:
        sub = submitted(demo, people["laodong"])
    assert mail.outbox == []  # nothing leaves before the commit
    assert told("submitted") == {"pheduyet", "duyet-ld"}
    for callback in callbacks:
        callback()
    assert sorted(m.to[0] for m in mail.outbox) == ["duyet-ld@example.vn", "pheduyet@example.vn"]
    message = next(m for m in mail.outbox if m.to == ["pheduyet@example.vn"])
    assert message.subject == "Báo cáo chờ duyệt: Sở Lao động - Thương binh và Xã hội, năm 2025"
    assert message.body.startswith(
        "báo cáo viên Sở LĐ-TB&XH đã gửi báo cáo năm 2025 của Sở Lao động - Thương binh và "
        "Xã hội (Nghị quyết Đại hội"
    )
    assert f"http://localhost:8000/figures/reports/{sub.pk}/" in message.body


def test_it_does_not_tell_reporters_viewers_or_the_planning_office(demo, people):
    submitted(demo, people["laodong"])
    assert told("submitted") == {"pheduyet"}


def test_it_tells_no_deactivated_approver(demo, people):
    people["pheduyet"].is_active = False
    people["pheduyet"].save()
    submitted(demo, people["laodong"])
    assert told("submitted") == set()
