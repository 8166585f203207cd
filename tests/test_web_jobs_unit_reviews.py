"""The planning office writes the review of every unit of a plan in the background: the
button on the plan's page starts a job (the real database queue and worker), and when it
is done it offers a zip holding one .docx per unit, each the unit's own review (the unit
in the place of the province, judged on its own figures); a cancelled job leaves no file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from chitieu.web.jobs.models import Job
from chitieu.web.jobs.unitreviews import reviews_path
from tests.jobhelpers import run_queued
from tests.unitplan import synthetic, unit_plan
from tests.webhelpers import client_for


@pytest.fixture(autouse=True)
def _data_dir(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path


def start(client: Any) -> Job:
    r = client.post("/plans/theo-xa/unit-reviews/")
    job = Job.objects.get(kind="unit_reviews")
    assert r.status_code == 302 and r["Location"] == f"/jobs/{job.pk}/"
    return job


def text_of(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_it_writes_one_review_per_unit_into_a_zip(demo, people):
    unit_plan(people["kehoach"], synthetic(4))
    client = client_for("kehoach")
    edit = client.get("/plans/theo-xa/edit/").content.decode()
    assert 'action="/plans/theo-xa/unit-reviews/"' in edit
    assert "Báo cáo đánh giá của từng đơn vị" in edit
    job = start(client)
    assert job.owner == people["kehoach"] and job.options["lang"] == "vi"
    assert run_queued() == 1
    job.refresh_from_db()
    assert job.state == "done" and (job.done, job.total) == (4, 4)
    assert job.result_url == f"/jobs/{job.pk}/reviews.zip"
    r = client.get(job.result_url)
    assert r.status_code == 200 and r["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(r.streaming_content)))
    names = sorted(archive.namelist())
    assert [n.split("-")[0] for n in names] == ["X0001", "X0002", "X0003", "X0004"]
    assert all(n.endswith(".docx") for n in names)
    # unit 3 reports a 63 % share (65 % wanted), unit 4 64 %: each its own figure
    three, four = text_of(archive.read(names[2])), text_of(archive.read(names[3]))
    assert "X0003" in three and "63" in three and "64" not in three
    assert "X0004" in four and "64" in four
    assert "Số xã đạt chuẩn" not in three  # a count of units is judged over the units
    # another reporter does not see the job's file
    assert client_for("laodong").get(job.result_url).status_code == 404


def test_a_cancelled_job_leaves_no_file(demo, people):
    unit_plan(people["kehoach"], synthetic(3))
    client = client_for("kehoach")
    job = start(client)
    client.post(f"/jobs/{job.pk}/cancel/")
    run_queued()
    job.refresh_from_db()
    assert job.state == "cancelled" and not reviews_path(job).exists()
    assert client.get(f"/jobs/{job.pk}/reviews.zip").status_code == 404
