"""Saving a plan edited or read in the web pages, with every change recorded.

The plan has already passed the core's check (see :mod:`chitieu.web.plans.editor`); here
it is stored through :func:`chitieu.web.plans.convert.save_plan` and each changed field
is written to the audit trail with its old and new value, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from chitieu.targets.model import Plan as CorePlan
from chitieu.textread.reader import ReadResult
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.audit import record
from chitieu.web.plans.convert import plan_data, save_plan
from chitieu.web.plans.models import Plan, ReadDraft

TARGET_FIELDS = ("no", "text", "group", "lead_agency")
PLAN_FIELDS = (
    *("title", "area.code", "area.name", "baseline_year", "start_year", "end_year"),
    *("issuing_body.kind", "issuing_body.name", "issuing_body.parent", "issuing_body.code"),
)


def figure_counts(plan: Plan, keys: Iterable[str]) -> dict[str, int]:
    """How many figures are stored for each of these measures (only those with any)."""
    rows = (
        FigureRecord.objects.filter(plan=plan, measure__key__in=list(keys))
        .values("measure__key")
        .annotate(n=Count("pk"))
    )
    return {r["measure__key"]: r["n"] for r in rows}


def dropped_with_figures(plan: Plan, data: Mapping[str, Any]) -> dict[str, int]:
    """Measures the new data drops although figures are stored for them.

    Figures are evidence: they are never deleted by editing the plan, so a measure that
    has any cannot be removed.
    """
    keep = {m["id"] for t in data["targets"] for m in t["metrics"]}
    gone = set(plan.measures.values_list("key", flat=True)) - keep
    return figure_counts(plan, gone) if gone else {}


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """Nested plan data as "baseline.value" → "1937", for comparing field by field."""
    out: dict[str, str] = {}
    for k, v in data.items():
        if isinstance(v, Mapping):
            out |= flatten(v, f"{prefix}{k}.")
        elif isinstance(v, list):
            out[f"{prefix}{k}"] = ", ".join(map(str, v))
        else:
            out[f"{prefix}{k}"] = "" if v is None else str(v)
    return out


def _measure_fields(m: Mapping[str, Any]) -> dict[str, str]:
    out = flatten({k: v for k, v in m.items() if k != "id"})
    out.setdefault("decimals", "2")
    out.setdefault("trend", "linear")
    return out


def _diff(old: Mapping[str, str], new: Mapping[str, str]) -> list[tuple[str, str, str]]:
    return [
        (k, old.get(k, ""), new.get(k, ""))
        for k in dict.fromkeys([*old, *new])
        if old.get(k, "") != new.get(k, "")
    ]


@transaction.atomic
def save_edited(
    user: Any, plan: Plan, core: CorePlan, refs: Mapping[str, int], is_public: bool
) -> int:
    """Store an edited plan; record each change (old → new). Returns how many changes.

    ``refs`` maps each kept target's reference ("3": the fourth target before the edit,
    "new-1": an added one) to its number after the edit.
    """
    before = plan_data(plan)
    old_targets = {t.no: t for t in plan.targets.all()}
    old_measures = {m.key: m for m in plan.measures.all()}
    was_public = plan.is_public
    save_plan(core, plan)
    after = plan_data(plan)
    changes: list[tuple[str, Any, str, str, str]] = []  # action, object, field, old, new

    plan_old = {k: v for k, v in flatten(before).items() if k in PLAN_FIELDS or k == "source"}
    plan_new = {k: v for k, v in flatten(after).items() if k in PLAN_FIELDS or k == "source"}
    changes += [("change", plan, f, o, n) for f, o, n in _diff(plan_old, plan_new)]
    if was_public != is_public:
        plan.is_public = is_public
        plan.save(update_fields=["is_public"])
        changes.append(("change", plan, "is_public", str(was_public), str(is_public)))

    old_by_no = {t["no"]: t for t in before["targets"]}
    new_by_no = {t["no"]: t for t in after["targets"]}
    targets = {t.no: t for t in plan.targets.all()}
    kept_old: set[int] = set()
    for ref, new_no in refs.items():
        if not ref.isdigit():
            changes.append(("add", targets[new_no], "text", "", new_by_no[new_no]["text"]))
            continue
        old_no = before["targets"][int(ref)]["no"]
        kept_old.add(old_no)
        old_t = {k: str(old_by_no[old_no].get(k, "")) for k in TARGET_FIELDS}
        new_t = {k: str(new_by_no[new_no].get(k, "")) for k in TARGET_FIELDS}
        changes += [("change", targets[new_no], f, o, n) for f, o, n in _diff(old_t, new_t)]
    for no in sorted(set(old_by_no) - kept_old):
        changes.append(("delete", old_targets[no], "text", old_by_no[no]["text"], ""))

    old_m = {m["id"]: m for t in before["targets"] for m in t["metrics"]}
    new_m = {m["id"]: m for t in after["targets"] for m in t["metrics"]}
    measures = {m.key: m for m in plan.measures.all()}
    for key in old_m.keys() - new_m.keys():
        changes.append(("delete", old_measures[key], "name", old_m[key]["name"], ""))
    for key, m in new_m.items():
        if key not in old_m:
            changes.append(("add", measures[key], "name", "", m["name"]))
            continue
        for f, o, n in _diff(_measure_fields(old_m[key]), _measure_fields(m)):
            changes.append(("change", measures[key], f, o, n))

    for action, obj, fld, old, new in changes:
        record(user, action, obj, plan=plan, field=fld, old=old, new=new)
    return len(changes)


@transaction.atomic
def save_read(
    user: Any, core: CorePlan, existing: Plan | None, is_public: bool, filename: str
) -> Plan:
    """Store a plan read from a resolution (replacing ``existing`` when given)."""
    was_public = existing.is_public if existing else False
    plan = save_plan(core, existing)
    action = "replace" if existing else "create"
    record(user, action, plan, plan=plan, comment=f"read from {filename}")
    if was_public != is_public:
        plan.is_public = is_public
        plan.save(update_fields=["is_public"])
        record(user, "change", plan, plan=plan, field="is_public", old=was_public, new=is_public)
    return plan


KEEP_DRAFTS = timedelta(days=30)


def keep_draft(user: Any, name: str, text: str, result: ReadResult) -> ReadDraft:
    """Keep what the reader proposed as a draft to review (drafts a month old go)."""
    ReadDraft.objects.filter(created_at__lt=timezone.now() - KEEP_DRAFTS).delete()
    return ReadDraft.objects.create(
        filename=name,
        text=text,
        proposal=result.plan,
        review=[m.to_data() for m in result.review],
        leftovers=result.leftovers,
        proposals=[p.to_data() for p in result.proposals],
        created_by=user,
    )
