"""The entry form is read field by field as the page names them (value-, stage-, note-,
version- and confirmed-<measure>-<unit>, the report date, the action), so a post the page
could not have made is refused with a sentence saying what is wrong, and nothing is saved;
a value emptied on a line that showed none removes nothing; a stray action is a bad request.
"""

from __future__ import annotations

from chitieu.web.figures.forms import LinesFormSet
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.entryhelpers import entry_url, form
from tests.webhelpers import client_for


def _saved():
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def _errors(data):
    before = _saved()
    r = client_for("laodong").post(entry_url(), data)
    assert r.status_code == 400
    assert _saved() == before
    page = r.content.decode()
    return page.split('id="entry-errors"', 1)[1].split("</ul>", 1)[0]


def test_it_refuses_a_version_that_is_not_a_number(demo):
    data = form(trained_labour="66") | {"version-trained-labour-20": "abc"}
    assert "biểu mẫu đã cũ: hãy tải lại trang" in _errors(data)


def test_it_refuses_a_value_field_the_page_never_has(demo):
    data = form(trained_labour="66") | {"value-nounit": "5"}
    assert "Trường “nounit”: đây không phải là một trường của biểu mẫu" in _errors(data)


def test_it_refuses_a_measure_that_is_not_in_the_plan(demo):
    data = form(trained_labour="66") | {"value-no-such-measure-20": "5"}
    assert "chỉ số “no-such-measure” không có trong Nghị quyết này" in _errors(data)


def test_it_refuses_an_action_it_does_not_know(demo):
    before = _saved()
    r = client_for("laodong").post(entry_url(), form("approve", trained_labour="66"))
    assert r.status_code == 400
    assert _saved() == before


def test_an_empty_line_that_showed_nothing_is_no_entry(rf):
    # the page showed no draft value (version 0) and the field stays empty
    data = rf.post("/", {"value-poverty-rate-20": "", "version-poverty-rate-20": "0"}).POST
    assert LinesFormSet(data, []).rows() == ([], [])
    # without a version (a script that read nothing) the emptied value is passed on
    data = rf.post("/", {"value-poverty-rate-20": " "}).POST
    rows, problems = LinesFormSet(data, []).rows()
    assert problems == []
    assert [(r.measure_key, r.unit_code, r.value, r.version) for r in rows] == [
        ("poverty-rate", "20", "", None)
    ]


def test_a_value_is_confirmed_only_as_the_page_showed_it_and_with_the_box_ticked(rf):
    shown = {"value-poverty-rate-20": "2,5", "stage-poverty-rate-20": "official"}
    shown |= {"confirmed-poverty-rate-20": "2,5"}
    ticked = rf.post("/", shown | {"confirm": "1"}).POST
    assert [r.confirmed for r in LinesFormSet(ticked, []).rows()[0]] == [True]
    unticked = rf.post("/", shown).POST
    assert [r.confirmed for r in LinesFormSet(unticked, []).rows()[0]] == [False]
    changed = rf.post("/", shown | {"confirm": "1", "value-poverty-rate-20": "2,6"}).POST
    assert [r.confirmed for r in LinesFormSet(changed, []).rows()[0]] == [False]
