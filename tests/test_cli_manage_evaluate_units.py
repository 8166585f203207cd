"""``chitieu manage evaluate_units PLAN OUT.csv`` writes, with a progress bar, the very
file the background job offers; an unknown plan or a missing folder is refused with a
message, and nothing is written."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from chitieu.web.jobs.models import Job
from tests.jobhelpers import run_queued
from tests.unitplan import synthetic, unit_plan
from tests.webhelpers import client_for


@pytest.fixture(autouse=True)
def _data_dir(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path / "data"


def test_it_writes_the_file_the_job_offers(demo, people, tmp_path, capsys):
    unit_plan(people["kehoach"], synthetic(30))
    out = tmp_path / "units.csv"
    said = io.StringIO()
    call_command("evaluate_units", "theo-xa", str(out), stdout=said)
    assert said.getvalue() == f"theo-xa: 30 units → {out}\n"
    bar = capsys.readouterr().err
    assert "theo-xa: 100%" in bar and "30/30" in bar
    client_for("kehoach").post("/plans/theo-xa/evaluate-units/")
    run_queued()
    url = Job.objects.get(kind="evaluate").result_url
    offered = b"".join(client_for("kehoach").get(url).streaming_content)
    written = out.read_bytes()
    assert written == offered
    assert written.startswith("\ufeffMã đơn vị,".encode()) and written.count(b"\r\n") == 61
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "units.csv"]  # no temporary


def test_it_refuses_an_unknown_plan_and_a_missing_folder(demo, tmp_path):
    with pytest.raises(CommandError, match="no plan 'khong-co'"):
        call_command("evaluate_units", "khong-co", str(tmp_path / "x.csv"))
    with pytest.raises(CommandError, match="no folder"):
        call_command("evaluate_units", "langson-xvii", str(tmp_path / "no" / "x.csv"))
    assert list(tmp_path.iterdir()) == []
