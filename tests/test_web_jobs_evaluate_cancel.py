"""A planner cancels a re-evaluation of every unit: it stops between two slices of units,
and no file is left behind, neither the result nor half of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chitieu.web.jobs import running
from chitieu.web.jobs.models import Job
from tests.jobhelpers import run_queued_seeing
from tests.unitplan import synthetic, unit_plan
from tests.webhelpers import client_for


@pytest.fixture(autouse=True)
def _data_dir(settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(running, "REPORT_EVERY", 0)  # every slice's progress is written


def test_it_stops_between_two_slices_and_leaves_no_file(demo, people, tmp_path):
    unit_plan(people["kehoach"], synthetic(30))
    client = client_for("kehoach")
    assert client.post("/plans/theo-xa/evaluate-units/").status_code == 302
    job = Job.objects.get(kind="evaluate")
    seen: list[tuple[str, int, int]] = []

    def cancel_after_the_first_slice(sender: Any, job: Job, **kwargs: Any) -> None:
        seen.append((job.step, job.done, job.total))
        if job.done == 3:
            assert client.post(f"/jobs/{job.pk}/cancel/").status_code == 302

    run_queued_seeing(cancel_after_the_first_slice)
    job.refresh_from_db()
    # 30 units in slices of 3: the second slice was never started
    assert seen == [("evaluating_units", 0, 30), ("evaluating_units", 3, 30)]
    assert job.state == "cancelled" and job.result_url == ""
    assert [p.name for p in (tmp_path / "results").iterdir()] == []
    assert client.get(f"/jobs/{job.pk}/result.csv").status_code == 404
