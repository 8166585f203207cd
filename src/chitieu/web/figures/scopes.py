"""What an agency reports, period by period, as agencies are merged, split and renamed.

A report belongs to the agency in force at the end of its period; it covers the agency's
own assignments and those of the agencies merged into it or renamed as it by that day
(the core's rule, :meth:`chitieu.units.agencies.Agencies.reports_for`). An agency not in
force at a period's end reports nothing for it
(:func:`chitieu.web.figures.checks.agency_gone` says who does).
"""

from __future__ import annotations

from dataclasses import dataclass

from chitieu.figures.periods import Period
from chitieu.units.agencies import WORK_PASSES, Agencies
from chitieu.units.aggregate import period_end
from chitieu.web.people.lineage import timeline
from chitieu.web.people.models import Agency, Assignment
from chitieu.web.plans.models import Measure, Plan


@dataclass(frozen=True)
class Assigned:
    """A (measure, unit) pair an agency reports, as its assignment says."""

    measure: Measure
    unit_code: str
    agency_id: int
    agency_code: str

    @property
    def measure_id(self) -> int:
        return self.measure.pk


class Scopes:
    """A plan's assignments and the agencies' lineage, each read once, asked per period."""

    def __init__(
        self, plan: Plan, agencies: Agencies | None = None, codes: set[str] | None = None
    ) -> None:
        """``codes``: only these agencies' assignments are read (all when None)."""
        self.agencies = agencies if agencies is not None else timeline()
        rows = Assignment.objects.filter(measure__plan=plan)
        if codes is not None:
            rows = rows.filter(agency__code__in=codes)
        # plain values, the plan's few measures read once: an agency may report thousands
        measures = {m.pk: m for m in Measure.objects.filter(plan=plan).select_related("target")}
        read = rows.values_list("measure_id", "unit_code", "agency_id", "agency__code")
        names = dict(Agency.objects.values_list("pk", "name"))
        self.rows = sorted(
            (Assigned(measures[m], unit, agency, code) for m, unit, agency, code in read),
            key=lambda a: (*_order(a), names[a.agency_id]),
        )

    def of(self, agency: Agency, period: Period) -> list[Assigned]:
        """The (measure, unit) pairs ``agency`` reports for ``period``, each once (its own
        assignment first); none when it is not in force at the period's end."""
        day = period_end(period)
        if not agency.is_valid_on(day):
            return []
        codes = self.agencies.reports_for(agency.code, day) | {agency.code}
        out: dict[tuple[int, str], Assigned] = {}
        for a in self.rows:
            key = (a.measure_id, a.unit_code)
            if a.agency_code in codes and (key not in out or a.agency_id == agency.pk):
                out[key] = a
        return sorted(out.values(), key=_order)

    def reporting(self, period: Period) -> list[Agency]:
        """The agencies that report ``period``: in force at its end, with measures to report."""
        in_force = Agency.objects.filter(Agency.valid_on(period_end(period))).order_by("name")
        return [a for a in in_force if self.of(a, period)]


def _order(a: Assigned) -> tuple[int, int, str]:
    """The plan's order: by target, measure, then unit."""
    return (a.measure.target.no, a.measure.position, a.unit_code)


def scope(plan: Plan, agency: Agency, period: Period) -> list[Assigned]:
    """What the agency reports in this plan for the period: (measure, unit) pairs, read
    from the assignments of this agency and of those it reports for, not of every agency."""
    lineage = timeline()
    codes = lineage.reports_for(agency.code, period_end(period)) | {agency.code}
    return Scopes(plan, lineage, codes).of(agency, period)


def measures_ever(plan: Plan, agency: Agency) -> set[str]:
    """The keys of the measures ``agency`` reports in some period of the plan: its own,
    and those of the agencies merged into it or renamed as it."""
    codes = timeline().passed_from(agency.code, None, WORK_PASSES)
    rows = Assignment.objects.filter(measure__plan=plan, agency__code__in=codes)
    return set(rows.values_list("measure__key", flat=True))
