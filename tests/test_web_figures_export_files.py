"""figures.csv and figures.json hold every approved vintage in the order stored, in the
core's figures format and as the same JSON list as before; each is written once per data
version into the data dir and served from there, and an approval makes a new one."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from chitieu.web.figures.services import import_plan
from tests.unitplan import core_plan, unit_plan
from tests.webhelpers import client_for

HEADER = "metric,period,value,stage,as_of,unit_code,source,note"
ROWS = [
    ("nuoc-sach", "2022", "61", "official", "2023-03-31", "20"),
    ("nuoc-sach", "2023", "66", "estimate", "2023-12-10", "20"),
    ("nuoc-sach", "2023", "64.5", "official", "2024-03-31", "20"),
    ("nuoc-sach", "2023", "70", "estimate", "2023-12-10", "X0001"),
    ("nuoc-sach", "2023", "61", "official", "2024-03-31", "X0001"),
    ("xa-dat-chuan", "2023", "0", "estimate", "2023-12-10", "X0001"),
    ("xa-dat-chuan", "2023", "0", "official", "2024-03-31", "X0001"),
    ("nuoc-sach", "2023", "70", "estimate", "2023-12-10", "X0002"),
    ("nuoc-sach", "2023", "62", "official", "2024-03-31", "X0002"),
    ("xa-dat-chuan", "2023", "0", "estimate", "2023-12-10", "X0002"),
    ("xa-dat-chuan", "2023", "1", "official", "2024-03-31", "X0002"),
]


def _files() -> list[Path]:
    return sorted(Path(settings.EXPORTS_DIR).glob("*.figures.*"))


def test_it_writes_the_figures_csv_row_by_row(demo, people):
    plan = unit_plan(people["kehoach"], ["X0001", "X0002"])
    response = client_for("daibieu").get(f"/api/plans/{plan.slug}/figures.csv")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="theo-xa-figures-{today}.csv"'
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    lines = [HEADER] + [",".join(r) + ",thử," for r in ROWS]
    assert response.getvalue().decode() == "\n".join(lines) + "\n"
    page = client_for("daibieu").get(f"/plans/{plan.slug}/figures.csv")
    assert page.getvalue().decode() == "\n".join(lines) + "\n"


def test_it_writes_the_same_json_list_as_before(demo, people):
    plan = unit_plan(people["kehoach"], ["X0001", "X0002"])
    body = client_for("daibieu").get(f"/api/plans/{plan.slug}/figures.json").getvalue().decode()
    keys = ("metric", "period", "value", "stage", "as_of", "unit_code")
    expected = [{**dict(zip(keys, r, strict=True)), "source": "thử", "note": ""} for r in ROWS]
    assert body == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert body.startswith('[\n  {\n    "metric": "nuoc-sach",\n    "period": "2022",')


def test_a_plan_without_figures_gives_an_empty_list(demo, people):
    plan = import_plan(people["kehoach"], core_plan("trong"), [])
    body = client_for("daibieu").get(f"/api/plans/{plan.slug}/figures.json").getvalue()
    assert body == b"[]\n"


def test_it_is_written_once_per_data_version(demo, people):
    plan = unit_plan(people["kehoach"], ["X0001", "X0002"])
    client = client_for("daibieu")
    first = client.get(f"/api/plans/{plan.slug}/figures.csv").getvalue()
    [written] = _files()
    stamp = written.stat().st_mtime_ns
    assert client.get(f"/api/plans/{plan.slug}/figures.csv").getvalue() == first
    assert _files() == [written] and written.stat().st_mtime_ns == stamp  # served, not rewritten
    plan.figures.filter(unit_code="X0002").delete()
    plan.touch()  # as an approval does
    again = client.get(f"/api/plans/{plan.slug}/figures.csv").getvalue().decode()
    assert again.count("\n") == 1 + 7 and "X0002" not in again
    [newer] = _files()
    assert newer != written  # the old version is removed
    # a copy of the figures, as private as the database
    assert (newer.stat().st_mode & 0o777, newer.parent.stat().st_mode & 0o777) == (0o600, 0o700)
