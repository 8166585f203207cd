"""A department's sheet of more figures than ``CHITIEU_BACKGROUND_UPLOAD_ROWS`` is saved
by a background job (the real database queue and worker), as an Excel upload is: nothing
is saved before it ends, its page shows the step it is at, the mapping is kept when it is
done; a cancelled one saves nothing; its plausibility warnings are confirmed on its page
without sending the file again."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from chitieu.web.figures.models import ExchangeMapping, FigureRecord, Submission
from chitieu.web.jobs.models import Job
from tests.exchangeweb import exchange_plan
from tests.jobhelpers import run_queued, run_queued_seeing
from tests.sheetweb import WIDE_FORM, upload, wide_workbook
from tests.webhelpers import client_for


@pytest.fixture(autouse=True)
def _background(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path / "data"
    settings.CHITIEU_BACKGROUND_UPLOAD_ROWS = 2  # a sheet of three figures is large here


def _drafts(plan: Any) -> set[tuple[str, Decimal]]:
    rows = FigureRecord.objects.filter(plan=plan, approved_at__isnull=True)
    return {(r.period, r.value) for r in rows}


def _start(client: Any, plan: Any, tmp_path: Path, values: list[object]) -> Job:
    url = upload(client, plan.slug, wide_workbook(tmp_path / "bieu01.xlsx", values))
    response = client.post(url, {**WIDE_FORM, "action": "save"})
    job = Job.objects.filter(kind="file_import").latest("created_at")
    assert response.status_code == 302 and response["Location"] == f"/jobs/{job.pk}/"
    return job


def test_it_saves_a_large_sheet_in_the_background(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    job = _start(client, plan, tmp_path, [62, 63.5, "64,2"])
    assert job.state == "queued" and _drafts(plan) == {("2024", Decimal("99"))}
    steps: list[str] = []
    run_queued_seeing(lambda sender, job, **kw: steps.append(job.step))
    job.refresh_from_db()
    assert job.state == "done" and steps == ["reading_file", "saving_file"]
    assert (job.done, job.total) == (3, 3)
    assert _drafts(plan) == {
        ("2022", Decimal("62")),
        ("2023-H1", Decimal("63.5")),
        ("2024", Decimal("64.2")),
    }
    assert job.result_url == f"/figures/entry/{plan.slug}/so-ldtbxh/2022/"
    assert ExchangeMapping.objects.filter(plan=plan, kind="sheet").exists()


def test_a_cancelled_sheet_import_saves_nothing(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    before = (FigureRecord.objects.count(), Submission.objects.count())
    job = _start(client, plan, tmp_path, [62, 63.5, "64,2"])

    def cancel_while_reading(sender: Any, job: Job, **kwargs: Any) -> None:
        if job.step == "reading_file":
            client.post(f"/jobs/{job.pk}/cancel/")

    run_queued_seeing(cancel_while_reading)
    job.refresh_from_db()
    assert job.state == "cancelled"
    assert (FigureRecord.objects.count(), Submission.objects.count()) == before
    assert not ExchangeMapping.objects.filter(plan=plan).exists()


def test_its_warnings_are_confirmed_on_its_page(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    job = _start(client, plan, tmp_path, [62, 63.5, 640])
    run_queued()
    job.refresh_from_db()
    assert job.state == "failed" and _drafts(plan) == {("2024", Decimal("99"))}
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    warnings = page.split('id="job-warnings"')[1].split("</form>")[0]
    assert "640" in warnings, warnings
    action = f"/figures/file-job/{job.pk}/confirm"
    assert f'action="{action}"' in warnings
    assert client_for("dulich").post(action, {"confirm": "1"}).status_code == 404
    response = client.post(action, {"confirm": "1"})
    again = Job.objects.filter(kind="file_import").latest("created_at")
    assert response.status_code == 302 and again.pk != job.pk
    assert again.options["confirmed"] is True
    run_queued()
    again.refresh_from_db()
    assert again.state == "done" and ("2024", Decimal("640")) in _drafts(plan)
