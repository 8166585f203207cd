"""Cascading: a provincial measure split into targets for districts, communes or agencies
(:class:`~chitieu.web.plans.models.MeasureShare`), their current approved figures, the
roll-up, and which units lag.

Rules (also in docs/web.md):

* a unit's value is its current approved figure for the measure (latest period, then the
  core's vintage rule: the most final stage, then the latest report; plan figures never);
* the roll-up is taken over the latest period any unit reported, from the units that
  reported it: a **sum** for amounts and counts (levels, cumulative totals, counts of
  units), an unweighted **mean** for rates (a unit in "%", growth, reduction per year,
  shares of a structure); "other" measures are not rolled up;
* a unit's status is the one the target page gives it: the measure's own kind over the
  term (a growth's average, a total's sum, an every-year measure's worst year …) judged
  against the unit's share as its target
  (:func:`chitieu.evaluation.shares.evaluate_shares`, on the page's as-of date); the unit
  **lags** when it is not or nearly achieved. Reaching the share exactly is not lagging.
  The page shows the value the core judged. A unit with no figure yet is "no data", not
  lagging; on an "other" measure, which a person judges, a unit with a figure shows its
  latest one, to be judged by hand, never lagging.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import polars as pl
from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import pgettext, pgettext_lazy

from chitieu.evaluation.shares import evaluate_shares
from chitieu.evaluation.statuses import Status
from chitieu.figures.model import Stage
from chitieu.figures.periods import Period, parse_period
from chitieu.figures.vintages import current_vintages
from chitieu.targets.model import Kind
from chitieu.web import commons
from chitieu.web.dashboard.unitscreen import LAGGING, shares_of, status_label
from chitieu.web.figures.evaluation import stored_plan
from chitieu.web.figures.reading import CHUNK, unit_frame
from chitieu.web.pages import viewable_plan
from chitieu.web.people.access import approved_figures, can_manage_plans
from chitieu.web.people.audit import record
from chitieu.web.people.models import Agency
from chitieu.web.plans.forms import VNNumberField
from chitieu.web.plans.models import Measure, MeasureShare, Plan, Target

SUMMED = {Kind.LEVEL_AT_END, Kind.CUMULATIVE_OVER_TERM, Kind.COUNT_OF_UNITS}
AVERAGED = {Kind.AVERAGE_ANNUAL_GROWTH, Kind.REDUCTION_PER_YEAR, Kind.SHARE_STRUCTURE}


def roll_up_rule(measure: Measure) -> str:
    """ "sum", "mean" or "" (not rolled up), from the measure's kind and unit."""
    kind = Kind(measure.kind)
    if kind is Kind.OTHER:
        return ""
    if kind in AVERAGED or "%" in measure.unit:
        return "mean"
    if kind in SUMMED or kind is Kind.EVERY_YEAR:
        return "sum"
    return ""


# Per (unit, measure key): the value the core judged and its status.
Judged = dict[tuple[str, str], tuple[Decimal | None, str]]


@dataclass(frozen=True)
class UnitRow:
    share: MeasureShare
    value: Decimal | None  # the value judged against the share (the core's)
    period: Period | None  # the latest period the unit reported
    status: str  # a Status value
    label: str

    @property
    def lagging(self) -> bool:
        return self.status in LAGGING


@dataclass(frozen=True)
class MeasureCascade:
    measure: Measure
    rows: list[UnitRow]
    rule: str  # sum, mean or ""
    period: Period | None  # the roll-up's period
    rolled: Decimal | None
    reported: int  # units that reported the roll-up's period
    shares_total: Decimal | None  # the shares added up (for summed measures)

    @property
    def lagging(self) -> list[UnitRow]:
        return [r for r in self.rows if r.lagging]


def _latest(measure: Measure, codes: list[str]) -> dict[str, dict[Period, Decimal]]:
    """Per unit and period, the value of the current approved vintage (the core's rule),
    read as tuples: a province splits a measure among thousands of communes."""
    rows = (
        approved_figures()  # by the measure's own index (a measure is of one plan)
        .filter(measure=measure, unit_code__in=codes)
        # the default order's, less plan and measure (one here), which sort through joins
        .order_by("unit_code", "period", "as_of")
        .values_list("unit_code", "period", "value", "stage", "as_of")
        .iterator(chunk_size=CHUNK)
    )
    current = current_vintages(((u, p), Stage(s), on, v) for u, p, v, s, on in rows)
    out: dict[str, dict[Period, Decimal]] = {}
    periods: dict[str, Period] = {}
    for (unit, text), value in current.items():
        period = periods.get(text) or periods.setdefault(text, parse_period(text))
        out.setdefault(unit, {})[period] = value
    return out


def judged_shares(plan: Plan, keys: list[str], as_of: date | None) -> Judged:
    """Each unit holding a share of these measures judged against it by the core (one
    question for the shares, one for the units' figures)."""
    shares = shares_of(plan, keys)
    codes = shares.get_column("unit_code").unique().to_list()
    frame = unit_frame(plan, keys, units=codes) if codes else None
    if frame is None or frame.height == 0:
        return {}
    rows = evaluate_shares(stored_plan(plan).keeping(lambda m: m.id in keys), frame, shares, as_of)
    out: Judged = {}
    for unit, key, value, status in (
        rows.filter(pl.col("share")).select("unit_code", "metric", "value", "status").iter_rows()
    ):
        out[(unit, key)] = (None if value is None else Decimal(repr(value)).normalize(), status)
    return out


def measure_cascade(
    measure: Measure, as_of: date | None = None, judged: Judged | None = None
) -> MeasureCascade:
    shares = list(measure.shares.select_related("agency"))
    codes = [s.unit_code for s in shares]
    by_unit = _latest(measure, codes)
    if judged is None:
        judged = judged_shares(measure.plan, [measure.key], as_of)
    kind = Kind(measure.kind)
    final = (as_of or commons.today()) > date(measure.plan.end_year, 12, 31)
    lang = commons.ui_lang()
    rows: list[UnitRow] = []
    for share in shares:
        periods = by_unit.get(share.unit_code, {})
        last = max(periods, key=Period.by_end) if periods else None
        value, status = judged.get((share.unit_code, measure.key), (None, Status.NO_DATA.value))
        if kind is Kind.OTHER and last is not None:
            # a person judges it (the core leaves it out of the shares): its latest figure
            value, status = periods[last], Status.MANUAL.value
        label = status_label(status, kind, final, lang, share=True)
        rows.append(UnitRow(share, value, last, status, label))
    all_periods = {p for unit in by_unit.values() for p in unit}
    period = max(all_periods, key=Period.by_end) if all_periods else None
    values = [by_unit[c][period] for c in codes if period and period in by_unit.get(c, {})]
    rule = roll_up_rule(measure)
    rolled: Decimal | None = None
    if values and rule == "sum":
        rolled = sum(values, Decimal(0)).normalize()
    elif values and rule == "mean":
        rolled = (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01")).normalize()
    total = sum((s.low for s in shares), Decimal(0)).normalize() if rule == "sum" else None
    return MeasureCascade(measure, rows, rule, period, rolled, len(values), total)


def target_cascade(target: Target, as_of: date | None = None) -> list[MeasureCascade]:
    """The cascades of a target's measures that are split (others are left out), every
    unit judged at once."""
    split = [m for m in target.measures.select_related("plan") if m.shares.exists()]
    judged = judged_shares(target.plan, [m.key for m in split], as_of) if split else {}
    return [measure_cascade(m, as_of, judged) for m in split]


class ShareForm(forms.Form):
    """Set (add or replace) one unit's share of a measure; the planning office only."""

    measure = forms.ModelChoiceField(
        queryset=Measure.objects.none(), label=pgettext_lazy("cascade", "measure")
    )
    unit_code = forms.CharField(max_length=20, label=pgettext_lazy("cascade", "unit code"))
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.all(), required=False, label=pgettext_lazy("cascade", "agency")
    )
    low = VNNumberField(label=pgettext_lazy("cascade", "target"))
    high = VNNumberField(required=False, label=pgettext_lazy("cascade", "upper target"))

    def __init__(self, *args: Any, target: Target, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["measure"].queryset = target.measures.all()  # type: ignore[attr-defined]


@transaction.atomic
def set_share(user: Any, measure: Measure, data: dict[str, Any]) -> MeasureShare:
    share = MeasureShare.objects.filter(measure=measure, unit_code=data["unit_code"]).first()
    old = f"{share.low}–{share.high}" if share else ""
    share = share or MeasureShare(measure=measure, unit_code=data["unit_code"])
    share.agency, share.low, share.high = data["agency"], data["low"], data["high"]
    share.save()
    record(user, "share_set", share, plan=measure.plan, old=old, new=f"{share.low}–{share.high}")
    measure.plan.touch()
    return share


@transaction.atomic
def remove_share(user: Any, share: MeasureShare) -> None:
    record(user, "share_remove", share, plan=share.measure.plan, old=str(share))
    plan = share.measure.plan
    share.delete()
    plan.touch()


def _post(request: HttpRequest, target: Target) -> ShareForm | HttpResponse:
    if not can_manage_plans(request.user):
        raise PermissionDenied(pgettext("cascade", "Only the planning office sets shares."))
    if "remove" in request.POST:
        share = get_object_or_404(MeasureShare, pk=request.POST["remove"], measure__target=target)
        remove_share(request.user, share)
        return redirect(request.path)
    form = ShareForm(request.POST, target=target)
    if form.is_valid():
        set_share(request.user, form.cleaned_data["measure"], form.cleaned_data)
        return redirect(request.path)
    return form


def units_view(request: HttpRequest, slug: str, no: int) -> HttpResponse:
    """/dashboard/<slug>/targets/<no>/units/: per unit, its share, latest value and lag;
    the planning office sets and removes shares here (POST)."""
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    target = get_object_or_404(Target, plan=plan, no=no)
    form = ShareForm(target=target)
    status = 200
    if request.method == "POST":
        posted = _post(request, target)
        if isinstance(posted, HttpResponse):
            return posted
        form, status = posted, 400
    try:  # the target page's date; the latest figures without one
        as_of = commons.parse_day(request.GET.get("as_of", ""))
    except commons.DateError:
        as_of = None
    cascades = target_cascade(target, as_of)
    if not cascades and not target.measures.exists():
        raise Http404
    return render(
        request,
        "dashboard/units.html",
        {
            "plan": plan,
            "target": target,
            "cascades": cascades,
            "target_url": reverse("dashboard:target", args=[plan.slug, no]),
            "form": form if can_manage_plans(request.user) else None,
        },
        status=status,
    )
