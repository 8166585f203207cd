"""A planner cancels a background import from its page: the job stops at its next report,
nothing of the plan or its figures is stored, and the page says so."""

from __future__ import annotations

from typing import Any

import pytest

from chitieu.web.figures.models import FigureRecord
from chitieu.web.jobs.models import Job
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Plan
from tests.jobhelpers import run_queued, run_queued_seeing
from tests.planhelpers import upload
from tests.test_web_plans_import import copy_of_demo, figures_text, post
from tests.webhelpers import client_for, csrf_client_for


@pytest.fixture(autouse=True)
def _small_threshold(settings: Any) -> None:
    settings.CHITIEU_BACKGROUND_ROWS = 100


def _start_import() -> Job:
    post(
        {
            "plan_file": upload(copy_of_demo(), "copy.yaml"),
            "figures_file": upload(figures_text(), "copy.figures.csv"),
        }
    )
    return Job.objects.get(title="copy.yaml + copy.figures.csv")


def _cancel(job: Job) -> Any:
    """Press Cancel on the job's page, as the browser posts it (with the CSRF token)."""
    client = csrf_client_for("kehoach")
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    return client.post(f"/jobs/{job.pk}/cancel/", {"csrfmiddlewaretoken": token})


def test_it_stops_a_running_import_and_stores_nothing(db, people):
    counts = (Plan.objects.count(), FigureRecord.objects.count(), AuditEvent.objects.count())
    job = _start_import()
    steps: list[str] = []

    def cancel_while_reading(sender: Any, job: Job, **kwargs: Any) -> None:
        steps.append(job.step)
        if job.step == "reading_figures":
            assert _cancel(job).status_code == 302

    run_queued_seeing(cancel_while_reading)
    job.refresh_from_db()
    # the job stopped at its next report: it never reached the save
    assert steps == ["reading_plan", "reading_figures"]
    assert job.state == "cancelled" and job.finished_at is not None
    assert (Plan.objects.count(), FigureRecord.objects.count(), AuditEvent.objects.count()) == (
        counts
    )
    page = client_for("kehoach").get(f"/jobs/{job.pk}/").content.decode()
    assert "Đã hủy: không có gì được lưu." in page and "hx-trigger" not in page


def test_a_job_cancelled_before_the_worker_takes_it_never_runs(db, people):
    job = _start_import()
    r = client_for("kehoach").post(f"/jobs/{job.pk}/cancel/", HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and 'data-state="cancelled"' in r.content.decode()
    run_queued()
    job.refresh_from_db()
    assert job.state == "cancelled" and job.started_at is None
    assert not Plan.objects.filter(slug="langson-copy").exists()


def test_another_planner_cannot_cancel_it(db, people):
    job = _start_import()
    other = client_for("quantri")  # an administrator sees it; a viewer does not
    assert client_for("daibieu").post(f"/jobs/{job.pk}/cancel/").status_code == 404
    job.refresh_from_db()
    assert not job.cancel_requested
    assert other.get(f"/jobs/{job.pk}/").status_code == 200
