"""An Excel upload of more rows than ``CHITIEU_BACKGROUND_UPLOAD_ROWS`` is checked and
saved by a background job (the real database queue and worker): the reporter follows it
on its page, nothing is saved before it ends, a cancelled or refused one saves nothing and
its page names the cells at fault, and its plausibility warnings are confirmed on its page
without sending the file again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chitieu.web.jobs.models import Job
from tests.entryhelpers import draft_values, entry_url, filled_template, jumping_series
from tests.jobhelpers import run_queued
from tests.webhelpers import client_for

JUMP = "thành 70 là thay đổi 7,5, lớn hơn 3 lần mức thay đổi lớn nhất"


@pytest.fixture(autouse=True)
def _background(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path
    settings.CHITIEU_BACKGROUND_UPLOAD_ROWS = 0  # every upload is large here


@pytest.fixture
def series(demo):
    jumping_series()
    return demo


def upload(client: Any, value: object) -> Job:
    r = client.post(entry_url(name="upload"), {"file": filled_template(client, value)})
    job = Job.objects.filter(kind="upload").latest("created_at")
    assert r.status_code == 302 and r["Location"] == f"/jobs/{job.pk}/"
    return job


def test_it_checks_and_saves_the_rows_in_the_background(series):
    client = client_for("laodong")
    job = upload(client, 63)
    assert job.state == "queued" and draft_values() == []
    assert "Đang chờ" in client.get(f"/jobs/{job.pk}/").content.decode()
    assert run_queued() == 1
    job.refresh_from_db()
    assert job.state == "done" and job.done == job.total > 0
    assert draft_values() == ["63"]
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    assert f'href="{entry_url()}"' in page


def test_its_warnings_are_confirmed_on_its_page_without_the_file(series):
    client = client_for("laodong")
    job = upload(client, 70)
    run_queued()
    job.refresh_from_db()
    assert job.state == "failed" and draft_values() == []
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    warnings = page.split('id="job-warnings"')[1].split("</form>")[0]
    assert "ô H7" in warnings and JUMP in warnings
    assert f'action="{entry_url(name="upload")}"' in warnings
    digest = warnings.split('name="digest" value="')[1].split('"')[0]

    r = client.post(entry_url(name="upload"), {"confirm": "1", "digest": digest})
    confirmed = Job.objects.filter(kind="upload").latest("created_at")
    assert r.status_code == 302 and confirmed.pk != job.pk
    assert confirmed.options["confirmed"] is True
    run_queued()
    confirmed.refresh_from_db()
    assert confirmed.state == "done" and draft_values() == ["70"]


def test_a_refused_upload_names_the_cell_and_saves_nothing(series):
    client = client_for("laodong")
    job = upload(client, "bảy mươi")
    run_queued()
    job.refresh_from_db()
    assert job.state == "failed" and draft_values() == []
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    errors = page.split('id="job-errors"')[1].split("</ul>")[0]
    assert "ô H7" in errors and "bảy mươi" in errors
    assert "Một lỗi không lường trước" not in page


def test_a_cancelled_upload_saves_nothing(series):
    client = client_for("laodong")
    job = upload(client, 63)
    client.post(f"/jobs/{job.pk}/cancel/")
    run_queued()
    job.refresh_from_db()
    assert job.state == "cancelled" and draft_values() == []


def test_a_small_upload_is_saved_at_once(series, settings):
    settings.CHITIEU_BACKGROUND_UPLOAD_ROWS = 10_000
    client = client_for("laodong")
    r = client.post(entry_url(name="upload"), {"file": filled_template(client, 63)})
    assert r.status_code == 302 and r["Location"] == entry_url()
    assert draft_values() == ["63"] and not Job.objects.filter(kind="upload").exists()
