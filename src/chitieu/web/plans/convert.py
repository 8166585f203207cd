"""Plans between the database and the core, through the core's plain-data form.

Going through :func:`plan_to_data` / :func:`plan_from_data` means the database accepts
exactly what a plan file accepts, with the same checks and messages, and an export is
the same file format as an import (lossless: import → export gives equal data).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction

from chitieu.targets.model import Metric
from chitieu.targets.model import Plan as CorePlan
from chitieu.targets.planfile import plan_from_data, plan_to_data
from chitieu.web.plans.models import Measure, Plan, Target, Task


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _num(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return format(value.normalize(), "f")


def _tolerance(absolute: Decimal | None, relative: Decimal | None) -> dict[str, str] | None:
    out = {}
    if absolute is not None:
        out["absolute"] = _num(absolute)
    if relative is not None:
        out["relative"] = _num(relative)
    return out or None  # type: ignore[return-value]


def plan_data(plan: Plan) -> dict[str, Any]:
    """The stored plan in the core's plain-data form (what a plan file holds)."""
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": plan.slug,
        "title": plan.title,
        "area": {"code": plan.area_code, "name": plan.area_name},
        "baseline_year": plan.baseline_year,
        "start_year": plan.start_year,
        "end_year": plan.end_year,
    }
    if plan.source:
        data["source"] = plan.source
    if tol := _tolerance(plan.tolerance_absolute, plan.tolerance_relative):
        data["tolerance"] = tol
    if plan.metadata:
        data["metadata"] = dict(plan.metadata)
    if plan.body_kind:
        data["issuing_body"] = {"kind": plan.body_kind, "name": plan.body_name} | {
            k: v for k, v in (("parent", plan.body_parent), ("code", plan.body_code)) if v
        }
    measures: dict[int, list[Measure]] = {}
    for m in plan.measures.order_by("position", "pk"):
        measures.setdefault(m.target_id, []).append(m)
    data["targets"] = []
    for t in plan.targets.order_by("no"):
        target: dict[str, Any] = {"no": t.no, "text": t.text}
        if t.group:
            target["group"] = t.group
        if t.lead_agency:
            target["lead_agency"] = t.lead_agency
        if t.confidence is not None:
            target["confidence"] = t.confidence
        if t.unparsed:
            target["unparsed"] = list(t.unparsed)
        target["metrics"] = [measure_data(m) for m in measures.get(t.pk, [])]
        data["targets"].append(target)
    tasks = list(plan.tasks.order_by("pk"))
    if tasks:
        data["tasks"] = [{"kind": k.kind, "no": k.no, "text": k.text} for k in tasks]
    return data


def measure_data(m: Measure) -> dict[str, Any]:
    out: dict[str, Any] = {"id": m.key, "name": m.name, "unit": m.unit, "kind": m.kind}
    # A measure of kind "other" is judged by a person: a plan file gives it no comparator or
    # direction (the core rejects them), though the columns hold the core's defaults.
    if m.kind != "other":
        out["comparator"] = m.comparator
        out["direction"] = m.direction
    out["end_year"] = m.end_year
    if m.low is not None:
        out["low"] = _num(m.low)
    if m.high is not None:
        out["high"] = _num(m.high)
    if m.input:
        out["input"] = m.input
    if m.trend != "linear":
        out["trend"] = m.trend
    if m.decimals != 2:
        out["decimals"] = m.decimals
    if tol := _tolerance(m.tolerance_absolute, m.tolerance_relative):
        out["tolerance"] = tol
    ends = {"min": _num(m.valid_min), "max": _num(m.valid_max)}
    if span := {k: v for k, v in ends.items() if v is not None}:
        out["valid_range"] = span
    if m.max_change is not None:
        out["max_change"] = _num(m.max_change)
    if m.baseline_year is not None and m.baseline_value is not None:
        out["baseline"] = {
            "year": m.baseline_year,
            "value": _num(m.baseline_value),
            "stage": m.baseline_stage or "official",
            "source": m.baseline_source,
        }
    if m.manual_status:
        manual: dict[str, Any] = {"status": m.manual_status, "reason": m.manual_reason}
        if m.manual_by:
            manual["by"] = m.manual_by
        if m.manual_on:
            manual["on"] = m.manual_on.isoformat()
        out["manual"] = manual
    if m.note:
        out["note"] = m.note
    return out


def core_plan(plan: Plan) -> CorePlan:
    """The stored plan as the core's typed plan (checked as a plan file is)."""
    return plan_from_data(plan_data(plan), file=f"plan {plan.slug}")


@transaction.atomic
def save_plan(core: CorePlan, existing: Plan | None = None) -> Plan:
    """Store a core plan, replacing the targets of ``existing`` when given.

    Measures keep their primary keys when their identifier is unchanged, so figures and
    assignments attached to them survive an edit of the plan.
    """
    data = plan_to_data(core)
    plan = existing or Plan(slug=core.id)
    plan.slug = core.id
    plan.title = core.title
    plan.area_code = core.area.code
    plan.area_name = core.area.name
    plan.baseline_year = core.baseline_year
    plan.start_year = core.start_year
    plan.end_year = core.end_year
    tol = data.get("tolerance") or {}
    plan.tolerance_absolute = _dec(tol.get("absolute"))
    plan.tolerance_relative = _dec(tol.get("relative"))
    plan.source = core.source
    plan.metadata = dict(core.metadata)
    body = core.issuing_body
    plan.body_kind = body.kind.value if body else ""
    plan.body_name, plan.body_parent, plan.body_code = (
        (body.name, body.parent, body.code) if body else ("", "", "")
    )
    plan.save()

    old_measures = {m.key: m for m in plan.measures.all()}
    keep_targets: set[int] = set()
    keep_measures: set[int] = set()
    for t_data in data["targets"]:
        target, _ = Target.objects.update_or_create(
            plan=plan,
            no=t_data["no"],
            defaults={
                "text": t_data["text"],
                "group": t_data.get("group", ""),
                "lead_agency": t_data.get("lead_agency", ""),
                "confidence": t_data.get("confidence"),
                "unparsed": t_data.get("unparsed", []),
            },
        )
        keep_targets.add(target.pk)
        for position, m_data in enumerate(t_data["metrics"]):
            measure = old_measures.get(m_data["id"]) or Measure(plan=plan, key=m_data["id"])
            _fill_measure(measure, m_data, core.metric(m_data["id"]))
            measure.target = target
            measure.position = position
            measure.save()
            keep_measures.add(measure.pk)
    plan.measures.exclude(pk__in=keep_measures).delete()
    plan.targets.exclude(pk__in=keep_targets).delete()
    _save_tasks(plan, data.get("tasks", []))
    plan.touch()
    return plan


def _save_tasks(plan: Plan, tasks: list[dict[str, Any]]) -> None:
    """Update tasks in place by (kind, no): the action program's fields (lead, deadline,
    status, notes) live only in the database and must survive a re-save of the plan."""
    old = {(t.kind, t.no): t for t in plan.tasks.all()}
    keep: set[int] = set()
    for k in tasks:
        task = old.get((k["kind"], k["no"])) or Task(plan=plan, kind=k["kind"], no=k["no"])
        if task.pk is None or task.text != k["text"]:
            task.text = k["text"]
            task.save()
        keep.add(task.pk)
    plan.tasks.exclude(pk__in=keep).delete()


def _fill_measure(m: Measure, d: dict[str, Any], metric: Metric) -> None:
    m.name = d["name"]
    m.unit = d["unit"]
    m.kind = d["kind"]
    # The core gives "other" measures a comparator and direction it does not write out.
    m.comparator = metric.comparator.value
    m.low = _dec(d.get("low"))
    m.high = _dec(d.get("high"))
    m.end_year = d["end_year"]
    m.direction = metric.direction.value
    m.input = d.get("input", "")
    m.trend = d.get("trend", "linear")
    m.decimals = d.get("decimals", 2)
    tol = d.get("tolerance") or {}
    m.tolerance_absolute = _dec(tol.get("absolute"))
    m.tolerance_relative = _dec(tol.get("relative"))
    span = d.get("valid_range") or {}
    m.valid_min = _dec(span.get("min"))
    m.valid_max = _dec(span.get("max"))
    m.max_change = _dec(d.get("max_change"))
    base = d.get("baseline")
    m.baseline_year = base["year"] if base else None
    m.baseline_value = _dec(base["value"]) if base else None
    m.baseline_stage = base.get("stage", "") if base else ""
    m.baseline_source = base.get("source", "") if base else ""
    manual = d.get("manual")
    m.manual_status = manual["status"] if manual else ""
    m.manual_reason = manual.get("reason", "") if manual else ""
    m.manual_by = manual.get("by", "") if manual else ""
    m.manual_on = date.fromisoformat(manual["on"]) if manual and manual.get("on") else None
    m.note = d.get("note", "")
