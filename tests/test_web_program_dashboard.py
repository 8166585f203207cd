"""The dashboard lists overdue and near tasks for everyone, and reminders for the planning
office only (outside the page cached for anonymous visitors)."""

from __future__ import annotations

from datetime import date
from unittest import mock

from chitieu.web import commons
from chitieu.web.plans import program
from chitieu.web.plans.models import Task
from tests.dashhelpers import has_id, plan_url, text_of
from tests.webhelpers import client_for


def _get(user: str | None, day: date):
    with mock.patch.object(commons, "today", return_value=day):
        return client_for(user).get(plan_url())


def test_it_lists_the_overdue_task_to_anonymous_visitors(demo):
    task = Task.objects.get(plan=demo, kind="key_task", no=3)
    before = _get(None, date(2024, 12, 1))
    assert not has_id(before, f"due-task-{task.pk}")
    after = _get(None, date(2025, 1, 5))  # the cached page is keyed by the day too
    assert has_id(after, f"due-task-{task.pk}")
    assert "31/12/2024" in text_of(after, f"due-task-{task.pk}")
    assert not has_id(after, "reminders")


def test_a_task_marked_done_leaves_the_list_at_once(demo, people):
    task = Task.objects.get(plan=demo, kind="key_task", no=3)
    assert has_id(_get(None, date(2025, 1, 5)), f"due-task-{task.pk}")
    program.update_task(
        people["kehoach"],
        task,
        program.TaskFields(task.lead, [], task.deadline, "done", list(task.targets.all())),
    )
    assert not has_id(_get(None, date(2025, 1, 5)), f"due-task-{task.pk}")


def test_the_planning_office_sees_who_has_not_reported(demo):
    page = _get("kehoach", date(2024, 12, 18))
    assert has_id(page, "reminders")
    assert "Sở Lao động - Thương binh và Xã hội" in text_of(page, "reminders-missing")
    assert not has_id(_get("laodong", date(2024, 12, 18)), "reminders")
    assert not has_id(_get("daibieu", date(2024, 12, 18)), "reminders")
