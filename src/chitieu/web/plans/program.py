"""The action program: who may act on a task, its changes (recorded), and the tasks due.

Every change bumps the plan's data version (``plan.touch()``), so cached dashboard pages
that list tasks are rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction

from chitieu.reports import TaskLine
from chitieu.web.people.audit import record
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Plan, Target, Task, TaskNote

NEAR_DAYS = 14


@transaction.atomic
def add_note(user: Any, task: Task, text: str) -> TaskNote:
    note = TaskNote.objects.create(task=task, author=user, text=text)
    record(user, "task_note", note, plan=task.plan, new=text, comment=f"task {task.pk}")
    task.plan.touch()
    return note


@transaction.atomic
def add_task(user: Any, plan: Plan, kind: str, no: int, text: str) -> Task:
    """A task typed in; it is part of the plan file too (kind, number, text)."""
    task = Task.objects.create(plan=plan, kind=kind, no=no, text=text)
    record(user, "task_add", task, plan=plan, new=f"{kind} {no}: {text}")
    plan.touch()
    return task


@dataclass(frozen=True)
class TaskFields:
    lead: Agency | None
    co_agencies: list[Agency]
    deadline: date | None
    status: str
    targets: list[Target]


@transaction.atomic
def update_task(user: Any, task: Task, new: TaskFields) -> list[str]:
    """Change the task's fields; each changed field is recorded old → new."""
    changed: list[str] = []

    def note(field: str, old: object, value: object) -> None:
        if old != value:
            record(user, "task_edit", task, plan=task.plan, field=field, old=old, new=value)
            changed.append(field)

    note("lead", task.lead, new.lead)
    note("deadline", task.deadline, new.deadline)
    note("status", task.status, new.status)
    old_co = sorted(a.code for a in task.co_agencies.all())
    note("co_agencies", ", ".join(old_co), ", ".join(sorted(a.code for a in new.co_agencies)))
    old_targets = sorted(t.no for t in task.targets.all())
    new_targets = sorted(t.no for t in new.targets)
    note("targets", ", ".join(map(str, old_targets)), ", ".join(map(str, new_targets)))
    task.lead = new.lead
    task.deadline = new.deadline
    task.status = new.status
    task.save()
    task.co_agencies.set(new.co_agencies)
    task.targets.set(new.targets)
    if changed:
        task.plan.touch()
    return changed


def due_tasks(plan: Plan, today: date, days: int = NEAR_DAYS) -> tuple[list[Task], list[Task]]:
    """The plan's overdue tasks and those due within ``days`` days, by deadline."""
    tasks = list(
        plan.tasks.filter(deadline__isnull=False).select_related("lead").order_by("deadline", "no")
    )
    overdue = [t for t in tasks if t.is_overdue(today)]
    near = [t for t in tasks if t.is_near(today, days)]
    return overdue, near


def task_lines(plan: Plan) -> list[TaskLine]:
    """The plan's tasks as the review documents list them."""
    return [
        TaskLine(t.kind, t.no, t.text, t.lead.name if t.lead else "", t.deadline, t.status)
        for t in plan.tasks.select_related("lead")
    ]
