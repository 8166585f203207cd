"""Reading and writing plan files (JSON, or YAML for people).

A plan file is checked in two passes: first against the JSON Schema shipped beside this
module (types, names, allowed values), then for the rules a schema cannot say (bounds
that fit the comparator, unique ids, years inside the term). Every problem found is
reported with the file, the JSON path and, for YAML, the line.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from chitieu.datafile import LineFinder, PathItem, dump_yaml, json_path, read_data_file
from chitieu.problems import InputError, Message, Problem, Term, coded, field_term
from chitieu.targets.model import (
    Area,
    Baseline,
    BodyKind,
    Comparator,
    Direction,
    Group,
    GrowthInput,
    IssuingBody,
    Kind,
    ManualAssessment,
    Metric,
    Plan,
    Target,
    Task,
    TaskKind,
    Tolerance,
    Trend,
    ValidRange,
    derived_direction,
)
from chitieu.targets.storable import storable_problems
from chitieu.vnnumbers import to_decimal


@cache
def plan_schema() -> dict[str, Any]:
    """The JSON Schema of plan files, as shipped in the package."""
    text = resources.files("chitieu.targets").joinpath("plan.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def load_plan(path: str | Path) -> Plan:
    """Read and check a plan file; raise :class:`InputError` with every problem found."""
    path = Path(path)
    data, lines = read_data_file(path)
    return plan_from_data(data, str(path), lines)


def plan_from_data(data: Any, file: str = "<plan>", lines: LineFinder | None = None) -> Plan:
    """Check plain data (as parsed from JSON or YAML) and build the plan."""

    def problem(parts: list[PathItem], said: Message) -> Problem:
        fld = next((p for p in reversed(parts) if isinstance(p, str)), None)
        line = lines.line(parts) if lines else None
        return Problem.of(file, said, line=line, path=json_path(parts), field=fld)

    validator = Draft202012Validator(plan_schema())
    schema_errors = sorted(
        validator.iter_errors(data), key=lambda e: [str(p).zfill(6) for p in e.path]
    )
    if schema_errors:
        raise InputError(problem(list(e.path), _schema_message(e)) for e in schema_errors)
    stored = storable_problems(data)
    if stored:  # the rules below compare these numbers: they must be numbers first
        raise InputError(problem(at, message) for at, message in stored)

    problems: list[Problem] = []
    start, end, base = data["start_year"], data["end_year"], data["baseline_year"]
    if end < start:
        problems.append(problem(["end_year"], coded("plan.term_order", end=end, start=start)))
    problems += [
        problem(at, msg) for at, msg in _tolerance_problems(data.get("tolerance"), ["tolerance"])
    ]
    if base >= start:
        problems.append(
            problem(["baseline_year"], coded("plan.baseline_order", base=base, start=start))
        )

    seen_ids: dict[str, list[PathItem]] = {}
    seen_nos: set[int] = set()
    targets: list[Target] = []
    for ti, t in enumerate(data["targets"]):
        if t["no"] in seen_nos:
            repeated = coded("plan.target_repeated", no=t["no"])
            problems.append(problem(["targets", ti, "no"], repeated))
        seen_nos.add(t["no"])
        metrics: list[Metric] = []
        for mi, m in enumerate(t["metrics"]):
            at: list[PathItem] = ["targets", ti, "metrics", mi]
            if m["id"] in seen_ids:
                problems.append(
                    problem(
                        [*at, "id"],
                        coded("plan.id_repeated", id=m["id"], at=json_path(seen_ids[m["id"]])),
                    )
                )
            seen_ids[m["id"]] = [*at, "id"]
            found = _metric_problems(m, start, end)
            problems.extend(problem([*at, *fld], msg) for fld, msg in found)
            if not found:
                metrics.append(_metric(m, end))
        targets.append(
            Target(
                no=t["no"],
                text=t["text"],
                metrics=tuple(metrics),
                group=Group(t["group"]) if "group" in t else None,
                lead_agency=t.get("lead_agency", ""),
                confidence=t.get("confidence"),
                unparsed=tuple(t.get("unparsed", ())),
            )
        )
    if problems:
        raise InputError(problems)
    return Plan(
        id=data["id"],
        title=data["title"],
        area=Area(code=data["area"]["code"], name=data["area"]["name"]),
        baseline_year=base,
        start_year=start,
        end_year=end,
        targets=tuple(targets),
        tolerance=_tolerance(data.get("tolerance")),
        source=data.get("source", ""),
        metadata=dict(data.get("metadata", {})),
        tasks=tuple(Task(TaskKind(k["kind"]), k["no"], k["text"]) for k in data.get("tasks", ())),
        issuing_body=_issuing_body(data.get("issuing_body")),
    )


def _bound(code: str, comp: Comparator, fld: str) -> Message:
    return coded(code, c=comp.value, f=field_term(fld))


def _issuing_body(data: dict[str, str] | None) -> IssuingBody | None:
    if data is None:
        return None
    kind, name = BodyKind(data["kind"]), data["name"]
    return IssuingBody(kind, name, data.get("parent", ""), data.get("code", ""))


def _schema_message(error: Any) -> Message:
    rule, v = error.validator, repr(error.instance)
    if rule == "additionalProperties":
        names = re.findall(r"'([^']+)'", error.message.split("(")[-1])
        return coded("plan.field_unknown", names=", ".join(f"'{n}'" for n in names))
    if rule == "required":
        return coded("plan.field_missing", f=field_term(error.message.split(" ")[0].strip("'")))
    if rule == "pattern" and "Đđ" in str(error.validator_value):
        return coded("plan.bad_symbol", v=v)
    if rule == "pattern" and "a-z0-9" in str(error.validator_value):
        return coded("plan.bad_id", v=v)
    if rule == "enum":
        return coded("plan.not_one_of", v=v, allowed=", ".join(map(str, error.validator_value)))
    if rule == "oneOf" and error.schema.get("description", "").startswith("A number"):
        return coded("plan.not_a_number", v=v)
    # jsonschema says "should be non-empty" for a minimum of 1
    if rule in ("minLength", "minItems", "minProperties"):
        empty = str(error.message).endswith("should be non-empty")
        return coded("plan.empty") if empty else coded("plan.too_short", v=v)
    if rule in ("minimum", "maximum"):
        code = "plan.below_minimum" if rule == "minimum" else "plan.above_maximum"
        return Message(code, {"v": v, rule[:3]: str(error.validator_value)})
    if rule == "type":
        return coded("plan.wrong_type", v=v, type=str(error.validator_value))
    return coded("plan.schema", why=str(error.message))


def _metric_problems(
    m: dict[str, Any], start: int, end: int
) -> list[tuple[list[PathItem], Message]]:
    """The rules of a metric that the schema cannot express."""
    found = _plausibility_problems(m)
    kind = Kind(m["kind"])
    end_year = m.get("end_year", end)
    if not start <= end_year <= end:
        found.append(
            (["end_year"], coded("plan.year_outside_term", year=end_year, start=start, end=end))
        )
    if kind is Kind.OTHER:
        for fld in ("comparator", "low", "high", "input"):
            if fld in m:
                found.append(([fld], coded("plan.other_has_field", f=field_term(fld))))
        on = m.get("manual", {}).get("on")
        if on is not None:
            try:
                date.fromisoformat(on)
            except ValueError:
                found.append((["manual", "on"], coded("plan.bad_date", v=on)))
        return found
    if "manual" in m:
        found.append((["manual"], coded("plan.manual_not_other")))
    found += _tolerance_problems(m.get("tolerance"), ["tolerance"])
    if "comparator" not in m:
        return [*found, (["comparator"], coded("plan.field_missing", f=field_term("comparator")))]
    comp = Comparator(m["comparator"])
    low = to_decimal(m["low"]) if "low" in m else None
    high = to_decimal(m["high"]) if "high" in m else None
    if comp in (Comparator.GE, Comparator.GT, Comparator.EQ):
        if low is None:
            found.append((["low"], _bound("plan.bound_missing", comp, "low")))
        if high is not None and (comp is not Comparator.EQ or high != low):
            found.append((["high"], _bound("plan.bound_extra", comp, "high")))
    elif comp in (Comparator.LE, Comparator.LT):
        if high is None:
            found.append((["high"], _bound("plan.bound_missing", comp, "high")))
        if low is not None:
            found.append((["low"], _bound("plan.bound_extra", comp, "low")))
    elif low is None or high is None:
        found.append((["low" if low is None else "high"], coded("plan.range_half")))
    elif low > high:
        found.append((["high"], coded("plan.range_order", high=high, low=low)))
    if "direction" in m:
        direction = Direction(m["direction"])
        implied = derived_direction(comp)
        if comp in (Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT) and (
            direction is not implied
        ):
            found.append(
                (
                    ["direction"],
                    coded(
                        "plan.direction_contradicts",
                        dir=Term("direction", direction.value),
                        c=comp.value,
                    ),
                )
            )
    if kind in (Kind.AVERAGE_ANNUAL_GROWTH, Kind.REDUCTION_PER_YEAR):
        if "input" not in m:
            found.append((["input"], coded("plan.input_needed", k=Term("kind", kind.value))))
    elif "input" in m:
        found.append((["input"], coded("plan.input_not_growth", k=Term("kind", kind.value))))
    baseline = m.get("baseline")
    if baseline and baseline["year"] >= start:
        found.append((["baseline", "year"], coded("plan.baseline_inside", year=baseline["year"])))
    return found


def _plausibility_problems(m: dict[str, Any]) -> list[tuple[list[PathItem], Message]]:
    """A valid range that holds no value, or a largest change that allows none."""
    found: list[tuple[list[PathItem], Message]] = []
    span = m.get("valid_range") or {}
    low, high = to_decimal(span.get("min", 0)), to_decimal(span.get("max", 0))
    if "min" in span and "max" in span and high < low:
        found.append((["valid_range", "max"], coded("plan.valid_range_order", high=high, low=low)))
    if "max_change" in m and to_decimal(m["max_change"]) <= 0:
        found.append((["max_change"], coded("plan.max_change")))
    return found


def _tolerance_problems(
    data: dict[str, Any] | None, at: list[PathItem]
) -> list[tuple[list[PathItem], Message]]:
    return [
        ([*at, k], coded("plan.tolerance_negative"))
        for k, v in (data or {}).items()
        if to_decimal(v) < 0
    ]


def _tolerance(data: dict[str, Any] | None) -> Tolerance | None:
    if not data:
        return None
    return Tolerance(
        absolute=to_decimal(data["absolute"]) if "absolute" in data else None,
        relative=to_decimal(data["relative"]) if "relative" in data else None,
    )


def _metric(m: dict[str, Any], plan_end: int) -> Metric:
    kind = Kind(m["kind"])
    comp = Comparator(m.get("comparator", "="))
    baseline = m.get("baseline")
    manual = m.get("manual")
    return Metric(
        id=m["id"],
        name=m["name"],
        unit=m["unit"],
        kind=kind,
        comparator=comp,
        low=to_decimal(m["low"]) if "low" in m else None,
        high=to_decimal(m["high"]) if "high" in m else None,
        end_year=m.get("end_year", plan_end),
        direction=Direction(m["direction"]) if "direction" in m else derived_direction(comp),
        input=GrowthInput(m["input"]) if "input" in m else None,
        baseline=Baseline(
            year=baseline["year"],
            value=to_decimal(baseline["value"]),
            stage=baseline.get("stage", "official"),
            source=baseline.get("source", ""),
        )
        if baseline
        else None,
        tolerance=_tolerance(m.get("tolerance")),
        trend=Trend(m.get("trend", "linear")),
        decimals=m.get("decimals", 2),
        manual=ManualAssessment(
            status=manual["status"],
            reason=manual["reason"],
            by=manual.get("by", ""),
            on=date.fromisoformat(manual["on"]) if "on" in manual else None,
        )
        if manual
        else None,
        note=m.get("note", ""),
        valid_range=_valid_range(m.get("valid_range")),
        max_change=to_decimal(m["max_change"]) if "max_change" in m else None,
    )


def _valid_range(data: dict[str, Any] | None) -> ValidRange | None:
    if not data:
        return None
    low, high = data.get("min"), data.get("max")
    return ValidRange(
        min=to_decimal(low) if low is not None else None,
        max=to_decimal(high) if high is not None else None,
    )


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The plan as plain data, ready for JSON or YAML; loading it gives the same plan."""

    def tol(t: Tolerance | None) -> dict[str, str] | None:
        if t is None:
            return None
        out = {}
        if t.absolute is not None:
            out["absolute"] = _number(t.absolute)
        if t.relative is not None:
            out["relative"] = _number(t.relative)
        return out

    def metric(m: Metric) -> dict[str, Any]:
        out: dict[str, Any] = {"id": m.id, "name": m.name, "unit": m.unit, "kind": m.kind.value}
        if m.kind is not Kind.OTHER:
            out["comparator"] = m.comparator.value
            if m.low is not None:
                out["low"] = _number(m.low)
            if m.high is not None:
                out["high"] = _number(m.high)
            out["direction"] = m.direction.value
        out["end_year"] = m.end_year
        if m.input is not None:
            out["input"] = m.input.value
        if m.trend is not Trend.LINEAR:
            out["trend"] = m.trend.value
        if m.decimals != 2:
            out["decimals"] = m.decimals
        if m.tolerance is not None:
            out["tolerance"] = tol(m.tolerance)
        if m.valid_range is not None:
            span = {"min": m.valid_range.min, "max": m.valid_range.max}
            out["valid_range"] = {k: _number(v) for k, v in span.items() if v is not None}
        if m.max_change is not None:
            out["max_change"] = _number(m.max_change)
        if m.baseline is not None:
            out["baseline"] = {
                "year": m.baseline.year,
                "value": _number(m.baseline.value),
                "stage": m.baseline.stage,
                "source": m.baseline.source,
            }
        if m.manual is not None:
            manual: dict[str, Any] = {"status": m.manual.status, "reason": m.manual.reason}
            if m.manual.by:
                manual["by"] = m.manual.by
            if m.manual.on:
                manual["on"] = m.manual.on.isoformat()
            out["manual"] = manual
        if m.note:
            out["note"] = m.note
        return out

    data: dict[str, Any] = {
        "schema_version": 1,
        "id": plan.id,
        "title": plan.title,
        "area": {"code": plan.area.code, "name": plan.area.name},
        "baseline_year": plan.baseline_year,
        "start_year": plan.start_year,
        "end_year": plan.end_year,
    }
    if plan.source:
        data["source"] = plan.source
    if plan.tolerance is not None:
        data["tolerance"] = tol(plan.tolerance)
    if plan.metadata:
        data["metadata"] = dict(plan.metadata)
    if (body := plan.issuing_body) is not None:
        extra = {"parent": body.parent, "code": body.code}
        data["issuing_body"] = {"kind": body.kind.value, "name": body.name}
        data["issuing_body"] |= {k: v for k, v in extra.items() if v}
    data["targets"] = []
    for t in plan.targets:
        target: dict[str, Any] = {"no": t.no, "text": t.text}
        if t.group is not None:
            target["group"] = t.group.value
        if t.lead_agency:
            target["lead_agency"] = t.lead_agency
        if t.confidence is not None:
            target["confidence"] = t.confidence
        if t.unparsed:
            target["unparsed"] = list(t.unparsed)
        target["metrics"] = [metric(m) for m in t.metrics]
        data["targets"].append(target)
    if plan.tasks:
        data["tasks"] = [{"kind": k.kind.value, "no": k.no, "text": k.text} for k in plan.tasks]
    return data


def dump_plan(plan: Plan, fmt: str = "yaml") -> str:
    """Write the plan as YAML (for people) or JSON."""
    data = plan_to_data(plan)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return dump_yaml(data)


def bundled_plan_path(name: str) -> Path:
    """The path of a plan shipped with chitieu, e.g. ``langson-xvii``."""
    path = Path(str(resources.files("chitieu.targets").joinpath("bundled", f"{name}.yaml")))
    if not path.exists():
        raise InputError([Problem(name, "plan.not_bundled")])
    return path
