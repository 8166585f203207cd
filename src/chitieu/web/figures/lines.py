"""What the entry page, the report page and the Excel template show for each measure and
unit: the resolution's target, earlier approved values, the value already approved for
the period and the one being entered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _

from chitieu.evaluation.statuses import target_text
from chitieu.figures.periods import Period, PeriodKind, parse_period
from chitieu.figures.regime import Regime, ReportingWindow, reporting_windows, window
from chitieu.vnnumbers import format_date, format_vi, with_places
from chitieu.web import commons
from chitieu.web.figures.checks import ENTRY_STAGES, stage_label
from chitieu.web.figures.known import Vintage, approved_in, previous_values
from chitieu.web.figures.models import FigureRecord, ReportingRegime, Submission
from chitieu.web.figures.plausible import flag_text, flags_of, plan_metrics
from chitieu.web.figures.scopes import Assigned, scope
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Measure, Plan
from chitieu.web.units.models import AdminUnit

PREVIOUS_SHOWN = 3  # earlier periods shown beside each value


# ---------------------------------------------------------------- reporting periods


def regime_of(plan: Plan) -> Regime:
    """The plan's province's reporting rules (Decree 09/2019 when none are stored)."""
    stored = ReportingRegime.objects.filter(area_code=plan.area_code).first()
    if stored is None:
        return Regime()
    kinds: tuple[PeriodKind, ...] = (PeriodKind.HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)
    if not stored.nine_months:
        kinds = (PeriodKind.HALF, PeriodKind.YEAR)
    return Regime(cutoff_day=stored.cutoff_day, deadline_days=stored.deadline_days, kinds=kinds)


def plan_windows(plan: Plan) -> list[ReportingWindow]:
    """Every period the plan's agencies report over the term, in the order they fall due."""
    return reporting_windows(plan.start_year, plan.end_year, regime_of(plan))


def window_of(plan: Plan, period: Period) -> ReportingWindow | None:
    """The data window and deadline of a period (None for a period the regime cannot time)."""
    try:
        return window(period, regime_of(plan))
    except ValueError:
        return None


# ---------------------------------------------------------------- numbers and labels


def figure_number(fig: FigureRecord | Vintage) -> Decimal:
    """The value with the decimals it was written with (the column stores ten)."""
    return with_places(fig.value, fig.places)


def show_value(fig: FigureRecord | Vintage | None) -> str:
    """A stored value the Vietnamese way: 4.500.000; 72,5."""
    return format_vi(figure_number(fig)) if fig is not None else ""


def stage_choices() -> list[tuple[str, str]]:
    """The stages a report gives, with their labels (ước, sơ bộ, chính thức)."""
    return [(s.value, stage_label(s)) for s in ENTRY_STAGES]


def unit_names(codes: Iterable[str]) -> dict[str, str]:
    """The current name of each administrative unit code."""
    out: dict[str, str] = {}
    rows = AdminUnit.objects.filter(code__in=set(codes)).order_by("valid_from")
    for unit in rows:
        out[unit.code] = unit.name  # the latest interval wins
    return out


def goals(plan: Plan) -> dict[str, str]:
    """Each measure's target as people write it ("≥ 65%"), numbers the Vietnamese way."""
    return {key: target_text(m, "vi") for key, m in plan_metrics(plan).items()}


def previous_text(fig: Vintage, lang: str) -> str:
    """An earlier value with its period and stage: "62,5 (Năm 2024, chính thức)"."""
    period = parse_period(fig.period).label(lang)
    return f"{show_value(fig)} ({period}, {stage_label(fig.stage)})"


# ---------------------------------------------------------------- lines


@dataclass
class Line:
    """One measure and unit on a page, with what is known about it and the form's state."""

    measure: Measure
    unit_code: str
    unit_name: str
    area_code: str  # the plan's province: its unit is not named in labels
    goal: str
    previous: list[Vintage]
    approved: Vintage | None  # the current approved value of this period, before this report
    figure: FigureRecord | None  # the value in the report shown
    value: str = ""
    stage: str = ""  # no stage until one is chosen: no figure is an estimate by default
    note: str = ""
    errors: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # warnings on the value typed, to confirm
    flags: list[str] = field(default_factory=list)  # warnings on the figure in the report

    @property
    def suffix(self) -> str:
        """The input names' ending: value-<measure>-<unit>."""
        return f"{self.measure.key}-{self.unit_code}"

    @property
    def label(self) -> str:
        """How an error names the line: the measure, and the unit when it is not the province."""
        if self.unit_name and self.unit_code != self.area_code:
            return f"{self.measure.name} – {self.unit_name}"
        return self.measure.name

    @property
    def version(self) -> int:
        """The version of the draft figure shown (0: none yet), sent back with the form."""
        return self.figure.version if self.figure is not None else 0

    @property
    def stage_text(self) -> str:
        return stage_label(self.stage) if self.figure is not None else ""

    def previous_texts(self) -> list[str]:
        lang = commons.ui_lang()
        return [previous_text(f, lang) for f in self.previous]

    @property
    def approved_text(self) -> str:
        if self.approved is None:
            return ""
        fig = self.approved
        return f"{show_value(fig)} ({stage_label(fig.stage)}, {format_date(fig.as_of)})"


def _lines(
    plan: Plan,
    period: Period,
    pairs: list[tuple[Measure, str]],
    sub: Submission | None,
) -> list[Line]:
    keys = [(m.pk, u) for m, u in pairs]
    previous = previous_values(plan, keys, period, PREVIOUS_SHOWN)
    approved = approved_in(plan, period, keys, sub)
    in_report = (
        {(f.measure_id, f.unit_code): f for f in sub.figures.all()} if sub is not None else {}
    )
    names = unit_names(u for _m, u in pairs)
    targets = goals(plan)
    measures = {m.pk: m for m, _u in pairs}
    flags = flags_of(
        plan,
        period,
        ((measures[m], u, figure_number(f)) for (m, u), f in in_report.items() if m in measures),
    )
    out = []
    for measure, unit_code in pairs:
        key = (measure.pk, unit_code)
        fig = in_report.get(key)
        out.append(
            Line(
                measure=measure,
                unit_code=unit_code,
                unit_name=names.get(unit_code, unit_code),
                area_code=plan.area_code,
                goal=targets.get(measure.key, ""),
                previous=previous.get(key, []),
                approved=approved.get(key),
                figure=fig,
                value=show_value(fig),
                stage=fig.stage if fig is not None else "",
                note=fig.note if fig is not None else "",
                flags=[flag_text(f, measure) for f in flags.get(key, [])],
            )
        )
    return out


def entry_lines(plan: Plan, agency: Agency, period: Period, sub: Submission | None) -> list[Line]:
    """Every (measure, unit) the agency reports in the plan, with the report's values."""
    return assigned_lines(plan, period, scope(plan, agency, period), sub)


def assigned_lines(
    plan: Plan, period: Period, assigned: list[Assigned], sub: Submission | None
) -> list[Line]:
    """These (measure, unit) pairs of the agency's scope (a page), with the report's values."""
    return _lines(plan, period, [(a.measure, a.unit_code) for a in assigned], sub)


def report_lines(sub: Submission) -> list[Line]:
    """The figures of one report."""
    figures = sub.figures.select_related("measure", "measure__target").order_by(
        "measure__target__no", "measure__position", "unit_code"
    )
    pairs = [(f.measure, f.unit_code) for f in figures]
    return _lines(sub.plan, parse_period(sub.period), pairs, sub)


def report_date_of(sub: Submission | None) -> date:
    """The date the open report's figures carry, or today for a new one."""
    if sub is not None and sub.is_editable:
        fig = sub.figures.order_by("-as_of").first()
        if fig is not None:
            return fig.as_of
    return commons.today()


def status_text(sub: Submission) -> str:
    """ "submitted, correction 2" — the status and, past the first, the revision."""
    if sub.revision > 1:
        return _("%(status)s, correction %(n)d") % {
            "status": sub.get_status_display(),
            "n": sub.revision - 1,
        }
    return str(sub.get_status_display())
