"""After an approval of a count of units, the dashboard reads only the rows approved since
the units' count figures were last read, not every unit's figures again: at national size
that read was most of the dashboard's work after such an approval. What a user relies on:
the count and the figures are those a full read gives (in the same order), also when a
report is approved after a later one, a stored row is saved again or removed."""

from __future__ import annotations

from datetime import date

from chitieu.figures.periods import parse_period
from chitieu.web.figures.counted import read_counted
from chitieu.web.figures.errors import Place
from chitieu.web.figures.evaluation import counted_current, evaluation
from chitieu.web.figures.models import FigureRecord
from chitieu.web.figures.services import RawEntry, approve, save_entries, submit
from chitieu.web.people.models import Agency, Assignment
from tests.test_web_count_of_units import COMMUNES
from tests.unitplan import unit_plan

ON = date(2026, 1, 10)
AGENCIES = {"laodong": "so-ldtbxh", "dulich": "so-vhttdl"}  # their reporters


def _submitted(plan, people, unit: str, year: int, value: str, who: str = "laodong"):  # type: ignore[no-untyped-def]
    """A department reports a commune's count for a year and submits it."""
    agency = Agency.objects.get(code=AGENCIES[who])
    measure = plan.measures.get(key="xa-dat-chuan")
    Assignment.objects.get_or_create(measure=measure, agency=agency, unit_code=unit)
    row = RawEntry(
        Place(field="xa-dat-chuan"), "xa-dat-chuan", unit, value, "official", confirmed=True
    )
    sub = save_entries(people[who], plan, agency, parse_period(str(year)), [row], ON)
    return submit(people[who], sub)


def _approved(plan, people, sub) -> None:  # type: ignore[no-untyped-def]
    approve(people["pheduyet"], sub)
    plan.refresh_from_db()


def _as_read_in_full(plan, as_of: date | None = None) -> None:  # type: ignore[no-untyped-def]
    assert list(counted_current(plan, as_of).items()) == list(
        read_counted(plan, as_of).current.items()
    )


def test_it_reads_only_the_rows_approved_since(demo, people):
    plan = unit_plan(people["kehoach"], COMMUNES)  # the 2nd and 4th commune meet it in 2023
    assert evaluation(plan).metric_result("xa-dat-chuan").value == 2
    before = counted_current(plan, None)

    # the first commune meets the standard after all (a later official figure)
    _approved(plan, people, _submitted(plan, people, COMMUNES[0], 2023, "1"))

    assert evaluation(plan).metric_result("xa-dat-chuan").value == 3
    after = counted_current(plan, None)
    _as_read_in_full(plan)
    changed = [k for k in after if after[k] is not before[k]]
    assert [(k[1], str(after[k].value)) for k in changed] == [(COMMUNES[0], "1")]
    # on a date before that report the count was two, and stays two
    assert evaluation(plan, date(2026, 1, 9)).metric_result("xa-dat-chuan").value == 2
    _as_read_in_full(plan, date(2026, 1, 9))


def test_it_places_a_report_approved_late_where_a_full_read_does(demo, people):
    plan = unit_plan(people["kehoach"], COMMUNES)
    counted_current(plan, None)
    first = _submitted(plan, people, COMMUNES[0], 2024, "1")  # stored first, approved last
    _approved(plan, people, _submitted(plan, people, COMMUNES[1], 2024, "1", who="dulich"))
    _as_read_in_full(plan)

    _approved(plan, people, first)

    units = [(k[1], k[2].year) for k in counted_current(plan, None)]
    assert units[-2:] == [(COMMUNES[0], 2024), (COMMUNES[1], 2024)]  # in the order stored
    _as_read_in_full(plan)


def test_it_reads_everything_again_when_a_kept_row_was_saved_again(demo, people):
    plan = unit_plan(people["kehoach"], COMMUNES)
    counted_current(plan, None)
    row = FigureRecord.objects.get(
        plan=plan,
        measure__key="xa-dat-chuan",
        unit_code=COMMUNES[1],
        period="2023",
        stage="official",
    )
    row.value = 0  # corrected in place (the admin saves the row)
    row.save()
    plan.touch()

    assert evaluation(plan).metric_result("xa-dat-chuan").value == 1
    _as_read_in_full(plan)


def test_it_reads_everything_again_when_a_row_went(demo, people):
    plan = unit_plan(people["kehoach"], COMMUNES)
    counted_current(plan, None)
    FigureRecord.objects.filter(
        plan=plan,
        measure__key="xa-dat-chuan",
        unit_code=COMMUNES[3],
        period="2023",
        stage="official",
    ).delete()  # the commune's estimate (0) is its current figure again
    _approved(plan, people, _submitted(plan, people, COMMUNES[0], 2023, "1"))

    assert evaluation(plan).metric_result("xa-dat-chuan").value == 2
    assert (
        counted_current(plan, None)[("xa-dat-chuan", COMMUNES[3], parse_period("2023"))].value == 0
    )
    _as_read_in_full(plan)
