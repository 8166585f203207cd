"""The plan editor: forms filled from a plan's plain data, and plain data built back.

The edit page (a stored plan) and the review page (a plan the text reader proposed) use
the same forms. What the forms do not show (tolerances, trends, a person's assessment,
tasks, metadata) is carried over from the plan data they started from, so an edit
changes only what was edited. The built data goes through the core's
``plan_from_data``: the same rules and messages as a plan file, each problem put back on
the form field it is about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext as _

from chitieu.problems import InputError, Problem
from chitieu.targets.model import Comparator, derived_direction
from chitieu.targets.model import Plan as CorePlan
from chitieu.targets.planfile import plan_from_data
from chitieu.textread.reader import slug as make_slug
from chitieu.web.plans.forms import MeasureFormSet, PlanHeaderForm, TargetFormSet
from chitieu.web.problems import doubt, said

HEADER_FIELDS = ["title", "area_code", "area_name", "baseline_year", "start_year", "end_year"]
# A core path's field (after the target or measure) → the form field that shows it.
TARGET_FIELDS = {"no": "no", "text": "text", "group": "group", "lead_agency": "lead_agency"}
MEASURE_FIELDS = {
    "id": "key",
    "name": "name",
    "unit": "unit",
    "kind": "kind",
    "comparator": "comparator",
    "low": "low",
    "high": "high",
    "end_year": "end_year",
    "direction": "direction",
    "input": "input",
    "decimals": "decimals",
    "note": "note",
    "baseline.year": "baseline_year",
    "baseline.value": "baseline_value",
    "baseline": "baseline_year",
    "valid_range.min": "valid_min",
    "valid_range.max": "valid_max",
    "valid_range": "valid_min",
    "max_change": "max_change",
}
PLAN_FIELDS = {
    "title": "title",
    "area.code": "area_code",
    "area.name": "area_name",
    "baseline_year": "baseline_year",
    "start_year": "start_year",
    "end_year": "end_year",
    "source": "source",
    "id": "slug",
    "issuing_body": "body_kind",
    "issuing_body.kind": "body_kind",
    "issuing_body.name": "body_name",
    "issuing_body.parent": "body_parent",
    "issuing_body.code": "body_code",
}
BODY_FIELDS = ("kind", "name", "parent", "code")
_PATH = re.compile(r"^\$(?:\.targets\[(\d+)\](?:\.metrics\[(\d+)\])?)?((?:\.\w+)*)")


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def plain(value: Decimal) -> str:
    """A number as plan files write it: "7.5", "4400000"."""
    return format(value.normalize(), "f")


# ---------------------------------------------------------------- forms from plan data


def header_initial(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "title": data.get("title", ""),
        "area_code": data.get("area", {}).get("code", ""),
        "area_name": data.get("area", {}).get("name", ""),
        "baseline_year": data.get("baseline_year") or None,
        "start_year": data.get("start_year") or None,
        "end_year": data.get("end_year") or None,
        "source": data.get("source", ""),
    } | {f"body_{k}": data.get("issuing_body", {}).get(k, "") for k in BODY_FIELDS}


def targets_initial(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "ref": str(i),
            "no": t["no"],
            "text": t["text"],
            "group": t.get("group", ""),
            "lead_agency": t.get("lead_agency", ""),
        }
        for i, t in enumerate(data.get("targets", []))
    ]


def measures_initial(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for i, t in enumerate(data.get("targets", [])):
        for m in t.get("metrics", []):
            other = m["kind"] == "other"
            comparator = "" if other else m.get("comparator", "")
            direction = m.get("direction", "")
            # shown only when it differs from what the comparator implies
            if not comparator or direction == derived_direction(Comparator(comparator)).value:
                direction = ""
            base = m.get("baseline") or {}
            span = m.get("valid_range") or {}
            out.append(
                {
                    "target_ref": str(i),
                    "orig_key": m["id"],
                    "key": m["id"],
                    "name": m["name"],
                    "unit": m.get("unit", ""),
                    "kind": m["kind"],
                    "comparator": comparator,
                    "low": _dec(m.get("low")),
                    "high": _dec(m.get("high")),
                    "end_year": m.get("end_year") or data.get("end_year") or None,
                    "direction": direction,
                    "input": m.get("input", ""),
                    "decimals": m.get("decimals", 2),
                    "baseline_year": base.get("year"),
                    "baseline_value": _dec(base.get("value")),
                    "valid_min": _dec(span.get("min")),
                    "valid_max": _dec(span.get("max")),
                    "max_change": _dec(m.get("max_change")),
                    "note": m.get("note", ""),
                }
            )
    return out


@dataclass
class Editor:
    """The header form and the two formsets of one plan, bound or not."""

    header: PlanHeaderForm
    targets: forms.BaseFormSet  # type: ignore[type-arg]
    measures: forms.BaseFormSet  # type: ignore[type-arg]
    errors: list[str] = field(default_factory=list)  # problems that belong to no field

    def is_valid(self) -> bool:
        # evaluate all three, so that every form shows its errors at once
        results = [self.header.is_valid(), self.targets.is_valid(), self.measures.is_valid()]
        # an added target left empty is ignored, unless a measure was typed into it
        used = {str(_value(m, "target_ref")) for m in _live(self.measures)}
        for i, f in enumerate(self.targets.forms):
            if i < self.targets.initial_form_count() or f.has_changed():
                continue
            if str(_value(f, "ref")) in used and not getattr(f, "cleaned_data", {}).get("DELETE"):
                f.add_error("text", forms.Field.default_error_messages["required"])
                results.append(False)
        return all(results)

    def measures_of(self, target_form: forms.Form) -> list[forms.Form]:
        ref = _value(target_form, "ref")
        return [m for m in self.measures.forms if _value(m, "target_ref") == ref]

    @property
    def has_errors(self) -> bool:
        return bool(
            self.errors
            or self.header.errors
            or any(f.errors for f in self.targets.forms)
            or any(f.errors for f in self.measures.forms)
            or self.targets.non_form_errors()
            or self.measures.non_form_errors()
        )


def _value(form: forms.Form, name: str) -> Any:
    """A field's value as shown: the posted one when bound, else the initial."""
    if form.is_bound:
        return form[name].data
    return form.initial.get(name)


def editor_for(
    data: Mapping[str, Any],
    header_class: type[PlanHeaderForm],
    header_extra: dict[str, Any] | None = None,
    posted: QueryDict | None = None,
) -> Editor:
    """The editor of a plan's data: unbound with its values, or bound to a post."""
    initial = header_initial(data) | (header_extra or {})
    return Editor(
        header=header_class(posted, initial=initial, prefix="plan"),
        targets=TargetFormSet(posted, initial=targets_initial(data), prefix="t"),
        measures=MeasureFormSet(posted, initial=measures_initial(data), prefix="m"),
    )


# ---------------------------------------------------------------- plan data from forms


@dataclass
class Built:
    """Plan data built from the forms, and which form each target and measure came from."""

    data: dict[str, Any]
    target_forms: list[forms.Form]
    measure_forms: dict[tuple[int, int], forms.Form]
    refs: dict[str, int]  # target ref → new target number


def _live(formset: forms.BaseFormSet) -> list[forms.Form]:  # type: ignore[type-arg]
    """The forms to keep: not deleted, and not blank rows added and left empty."""
    out = []
    for i, f in enumerate(formset.forms):
        if getattr(f, "cleaned_data", {}).get("DELETE"):
            continue
        if i >= formset.initial_form_count() and not f.has_changed():
            continue
        out.append(f)
    return out


def build(base: Mapping[str, Any], editor: Editor, plan_id: str) -> Built:
    """Plain plan data from valid forms, carrying over what the forms do not show."""
    h = editor.header.cleaned_data
    data: dict[str, Any] = {
        k: v for k, v in base.items() if k not in ("targets", "source", "id", "title", "area")
    }
    data |= {
        "schema_version": 1,
        "id": plan_id,
        "title": h["title"].strip(),
        "area": {"code": h["area_code"].strip(), "name": h["area_name"].strip()},
        "baseline_year": h["baseline_year"],
        "start_year": h["start_year"],
        "end_year": h["end_year"],
    }
    if h.get("source", "").strip():
        data["source"] = h["source"].strip()
    data.pop("issuing_body", None)
    if h.get("body_kind"):
        body = {k: str(h.get(f"body_{k}") or "").strip() for k in BODY_FIELDS}
        data["issuing_body"] = {k: v for k, v in body.items() if v}
    base_targets = list(base.get("targets", []))
    base_measures = {m["id"]: m for t in base_targets for m in t.get("metrics", [])}
    used = set(base_measures) | {
        m.cleaned_data.get("key", "").strip()
        for m in editor.measures.forms
        if getattr(m, "cleaned_data", None)
    }
    targets = sorted(_live(editor.targets), key=lambda f: f.cleaned_data["no"])
    measures = _live(editor.measures)
    built = Built(data, [], {}, {})
    data["targets"] = []
    for ti, tf in enumerate(targets):
        c = tf.cleaned_data
        ref = c["ref"]
        old = base_targets[int(ref)] if ref.isdigit() and int(ref) < len(base_targets) else {}
        target: dict[str, Any] = {"no": c["no"], "text": c["text"].strip()}
        if c["group"]:
            target["group"] = c["group"]
        if c["lead_agency"].strip():
            target["lead_agency"] = c["lead_agency"].strip()
        for kept in ("confidence", "unparsed"):
            if kept in old:
                target[kept] = old[kept]
        target["metrics"] = []
        for mf in (m for m in measures if m.cleaned_data["target_ref"] == ref):
            built.measure_forms[(ti, len(target["metrics"]))] = mf
            target["metrics"].append(_measure(mf.cleaned_data, base_measures, used, data))
        data["targets"].append(target)
        built.target_forms.append(tf)
        built.refs[ref] = c["no"]
    return built


def _measure(
    c: dict[str, Any], base: Mapping[str, Any], used: set[str], plan: Mapping[str, Any]
) -> dict[str, Any]:
    old = base.get(c["orig_key"], {}) if c["orig_key"] else {}
    key = c["orig_key"] or c["key"].strip() or _new_key(c["name"], used)
    used.add(key)
    m: dict[str, Any] = {"id": key, "name": c["name"].strip(), "unit": c["unit"].strip()}
    m["kind"] = c["kind"]
    if c["kind"] != "other":
        if c["comparator"]:
            m["comparator"] = c["comparator"]
        if c["direction"]:
            m["direction"] = c["direction"]
    elif "manual" in old:
        m["manual"] = old["manual"]
    # given to a kind that takes none, they go to the core, which says so on the field
    if c["low"] is not None:
        m["low"] = plain(c["low"])
    if c["high"] is not None:
        m["high"] = plain(c["high"])
    if c["input"]:
        m["input"] = c["input"]
    m["end_year"] = c["end_year"]
    if "trend" in old:
        m["trend"] = old["trend"]
    if c["decimals"] is not None and c["decimals"] != 2:
        m["decimals"] = c["decimals"]
    if "tolerance" in old:
        m["tolerance"] = old["tolerance"]
    if c["baseline_year"] is not None and c["baseline_value"] is not None:
        was = old.get("baseline") or {}
        m["baseline"] = {
            "year": c["baseline_year"],
            "value": plain(c["baseline_value"]),
            "stage": was.get("stage", "official"),
            "source": was.get("source", ""),
        }
    span = {"min": c["valid_min"], "max": c["valid_max"]}
    if any(v is not None for v in span.values()):
        m["valid_range"] = {k: plain(v) for k, v in span.items() if v is not None}
    if c["max_change"] is not None:
        m["max_change"] = plain(c["max_change"])
    if c["note"].strip():
        m["note"] = c["note"].strip()
    return m


def _new_key(name: str, used: set[str]) -> str:
    base = make_slug(name)
    if len(base) > 40:  # cut at a word, not inside one
        base = base[:41].rsplit("-", 1)[0]
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    return key


def check(built: Built, editor: Editor, file: str) -> CorePlan | None:
    """The core plan, or None with every problem put on its form field."""
    try:
        return plan_from_data(built.data, file=file)
    except InputError as exc:
        place_problems(exc.problems, built, editor)
        return None


def place_problems(problems: list[Problem], built: Built, editor: Editor) -> None:
    """Put each core problem on the form and field its JSON path points to."""
    for p in problems:
        message = said(p)
        m = _PATH.match(p.path or "")
        if m is None:
            editor.errors.append(message)
            continue
        ti, mi, rest = m.group(1), m.group(2), m.group(3).lstrip(".")
        if ti is None:
            _add(editor.header, PLAN_FIELDS.get(rest), message, editor)
        elif mi is None:
            form = built.target_forms[int(ti)] if int(ti) < len(built.target_forms) else None
            if rest == "metrics":
                message = _("a target needs at least one measure")
            _add(form, TARGET_FIELDS.get(rest), message, editor)
        else:
            _add(
                built.measure_forms.get((int(ti), int(mi))),
                MEASURE_FIELDS.get(rest),
                message,
                editor,
            )


def _add(form: forms.Form | None, name: str | None, message: str, editor: Editor) -> None:
    if form is None:
        editor.errors.append(message)
    elif name is not None and name in form.fields:
        form.add_error(name, message)
    else:
        form.add_error(None, message)


# ---------------------------------------------------------------- what the page shows


@dataclass
class TargetRow:
    """A target's form with its measures' forms, and what the reader doubted in it."""

    form: forms.Form
    measures: list[forms.Form]
    ref: str
    confidence: float | None = None
    unparsed: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.confidence is not None and self.confidence < 1


def rows(editor: Editor, base: Mapping[str, Any], review: Sequence[Any] = ()) -> list[TargetRow]:
    """The targets in page order, each with its measures and the reader's doubts (a stored
    draft's review: each doubt as :meth:`chitieu.problems.Message.to_data` gives it)."""
    base_targets = list(base.get("targets", []))
    doubts: dict[int, list[str]] = {}
    for entry in review:
        no = entry["params"].get("no") if isinstance(entry, dict) else None
        if isinstance(no, int):  # a doubt about one target
            doubts.setdefault(no, []).append(doubt(entry))
    out = []
    for f in editor.targets.forms:
        ref = str(_value(f, "ref") or "")
        old = base_targets[int(ref)] if ref.isdigit() and int(ref) < len(base_targets) else {}
        out.append(
            TargetRow(
                form=f,
                measures=editor.measures_of(f),
                ref=ref,
                confidence=old.get("confidence"),
                unparsed=list(old.get("unparsed", [])),
                doubts=doubts.get(old["no"], []) if old else [],
            )
        )
    return out


@dataclass(frozen=True)
class ErrorLine:
    """One error in the summary above the editor, with a link to where it is."""

    where: str
    anchor: str
    message: str


def _form_errors(form: forms.Form) -> list[tuple[str, str]]:
    out = []
    for name, errors in form.errors.items():
        label = "" if name == "__all__" else str(form.fields[name].label or name)
        out += [(label, str(e)) for e in errors]
    return out


def summary(editor: Editor, page_rows: Sequence[TargetRow]) -> list[ErrorLine]:
    """Every error of the forms, named by the target and measure it is in."""
    out = [
        ErrorLine(_("The plan") + (f" · {label}" if label else ""), "plan-header", message)
        for label, message in _form_errors(editor.header)
    ]
    for row in page_rows:
        no = _value(row.form, "no") or "?"
        target = _("Target (%(no)s)") % {"no": no}
        out += [
            ErrorLine(target + (f" · {label}" if label else ""), f"target-{row.ref}", message)
            for label, message in _form_errors(row.form)
        ]
        for m in row.measures:
            if getattr(m, "cleaned_data", {}).get("DELETE"):
                continue  # to be removed: its errors do not matter
            key = _value(m, "orig_key") or _value(m, "name") or ""
            anchor = f"measure-{key}" if _value(m, "orig_key") else f"target-{row.ref}"
            out += [
                ErrorLine(f"{target} · {key}" + (f" · {label}" if label else ""), anchor, message)
                for label, message in _form_errors(m)
            ]
    return out
