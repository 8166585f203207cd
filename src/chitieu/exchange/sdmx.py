"""SDMX: chitieu's data structure, figures as SDMX-CSV 2.0 and SDMX-ML, with ``sdmx1``.

chitieu publishes one data structure definition (DSD) for the figures of every plan,
``CHITIEU:DSD_FIGURES(1.0)``: the dimensions ``METRIC`` (the measure id), ``AREA`` (the
unit code), ``STAGE`` (plan, estimate, preliminary, official), ``AS_OF`` (the report
date, ISO) and the time dimension ``TIME_PERIOD``; the measure ``OBS_VALUE``; the
attributes ``SOURCE`` and ``NOTE``. A plan's figures are the dataflow named by the plan's
id. Periods are SDMX reporting periods (``2021``, ``2021-S1``, ``2021-Q3``, ``2021-07``);
nine months and a whole term, which SDMX has no reporting period for, are time ranges
(``2021-01-01/P9M``, ``2021-01-01/P5Y``). Every file is written and read by the ``sdmx1``
library: no XML or SDMX-CSV is put together here.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import sdmx
from sdmx.format.csv import v2
from sdmx.message import DataMessage, StructureMessage
from sdmx.model import common, v21

from chitieu.exchange.files import csv_records, read_bytes
from chitieu.exchange.mapping import Mapping
from chitieu.exchange.rows import Preview, Raw, previewed, problem
from chitieu.figures.cells import csv_text, csv_text_read
from chitieu.figures.model import Figure
from chitieu.figures.periods import Period, PeriodKind, period_of_parts
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan

AGENCY = "CHITIEU"
DSD_ID = "DSD_FIGURES"
VERSION = "1.0"
DIMENSIONS = ("METRIC", "AREA", "STAGE", "AS_OF")
TIME = "TIME_PERIOD"
MEASURE = "OBS_VALUE"
ATTRIBUTES = ("SOURCE", "NOTE")
# where chitieu's fields are in its own files (a mapping's columns may say otherwise)
COLUMNS = {
    "metric": "METRIC",
    "unit": "AREA",
    "stage": "STAGE",
    "as_of": "AS_OF",
    "period": TIME,
    "value": MEASURE,
    "source": "SOURCE",
    "note": "NOTE",
}
# what sdmx1 checks without saying so (its assertions on the first columns)
_WHY = "STRUCTURE must be dataflow, dataprovision or datastructure, and ACTION A, D, I or R"
_RANGE = re.compile(r"^(\d{4})-01-01/P(\d+)([MY])$")
_FORMS = re.compile(r"^(\d{4})(?:-A1|-S([12])|-Q([1-4])|-(\d{2}))?$")


def structure(
    dimensions: Iterable[str] = DIMENSIONS, attributes: Iterable[str] = ATTRIBUTES
) -> v21.DataStructureDefinition:
    """chitieu's DSD (or one with other component ids, to read another system's file)."""
    agency = common.Agency(id=AGENCY)
    dsd = v21.DataStructureDefinition(id=DSD_ID, maintainer=agency, version=VERSION)
    dsd.is_external_reference = False
    for order, dim in enumerate(dimensions):
        dsd.dimensions.getdefault(dim, order=order)
    dsd.dimensions.getdefault(TIME, cls=common.TimeDimension, order=len(dsd.dimensions))
    for attr in attributes:
        dsd.attributes.getdefault(attr)
    dsd.measures.getdefault(MEASURE)
    return dsd


def dataflow(plan: Plan, dsd: v21.DataStructureDefinition) -> v21.DataflowDefinition:
    """The plan's figures as a dataflow of the DSD."""
    flow_id = re.sub(r"[^A-Za-z0-9_@$-]", "_", plan.id)
    agency = common.Agency(id=AGENCY)
    name = common.InternationalString({"vi": plan.title})
    return v21.DataflowDefinition(
        id=flow_id, name=name, maintainer=agency, version=VERSION, structure=dsd
    )


def sdmx_period(period: Period) -> str:
    """The period as an SDMX time period (a reporting period, or a time range)."""
    if period.kind is PeriodKind.YEAR:
        return str(period.year)
    if period.kind is PeriodKind.HALF:
        return f"{period.year}-S{period.index}"
    if period.kind is PeriodKind.QUARTER:
        return f"{period.year}-Q{period.index}"
    if period.kind is PeriodKind.MONTH:
        return f"{period.year}-{period.index:02d}"
    if period.kind is PeriodKind.NINE_MONTHS:
        return f"{period.year}-01-01/P9M"
    return f"{period.year}-01-01/P{period.end_year - period.year + 1}Y"


def chitieu_period(text: str) -> str | None:
    """An SDMX time period in chitieu's syntax (``2021-S1`` → ``2021-H1``); ``None`` for
    one chitieu has no period for."""
    s = text.strip()
    if m := _RANGE.match(s):
        year, length, unit = int(m.group(1)), int(m.group(2)), m.group(3)
        if unit == "M":
            return f"{year}-9M" if length == 9 else None
        return f"{year}/{year + length - 1}" if length > 1 else str(year)
    m = _FORMS.match(s)
    if not m:
        return None
    return period_of_parts(*m.groups())


def data_set(
    figures: Iterable[Figure], plan: Plan, text: Callable[[str], str] = str
) -> tuple[Any, v21.DataflowDefinition]:
    """The figures, every vintage, as a structure-specific data set of the plan's dataflow;
    ``text`` writes the free text (a unit code, a source, a note)."""
    dsd = structure()
    flow = dataflow(plan, dsd)
    ds = v21.StructureSpecificDataSet(structured_by=dsd, described_by=flow)
    for f in figures:
        key = dsd.make_key(
            common.Key,
            {
                "METRIC": f.metric,
                "AREA": text(f.unit_code),
                "STAGE": f.stage.value,
                "AS_OF": f.as_of.isoformat(),
                TIME: sdmx_period(f.period),
            },
        )
        attached = {
            a: common.AttributeValue(value=text(v), value_for=dsd.attributes.get(a))
            for a, v in (("SOURCE", f.source), ("NOTE", f.note))
            if v
        }
        obs = v21.Observation(
            dimension=key,
            value=str(f.value),
            value_for=dsd.measures[0],
            attached_attribute=attached,
        )
        ds.obs.append(obs)
    return ds, flow


def write_csv(figures: Iterable[Figure], plan: Plan, path: str | Path) -> int:
    """Write SDMX-CSV 2.0 (sdmx1's writer); the number of observations. Text that a
    spreadsheet would run as a formula is written with a leading ``'``, read back without."""
    ds, _flow = data_set(figures, plan, csv_text)
    sdmx.to_csv(ds, path=Path(path), format_options=v2.FormatOptions(), attributes="o")
    return len(ds.obs)


def write_ml(figures: Iterable[Figure], plan: Plan, path: str | Path) -> int:
    """Write SDMX-ML 2.1 structure-specific data (sdmx1's writer); the observations."""
    ds, flow = data_set(figures, plan)
    message = DataMessage(data=[ds], dataflow=flow)
    Path(path).write_bytes(sdmx.to_xml(message, pretty_print=True))
    return len(ds.obs)


def write_structure(plan: Plan, path: str | Path) -> None:
    """Write the DSD and the plan's dataflow as an SDMX-ML structure message."""
    dsd = structure()
    flow = dataflow(plan, dsd)
    message = StructureMessage()
    message.structure[dsd.id] = dsd
    message.dataflow[flow.id] = flow
    Path(path).write_bytes(sdmx.to_xml(message, pretty_print=True))


def read_csv(path: str | Path, plan: Plan, mapping: Mapping) -> list[Figure]:
    """Figures from an SDMX-CSV 2.0 file, read by sdmx1, with the mapping's columns
    (chitieu's own by default) and codes; all or nothing."""
    return preview_csv(path, plan, mapping).figures_or_raise()


def preview_csv(path: str | Path, plan: Plan, mapping: Mapping) -> Preview:
    """The SDMX-CSV file's records, its figures and every problem (none raised)."""
    return previewed(lambda: _records(path, mapping), plan, str(path))


def _records(path: str | Path, mapping: Mapping) -> tuple[list[Raw], list[Problem]]:
    name = str(path)
    data = read_bytes(path)
    columns = {**COLUMNS, **mapping.columns}
    header, lines = _header_and_lines(data, name)
    missing = [columns[r] for r in ("metric", "period", "value") if columns[r] not in header]
    if "unit" in mapping.columns and columns["unit"] not in header:
        missing.append(columns["unit"])
    if missing:
        raise InputError([Problem(name, "sdmx.column_missing", {"c": c}, line=1) for c in missing])
    dims = [columns[r] for r in ("metric", "unit", "stage", "as_of") if columns[r] in header]
    attrs = [columns[r] for r in ("source", "note") if columns[r] in header]
    dsd = structure(dims, attrs)
    try:
        message = sdmx.read_sdmx(io.BytesIO(data), format="CSV", structure=dsd)
    except Exception as exc:  # sdmx1 on a damaged file: whatever it raises, it is unreadable
        why = str(exc) or _WHY
        raise InputError([Problem(name, "sdmx.unreadable", {"why": why})]) from None
    if not isinstance(message, DataMessage):
        raise InputError([Problem(name, "sdmx.unreadable", {"why": _WHY})])
    raws: list[Raw] = []
    problems: list[Problem] = []
    # sdmx1 makes one data set per dataflow and action, in the order they first appear
    for ds, group in zip(message.data, lines.values(), strict=False):
        for obs, line in zip(ds.obs, group, strict=False):
            raws.append(_raw(obs, columns, mapping, name, line, problems))
    return raws, problems


def _header_and_lines(data: bytes, name: str) -> tuple[list[str], dict[tuple[str, ...], list[int]]]:
    """The header, and the lines of each data set sdmx1 will make (one per dataflow and
    action, in the order they first appear)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        why = f"{exc.reason} at byte {exc.start}"
        raise InputError([Problem(name, "file.not_utf8", {"why": why})]) from None
    records = csv_records(text, name)
    first = next(records, None)
    header = first[1] if first else []
    action = header.index("ACTION") if "ACTION" in header else None
    lines: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for line, record in records:
        if len(record) > len(header):  # sdmx1 would fail on it without saying where
            raise InputError([Problem(name, "figures.row_too_long", line=line)])
        act = record[action] if action is not None and action < len(record) else "I"
        lines[(*record[:2], act)].append(line)
    return header, lines


def _raw(
    obs: Any,
    columns: dict[str, str],
    mapping: Mapping,
    name: str,
    line: int,
    problems: list[Problem],
) -> Raw:
    key = {k: csv_text_read(str(v.value)) for k, v in obs.dimension.values.items()}
    attrs = {k: csv_text_read(str(v.value)) for k, v in obs.attached_attribute.items()}
    raw = Raw({}, {"line": line}, origin=f"{name}:{line}")

    def code(role: str, table: str, ours: str) -> str:
        theirs = key.get(columns[role], "").strip()
        if not theirs:
            return ""
        mine = mapping.ours(table, theirs)
        if mine is None:
            problems.append(
                problem(name, raw, columns[role], "exchange.code_unknown", ours, code=theirs)
            )
        return mine or ""

    period_text = key.get(columns["period"], "")
    period = chitieu_period(period_text)
    if period is None:
        problems.append(
            problem(name, raw, columns["period"], "sdmx.period_bad", "period", v=period_text)
        )
    stage = code("stage", "stages", "stage") or (mapping.stage.value if mapping.stage else "")
    raw.fields = {
        "metric": code("metric", "metrics", "metric"),
        "unit_code": code("unit", "units", "unit_code") or mapping.unit,
        "period": period or "",
        "value": "" if obs.value is None else str(obs.value),
        "stage": stage,
        "as_of": key.get(columns["as_of"], "") or mapping.as_of or "",
        "source": attrs.get(columns["source"], "") or mapping.source,
        "note": attrs.get(columns["note"], ""),
    }
    return raw
