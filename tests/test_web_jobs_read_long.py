"""A long resolution is read in the background: the planner is taken to the job's page,
and when the reader is done the page links to the draft to review; a file the reader
cannot use fails the job with the reason, naming the file, and keeps no draft."""

from __future__ import annotations

from typing import Any

import pytest

from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import folder_of
from chitieu.web.plans.models import ReadDraft
from tests.jobhelpers import run_queued
from tests.planhelpers import seed_004, upload
from tests.webhelpers import client_for


@pytest.fixture(autouse=True)
def _small_threshold(settings: Any) -> None:
    settings.CHITIEU_BACKGROUND_BYTES = 1000  # the seed's text is some kilobytes


def test_it_reads_a_long_resolution_as_a_job_and_links_to_the_draft(db, people):
    c = client_for("kehoach")
    r = c.post("/plans/read/", {"file": upload(seed_004().read_bytes(), "nghi-quyet.txt")})
    job = Job.objects.get(owner=people["kehoach"], kind="read")
    assert r.status_code == 302 and r["Location"] == f"/jobs/{job.pk}/"
    assert not ReadDraft.objects.exists()
    run_queued()
    job.refresh_from_db()
    draft = ReadDraft.objects.get(created_by=people["kehoach"])
    assert job.state == "done" and job.result_url == f"/plans/read/{draft.token}/"
    assert draft.filename == "nghi-quyet.txt" and len(draft.proposal["targets"]) == 20
    page = c.get(f"/jobs/{job.pk}/").content.decode()
    assert f'href="/plans/read/{draft.token}/"' in page and "Mở kết quả" in page
    assert not folder_of(job).exists()  # the upload is gone


def test_a_text_without_a_target_list_fails_naming_the_file(db, people):
    c = client_for("kehoach")
    text = "Nghị quyết về công tác cán bộ.\n" + "Đoạn văn không có chỉ tiêu nào.\n" * 60
    c.post("/plans/read/", {"file": upload(text.encode(), "cong-tac.txt")})
    run_queued()
    job = Job.objects.get(owner=people["kehoach"], kind="read")
    assert job.state == "failed" and not ReadDraft.objects.exists()
    page = c.get(f"/jobs/{job.pk}/").content.decode()
    assert 'data-file="cong-tac.txt"' in page and "Việc không thành" in page
    assert "<strong>cong-tac.txt</strong>: không tìm thấy chỉ tiêu nào: đã tìm danh mục" in page
