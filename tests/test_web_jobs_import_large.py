"""A large figures file is imported in the background: the planner sees a progress bar,
the plan is stored when the job ends, and a bad row fails the job naming the file, the
line and the field, with nothing stored."""

from __future__ import annotations

import re
from typing import Any

import pytest

from chitieu.web.figures.models import FigureRecord
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import progressed
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Plan
from tests.jobhelpers import run_queued
from tests.planhelpers import upload
from tests.test_web_plans_import import copy_of_demo, figures_text, post
from tests.webhelpers import client_for


@pytest.fixture(autouse=True)
def _small_threshold(settings: Any) -> None:
    # the demo's figures file has 364 lines: over this, it is "large"
    settings.CHITIEU_BACKGROUND_ROWS = 100


def _fragments_while_running(job: Job) -> list[str]:
    """What the page's progress fragment showed at each progress report of the job."""
    seen: list[str] = []

    def look(sender: Any, job: Job, **kwargs: Any) -> None:
        page = client_for("kehoach").get(f"/jobs/{job.pk}/progress/")
        seen.append(page.content.decode())

    progressed.connect(look, weak=False)
    try:
        run_queued()
    finally:
        progressed.disconnect(look)
    return seen


def test_it_imports_a_large_file_as_a_job_with_a_progress_bar(db, people):
    r = post(
        {
            "plan_file": upload(copy_of_demo(), "copy.yaml"),
            "figures_file": upload(figures_text(), "copy.figures.csv"),
        }
    )
    job = Job.objects.get(owner=people["kehoach"])
    assert r.status_code == 302 and r["Location"] == f"/jobs/{job.pk}/"
    assert not Plan.objects.filter(slug="langson-copy").exists()  # not before the worker
    page = client_for("kehoach").get(r["Location"]).content.decode()
    assert 'data-state="queued"' in page and 'hx-trigger="every 1s"' in page
    assert "Nhập kế hoạch: copy.yaml + copy.figures.csv" in page

    seen = _fragments_while_running(job)
    # the figures step counts the file's 364 lines, then the save its 362 figures
    assert any('max="364"' in s and "Đang chạy · đọc và kiểm tra số liệu" in s for s in seen)
    assert any('max="362"' in s and "Đang chạy · lưu (lưu hết hoặc không" in s for s in seen)
    assert all('id="job-cancel"' in s for s in seen)

    job.refresh_from_db()
    assert (job.state, job.done, job.total) == ("done", 362, 362)
    plan = Plan.objects.get(slug="langson-copy")
    assert FigureRecord.objects.filter(plan=plan).count() == 362
    assert FigureRecord.objects.filter(plan=plan).order_by("pk")[0].origin == "copy.figures.csv:3"
    assert AuditEvent.objects.filter(plan=plan, action="import", user=people["kehoach"]).exists()
    done = client_for("kehoach").get(f"/jobs/{job.pk}/progress/").content.decode()
    assert "hx-trigger" not in done  # the page stops polling
    assert 'href="/plans/langson-copy/edit/"' in done


def test_a_bad_row_fails_the_job_naming_the_place_and_stores_nothing(db, people):
    lines = figures_text().splitlines()
    lines[199] = lines[199].replace(lines[199].split(",")[2], "sáu", 1)  # line 200
    counts = (Plan.objects.count(), FigureRecord.objects.count(), AuditEvent.objects.count())
    post(
        {
            "plan_file": upload(copy_of_demo(), "copy.yaml"),
            "figures_file": upload("\n".join(lines) + "\n", "bad.csv"),
        }
    )
    job = Job.objects.get(owner=people["kehoach"])
    run_queued()
    job.refresh_from_db()
    assert job.state == "failed"
    assert counts == (
        Plan.objects.count(),
        FigureRecord.objects.count(),
        AuditEvent.objects.count(),
    )
    page = client_for("kehoach").get(f"/jobs/{job.pk}/").content.decode()
    assert "Việc không thành; không có gì được lưu." in page
    assert 'data-file="bad.csv" data-line="200" data-row="" data-field="value"' in page
    assert re.search(r"<strong>bad\.csv</strong>, dòng 200, trường “value”: [^<]*sáu", page)
    english = client_for("kehoach", lang="en").get(f"/jobs/{job.pk}/").content.decode()
    assert "bad.csv</strong>, line 200, field “value”" in english
