"""Only the planning office starts a re-evaluation of every unit, and its file is
downloaded only by whoever started it (and administrators): for anyone else it does
not exist."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chitieu.web.jobs.models import Job
from tests.jobhelpers import run_queued
from tests.unitplan import synthetic, unit_plan
from tests.webhelpers import client_for


@pytest.fixture(autouse=True)
def _data_dir(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path


@pytest.mark.parametrize("role", ["daibieu", "laodong", "pheduyet"])
def test_others_cannot_start_it(demo, people, role):
    unit_plan(people["kehoach"], synthetic(30))
    assert client_for(role).post("/plans/theo-xa/evaluate-units/").status_code == 403
    edit = client_for(role).get("/plans/theo-xa/edit/")
    assert edit.status_code == 403 and b"evaluate-units" not in edit.content
    assert not Job.objects.exists()


def test_it_is_refused_for_a_plan_that_does_not_exist(demo, people):
    assert client_for("kehoach").post("/plans/khong-co/evaluate-units/").status_code == 404
    assert client_for("kehoach").get("/plans/theo-xa/evaluate-units/").status_code == 405
    assert not Job.objects.exists()


def test_only_its_owner_and_administrators_download_the_file(demo, people):
    unit_plan(people["kehoach"], synthetic(30))
    client_for("kehoach").post("/plans/theo-xa/evaluate-units/")
    run_queued()
    url = Job.objects.get(kind="evaluate").result_url
    assert client_for("kehoach").get(url).status_code == 200
    assert client_for("quantri").get(url).status_code == 200
    for other in ("daibieu", "laodong", "pheduyet"):
        assert client_for(other).get(url).status_code == 404
    assert "/login/" in client_for(None).get(url)["Location"]
