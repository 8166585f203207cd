"""Evaluating a stored plan with the core engine, cached per data version.

A review conference means hundreds of people opening the same dashboard at once; the
evaluation only changes when the plan or its approved figures change, so it is kept per
process, keyed by the plan's ``data_version`` and the as-of date.

The engine judges the plan's own area: it is given the area's figures and, for a count
of units reported unit by unit, each unit's current figure (:mod:`.reading`), never the
millions of per-unit vintages of the other measures, which it would not use.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings

from chitieu.evaluation.engine import evaluate_current
from chitieu.evaluation.results import PlanResult
from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.figures.vintages import current_figures
from chitieu.targets.model import Kind
from chitieu.targets.model import Plan as CorePlan
from chitieu.units.aggregate import UnitScope
from chitieu.units.registry import Registry
from chitieu.web.figures.counted import Counted, counted_since, counted_version, read_counted
from chitieu.web.figures.reading import area_figures
from chitieu.web.gcpause import gc_paused
from chitieu.web.lru import LatestCache, PlanCache
from chitieu.web.people.access import approved_figures
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Plan
from chitieu.web.units.models import AdminUnit, UnitChange

FigureKey = tuple[str, str, Period]  # a series point: measure, unit, period (Figure.key)

# Per process, keyed by the plan's cache_key: a new data version makes new keys, and the
# older versions of the plan are dropped (chitieu.web.lru; CHITIEU_CACHE bounds them).
# _CORE holds the core plan and its area's figures (every vintage: a few hundred).
_CORE: PlanCache[tuple[CorePlan, list[Figure]]] = PlanCache(settings.CHITIEU_CACHE["plans"])
_UNITS: PlanCache[UnitScope | None] = PlanCache(settings.CHITIEU_CACHE["plans"])
_EVALUATIONS: PlanCache[PlanResult] = PlanCache(settings.CHITIEU_CACHE["evaluations"])
# Each unit's current count figure on a date: read once for the evaluation, the review
# documents and the target pages' unit screens. Keyed by what they are read from
# (counted.counted_version), not by the plan's data version: at national size reading
# them is most of an evaluation, and an approval of the plan's other measures (most
# approvals) leaves them as they were; an approval of a count of units reads only the
# rows it approved (counted.counted_since). One version of each (plan, date) is kept.
_COUNTED: LatestCache[Counted] = LatestCache(settings.CHITIEU_CACHE["evaluations"])
# Their version, looked up once per data version of the plan (every change touches it).
_COUNTED_VERSIONS: PlanCache[tuple[object, ...]] = PlanCache(settings.CHITIEU_CACHE["plans"])


def stored_core(plan: Plan) -> tuple[CorePlan, list[Figure]]:
    """The plan and its own area's approved figures as core values (cached per data
    version)."""
    return _CORE.get_or_make(plan.cache_key, lambda: (core_plan(plan), area_figures(plan)))


def stored_plan(plan: Plan) -> CorePlan:
    """The plan as the core's value, for pages that need its targets and not its figures."""
    return stored_core(plan)[0]


def plan_figures(plan: Plan, as_of: date | None) -> list[Figure]:
    """What the plan's evaluation on ``as_of`` reads: the area's figures, then each unit's
    current figure of every count of units (if any unit reports one: the scope of units
    is only made then)."""
    return [*stored_core(plan)[1], *counted_figures(plan, as_of)]


def counted_figures(plan: Plan, as_of: date | None) -> list[Figure]:
    """Each unit's current figure on ``as_of`` of every count of units, none when no
    unit reports one (cached per version of those figures and date)."""
    return list(counted_current(plan, as_of).values())


def counted_current(plan: Plan, as_of: date | None) -> dict[FigureKey, Figure]:
    """:func:`counted_figures` by their series point, as the engine reads current figures."""
    if stored_units(plan) is None:
        return {}
    version = _COUNTED_VERSIONS.get_or_make(plan.cache_key, lambda: counted_version(plan))
    key = (plan.pk, version, as_of)

    def make() -> Counted:
        with gc_paused():
            kept = _COUNTED.kept_version(key)
            if kept is not None:
                kept_key, counted = kept
                assert isinstance(kept_key, tuple)  # (plan, version of the rows then, date)
                newer = counted_since(plan, counted, kept_key[1], version, as_of)
                if newer is not None:
                    return newer
            return read_counted(plan, as_of)

    return _COUNTED.get_or_make(key, make).current


def stored_units(plan: Plan) -> UnitScope | None:
    """The administrative units, when the plan has per-unit figures of a count of units.

    A measure such as "115 xã đạt chuẩn nông thôn mới" reported commune by commune is
    counted over the communes in force at each period's end (see docs/evaluation.md).
    Changing a unit or a lineage record bumps every plan's data version (apps.py).
    """

    def make() -> UnitScope | None:
        counts = plan.measures.filter(kind=Kind.COUNT_OF_UNITS.value).values("pk")
        per_unit = (  # by the measures' own index, not every approved figure of the plan
            approved_figures()
            .filter(measure_id__in=counts)
            .exclude(unit_code=plan.area_code)
            .exists()
        )
        if not per_unit:
            return None
        changes = UnitChange.objects.select_related("predecessor", "successor")
        return UnitScope(
            Registry(
                [u.to_core() for u in AdminUnit.objects.select_related("parent")],
                [c.to_core() for c in changes],
                check=False,  # each record was checked when it was saved
            )
        )

    return _UNITS.get_or_make(plan.cache_key, make)


def evaluation(plan: Plan, as_of: date | None = None) -> PlanResult:
    """The plan's evaluation as it stood on ``as_of`` (every approved vintage if None)."""

    def make() -> PlanResult:
        with gc_paused():
            core, area = stored_core(plan)
            # the units' count figures come picked already (counted.read_counted)
            current = {**current_figures(area, as_of), **counted_current(plan, as_of)}
            return evaluate_current(core, current, as_of, stored_units(plan))

    return _EVALUATIONS.get_or_make((*plan.cache_key, as_of), make)
