"""A merger recorded in the units registry (the admin) makes the plans that report on
those units evaluated afresh: their cached results are of an older data version, and the
re-evaluation of every unit of each such plan is queued, owned by the administrator, run
by the real worker; a plan on other units is left alone, and a plan whose re-evaluation is
still waiting is not queued twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from chitieu.web.jobs.models import Job
from chitieu.web.plans.models import Plan
from chitieu.web.units.models import AdminUnit
from tests.jobhelpers import run_queued
from tests.unitplan import stored_commune as unit
from tests.unitplan import unit_plan
from tests.webhelpers import client_for

DAY = date(2024, 7, 1)  # after the plan's figures of 2023
END = date(2024, 6, 30)


@pytest.fixture(autouse=True)
def _data_dir(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path


def merge(admin: Any, old: AdminUnit, new: AdminUnit, capture: Any) -> Any:
    with capture(execute=True):
        return admin.post(
            "/admin/units/unitchange/add/",
            {
                "predecessor": old.pk,
                "successor": new.pk,
                "kind": "merge",
                "effective": "01/07/2024",
                "act": "NQ thử",
            },
        )


def test_a_merger_queues_the_reevaluation_of_the_plans_on_those_units(
    demo, people, django_capture_on_commit_callbacks
):
    old, new = unit("T1", end=END), unit("T9", start=DAY)
    on_them = unit_plan(people["kehoach"], ["T1", "T2", "T3"], slug="tren-t1")
    elsewhere = unit_plan(people["kehoach"], ["T5", "T6"], slug="noi-khac")
    version = on_them.data_version

    admin = client_for("quantri")
    r = merge(admin, old, new, django_capture_on_commit_callbacks)
    assert r.status_code == 302

    on_them.refresh_from_db()
    assert on_them.data_version > version  # its cached results are of an older version
    (job,) = Job.objects.filter(kind="evaluate")
    assert job.plan == on_them and job.owner == people["quantri"] and job.state == "queued"
    assert not Job.objects.filter(plan=elsewhere).exists()
    shown = admin.get("/admin/units/unitchange/").content.decode()
    assert "được đánh giá lại trong nền: tren-t1" in shown

    # Another change before the worker ran: the waiting job will read it.
    merge(
        admin,
        unit("T2", end=END),
        unit("T8", start=DAY),
        django_capture_on_commit_callbacks,
    )
    assert Job.objects.filter(kind="evaluate").count() == 1

    assert run_queued() == 1
    job.refresh_from_db()
    assert job.state == "done" and (job.done, job.total) == (3, 3)
    assert Plan.objects.get(slug="tren-t1").pk == job.plan_id
