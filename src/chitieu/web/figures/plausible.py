"""Plausibility warnings on the pages: the core's flags (:mod:`chitieu.figures.plausibility`)
for values being entered and for figures waiting in a report, in the user's language.

The flags are not stored: the entry (form, Excel, API) asks for them before saving a
changed value, and the report and entry pages ask again for the figures they show, with
the same function and the approved figures known then. So the approver sees the warnings
as they stand when deciding (a figure approved meanwhile included), and a fix to a plan's
``valid_range`` shows at once. That the reporter confirmed a warning is in the audit trail
(:data:`CONFIRMED`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext as _

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, parse_period
from chitieu.figures.plausibility import AUTO_JUMP_FACTOR, Check, Flag, plausibility_flags
from chitieu.targets.model import Metric
from chitieu.vnnumbers import format_vi, with_places
from chitieu.web.figures.checks import Entry, period_in_text
from chitieu.web.figures.errors import Doubt, Place
from chitieu.web.figures.reading import FIELDS, current_rows
from chitieu.web.lru import PlanCache
from chitieu.web.people.access import approved_figures
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Measure, Plan

# The audit trail's comment on a value saved although it had warnings.
CONFIRMED = "confirmed despite the warnings"

Point = tuple[int, str]  # (measure pk, unit code)


# The plan's measures as the core reads them, per data version: without its figures, which
# a write need not load (the evaluation's cache holds them all).
_METRICS: PlanCache[dict[str, Metric]] = PlanCache(settings.CHITIEU_CACHE["plans"])


def plan_metrics(plan: Plan) -> dict[str, Metric]:
    """The plan's measures as the core reads them, by key (cached per data version)."""
    return _METRICS.get_or_make(
        plan.cache_key, lambda: {m.id: m for m in core_plan(plan).metrics()}
    )


def _known(plan: Plan, period: Period, points: set[Point]) -> dict[Point, list[Figure]]:
    """The current vintage of each approved figure of each (measure, unit), as core figures
    (the checks judge the current figures only: the others are not made into objects).
    The figures of ``period`` itself, which the checks ignore, are not read."""
    out: dict[Point, list[Figure]] = {p: [] for p in points}
    if not points:
        return out
    # The points' own rows through the (measure, unit, …) index, not the plan's: a
    # measure belongs to one plan, and the plan's rows are a national plan's millions.
    records = (
        approved_figures()
        .filter(measure_id__in={m for m, _u in points}, unit_code__in={u for _m, u in points})
        .exclude(period=str(period))
        .order_by()
    )
    keys = dict(plan.measures.values_list("pk", "key"))
    periods: dict[str, Period] = {}
    for measure, unit, text, value, places, stage, as_of in current_rows(records, FIELDS[:7]):
        if (measure, unit) in out:
            period = periods.get(text) or periods.setdefault(text, parse_period(text))
            number = with_places(value, places)
            figure = Figure(keys[measure], period, number, Stage(stage), as_of, unit)
            out[(measure, unit)].append(figure)
    return out


def flags_of(
    plan: Plan, period: Period, values: Iterable[tuple[Measure, str, Decimal]]
) -> dict[Point, list[Flag]]:
    """The warnings about each (measure, unit, value) for the period."""
    given = list(values)
    known = _known(plan, period, {(m.pk, u) for m, u, _v in given})
    metrics = plan_metrics(plan)
    out: dict[Point, list[Flag]] = {}
    for measure, unit, value in given:
        metric = metrics.get(measure.key)
        if metric is None:
            continue
        point = (measure.pk, unit)
        of_area = unit == plan.area_code
        flags = plausibility_flags(metric, period, value, known[point], of_area=of_area)
        if flags:
            out[point] = flags
    return out


def doubts(plan: Plan, period: Period, entries: Sequence[Entry]) -> list[Doubt]:
    """The warnings about values being entered that their writer has not confirmed
    (a confirmed value's warnings are not looked for: nothing would show them)."""
    asked = [(e, e.value) for e in entries if e.value is not None and not e.confirmed]
    found = flags_of(plan, period, [(e.measure, e.unit_code, v) for e, v in asked])
    out = []
    n = _Numbers()  # an upload's thousands of warnings repeat their limits and values
    for e, _value in asked:
        for flag in found.get((e.measure.pk, e.unit_code), []):
            place = e.value_place or e.place or Place(field=e.measure.name)
            out.append(Doubt(place, flag_text(flag, e.measure, n), check=flag.check.value))
    return out


def _n(value: Decimal | None) -> str:
    return format_vi(value) if value is not None else ""


class _Numbers:
    """:func:`_n`, each distinct number written once. Keyed by the number's text, since
    equal numbers with other digits (1,0 and 1,00) are written differently."""

    def __init__(self) -> None:
        self._written: dict[str, str] = {}

    def __call__(self, value: Decimal | None) -> str:
        key = str(value)
        text = self._written.get(key)
        if text is None:
            text = self._written[key] = _n(value)
        return text


def flag_text(flag: Flag, measure: Measure, n: Callable[[Decimal | None], str] = _n) -> str:
    """Why a value looks wrong, in the user's language, with its numbers (written by
    ``n``: many warnings at once share a :class:`_Numbers`)."""
    parts = {"v": n(flag.value), "min": n(flag.min), "max": n(flag.max), "unit": measure.unit}
    if flag.check is Check.PERCENT:
        return _("check the value: %(v)s is not a percentage between %(min)s and %(max)s") % parts
    if flag.check is Check.VALID_RANGE:
        if flag.min is not None and flag.max is not None:
            text = _("check the value: %(v)s is outside the plausible values, %(min)s to %(max)s")
        elif flag.min is not None:
            text = _("check the value: %(v)s is below the lowest plausible value, %(min)s")
        else:
            text = _("check the value: %(v)s is above the highest plausible value, %(max)s")
        return text % parts
    if flag.check is Check.NEGATIVE:
        return _("check the value: %(v)s %(unit)s is negative, which a count or amount is not") % (
            parts
        )
    return _jump_text(flag, parts, n)


def _jump_text(flag: Flag, parts: dict[str, str], n: Callable[[Decimal | None], str]) -> str:
    assert flag.previous is not None
    parts |= {
        "before": n(flag.previous_value),
        "when": period_in_text(flag.previous),
        "change": n(abs(flag.change)) if flag.change is not None else "",
        "limit": n(flag.limit),
    }
    if flag.largest is None:
        return (
            _(
                "check the value: from %(before)s in %(when)s to %(v)s is a change of %(change)s, "
                "more than the largest plausible change in a year, %(limit)s"
            )
            % parts
        )
    parts |= {"largest": n(flag.largest), "factor": str(AUTO_JUMP_FACTOR)}
    return (
        _(
            "check the value: from %(before)s in %(when)s to %(v)s is a change of %(change)s, "
            "more than %(factor)s times the largest change of a year so far (%(largest)s)"
        )
        % parts
    )
