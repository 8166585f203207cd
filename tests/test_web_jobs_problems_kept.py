"""A failed job keeps its problems as data, not sentences: a date stays a date and a number
a number, so its page shows them in the reader's language, written the Vietnamese way,
whoever's language the worker ran in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chitieu.problems import Problem, Term, coded
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.stored import problem_data, problem_from
from tests.webhelpers import client_for

GONE = Problem(
    "so-lieu.csv",
    "units.gone",
    {"unit": "6703", "day": date(2025, 12, 31), "period": "2025", "spans": "đến 30/6/2025"},
    line=12,
    field="unit",
)
NUMBER = Problem("so-lieu.csv", "units.unknown", {"v": Decimal("1234.5")}, row=3)
NESTED = Problem(
    "ke-hoach.yaml",
    "plan.bad_date",
    {"v": coded("plan.input_needed", k=Term("kind", "growth"))},
    path="$.targets[0]",
)


def test_it_gives_back_each_problem_as_it_was():
    for problem in (GONE, NUMBER, NESTED):
        assert problem_from(problem_data(problem)) == problem


def test_the_page_shows_them_in_the_readers_language(db, people):
    job = Job.objects.create(
        kind=Job.Kind.IMPORT,
        owner=people["kehoach"],
        title="ke-hoach.yaml + so-lieu.csv",
        state=Job.State.FAILED,
        problems=[problem_data(GONE), problem_data(NUMBER)],
        more_problems=3,
    )
    vi = client_for("kehoach").get(f"/jobs/{job.pk}/").content.decode()
    assert "<strong>so-lieu.csv</strong>, dòng 12, trường “unit”" in vi
    assert "31/12/2025" in vi and "1.234,5" in vi
    assert "và 3 lỗi khác" in vi
    en = client_for("kehoach", lang="en").get(f"/jobs/{job.pk}/").content.decode()
    assert "unit 6703 did not exist on 31/12/2025, the end of 2025" in en
    assert "and 3 more problems" in en
