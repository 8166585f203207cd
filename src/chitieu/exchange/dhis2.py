"""DHIS2 data value sets (``/api/dataValueSets``), as JSON or CSV, both ways.

A figure is a data value: ``dataElement`` (the measure, through the mapping's
``metrics``), ``period`` in DHIS2's syntax (``2021``, ``2021S1``, ``2021Q3``, ``202107``),
``orgUnit`` (the unit, through ``units``), ``value``, ``comment`` (the source),
``lastUpdated`` (the report date) and, when the mapping has ``stages``, the
``attributeOptionCombo`` that stands for its stage. DHIS2 has no nine-month and no
whole-term period: such a figure is refused, by name. DHIS2 keeps one value per
point and stage, so the latest report of each is sent (:func:`values`).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from chitieu.exchange.files import csv_records, current, latest_per_stage, read_text
from chitieu.exchange.mapping import Mapping
from chitieu.exchange.rows import Preview, Raw, previewed, problem
from chitieu.figures.cells import csv_text, csv_text_read
from chitieu.figures.model import Figure
from chitieu.figures.periods import Period, PeriodKind, period_of_parts
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan

# DHIS2's CSV columns, in its order (docs: "Data values" → CSV format)
CSV_COLUMNS = (
    "dataelement",
    "period",
    "orgunit",
    "categoryoptioncombo",
    "attributeoptioncombo",
    "value",
    "storedby",
    "lastupdated",
    "comment",
    "followup",
)
_PERIOD = re.compile(r"^(\d{4})(?:S([12])|Q([1-4])|(\d{2}))?$")


def dhis2_period(period: Period) -> str | None:
    """The period in DHIS2's syntax; ``None`` for one DHIS2 lacks (nine months, a term)."""
    if period.kind is PeriodKind.YEAR:
        return str(period.year)
    if period.kind is PeriodKind.HALF:
        return f"{period.year}S{period.index}"
    if period.kind is PeriodKind.QUARTER:
        return f"{period.year}Q{period.index}"
    if period.kind is PeriodKind.MONTH:
        return f"{period.year}{period.index:02d}"
    return None


def chitieu_period(text: str) -> str | None:
    """A DHIS2 period in chitieu's syntax (``2021S1`` → ``2021-H1``); ``None`` otherwise."""
    m = _PERIOD.match(text.strip())
    if not m:
        return None
    return period_of_parts(*m.groups())


def values(figures: Iterable[Figure], mapping: Mapping) -> list[dict[str, str]]:
    """The figures as DHIS2 data values; :class:`InputError` naming every figure that
    cannot be sent (an unmapped measure, unit or stage, a period DHIS2 lacks)."""
    chosen = latest_per_stage(figures) if mapping.stages else current(figures)
    out: list[dict[str, str]] = []
    problems: list[Problem] = []
    for f in chosen:
        where = _place(f)
        found = len(problems)
        element = mapping.theirs("metrics", f.metric)
        if element is None:
            problems.append(Problem(where, "exchange.metric_unmapped", {"m": f.metric}))
        org_unit = mapping.theirs("units", f.unit_code)
        if org_unit is None:
            problems.append(Problem(where, "exchange.unit_unmapped", {"u": f.unit_code}))
        period = dhis2_period(f.period)
        if period is None:
            label = {"p": str(f.period), "label": f.period.label_vi()}
            problems.append(Problem(where, "dhis2.period_lacking", label, field="period"))
        combo = mapping.stages.get(f.stage.value) if mapping.stages else ""
        if combo is None:
            problems.append(Problem(where, "exchange.stage_unmapped", {"s": f.stage.value}))
        if len(problems) > found:
            continue
        assert element is not None and org_unit is not None and period is not None
        value = {"dataElement": element, "period": period, "orgUnit": org_unit}
        if combo:
            value["attributeOptionCombo"] = combo
        value |= {"value": str(f.value), "lastUpdated": f.as_of.isoformat()}
        if f.source:
            value["comment"] = f.source
        out.append(value)
    if problems:
        raise InputError(problems)
    return out


def _place(f: Figure) -> str:
    return f.origin or f"{f.metric} {f.unit_code} {f.period}"


def write_json(figures: Iterable[Figure], mapping: Mapping, path: str | Path) -> int:
    """Write a ``dataValueSets`` JSON payload; the number of data values."""
    data: dict[str, Any] = {}
    if mapping.data_set:
        data["dataSet"] = mapping.data_set
    data["dataValues"] = values(figures, mapping)
    body = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    Path(path).write_text(body, encoding="utf-8")
    return len(data["dataValues"])


def write_csv(figures: Iterable[Figure], mapping: Mapping, path: str | Path) -> int:
    """Write DHIS2's CSV data value format; the number of data values."""
    rows = values(figures, mapping)
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for v in rows:
            writer.writerow(
                [
                    v["dataElement"],
                    v["period"],
                    v["orgUnit"],
                    "",
                    v.get("attributeOptionCombo", ""),
                    v["value"],
                    "",
                    v["lastUpdated"],
                    csv_text(v.get("comment", "")),
                    "",
                ]
            )
    return len(rows)


def read(path: str | Path, plan: Plan, mapping: Mapping) -> list[Figure]:
    """Figures from a DHIS2 data value set (``.json`` or ``.csv``), all or nothing."""
    return preview(path, plan, mapping).figures_or_raise()


def preview(path: str | Path, plan: Plan, mapping: Mapping) -> Preview:
    """The data value set's records, its figures and every problem (none raised)."""
    return previewed(lambda: _records(path, mapping), plan, str(path))


def _records(path: str | Path, mapping: Mapping) -> tuple[list[Raw], list[Problem]]:
    name = str(path)
    text = read_text(path)
    if Path(path).suffix.lower() == ".json":
        records = _json_records(text, name)
    else:
        records = _csv_records(text, name)
    raws: list[Raw] = []
    problems: list[Problem] = []
    for value, place in records:
        raw = Raw({}, place, origin=_origin(name, place))
        raw.fields = _fields(value, raw, mapping, name, problems)
        raws.append(raw)
    return raws, problems


def _origin(name: str, place: dict[str, Any]) -> str:
    return f"{name}:{place['line']}" if "line" in place else f"{name} {place['path']}"


def _fields(
    value: dict[str, str], raw: Raw, mapping: Mapping, name: str, problems: list[Problem]
) -> dict[str, Any]:
    def need(key: str) -> str:
        text = str(value.get(key) or "").strip()
        if not text:
            ours = {"dataElement": "metric", "orgUnit": "unit_code"}.get(key, key)
            problems.append(problem(name, raw, key, "dhis2.field_missing", ours, f=key))
        return text

    element, period, org_unit = need("dataElement"), need("period"), need("orgUnit")
    fields: dict[str, Any] = {"value": str(value.get("value") or "")}
    fields["metric"] = mapping.ours("metrics", element) or ""
    if element and not fields["metric"]:
        problems.append(
            problem(name, raw, "dataElement", "exchange.code_unknown", "metric", code=element)
        )
    unit = mapping.ours("units", org_unit)
    if org_unit and unit is None:
        problems.append(
            problem(name, raw, "orgUnit", "exchange.code_unknown", "unit_code", code=org_unit)
        )
    fields["unit_code"] = unit or ""
    fields["period"] = chitieu_period(period) or ""
    if period and not fields["period"]:
        problems.append(problem(name, raw, "period", "dhis2.period_bad", v=period))
    fields["stage"] = _stage(value.get("attributeOptionCombo") or "", raw, mapping, name, problems)
    fields["as_of"] = _as_of(str(value.get("lastUpdated") or ""), mapping)
    fields["source"] = str(value.get("comment") or "") or mapping.source
    return fields


def _stage(combo: str, raw: Raw, mapping: Mapping, name: str, problems: list[Problem]) -> str:
    if mapping.stages and combo:
        stage = mapping.ours("stages", combo)
        if stage is None:
            problems.append(
                problem(
                    name, raw, "attributeOptionCombo", "exchange.code_unknown", "stage", code=combo
                )
            )
        return stage or ""
    return mapping.stage.value if mapping.stage else ""


def _as_of(updated: str, mapping: Mapping) -> str | date:
    day = updated.strip()[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return day
    return mapping.as_of if mapping.as_of else updated


def _json_records(text: str, name: str) -> list[tuple[dict[str, str], dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            [Problem(name, "file.bad_json", {"why": exc.msg}, line=exc.lineno)]
        ) from None
    except (ValueError, RecursionError) as exc:
        raise InputError([Problem(name, "file.bad_json", {"why": str(exc)})]) from None
    if not isinstance(data, dict) or not isinstance(data.get("dataValues"), list):
        raise InputError([Problem(name, "dhis2.not_value_set")])
    out = []
    for i, value in enumerate(data["dataValues"]):
        place: dict[str, Any] = {"path": f"$.dataValues[{i}]"}
        if not isinstance(value, dict):
            raise InputError([Problem(name, "dhis2.not_value_set", path=place["path"])])
        # the set's own period and orgUnit hold for values that give none
        shared = {k: data[k] for k in ("period", "orgUnit") if isinstance(data.get(k), str)}
        out.append(({**shared, **{k: _str(v) for k, v in value.items()}}, place))
    return out


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _csv_records(text: str, name: str) -> list[tuple[dict[str, str], dict[str, Any]]]:
    records = csv_records(text, name)
    first = next(records, None)
    header = [h.strip().casefold() for h in first[1]] if first else []
    if header[: len(CSV_COLUMNS[:6])] != list(CSV_COLUMNS[:6]):
        said = {"c": ", ".join(CSV_COLUMNS)}
        raise InputError([Problem(name, "dhis2.csv_header", said, line=1)])
    keys = {
        "dataelement": "dataElement",
        "orgunit": "orgUnit",
        "attributeoptioncombo": "attributeOptionCombo",
        "lastupdated": "lastUpdated",
    }
    out = []
    for line, record in records:
        value = {keys.get(h, h): v for h, v in zip(header, record, strict=False)}
        value["comment"] = csv_text_read(value.get("comment", ""))
        out.append((value, {"line": line}))
    return out
