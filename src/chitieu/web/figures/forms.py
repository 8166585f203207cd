"""Reading the entry form through Django forms: a formset of one form per measure and unit
(value, stage, note) and the report's own form (date, action). Values are passed on as
typed; the services check them (Vietnamese format), as they check an upload."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, cast

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT, ManagementForm
from django.http import QueryDict
from django.utils.translation import gettext as _

from chitieu.figures.reading import parse_date
from chitieu.problems import Problem
from chitieu.web import commons
from chitieu.web.figures.checks import RawEntry, report_date_problems
from chitieu.web.figures.errors import EntryError, EntryProblem, Place
from chitieu.web.figures.lines import Line
from chitieu.web.problems import said

VALUE = "value-"
CONFIRM = "confirm"  # the box: "I have checked these values"


class TypedText(forms.CharField):
    """Text passed on as typed, never refused here: the services clean it as they clean an
    upload's (control characters, a NUL among them, dropped; a note too long named)."""

    def __init__(self, *, strip: bool = False) -> None:
        super().__init__(required=False, strip=strip)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]


class LineForm(forms.Form):
    """One measure × unit row of the entry page, as typed: the value, its stage and note,
    the version of the draft figure the page showed (0: none; absent: not checked) and the
    value whose warnings the page showed, to be confirmed.

    Its fields are named ``value-<measure>-<unit>`` and so on, as the page has always
    posted them. Cleaning makes it a :class:`RawEntry`, or the problem only the form can
    see; the value, the stage and the note are then checked by the services, with the same
    rules (and words) as an Excel upload or the API (``checks.check_entries``).
    """

    value = TypedText(strip=True)  # " 66 " is 66
    stage = TypedText()
    note = TypedText()
    version = TypedText()
    confirmed = TypedText()  # compared with the value as the page showed it

    def __init__(self, *args: Any, line: Line | None, confirming: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = line
        self.confirming = confirming
        self.place = Place(field=line.label if line else str(self.prefix))
        self.entry: RawEntry | None = None  # None: a problem, or nothing to save

    def add_prefix(self, field_name: str) -> str:
        return f"{field_name}-{self.prefix}"

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        suffix = str(self.prefix)
        if len(cast(QueryDict, self.data).getlist(self.add_prefix("value"))) > 1:
            raise forms.ValidationError(_("the value is given more than once"))
        measure_key, _sep, unit_code = suffix.rpartition("-")
        if not measure_key:
            raise forms.ValidationError(_("this is not a field of the form"))
        # Absent: the writer read no version, and none is checked (an old page, a script).
        version = data["version"] if self.add_prefix("version") in self.data else None
        if version is not None and not version.isdigit():
            raise forms.ValidationError(_("the form is out of date: reload the page"))
        value, stage, note = data["value"], data["stage"], data["note"]
        if self.line is not None:  # shown again as typed, beside any problem
            self.line.value, self.line.stage, self.line.note = value, stage, note
        if not value and version == "0":
            return data  # empty, and the page showed no value there: nothing to remove
        seen = int(version) if version is not None else None
        confirmed = self.confirming and data["confirmed"] == value
        self.entry = RawEntry(
            self.place,
            measure_key,
            unit_code,
            value,
            stage,
            note,
            version=seen,
            confirmed=confirmed,
        )
        return data


class LinesFormSet(forms.BaseFormSet):  # type: ignore[type-arg]
    """The entry page's rows: one form per value field posted, each the line the page
    showed (a field it did not show is a form too, so that a measure or unit outside the
    agency's scope is refused by the same check as an upload). The rows are named by their
    measure and unit, not by a number, so the page posts no management fields.
    """

    form = LineForm
    extra = 0
    min_num = 0
    max_num = absolute_max = 10_000  # DATA_UPLOAD_MAX_NUMBER_FIELDS stops a bigger post first
    can_order = can_delete = can_delete_extra = validate_min = validate_max = False
    renderer = None

    def __init__(self, data: QueryDict, lines: list[Line]) -> None:
        self.suffixes = [name[len(VALUE) :] for name in data if name.startswith(VALUE)]
        self.lines = {line.suffix: line for line in lines}
        super().__init__(data, form_kwargs={"confirming": CONFIRM in data})

    @property
    def management_form(self) -> ManagementForm:
        # Every row is an initial one: an extra row left as it was would not be cleaned,
        # and an emptied value must still reach the services (it removes the draft's).
        count = len(self.suffixes)
        counts = {TOTAL_FORM_COUNT: count, INITIAL_FORM_COUNT: count}
        form = ManagementForm(
            {f"{self.prefix}-{k}": v for k, v in counts.items()}, prefix=self.prefix
        )
        form.full_clean()
        return form

    def add_prefix(self, index: int | str) -> str:
        return self.suffixes[int(index)]

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        line = self.lines.get(self.suffixes[index]) if index is not None else None
        return super().get_form_kwargs(index) | {"line": line}

    def rows(self) -> tuple[list[RawEntry], list[EntryProblem]]:
        """The posted values as raw entries, and the problems only the form can see."""
        self.is_valid()
        rows: list[RawEntry] = []
        problems: list[EntryProblem] = []
        for form in self.forms:
            problems += [EntryProblem(form.place, str(e)) for e in form.non_field_errors()]
            if form.entry is not None:
                rows.append(form.entry)
        return rows, problems


class ReportForm(forms.Form):
    """The report's own fields: its date (today when left empty) and what to do with it."""

    as_of = forms.CharField(required=False)
    action = forms.ChoiceField(choices=[("save", "save"), ("submit", "submit")], required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.date_problems: list[EntryProblem] = []  # named as the services name them

    def clean_as_of(self) -> date:
        try:
            return report_date(self.cleaned_data["as_of"])
        except EntryError as e:
            self.date_problems = e.problems
            raise forms.ValidationError([p.message for p in e.problems]) from None


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


def core_problem_text(p: Problem) -> str:
    """A core problem on a page: where (sheet, row, cell, field), then what, translated."""
    place = Place(field=p.field or "", sheet=p.sheet or "", row=p.row or p.line, cell=p.cell or "")
    text = problem_text(EntryProblem(place, said(p)))
    return f"{p.file}: {text}" if p.file else text


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
