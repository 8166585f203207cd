"""Saving a plan again keeps its tasks' program fields and notes when (kind, no) is kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from chitieu.targets.model import Task as CoreTask
from chitieu.targets.model import TaskKind
from chitieu.web.plans.convert import core_plan, save_plan
from chitieu.web.plans.models import Task, TaskNote


def test_it_keeps_the_task_fields_and_notes_when_the_plan_is_saved_again(demo, people):
    task = Task.objects.get(plan=demo, kind="key_task", no=2)
    TaskNote.objects.create(task=task, author=people["kehoach"], text="tiến độ")
    co = set(task.co_agencies.values_list("code", flat=True))
    core = core_plan(demo)
    # change the text of task 2, drop task 5, add a breakthrough
    tasks = [t for t in core.tasks if t.no != 5]
    tasks[1] = replace(tasks[1], text="Văn bản mới")
    tasks.append(CoreTask(TaskKind.BREAKTHROUGH, 1, "Đột phá về hạ tầng"))
    save_plan(replace(core, tasks=tuple(tasks)), demo)
    again = Task.objects.get(pk=task.pk)  # same row, updated in place
    assert again.text == "Văn bản mới"
    assert again.lead is not None and again.lead.code == "so-khdt"
    assert again.deadline == date(2025, 12, 31) and again.status == "in_progress"
    assert set(again.co_agencies.values_list("code", flat=True)) == co
    assert again.targets.count() == 4 and again.notes.count() == 1
    assert not Task.objects.filter(plan=demo, kind="key_task", no=5).exists()
    assert Task.objects.filter(plan=demo, kind="breakthrough", no=1).exists()


def test_the_export_is_unchanged_by_the_program_fields(demo):
    from chitieu.targets.planfile import plan_to_data
    from chitieu.web.demo import demo_core_plan

    assert plan_to_data(core_plan(demo)) == plan_to_data(demo_core_plan())
