"""The action program pages: the tasks of a plan, and one task with its progress notes."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import pgettext, pgettext_lazy

from chitieu.web import commons
from chitieu.web.pages import viewable_plan
from chitieu.web.people.access import can_edit_task, can_note_task
from chitieu.web.people.models import Agency
from chitieu.web.plans import program
from chitieu.web.plans.models import TASK_KINDS, Plan, Target, Task, TaskStatus

OVERDUE = "overdue"


class NoteForm(forms.Form):
    text = forms.CharField(
        label=pgettext_lazy("program", "progress note"), widget=forms.Textarea(attrs={"rows": 3})
    )


class TaskForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Task
        fields = ["lead", "co_agencies", "deadline", "status", "targets"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["targets"].queryset = Target.objects.filter(plan=plan)  # type: ignore[attr-defined]


class NewTaskForm(forms.Form):
    """A task typed in by the planning office (the plan file's kind, number and text)."""

    kind = forms.ChoiceField(
        choices=[(k, v) for k, v in TASK_KINDS.items()], label=pgettext_lazy("program", "kind")
    )
    no = forms.IntegerField(min_value=1, max_value=999, label=pgettext_lazy("program", "number"))
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), label=pgettext_lazy("program", "text")
    )

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan = plan

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind, no = data.get("kind"), data.get("no")
        if kind and no and Task.objects.filter(plan=self.plan, kind=kind, no=no).exists():
            raise forms.ValidationError(
                pgettext("program", "The plan already has a task of this kind and number.")
            )
        return data


def program_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The plan's tasks, filtered by status (overdue included) and agency."""
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    new_form = NewTaskForm(plan=plan)
    code = 200
    if request.method == "POST":
        if not can_edit_task(request.user):
            raise PermissionDenied(pgettext("program", "Only the planning office edits tasks."))
        new_form = NewTaskForm(request.POST, plan=plan)
        if new_form.is_valid():
            d = new_form.cleaned_data
            task = program.add_task(request.user, plan, d["kind"], d["no"], d["text"])
            messages.success(request, pgettext("program", "Task saved."))
            return redirect("plans:task", plan.slug, task.pk)
        code = 400
    today = commons.today()
    status = request.GET.get("status", "")
    agency = request.GET.get("agency", "")
    tasks = list(plan.tasks.select_related("lead").prefetch_related("co_agencies", "targets"))
    if agency:
        tasks = [
            t
            for t in tasks
            if (t.lead and t.lead.code == agency)
            or any(a.code == agency for a in t.co_agencies.all())
        ]
    if status:
        tasks = [t for t in tasks if t.shown_status(today) == status]
    statuses = [*TaskStatus.choices, (OVERDUE, pgettext("program", "overdue"))]
    names = dict(statuses)
    return render(
        request,
        "plans/program.html",
        {
            "plan": plan,
            "rows": [(t, t.shown_status(today), names[t.shown_status(today)]) for t in tasks],
            "statuses": statuses,
            "agencies": Agency.objects.all(),
            "status": status,
            "agency": agency,
            "today": today,
            "new_form": new_form if can_edit_task(request.user) else None,
        },
        status=code,
    )


def task_view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """One task with its notes; POST adds a note or (planning office) changes the task."""
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    task = get_object_or_404(Task, plan=plan, pk=pk)
    note_form = NoteForm()
    task_form = TaskForm(instance=task, plan=plan)
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "note":
            if not can_note_task(request.user, task):
                raise PermissionDenied(pgettext("program", "You may not add notes to this task."))
            note_form = NoteForm(request.POST)
            if note_form.is_valid():
                program.add_note(request.user, task, note_form.cleaned_data["text"])
                messages.success(request, pgettext("program", "Note added."))
                return redirect("plans:task", plan.slug, task.pk)
        elif action == "edit":
            if not can_edit_task(request.user):
                raise PermissionDenied(pgettext("program", "Only the planning office edits tasks."))
            task_form = TaskForm(request.POST, instance=Task.objects.get(pk=task.pk), plan=plan)
            if task_form.is_valid():
                d = task_form.cleaned_data
                fields = program.TaskFields(
                    d["lead"],
                    list(d["co_agencies"]),
                    d["deadline"],
                    d["status"],
                    list(d["targets"]),
                )
                program.update_task(request.user, task, fields)
                messages.success(request, pgettext("program", "Task saved."))
                return redirect("plans:task", plan.slug, task.pk)
        else:
            raise PermissionDenied
        status = 400
    today = commons.today()
    shown = task.shown_status(today)
    names = {**dict(TaskStatus.choices), OVERDUE: pgettext("program", "overdue")}
    return render(
        request,
        "plans/task.html",
        {
            "plan": plan,
            "task": task,
            "shown": shown,
            "shown_name": names[shown],
            "notes": task.notes.select_related("author"),
            "note_form": note_form if can_note_task(request.user, task) else None,
            "task_form": task_form if can_edit_task(request.user) else None,
        },
        status=status,
    )
