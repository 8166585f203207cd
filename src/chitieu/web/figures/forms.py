"""Reading the entry form: one value, stage and note per measure and unit, and the report
date. Values are passed on as typed; the services check them (Vietnamese format)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from django.http import QueryDict
from django.utils.translation import gettext as _

from chitieu.figures.reading import parse_date
from chitieu.web import commons
from chitieu.web.figures.checks import RawEntry, report_date_problems
from chitieu.web.figures.errors import EntryError, EntryProblem, Place
from chitieu.web.figures.lines import Line

VALUE = "value-"
VERSION = "version-"  # the version of the draft figure the page showed (0: none)
CONFIRMED = "confirmed-"  # the value whose warnings the page showed, to be confirmed
CONFIRM = "confirm"  # the box: "I have checked these values"


def read_entry_form(
    data: QueryDict, lines: list[Line]
) -> tuple[list[RawEntry], list[EntryProblem]]:
    """The posted values as raw entries, and the problems only the form can see.

    Every ``value-<measure>-<unit>`` field is passed on, even one the page did not offer,
    so a measure or unit outside the agency's scope is rejected by the same check as an
    upload. The lines keep what was typed, to show it again beside any error. Each value
    carries the version of the draft figure the page showed, so a value someone else
    changed meanwhile is not overwritten unseen. A field emptied removes the draft value
    the page showed (a field that was empty is no removal). A value counts as confirmed
    when the box is ticked and it is the very value whose warnings the page showed.
    """
    by_suffix = {line.suffix: line for line in lines}
    rows: list[RawEntry] = []
    problems: list[EntryProblem] = []
    for name in data:
        if not name.startswith(VALUE):
            continue
        suffix = name[len(VALUE) :]
        line = by_suffix.get(suffix)
        place = Place(field=line.label if line else suffix)
        values = data.getlist(name)
        if len(values) > 1:
            problems.append(EntryProblem(place, _("the value is given more than once")))
            continue
        measure_key, _sep, unit_code = suffix.rpartition("-")
        if not measure_key:
            problems.append(EntryProblem(place, _("this is not a field of the form")))
            continue
        value = values[0].strip()
        stage = data.get(f"stage-{suffix}", "")
        note = data.get(f"note-{suffix}", "")
        confirmed = CONFIRM in data and data.get(f"{CONFIRMED}{suffix}") == value
        version = data.get(f"{VERSION}{suffix}")
        if version is not None and not version.isdigit():
            problems.append(EntryProblem(place, _("the form is out of date: reload the page")))
            continue
        if line is not None:
            line.value, line.stage, line.note = value, stage, note
        if not value and version == "0":
            continue  # empty, and the page showed no value there: nothing to remove
        seen = int(version) if version is not None else None
        rows.append(
            RawEntry(
                place, measure_key, unit_code, value, stage, note, version=seen, confirmed=confirmed
            )
        )
    return rows, problems


def retyped(fresh: list[Line], typed: list[Line]) -> list[Line]:
    """The lines as stored now, with what was typed into the form put back."""
    by_suffix = {line.suffix: line for line in typed}
    for line in fresh:
        given = by_suffix.get(line.suffix)
        if given is not None:
            line.value, line.stage, line.note = given.value, given.stage, given.note
    return fresh


def report_date(text: str) -> date:
    """The report date typed as d/m/yyyy (today when left empty); not in the future."""
    text = text.strip()
    if not text:
        return commons.today()
    try:
        day = parse_date(text)
    except ValueError:
        raise EntryError(
            [
                EntryProblem(
                    Place(field="as_of"),
                    _("“%(v)s” is not a date (write it as 25/9/2020)") % {"v": text},
                )
            ]
        ) from None
    problems = report_date_problems(day)
    if problems:
        raise EntryError(problems)
    return day


def field_labels() -> dict[str, str]:
    """How problems name the page's own fields (the services use their input names)."""
    return {
        "as_of": _("report date"),
        "period": _("reporting period"),
        "reason": _("reason for the correction"),
        "comment": _("comment"),
        "file": _("file"),
    }


def problem_text(problem: EntryProblem) -> str:
    """A problem as a sentence for the page: place first, capitalised."""
    label = field_labels().get(problem.place.field)
    if label:
        problem = replace(problem, place=replace(problem.place, field=label))
    text = str(problem)
    return text[:1].upper() + text[1:]


def attach(problems: list[EntryProblem], lines: list[Line], into: str = "errors") -> list[str]:
    """Put each problem beside its line (by the place the form gave it); return them all.
    Warnings go ``into`` the lines' ``doubts``, where the page asks to confirm them."""
    by_label = {line.label: line for line in lines}
    by_key: dict[str, list[Line]] = {}
    for line in lines:
        by_key.setdefault(line.measure.key, []).append(line)
    texts = []
    for p in problems:
        text = problem_text(p)
        texts.append(text)
        targets = [by_label[p.place.field]] if p.place.field in by_label else []
        targets = targets or by_key.get(p.place.field, [])
        for line in targets:
            getattr(line, into).append(text)
    return texts
