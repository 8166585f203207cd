"""A mapping between chitieu's codes and another system's, kept as plain data.

The same mapping serves every exchange format, so a province writes it once (YAML or
JSON) and uses it for the next period: which code the other system gives each measure
(a DHIS2 dataElement, an SDMX code, a sheet's row label) and each unit (a DHIS2 orgUnit,
an SDMX area), and, for spreadsheets, where the figures are (the sheet, the header row,
which column holds what). :func:`mapping_from_data` checks it and :meth:`Mapping.to_data`
gives it back, so the web app saves the mapping a person chose and offers it again.

A table left empty means "as written": the other system uses chitieu's own codes.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from chitieu.datafile import read_data_file
from chitieu.figures.model import Stage
from chitieu.figures.reading import parse_date
from chitieu.problems import InputError, Problem

TABLES = ("metrics", "units", "stages")
ROLES = ("metric", "unit", "period", "value", "stage", "as_of", "source", "note")
LAYOUTS = ("long", "wide")
_TEXTS = ("source", "sheet", "metric", "unit", "data_set", "numbers")
FIELDS = (*TABLES, "columns", "stage", "as_of", "header_row", "layout", *_TEXTS)


@dataclass(frozen=True)
class Mapping:
    """Codes and places for one exchange (see the module docstring and docs/exchange.md)."""

    metrics: dict[str, str] = field(default_factory=dict)  # measure id → their code
    units: dict[str, str] = field(default_factory=dict)  # unit code → their code
    stages: dict[str, str] = field(default_factory=dict)  # stage → their code
    stage: Stage | None = None  # the stage of figures whose file gives none
    as_of: date | None = None  # the report date of figures whose file gives none
    source: str = ""  # the source of figures whose file gives none
    data_set: str = ""  # DHIS2: the dataSet the values belong to
    numbers: str = ""  # how a sheet's text numbers are written: plain or vi
    # spreadsheets
    sheet: str = ""  # its name; empty: the first sheet
    header_row: int = 0  # 1 for the first row; 0: found by the column headings
    layout: str = "long"
    columns: dict[str, str] = field(default_factory=dict)  # role → the column's heading
    metric: str = ""  # the one measure of a sheet without a measure column
    unit: str = ""  # the one unit of a sheet without a unit column

    def ours(self, table: str, theirs: str) -> str | None:
        """chitieu's code for another system's code in ``table``; ``None`` when unmapped."""
        codes: dict[str, str] = getattr(self, table)
        if not codes:
            return theirs
        return next((mine for mine, their in codes.items() if their == theirs), None)

    def theirs(self, table: str, ours: str) -> str | None:
        """The other system's code for chitieu's ``ours``; ``None`` when unmapped."""
        codes: dict[str, str] = getattr(self, table)
        return codes.get(ours) if codes else ours

    def to_data(self) -> dict[str, Any]:
        """The mapping as plain data (what :func:`mapping_from_data` reads back)."""
        data: dict[str, Any] = {t: dict(getattr(self, t)) for t in TABLES if getattr(self, t)}
        if self.stage is not None:
            data["stage"] = self.stage.value
        if self.as_of is not None:
            data["as_of"] = self.as_of.isoformat()
        data |= {t: getattr(self, t) for t in _TEXTS if getattr(self, t)}
        if self.header_row:
            data["header_row"] = self.header_row
        if self.layout != "long":
            data["layout"] = self.layout
        if self.columns:
            data["columns"] = dict(self.columns)
        return data


def load_mapping(path: str | Path) -> Mapping:
    """Read and check a mapping file (YAML or JSON); :class:`InputError` with every problem."""
    data, lines = read_data_file(Path(path))
    return mapping_from_data(data, str(path), lines.line if lines else None)


def mapping_from_data(data: Any, name: str = "<mapping>", line: Any = None) -> Mapping:
    """Check plain data as a mapping; every problem names its field (and line)."""
    problems: list[Problem] = []

    def bad(fld: str, message: str, **params: Any) -> None:
        at = line([fld]) if line else None
        problems.append(Problem(name, message, params, line=at, field=fld))

    if data is None:
        data = {}
    if not isinstance(data, MappingType):
        raise InputError([Problem(name, "mapping.not_table", {"f": "mapping"})])
    for key in data:
        if key not in FIELDS:
            bad(str(key), "mapping.field_unknown", f=str(key), allowed=", ".join(FIELDS))
    tables = {t: _table(data.get(t), t, bad) for t in (*TABLES, "columns")}
    for role in tables["columns"]:
        if role not in ROLES:
            bad("columns", "mapping.role_unknown", v=role, allowed=", ".join(ROLES))
    for st in tables["stages"]:
        if st not in {s.value for s in Stage}:
            bad("stages", "figures.bad_stage", v=st)
    texts = {t: _text(data.get(t), t, bad) for t in _TEXTS}
    if texts["numbers"] not in ("", "plain", "vi"):
        bad("numbers", "mapping.not_one_of", v=texts["numbers"], allowed="plain, vi")
    stage = None
    if data.get("stage") is not None:
        try:
            stage = Stage(str(data["stage"]).strip())
        except ValueError:
            bad("stage", "figures.bad_stage", v=str(data["stage"]))
    as_of = None
    if data.get("as_of") is not None:
        try:
            as_of = parse_date(str(data["as_of"]))
        except ValueError:
            bad("as_of", "figures.bad_date", v=str(data["as_of"]))
    header_row = data.get("header_row", 0)
    if isinstance(header_row, bool) or not isinstance(header_row, int) or header_row < 0:
        bad("header_row", "mapping.bad_row", v=str(header_row))
        header_row = 0
    layout = str(data.get("layout", "long"))
    if layout not in LAYOUTS:
        bad("layout", "mapping.not_one_of", v=layout, allowed=", ".join(LAYOUTS))
    if problems:
        raise InputError(problems)
    return Mapping(
        metrics=tables["metrics"],
        units=tables["units"],
        stages=tables["stages"],
        columns=tables["columns"],
        stage=stage,
        as_of=as_of,
        header_row=header_row,
        layout=layout,
        source=texts["source"],
        data_set=texts["data_set"],
        numbers=texts["numbers"],
        sheet=texts["sheet"],
        metric=texts["metric"],
        unit=texts["unit"],
    )


def _table(value: Any, fld: str, bad: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, MappingType):
        bad(fld, "mapping.not_table", f=fld)
        return {}
    table = {str(k).strip(): str(v).strip() for k, v in value.items()}
    if fld == "columns":
        return table
    seen: dict[str, str] = {}
    for mine, theirs in table.items():
        if theirs in seen:
            bad(fld, "mapping.same_code", code=theirs, a=seen[theirs], b=mine)
        seen[theirs] = mine
    return table


def _text(value: Any, fld: str, bad: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, MappingType | list):
        bad(fld, "mapping.not_text", f=fld)
        return ""
    return str(value).strip()
