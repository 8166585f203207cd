"""After an approval commits, the plan is evaluated again in the background, so the first
viewer finds it made; a warming that fails is logged and the worker goes on."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from chitieu.figures.periods import parse_period
from chitieu.web import warming
from chitieu.web.figures.errors import Place
from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.services import RawEntry, approve, save_entries, submit
from chitieu.web.lru import VERSIONS
from chitieu.web.people.models import Agency


@pytest.fixture
def warm_on(settings, monkeypatch):
    """A web worker's process, with warming switched on."""
    settings.CHITIEU_WARM_CACHE = True
    monkeypatch.setattr(warming, "_serving", True)


def test_it_evaluates_the_plan_in_the_background(demo, django_assert_num_queries):
    VERSIONS.clear_all()  # a worker that has not evaluated the plan yet
    warming.WARMER.ask(demo.pk)
    warming.WARMER.wait()
    with django_assert_num_queries(0):  # made by the background thread, read here
        result = evaluation(demo)
    assert result.headline("vi") == "Đạt và vượt 16/20 chỉ tiêu"


def test_it_asks_for_the_plan_when_an_approval_commits(
    demo, people, warm_on, django_capture_on_commit_callbacks, caplog
):
    agency = Agency.objects.get(code="so-ldtbxh")
    row = RawEntry(Place(field="trained-labour"), "trained-labour", "20", "65,2", "official")
    sub = save_entries(
        people["laodong"], demo, agency, parse_period("2025"), [row], as_of=date(2026, 6, 30)
    )
    submit(people["laodong"], sub)
    with caplog.at_level(logging.INFO, logger="chitieu.web.warming"):
        with django_capture_on_commit_callbacks(execute=False) as committed:
            approve(people["pheduyet"], sub)
        assert not [r for r in caplog.records if r.name == "chitieu.web.warming"]
        for callback in committed:  # the commit
            callback()
        warming.WARMER.wait()
    asked = [r.getMessage() for r in caplog.records if r.name == "chitieu.web.warming"]
    assert f"warming plan {demo.pk}" in asked


def test_it_logs_a_failed_warming_and_goes_on(demo, monkeypatch, caplog):
    def broken(plan_id: int) -> None:
        raise RuntimeError(f"no database for plan {plan_id}")

    done: list[int] = []
    monkeypatch.setattr(warming, "_WARMS", [broken])
    warmer = warming.Warmer(size=2)
    with caplog.at_level(logging.INFO, logger="chitieu.web.warming"):
        warmer.ask(7)
        warmer.wait()
        monkeypatch.setattr(warming, "_WARMS", [done.append])
        warmer.ask(8)
        warmer.wait()
    failed = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in failed] == ["cache warming failed for plan 7"]
    assert "no database for plan 7" in str(failed[0].exc_info[1])
    assert done == [8]  # the same thread went on with the next plan
