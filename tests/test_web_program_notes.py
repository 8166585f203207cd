"""Progress notes: the lead's and co-agencies' reporters and the planning office add them;
each is recorded in the audit trail and shown on the task page."""

from __future__ import annotations

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Task, TaskNote
from tests.webhelpers import client_for


def _url(task: Task) -> str:
    return f"/plans/langson-xvii/program/{task.pk}/"


def test_it_adds_a_note_with_its_author_and_audit(demo, people):
    task = Task.objects.get(plan=demo, kind="key_task", no=4)  # co-agency: so-ldtbxh
    before = demo.data_version
    r = client_for("laodong").post(_url(task), {"action": "note", "text": "Đã ban hành kế hoạch"})
    assert r.status_code == 302
    note = TaskNote.objects.get(task=task)
    assert note.author == people["laodong"] and note.text == "Đã ban hành kế hoạch"
    event = AuditEvent.objects.get(action="task_note", object_id=str(note.pk))
    assert event.user == people["laodong"] and event.new == "Đã ban hành kế hoạch"
    demo.refresh_from_db()
    assert demo.data_version > before  # cached pages listing tasks are rebuilt
    page = client_for("daibieu").get(_url(task)).content.decode()
    assert "Đã ban hành kế hoạch" in page


def test_the_planning_office_edits_the_task_fields_with_audit(demo, people):
    task = Task.objects.get(plan=demo, kind="key_task", no=3)
    r = client_for("kehoach").post(
        _url(task),
        {
            "action": "edit",
            "lead": task.lead_id,
            "deadline": "2025-03-31",
            "status": "done",
            "targets": [t.pk for t in task.targets.all()],
        },
    )
    assert r.status_code == 302
    task.refresh_from_db()
    assert str(task.deadline) == "2025-03-31" and task.status == "done"
    fields = set(
        AuditEvent.objects.filter(action="task_edit", object_id=str(task.pk)).values_list(
            "field", flat=True
        )
    )
    assert {"deadline", "status", "co_agencies"} <= fields
    assert task.co_agencies.count() == 0


def test_an_empty_note_is_refused_and_nothing_saved(demo):
    task = Task.objects.get(plan=demo, kind="key_task", no=4)
    r = client_for("kehoach").post(_url(task), {"action": "note", "text": ""})
    assert r.status_code == 400 and not TaskNote.objects.exists()
