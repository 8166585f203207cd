"""Checking what a reporter gives before anything is saved: the period, each value, its
stage and note, and the report date; a value less final than an approved one is refused.
The entry form, the Excel upload and the API all go through these checks (by way of
:func:`chitieu.web.figures.services.save_entries`), so a value refused on one path is
refused on every path, with the same words.

An empty value is not nothing: it removes the draft figure there is (an :class:`Entry`
without a value), on every path alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodError, parse_period
from chitieu.figures.reading import period_start
from chitieu.figures.vintages import more_final
from chitieu.targets.storable import is_control
from chitieu.units.agencies import Agencies
from chitieu.units.aggregate import period_end
from chitieu.vnnumbers import (
    NumberFormatError,
    NumberLimitError,
    NumberStyle,
    check_storable,
    format_date,
    format_vi,
    parse_number,
    spreadsheet_number,
    to_decimal,
    with_places,
)
from chitieu.web import commons
from chitieu.web.figures.errors import EntryError, EntryProblem, Place
from chitieu.web.figures.scopes import scope
from chitieu.web.people.access import figures_for_all
from chitieu.web.people.lineage import timeline
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Measure, Plan
from chitieu.web.problems import said
from chitieu.web.units.checks import units_gone

ENTRY_STAGES = (Stage.ESTIMATE, Stage.PRELIMINARY, Stage.OFFICIAL)
# Notes, reasons and comments: a paragraph or two; the form, Excel and the API refuse more.
TEXT_MAX_LENGTH = 2000


@dataclass(frozen=True)
class RawEntry:
    """A value as typed or read from a cell, before it is checked."""

    place: Place
    measure_key: str
    unit_code: str
    value: object  # text in Vietnamese format, or a number from a spreadsheet
    stage: str = ""  # chosen by the writer, always: no figure is an estimate by default
    note: str = ""
    value_place: Place | None = None  # where the value itself is, when not at ``place``
    # The version of the draft figure the writer saw (0: none yet); None: not checked.
    version: int | None = None
    stage_place: Place | None = None  # where the stage is, when not at ``place``
    confirmed: bool = False  # the writer saw this value's warnings and keeps it


@dataclass(frozen=True)
class Entry:
    """A checked value, ready to be saved; without a value, the removal of the draft one."""

    measure: Measure
    unit_code: str
    value: Decimal | None  # None: the field was left empty, so the draft figure goes
    stage: Stage | None  # None only with no value
    note: str = ""
    place: Place | None = None  # where it was given, so a later problem can name it
    version: int | None = None  # see RawEntry.version
    confirmed: bool = False  # see RawEntry.confirmed
    value_place: Place | None = None  # see RawEntry.value_place


def stage_label(stage: Stage | str) -> str:
    """A stage as people say it: ước, sơ bộ, chính thức (estimate … in the English UI)."""
    labels = {
        Stage.PLAN: pgettext("stage", "plan"),
        Stage.ESTIMATE: pgettext("stage", "estimate"),
        Stage.PRELIMINARY: pgettext("stage", "preliminary"),
        Stage.OFFICIAL: pgettext("stage", "official"),
    }
    return labels[Stage(stage)]


def period_in_text(period: Period) -> str:
    """A period inside a sentence: "năm 2025", "6 tháng đầu năm 2025", "first half of 2025"."""
    label = period.label(commons.ui_lang())
    return label[:1].lower() + label[1:]


def places_of(value: Decimal) -> int:
    """How many decimals a value was written with ("92,0" → 1)."""
    return max(0, -int(value.as_tuple().exponent))


# ---------------------------------------------------------------- periods


def check_period(plan: Plan, text: str) -> Period:
    """A reporting period of the plan's term, or an :class:`EntryError` naming the field."""
    try:
        period = parse_period(text)
    except PeriodError:
        raise EntryError(
            [EntryProblem(Place(field="period"), _("“%(p)s” is not a period") % {"p": text})]
        ) from None
    if period.is_term or not (plan.start_year <= period.year <= plan.end_year):
        raise EntryError(
            [
                EntryProblem(
                    Place(field="period"),
                    _("period %(p)s is outside the term %(a)d–%(b)d")
                    % {"p": text, "a": plan.start_year, "b": plan.end_year},
                )
            ]
        )
    return period


# ---------------------------------------------------------------- scope and checks


def agency_gone(agency: Agency, period: Period, agencies: Agencies | None = None) -> str | None:
    """Why ``agency`` cannot report ``period`` (it was not in force at the period's end),
    naming who does; None when it can."""
    day = period_end(period)
    if agency.is_valid_on(day):
        return None
    lineage = agencies if agencies is not None else timeline()
    heirs = Agency.objects.filter(code__in=lineage.reporters(agency.code, day)).order_by("name")
    params = {
        "agency": agency.name,
        "day": format_date(day),
        "period": period_in_text(period),
        "others": ", ".join(a.name for a in heirs),
    }
    if agency.valid_from is not None and day < agency.valid_from:
        params["from"] = format_date(agency.valid_from)
        return _("%(agency)s exists from %(from)s: it makes no report for %(period)s") % params
    if heirs:
        return (
            _(
                "%(agency)s was no longer in force on %(day)s, the end of %(period)s: "
                "%(others)s reports its measures for that period"
            )
            % params
        )
    return _("%(agency)s was no longer in force on %(day)s, the end of %(period)s") % params


def _shown(value: Decimal) -> str:
    """A number as a message quotes it: the Vietnamese way, unless it is absurdly long."""
    return format_vi(value) if abs(value.adjusted()) <= 30 else str(value)


def parse_value(raw: object) -> Decimal:
    """A number typed the Vietnamese way (1.234,5), a spreadsheet's or a JSON number,
    kept exactly by the database (:func:`chitieu.vnnumbers.check_storable`)."""
    if isinstance(raw, bool):
        raise NumberFormatError("number.empty")
    if isinstance(raw, float):
        value = spreadsheet_number(raw)
    elif isinstance(raw, int | Decimal):
        value = to_decimal(raw)
    else:
        text = str(raw).strip()
        return check_storable(parse_number(text, NumberStyle.VI), text)
    try:  # quoted as written only in a refusal: formatting every value costs
        return check_storable(value, str(value))
    except NumberLimitError:
        return check_storable(value, _shown(value))


def check_entries(
    plan: Plan,
    agency: Agency,
    period: Period,
    rows: Sequence[RawEntry],
    as_of: date | None = None,
) -> list[Entry]:
    """Check every row; raise one :class:`EntryError` listing every problem, or return all."""
    gone = agency_gone(agency, period)
    if gone:
        raise EntryError([EntryProblem(Place(field="agency"), gone)])
    allowed = {(a.measure.key, a.unit_code): a.measure for a in scope(plan, agency, period)}
    plan_keys = set(plan.measures.values_list("key", flat=True))
    gone_units = units_gone({row.unit_code for row in rows}, period)  # one query for all
    problems: list[EntryProblem] = []
    seen: dict[tuple[str, str], Place] = {}
    entries: list[Entry] = []
    for row in rows:
        key = (row.measure_key, row.unit_code)
        if row.measure_key not in plan_keys:
            message = _("measure “%(m)s” is not in this plan") % {"m": row.measure_key}
        elif key not in allowed:
            message = _("%(agency)s does not report “%(m)s” for unit %(u)s") % {
                "agency": agency.name,
                "m": row.measure_key,
                "u": row.unit_code,
            }
        elif key in seen:
            message = _("duplicate: “%(m)s” for unit %(u)s is already given at %(first)s") % {
                "m": row.measure_key,
                "u": row.unit_code,
                "first": seen[key],
            }
        else:  # a unit merged away or not yet formed
            message = gone_units.get(row.unit_code, "")
        if message:
            problems.append(EntryProblem(row.place, message))
            continue
        seen[key] = row.place
        checked = _entry(row, allowed[key])
        if isinstance(checked, EntryProblem):
            problems.append(checked)
        else:
            entries.append(checked)
    problems += finality_problems(plan, period, entries, as_of)
    if problems:
        raise EntryError(problems)
    return entries


def _entry(row: RawEntry, measure: Measure) -> Entry | EntryProblem:
    """One row's value, stage and note checked (its measure and unit already are)."""
    if row.value is None or str(row.value).strip() == "":  # left empty: no draft value
        return Entry(measure, row.unit_code, None, None, "", row.place, row.version)
    try:
        value = parse_value(row.value)
    except NumberLimitError as exc:
        return EntryProblem(row.value_place or row.place, said(exc), exc.said)
    except (NumberFormatError, ValueError, ArithmeticError):
        message = _("“%(v)s” is not a number (write it as 1.234,5)") % {"v": row.value}
        return EntryProblem(row.value_place or row.place, message)
    if not row.stage:
        message = _("choose the stage of the value: estimate, preliminary or official")
        return EntryProblem(row.stage_place or row.place, message)
    if row.stage not in ENTRY_STAGES:
        message = _("“%(s)s” is not a stage (estimate, preliminary, official)") % {"s": row.stage}
        return EntryProblem(row.stage_place or row.place, message)
    note = clean_text(row.note)
    if len(note) > TEXT_MAX_LENGTH:
        return EntryProblem(row.place, too_long(_("the note"), note))
    return Entry(
        measure,
        row.unit_code,
        value,
        Stage(row.stage),
        note,
        place=row.place,
        version=row.version,
        confirmed=row.confirmed,
        value_place=row.value_place,
    )


# ---------------------------------------------------------------- how final


def finality_problems(
    plan: Plan, period: Period, entries: Sequence[Entry], as_of: date | None = None
) -> list[EntryProblem]:
    """Values that would never count: an approved figure of the same measure, unit and
    period, reported by the value's date, is more final (the core's rule,
    :func:`chitieu.figures.vintages.more_final`: an estimate never replaces the official
    figure). Each refusal names that figure."""
    given = [(e, e.stage) for e in entries if e.stage is not None]
    if not given:
        return []
    day = as_of or commons.today()
    rows = (
        figures_for_all(plan)
        .filter(
            period=str(period),
            measure_id__in={e.measure.pk for e, _s in given},
            unit_code__in={e.unit_code for e, _s in given},
        )
        # unordered: the model's ordering joined the plan, measure and target tables to
        # sort 14.000 rows of a 7.000-row upload (0,2 s of PostgreSQL's time), for nothing
        .order_by()
        .values_list("measure_id", "unit_code", "value", "places", "stage", "as_of")
    )
    keys = {e.measure.pk: e.measure.key for e, _s in given}
    known: dict[tuple[int, str], list[Figure]] = {}
    for measure_id, unit, value, places, stage, dated in rows:
        number = with_places(value, places)
        figure = Figure(keys[measure_id], period, number, Stage(stage), dated, unit)
        known.setdefault((measure_id, unit), []).append(figure)
    problems = []
    for e, stage in given:
        candidate = Figure(e.measure.key, period, e.value or Decimal(0), stage, day, e.unit_code)
        blocking = more_final(candidate, known.get((e.measure.pk, e.unit_code), []))
        if blocking is None:
            continue
        message = _(
            "%(m)s, %(p)s already has an approved %(stage)s figure: %(v)s, reported on "
            "%(d)s. A less final (%(new)s) figure cannot replace it: enter it as %(stage)s, "
            "or leave the value empty"
        ) % {
            "m": e.measure.name,
            "p": period_in_text(period),
            "stage": stage_label(blocking.stage),
            "v": format_vi(blocking.value),
            "d": format_date(blocking.as_of),
            "new": stage_label(stage),
        }
        problems.append(EntryProblem(e.place or Place(field=e.measure.name), message))
    return problems


# ---------------------------------------------------------------- texts and dates


def clean_text(text: str) -> str:
    """Text a person gave, as it is stored: control characters (a NUL byte, which
    PostgreSQL cannot store) and lone surrogates dropped, as the core defines them;
    tabs and line breaks kept (CR LF as LF); spaces around it trimmed. Every note,
    reason and comment goes through here."""
    return "".join(c for c in text if not is_control(c)).replace("\r\n", "\n").strip()


def too_long(what: str, text: str) -> str:
    """The refusal of a note, reason or comment longer than :data:`TEXT_MAX_LENGTH`."""
    return _("%(what)s has %(n)s characters: at most %(max)s are kept; shorten it") % {
        "what": what,
        "n": format_vi(Decimal(len(text))),
        "max": format_vi(Decimal(TEXT_MAX_LENGTH)),
    }


def report_date_problems(
    day: date, period: Period | None = None, place: Place | None = None
) -> list[EntryProblem]:
    """The rule of a report's date, on every path: not in the future, and (given the
    period) not before the period began."""
    place = place or Place(field="as_of")
    if day > commons.today():
        message = _("the report date %(d)s is in the future") % {"d": format_date(day)}
        return [EntryProblem(place, message)]
    if period is not None and day < period_start(period):
        message = _("the report date %(d)s is before the period began") % {"d": format_date(day)}
        return [EntryProblem(place, message)]
    return []
