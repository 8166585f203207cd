"""Downloads: figures.csv reads back with the core reader; statuses.csv opens in Excel
(UTF-8 with a byte-order mark), one row per measure; JSON twins of both."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from django.utils import timezone

from chitieu.figures.reading import read_figures
from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.services import approved_figures
from chitieu.web.plans.convert import core_plan
from tests.apihelpers import PLAN
from tests.webhelpers import client_for


def _key(f):
    return (f.metric, f.unit_code, str(f.period), f.stage.value, f.as_of, f.value)


def test_it_exports_figures_the_core_reads_back_unchanged(demo, tmp_path):
    response = client_for(None).get(f"{PLAN}/figures.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "langson-xvii-figures-" in response["Content-Disposition"]
    path = tmp_path / "figures.csv"
    path.write_bytes(response.getvalue())
    read = read_figures(path, core_plan(demo))
    assert sorted(map(_key, read)) == sorted(map(_key, approved_figures(demo)))
    assert len(read) == 362


def test_it_exports_the_same_figures_as_json(demo):
    response = client_for(None).get(f"{PLAN}/figures.json")
    rows = json.loads(response.getvalue())
    assert response["Content-Disposition"].endswith('.json"')
    assert len(rows) == 362
    assert set(rows[0]) == {
        "metric",
        "period",
        "value",
        "stage",
        "as_of",
        "unit_code",
        "source",
        "note",
    }
    assert all(isinstance(r["value"], str) for r in rows)


def test_it_exports_one_status_row_per_measure_for_excel(demo):
    response = client_for(None).get(f"{PLAN}/statuses.csv?as_of=2023-10-15")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="langson-xvii-statuses-2023-10-15.csv"'
    )
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1 + 35
    expected = evaluation(demo, date(2023, 10, 15)).metric_result("trained-labour")
    labour = next(r for r in rows if r[1] == "trained-labour")
    assert labour[0] == "13"
    assert labour[5] == str(expected.value)
    assert labour[6] == expected.status.value
    assert labour[7] == expected.status.label("vi", expected.final)


def test_it_heads_the_statuses_in_the_language_asked_for(demo):
    english = client_for(None).get(f"{PLAN}/statuses.csv?lang=en").content.decode("utf-8-sig")
    header = english.splitlines()[0].split(",")
    assert header[:3] == ["target no", "measure", "name"]
    assert "not yet achieved" in english or "not achieved" in english


def test_it_exports_the_statuses_as_json(demo):
    response = client_for(None).get(f"{PLAN}/statuses.json?as_of=2023-10-15&lang=en")
    assert response["Content-Disposition"] == (
        'attachment; filename="langson-xvii-statuses-2023-10-15.json"'
    )
    assert json.loads(response.content) == evaluation(demo, date(2023, 10, 15)).to_dict("en")


def test_it_names_todays_date_without_as_of(demo):
    response = client_for(None).get(f"{PLAN}/statuses.csv")
    assert f"statuses-{timezone.localdate().isoformat()}.csv" in response["Content-Disposition"]
