"""The planning office types in a task; it joins the plan file too. Others get 403."""

from __future__ import annotations

import pytest

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Task
from tests.webhelpers import client_for

URL = "/plans/langson-xvii/program/"
NEW = {"kind": "breakthrough", "no": "1", "text": "Đột phá về kết cấu hạ tầng giao thông"}


def test_it_adds_a_task_that_the_plan_file_then_holds(demo, people):
    r = client_for("kehoach").post(URL, NEW)
    assert r.status_code == 302
    task = Task.objects.get(plan=demo, kind="breakthrough", no=1)
    assert AuditEvent.objects.filter(action="task_add", object_id=str(task.pk)).exists()
    assert ("breakthrough", 1) in [(t.kind.value, t.no) for t in core_plan(demo).tasks]


def test_a_duplicate_task_is_refused(demo):
    dup = {"kind": "key_task", "no": "1", "text": "x"}
    assert client_for("kehoach").post(URL, dup).status_code == 400
    assert Task.objects.filter(plan=demo, kind="key_task", no=1).count() == 1


@pytest.mark.parametrize("user", ["laodong", "pheduyet", "daibieu", None])
def test_others_may_not_add_tasks(demo, user):
    assert client_for(user).post(URL, NEW).status_code == 403
    assert not Task.objects.filter(kind="breakthrough").exists()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/admin/plans/task/", "5 nhiệm vụ"),  # the demo's key tasks
        ("/admin/plans/measureshare/", "0 chỉ tiêu giao cho đơn vị"),
        ("/admin/plans/task/add/", "<h1>Thêm nhiệm vụ</h1>"),
    ],
)
def test_the_admin_lists_tasks_and_shares(demo, url, shown):
    assert shown in client_for("quantri").get(url).content.decode()
