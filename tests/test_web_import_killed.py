"""An import killed with SIGKILL half way (a power cut, the OOM killer) leaves the
database with nothing of it, and the running server goes on serving the dashboard; the
same import run again stores all of it.

A child process imports a large plan and its 36 000 figures into the live server's
database (SQLite in WAL mode, or PostgreSQL in the PostgreSQL run) through the service the
import page uses. It stops after its first batch of figures is written, inside the
import's transaction, and is killed there.
"""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import pytest

from chitieu.web.liveserver import LiveServer
from tests import dbkit

SLUG = "kiem-tra-lon"
FIGURES = 40 * 5 * 60 * 3  # 200 measures, 60 months, 3 stages
STAGES = (("estimate", 0), ("preliminary", 10), ("official", 40))  # days after the 28th

IMPORT = (
    dbkit.SETUP
    + """
import sys
from django.db import connection
from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import load_plan
from chitieu.web.figures.services import import_plan

plan = load_plan(sys.argv[1])
figures = read_figures(sys.argv[2], plan)
pause = sys.argv[3] == "pause"

def after_first_batch(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if pause and sql.startswith("INSERT") and '"figures_figurerecord"' in sql:
        print("inserting", flush=True)
        sys.stdin.readline()  # the parent kills us here, inside the transaction
    return result

with connection.execute_wrapper(after_first_batch):
    import_plan(None, plan, figures)
print("done", flush=True)
"""
)

COUNT = (
    dbkit.SETUP
    + f"""
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Plan, Target
slug = "{SLUG}"
print(
    Plan.objects.filter(slug=slug).count(),
    Target.objects.filter(plan__slug=slug).count(),
    FigureRecord.objects.filter(plan__slug=slug).count(),
    AuditEvent.objects.filter(action="import", plan__slug=slug).count(),
)
"""
)


def _files(work: Path) -> tuple[Path, Path]:
    targets = [
        {
            "no": t,
            "text": f"Chỉ tiêu kiểm tra {t}",
            "group": "economy",
            "metrics": [
                {"id": f"m{t:02d}-{i}", "name": f"Chỉ số {t}.{i}", "unit": "%"}
                | {"kind": "level_at_end", "comparator": ">=", "low": "50"}
                for i in range(1, 6)
            ],
        }
        for t in range(1, 41)
    ]
    plan = {
        "schema_version": 1,
        "id": SLUG,
        "title": "Kế hoạch lớn để kiểm tra",
        "area": {"code": "20", "name": "Tỉnh Lạng Sơn"},
        "baseline_year": 2020,
        "start_year": 2021,
        "end_year": 2025,
        "targets": targets,
    }
    plan_path, figures_path = work / "plan.json", work / "figures.csv"
    plan_path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    with figures_path.open("w", newline="", encoding="utf-8") as out:
        rows = csv.writer(out)
        rows.writerow(["metric", "period", "value", "stage", "as_of"])
        for t in targets:
            for m in t["metrics"]:
                for year in range(2021, 2026):
                    for month in range(1, 13):
                        for k, (stage, days) in enumerate(STAGES):
                            as_of = date(year, month, 28) + timedelta(days=days)
                            value = f"{40 + month}.{k}"
                            rows.writerow([m["id"], f"{year}-{month:02d}", value, stage, as_of])
    return plan_path, figures_path


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return e.code


def _counts(env: dict[str, str]) -> list[int]:
    return [int(n) for n in dbkit.python(env, COUNT).split()]


@pytest.fixture
def server():
    with LiveServer(demo=True, workers=1, threads=2) as live:
        yield live


def test_a_killed_import_leaves_nothing_and_the_server_serves_on(server, tmp_path):
    env = dbkit.child_env(server.data_dir, server.database_url)
    plan_path, figures_path = _files(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(plan_path), str(figures_path), "pause"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == "inserting\n", child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert _counts(env) == [0, 0, 0, 0]  # no plan, target, figure or audit record of it
    assert _status(f"{server.url}/dashboard/langson-xvii/") == 200
    assert _status(f"{server.url}/dashboard/{SLUG}/") == 404

    whole = subprocess.run(
        [sys.executable, "-c", IMPORT, str(plan_path), str(figures_path), "run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert whole.stdout == "done\n", whole.stderr
    assert _counts(env) == [1, 40, FIGURES, 1]
    assert _status(f"{server.url}/dashboard/{SLUG}/") == 200
    assert _status(f"{server.url}/dashboard/langson-xvii/") == 200
