"""Who may note and edit tasks; everyone else gets 403 and nothing changes."""

from __future__ import annotations

import pytest

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Task, TaskNote
from tests.webhelpers import client_for


def _url(task: Task) -> str:
    return f"/plans/langson-xvii/program/{task.pk}/"


@pytest.mark.parametrize("user", ["dulich", "pheduyet", "daibieu", None])
def test_others_may_not_add_notes_to_task_three(demo, user):
    task = Task.objects.get(plan=demo, kind="key_task", no=3)  # so-khdt, co so-tai-chinh
    r = client_for(user).post(_url(task), {"action": "note", "text": "x"})
    assert r.status_code == 403 and not TaskNote.objects.exists()


@pytest.mark.parametrize("user", ["laodong", "dulich", "pheduyet", "daibieu"])
def test_only_the_planning_office_edits_tasks(demo, user):
    task = Task.objects.get(plan=demo, kind="key_task", no=4)
    r = client_for(user).post(_url(task), {"action": "edit", "status": "done"})
    assert r.status_code == 403
    task.refresh_from_db()
    assert task.status == "not_started" and not AuditEvent.objects.filter(action="task_edit")


def test_the_lead_agencys_reporter_may_note_and_sees_the_form(demo):
    task = Task.objects.get(plan=demo, kind="key_task", no=4)  # lead so-vhttdl
    page = client_for("dulich").get(_url(task)).content.decode()
    assert 'id="note-form"' in page and 'id="task-form"' not in page
    assert (
        client_for("dulich").post(_url(task), {"action": "note", "text": "ok"}).status_code == 302
    )


def test_a_private_plan_program_asks_anonymous_visitors_to_log_in(demo):
    demo.is_public = False
    demo.save()
    r = client_for(None).get("/plans/langson-xvii/program/")
    assert r.status_code == 302 and r["Location"].startswith("/login/")
