"""Overdue is derived: past the deadline and not done, against the day passed in."""

from __future__ import annotations

from datetime import date
from unittest import mock

from chitieu.web import commons
from chitieu.web.plans import program
from chitieu.web.plans.models import Task, TaskStatus
from tests.webhelpers import client_for


def _task(demo, no: int) -> Task:
    return Task.objects.get(plan=demo, kind="key_task", no=no)


def test_it_is_overdue_only_after_the_deadline_and_when_not_done(demo):
    task = _task(demo, 3)  # demo deadline 31/12/2024, in progress
    assert not task.is_overdue(date(2024, 12, 31))
    assert task.is_overdue(date(2025, 1, 1))
    assert task.shown_status(date(2025, 1, 1)) == "overdue"
    task.status = TaskStatus.DONE
    assert not task.is_overdue(date(2025, 1, 1))
    assert task.shown_status(date(2025, 1, 1)) == "done"


def test_a_task_without_deadline_is_never_overdue(demo):
    task = _task(demo, 3)
    task.deadline = None
    assert not task.is_overdue(date(2099, 1, 1)) and not task.is_near(date(2099, 1, 1))


def test_it_is_near_within_fourteen_days(demo):
    task = _task(demo, 3)
    assert task.is_near(date(2024, 12, 17)) and task.is_near(date(2024, 12, 31))
    assert not task.is_near(date(2024, 12, 16)) and not task.is_near(date(2025, 1, 1))


def test_due_tasks_splits_overdue_and_near(demo):
    overdue, near = program.due_tasks(demo, date(2025, 9, 20))
    assert [t.no for t in overdue] == [3]  # task 1 (30/6/2025) is done
    assert [t.no for t in near] == [4]  # 30/9/2025


def test_the_program_page_highlights_and_filters_overdue_tasks(demo):
    c = client_for("daibieu")
    with mock.patch.object(commons, "today", return_value=date(2025, 1, 15)):
        page = c.get("/plans/langson-xvii/program/").content.decode()
        only = c.get("/plans/langson-xvii/program/?status=overdue").content.decode()
        by_agency = c.get("/plans/langson-xvii/program/?agency=cong-an-tinh").content.decode()
    assert 'id="task-' in page and 'class="status-overdue overdue"' in page
    assert only.count('<tr id="task-') == 1
    lead_task = _task(demo, 5)
    assert by_agency.count('<tr id="task-') == 1 and f'id="task-{lead_task.pk}"' in by_agency
