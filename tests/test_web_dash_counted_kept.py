"""After an approval, the units' count figures are read again only when the approval is
of a count of units, and then only the rows approved since: at national size reading them
is most of the dashboard's work after an approval, and most approvals are of other
measures. The count shown is always the approved one."""

from __future__ import annotations

from datetime import date

from chitieu.figures.periods import parse_period
from chitieu.web.figures.errors import Place
from chitieu.web.figures.evaluation import counted_figures, evaluation
from chitieu.web.figures.services import RawEntry, approve, save_entries, submit
from chitieu.web.people.models import Agency, Assignment
from tests.test_web_count_of_units import COMMUNES
from tests.unitplan import AREA, unit_plan


def _approve(plan, people, key: str, unit: str, value: str, on: date) -> None:  # type: ignore[no-untyped-def]
    """The labour department reports one figure for 2023, and the approver approves it."""
    agency = Agency.objects.get(code="so-ldtbxh")
    Assignment.objects.get_or_create(
        measure=plan.measures.get(key=key), agency=agency, unit_code=unit
    )
    row = RawEntry(Place(field=key), key, unit, value, "official", confirmed=True)
    sub = save_entries(people["laodong"], plan, agency, parse_period("2023"), [row], as_of=on)
    submit(people["laodong"], sub)
    approve(people["pheduyet"], sub)
    plan.refresh_from_db()


def test_it_keeps_the_count_figures_when_another_measure_is_approved(demo, people):
    plan = unit_plan(people["kehoach"], COMMUNES)  # the 2nd and 4th commune meet it
    assert evaluation(plan).metric_result("xa-dat-chuan").value == 2
    before = counted_figures(plan, None)

    _approve(plan, people, "nuoc-sach", AREA, "66", date(2024, 6, 30))

    assert evaluation(plan).metric_result("nuoc-sach").value == 66  # a new evaluation
    after = counted_figures(plan, None)
    assert len(after) == len(before) == 4
    assert all(a is b for a, b in zip(after, before, strict=True))  # not read again
    assert evaluation(plan).metric_result("xa-dat-chuan").value == 2


def test_it_reads_them_again_when_a_count_is_approved(demo, people):
    plan = unit_plan(people["kehoach"], COMMUNES)
    assert evaluation(plan).metric_result("xa-dat-chuan").value == 2
    before = counted_figures(plan, None)

    # the first commune meets the standard after all (a later official figure)
    _approve(plan, people, "xa-dat-chuan", COMMUNES[0], "1", date(2024, 6, 30))

    assert evaluation(plan).metric_result("xa-dat-chuan").value == 3
    after = counted_figures(plan, None)
    assert [(f.unit_code, str(f.value)) for f in after if f.unit_code == COMMUNES[0]] == [
        (COMMUNES[0], "1")
    ]
    # only what was approved since is read (tests/test_web_dash_counted_since.py)
    assert [a.unit_code for a, b in zip(after, before, strict=True) if a is not b] == [COMMUNES[0]]
    # as it stood before that report: still two
    assert evaluation(plan, date(2024, 6, 29)).metric_result("xa-dat-chuan").value == 2


def test_it_looks_their_version_up_once_per_data_version(demo, people, django_assert_num_queries):
    plan = unit_plan(people["kehoach"], COMMUNES)
    counted_figures(plan, None)
    with django_assert_num_queries(0):  # each target page and review document asks again
        assert len(counted_figures(plan, None)) == 4
