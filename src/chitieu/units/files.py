"""Reading units and lineage records: the bundled data, and a YAML or CSV file of extras.

The bundled data are the 2024 three-level tree shipped with chitieu (data of
vietnam-provinces 0.6.0) and the two-level tree in force from 1 July 2025. For Lạng Sơn
the 2025 communes and the legacy → new mapping of the reform are shipped too, taken from
vietnam-provinces 2026.9.0 (that release needs Python 3.12; the releases for 3.11 have no
mapping, and five older commune codes); other provinces' 2025 units come from the
installed package, without lineage. More lineage records (the 2019–2020 mergers …) come
from a ``--units`` file (docs/units-format.md).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from chitieu.problems import InputError, Problem
from chitieu.units.model import Change, ChangeKind, Level, Unit
from chitieu.units.registry import Registry

REFORM_DAY = date(2025, 7, 1)
LAST_DAY_BEFORE_REFORM = date(2025, 6, 30)
REFORM_ACT = "Sắp xếp đơn vị hành chính cấp xã năm 2025 (Nghị quyết của UBTVQH, hiệu lực 1/7/2025)"
# the shipped tree lives with the web app that loads it into the database
DATA = Path(__file__).resolve().parent.parent / "web" / "units" / "data"
LEGACY_FILES = {"20": "langson-2024.json"}
REFORM_FILES = {"20": "langson-2025-reform.json"}

UNIT_FIELDS = ("code", "name", "level", "type", "parent", "valid_from", "valid_to", "act")
CHANGE_FIELDS = ("predecessor", "successor", "kind", "effective", "act")


def bundled_units(province: str) -> list[Unit]:
    """A province, its 2024 districts and communes, and its communes from 1 July 2025."""
    from vietnam_provinces import Province, ProvinceCode, Ward

    vp = Province.from_code(ProvinceCode(int(province)))
    kind = vp.division_type.value
    units = [
        Unit(
            province,
            f"Tỉnh {vp.name}" if kind == "tỉnh" else vp.name,
            Level.PROVINCE,
            kind,
        )
    ]
    legacy = LEGACY_FILES.get(province)
    if legacy is not None:
        tree = json.loads((DATA / legacy).read_text(encoding="utf-8"))
        for d in tree["districts"]:
            units.append(
                Unit(
                    d["code"],
                    d["name"],
                    Level.DISTRICT,
                    d["type"],
                    province,
                    None,
                    LAST_DAY_BEFORE_REFORM,
                    REFORM_ACT,
                )
            )
            units += [
                Unit(
                    c["code"],
                    c["name"],
                    Level.COMMUNE,
                    c["type"],
                    d["code"],
                    None,
                    LAST_DAY_BEFORE_REFORM,
                    REFORM_ACT,
                )
                for c in d["communes"]
            ]
    reform = _reform(province)
    new = (
        [(u["code"], u["name"], u["type"]) for u in reform["units"]]
        if reform
        else [
            (f"{int(w.code):05d}", w.name, w.division_type.value)
            for w in Ward.iter_by_province(vp.code)
        ]
    )
    units += [
        Unit(code, name, Level.COMMUNE, kind, province, REFORM_DAY, None, REFORM_ACT)
        for code, name, kind in new
    ]
    return units


def _reform(province: str) -> dict[str, Any] | None:
    name = REFORM_FILES.get(province)
    if name is None:
        return None
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


def bundled_changes(province: str) -> list[Change]:
    """The 2025 reform's lineage: each old commune into the new one(s) it became part of.

    A commune split among several new ones (``partly``) is a split; the others merge.
    """
    reform = _reform(province)
    if reform is None:
        return []
    return [
        Change(
            c["old"],
            new,
            ChangeKind.SPLIT if c["partly"] else ChangeKind.MERGE,
            REFORM_DAY,
            REFORM_ACT,
        )
        for c in reform["changes"]
        for new in c["new"]
    ]


def load_registry(province: str, extra: Path | None = None) -> Registry:
    """The bundled units of a province plus those of ``extra``, checked together.

    A unit of the extra file with the code and start of a bundled one replaces it, so a
    file can give a 2024 commune the date it was formed.
    """
    units = {(u.code, u.valid_from): u for u in bundled_units(province)}
    changes = bundled_changes(province)
    if extra is not None:
        more, extra_changes = read_units_file(extra)
        changes += extra_changes
        for u in more:
            for key in [k for k in units if k[0] == u.code and k[1] is None]:
                if u.valid_from is not None and units[key].valid_to == LAST_DAY_BEFORE_REFORM:
                    # the shipped 2024 unit, now with its history: keep the file's interval
                    del units[key]
            units[(u.code, u.valid_from)] = u
    return Registry(units.values(), changes)


def read_units_file(path: Path) -> tuple[list[Unit], list[Change]]:
    """Units and lineage records from YAML (``units:``, ``changes:``) or CSV (``record``)."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError([Problem(name, "file.unreadable", {"why": str(exc.strerror)})]) from exc
    except UnicodeDecodeError as exc:
        why = f"{exc.reason} at byte {exc.start}"
        raise InputError([Problem(name, "file.not_utf8", {"why": why})]) from None
    try:
        if path.suffix.lower() == ".csv":
            return _from_csv(text, name)
        return _from_yaml(text, name)
    except RecursionError:
        raise InputError([Problem(name, "file.too_deep")]) from None
    except csv.Error as exc:
        raise InputError([Problem(name, "file.bad_csv", {"why": str(exc)})]) from None


def _from_yaml(text: str, name: str) -> tuple[list[Unit], list[Change]]:
    try:
        # every scalar as text: codes keep their leading zeros, dates are checked here
        doc = yaml.load(text, Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError([Problem(name, "file.bad_yaml", {"why": str(exc)}, line=line)]) from exc
    if not isinstance(doc, dict):
        raise InputError([Problem(name, "units.not_mapping_file")])
    problems: list[Problem] = []
    units: list[Unit] = []
    changes: list[Change] = []
    for key in doc:
        if key not in ("units", "changes"):
            problems.append(Problem(name, "units.key_unknown", {"v": key}, path=f"$.{key}"))
    for i, rec in enumerate(doc.get("units") or []):
        u = _unit(rec, name, {"path": f"$.units[{i}]"}, problems)
        if u is not None:
            units.append(u)
    for i, rec in enumerate(doc.get("changes") or []):
        c = _change(rec, name, {"path": f"$.changes[{i}]"}, f"{name} $.changes[{i}]", problems)
        if c is not None:
            changes.append(c)
    if problems:
        raise InputError(problems)
    return units, changes


def _from_csv(text: str, name: str) -> tuple[list[Unit], list[Change]]:
    reader = csv.DictReader(io.StringIO(text))
    problems: list[Problem] = []
    units: list[Unit] = []
    changes: list[Change] = []
    if reader.fieldnames is None or "record" not in reader.fieldnames:
        missing = Problem(name, "figures.column_missing", {"c": "record"}, line=1, field="record")
        raise InputError([missing])
    for rec in reader:
        line = reader.line_num
        kind = (rec.get("record") or "").strip()
        clean = {k: v for k, v in rec.items() if k and v not in (None, "")}
        if kind == "unit":
            u = _unit(clean, name, {"line": line}, problems)
            if u is not None:
                units.append(u)
        elif kind == "change":
            c = _change(clean, name, {"line": line}, f"{name}:{line}", problems)
            if c is not None:
                changes.append(c)
        else:
            problems.append(
                Problem(name, "units.record_kind", {"v": kind}, line=line, field="record")
            )
    if problems:
        raise InputError(problems)
    return units, changes


def _unit(rec: Any, name: str, at: dict[str, Any], problems: list[Problem]) -> Unit | None:
    before = len(problems)
    if not isinstance(rec, dict):
        problems.append(Problem(name, "units.not_mapping", **at))
        return None
    _unknown(rec, (*UNIT_FIELDS, "record"), name, at, problems)
    code = _text(rec, "code", name, at, problems)
    unit_name = _text(rec, "name", name, at, problems)
    level = _choice(rec, "level", Level, name, at, problems)
    start = _date(rec, "valid_from", name, at, problems, required=False)
    end = _date(rec, "valid_to", name, at, problems, required=False)
    if len(problems) > before or code is None or unit_name is None or level is None:
        return None
    parent = rec.get("parent")
    return Unit(
        code,
        unit_name,
        Level(level),
        str(rec.get("type") or ""),
        str(parent) if parent not in (None, "") else None,
        start,
        end,
        str(rec.get("act") or ""),
    )


def _change(
    rec: Any, name: str, at: dict[str, Any], origin: str, problems: list[Problem]
) -> Change | None:
    before = len(problems)
    if not isinstance(rec, dict):
        problems.append(Problem(name, "units.not_mapping", **at))
        return None
    _unknown(rec, (*CHANGE_FIELDS, "record"), name, at, problems)
    pred = _text(rec, "predecessor", name, at, problems)
    succ = _text(rec, "successor", name, at, problems)
    kind = _choice(rec, "kind", ChangeKind, name, at, problems)
    effective = _date(rec, "effective", name, at, problems, required=True)
    if len(problems) > before or pred is None or succ is None or kind is None:
        return None
    assert effective is not None
    return Change(pred, succ, ChangeKind(kind), effective, str(rec.get("act") or ""), origin)


def _unknown(
    rec: dict[str, Any],
    known: tuple[str, ...],
    name: str,
    at: dict[str, Any],
    problems: list[Problem],
) -> None:
    for key in rec:
        if key not in known:
            problems.append(Problem(name, "units.field_unknown", {"v": key}, field=str(key), **at))


def _text(
    rec: dict[str, Any], key: str, name: str, at: dict[str, Any], problems: list[Problem]
) -> str | None:
    value = rec.get(key)
    if value in (None, ""):
        problems.append(Problem(name, "units.required", {"v": key}, field=key, **at))
        return None
    return str(value).strip()


def _choice(
    rec: dict[str, Any],
    key: str,
    choices: Any,
    name: str,
    at: dict[str, Any],
    problems: list[Problem],
) -> str | None:
    value = _text(rec, key, name, at, problems)
    allowed = [c.value for c in choices]
    if value is not None and value not in allowed:
        problems.append(
            Problem(
                name,
                "units.not_one_of",
                {"v": value, "allowed": ", ".join(allowed)},
                field=key,
                **at,
            )
        )
        return None
    return value


def _date(
    rec: dict[str, Any],
    key: str,
    name: str,
    at: dict[str, Any],
    problems: list[Problem],
    *,
    required: bool,
) -> date | None:
    value = rec.get(key)
    if value in (None, ""):
        if required:
            problems.append(Problem(name, "units.required", {"v": key}, field=key, **at))
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        problems.append(Problem(name, "plan.bad_date", {"v": str(value)}, field=key, **at))
        return None
