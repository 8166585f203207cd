"""A change to the units registry made outside the admin, by reloading a province's
bundled units (a newer chitieu correcting a unit, from the command line), queues the
re-evaluation of the plans that report on the units it changed, as a change in the admin
does: owned by whoever reloaded, or by the first administrator when no one is logged in.
A reload that changes nothing queues nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from chitieu.web.figures.models import FigureRecord
from chitieu.web.jobs.models import Job
from chitieu.web.units.loading import load_province
from chitieu.web.units.models import AdminUnit
from tests.jobhelpers import run_queued

PROVINCE = "20"


@pytest.fixture(autouse=True)
def _data_dir(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path


def _outdated_unit() -> AdminUnit:
    """Lạng Sơn's first commune, as an older chitieu stored it (another name)."""
    unit = AdminUnit.objects.filter(level="commune").order_by("code", "pk").first()
    assert unit is not None
    AdminUnit.objects.filter(pk=unit.pk).update(name="Xã tên cũ")
    return unit


def approved_of(plan: Any, code: str) -> None:
    """An approved figure of the demo plan for the commune ``code``."""
    FigureRecord.objects.create(
        plan=plan,
        measure=plan.measures.get(key="trained-labour"),
        unit_code=code,
        period="2023",
        value=Decimal(61),
        stage="official",
        as_of=date(2024, 3, 31),
        approved_at=timezone.now(),
    )


def test_a_reload_that_corrects_a_unit_queues_the_plans_on_it(
    demo, people, django_capture_on_commit_callbacks
):
    unit = _outdated_unit()
    approved_of(demo, unit.code)

    with django_capture_on_commit_callbacks(execute=True):
        load_province(PROVINCE, people["kehoach"])

    assert AdminUnit.objects.get(pk=unit.pk).name != "Xã tên cũ"  # corrected
    (job,) = Job.objects.filter(kind="evaluate")
    assert (job.plan, job.owner, job.state) == (demo, people["kehoach"], "queued")

    assert run_queued() == 1
    job.refresh_from_db()
    assert job.state == "done"

    # Reloaded again, from the command line: nothing changes, nothing is queued.
    with django_capture_on_commit_callbacks(execute=True):
        load_province(PROVINCE)
    assert Job.objects.filter(kind="evaluate").count() == 1


def test_a_reload_from_the_command_line_is_owned_by_the_administrator(
    demo, people, django_capture_on_commit_callbacks
):
    unit = _outdated_unit()
    approved_of(demo, unit.code)

    with django_capture_on_commit_callbacks(execute=True):
        load_province(PROVINCE)

    (job,) = Job.objects.filter(kind="evaluate")
    assert (job.plan, job.owner) == (demo, people["quantri"])


def test_a_reload_touching_no_plan_s_units_queues_nothing(demo, django_capture_on_commit_callbacks):
    _outdated_unit()  # no plan has figures of it

    with django_capture_on_commit_callbacks(execute=True):
        load_province(PROVINCE)

    assert not Job.objects.filter(kind="evaluate").exists()
