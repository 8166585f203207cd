"""The review as an Excel workbook, ready for further work.

Sheet 1 ("Tổng hợp") is the table of the document; every number in it is a reference to
a target sheet ("CT01", "CT02" …), which holds each measure's series (one row per year of
the term, empty years left for later figures) and computes what the document states with
Excel formulas: the compound average, the sum, the latest level, the yearly reductions,
the percentage of the target and the rate the remaining years need. Change a figure in a
target sheet and the summary follows. Statuses and forecasts are chitieu's judgement when
the workbook was made and are written as text.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from chitieu.evaluation.results import MetricResult
from chitieu.figures.cells import xlsx_text
from chitieu.reports.labels import period_phrase, stage_mark, t
from chitieu.reports.review import (
    MeasureSeries,
    ReviewData,
    Row,
    Shown,
    reduction_from_levels,
    task_line_text,
)
from chitieu.targets.model import Comparator, Direction, GrowthInput, Kind, Metric

FONT = "Times New Roman"
LAST = "9.99E+307"  # LOOKUP(LAST, range) is the last number of a range
THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_LEFT = Alignment(wrap_text=True, vertical="center", horizontal="left")


@dataclass
class Block:
    """Where a measure's cells are on its target sheet, for the summary to refer to."""

    sheet: str
    year_row: dict[int, int] = field(default_factory=dict)
    current: str = ""  # the "this period" cell, if any
    outcome: str = ""
    ratio: str = ""
    required: str = ""
    reduction_col: str = ""  # the column of yearly reductions, for reductions from levels

    def ref(self, cell: str) -> str:
        return f"='{self.sheet}'!{cell}"


def render_xlsx(review: ReviewData) -> bytes:
    """The .xlsx file's bytes."""
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = t("summary_sheet", review.lang)
    blocks: dict[int, Block] = {}  # id(row) → its block
    prefix = t("sheet_prefix", review.lang)
    for tr in review.result.targets:
        rows = [r for r in review.rows if r.target is tr.target and not r.heading]
        ws = wb.create_sheet(f"{prefix}{tr.target.no:02d}")
        blocks |= _target_sheet(ws, review, rows)
    _summary(summary, review, blocks)
    wb.calculation.fullCalcOnLoad = True  # no cached values: let Excel compute on opening
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _number_format(decimals: int, mark: str = "", unit: str = "") -> str:
    fmt = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    suffix = " ".join(p for p in (unit, f"({mark})" if mark else "") if p)
    return fmt + (f' "{suffix}"' if suffix else "")


def _digits(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _shown_format(shown: Shown, lang: str) -> str:
    decimals = shown.decimals if shown.decimals is not None else _digits(shown.value or Decimal(0))
    return _number_format(decimals, shown.mark(lang))


def _styled(ws: Worksheet, cell: str, value: object, bold: bool, fmt: str) -> Any:
    c = ws[cell]
    c.value = value
    c.font = Font(name=FONT, size=12, bold=bold)
    if fmt:
        c.number_format = fmt
    return c


def _put(ws: Worksheet, cell: str, value: object, *, bold: bool = False, fmt: str = "") -> None:
    """A value. Text stays text even when it starts like a formula (a measure's name, a
    source, a note): the workbook never runs what somebody typed."""
    xlsx_text(_styled(ws, cell, value, bold, fmt))


def _formula(ws: Worksheet, cell: str, formula: str, *, bold: bool = False, fmt: str = "") -> None:
    """A formula chitieu writes on purpose: the only cells that compute."""
    assert formula.startswith("="), formula
    _styled(ws, cell, formula, bold, fmt)


def _met(metric: Metric, x: str) -> str:
    """An Excel condition: the value in ``x`` meets the target (achieved or exceeded)."""
    low, high, d = metric.low, metric.high, metric.direction
    comp = metric.comparator
    if comp is Comparator.GE:
        return f"{x}>={low}"
    if comp is Comparator.GT:
        return f"{x}>{low}"
    if comp is Comparator.LE:
        return f"{x}<={high}"
    if comp is Comparator.LT:
        return f"{x}<{high}"
    if comp is Comparator.RANGE:
        if d is Direction.HIGHER_IS_BETTER:
            return f"{x}>={low}"
        if d is Direction.LOWER_IS_BETTER:
            return f"{x}<={high}"
        return f"AND({x}>={low},{x}<={high})"
    if d is Direction.HIGHER_IS_BETTER:
        return f"{x}>={low}"
    if d is Direction.LOWER_IS_BETTER:
        return f"{x}<={low}"
    return f"{x}={low}"


def _method(metric: Metric, lang: str) -> str:
    if metric.kind is Kind.AVERAGE_ANNUAL_GROWTH:
        return t("method_level" if metric.input is not GrowthInput.RATE else "method_rate", lang)
    if metric.kind is Kind.CUMULATIVE_OVER_TERM:
        return t("method_sum", lang)
    if reduction_from_levels(metric):
        return t("method_reduction", lang)
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        return t("method_each", lang)
    if metric.kind is Kind.OTHER:
        return t("method_manual", lang)
    return t("method_last", lang)


def _target_sheet(ws: Worksheet, review: ReviewData, rows: list[Row]) -> dict[int, Block]:
    lang = review.lang
    target = rows[0].target if rows else None
    blocks: dict[int, Block] = {}
    if target is None:
        return blocks
    ws["A1"] = f"{t('target_cap', lang)} {target.no}: {target.text}"
    ws["A1"].font = Font(name=FONT, size=13, bold=True)
    ws["A1"].alignment = WRAP_LEFT
    ws.merge_cells("A1:G1")
    ws.row_dimensions[1].height = 48
    for col, width in zip("ABCDEFG", (30, 16, 14, 14, 40, 18, 16), strict=True):
        ws.column_dimensions[col].width = width
    r = 3
    for row in rows:
        assert row.result is not None and row.series is not None
        block = Block(ws.title)
        r = _measure_block(ws, review, row, row.result, row.series, block, r) + 2
        blocks[id(row)] = block
    return blocks


def _measure_block(
    ws: Worksheet,
    review: ReviewData,
    row: Row,
    m: MetricResult,
    s: MeasureSeries,
    block: Block,
    r: int,
) -> int:
    """Write one measure's block from row ``r``; return its last row."""
    lang, metric = review.lang, m.metric
    _put(ws, f"A{r}", f"{row.no}. {metric.name}", bold=True)
    bound = s.required_goal if s.required_goal is not None else s.goal
    facts: list[tuple[str, object]] = [
        (t("sheet_unit", lang), metric.unit),
        (t("sheet_goal", lang), row.goal),
        (t("sheet_bound", lang), bound),
        (t("sheet_end_year", lang), metric.end_year),
        (t("sheet_method", lang), _method(metric, lang)),
    ]
    cells: dict[str, str] = {}
    for i, (label, value) in enumerate(facts, start=1):
        _put(ws, f"A{r + i}", label)
        _put(ws, f"B{r + i}", value)
        cells[label] = f"B{r + i}"
    bound_cell = cells[t("sheet_bound", lang)]
    end_cell = cells[t("sheet_end_year", lang)]
    r += len(facts) + 1
    helper = _helper_title(metric, lang)
    titles = ["sheet_year", "sheet_value", "sheet_stage", "sheet_as_of", "sheet_source"]
    for col, key in zip("ABCDE", titles, strict=True):
        _put(ws, f"{col}{r}", t(key, lang), bold=True)
    if helper:
        _put(ws, f"F{r}", helper, bold=True)
    if reduction_from_levels(metric):
        _put(ws, f"G{r}", t("sheet_met", lang), bold=True)
    r += 1
    base_row = 0
    if s.baseline is not None:
        base_row = r
        base = s.baseline
        _put(ws, f"A{r}", base.year)
        _put(ws, f"B{r}", base.value, fmt=_number_format(_digits(base.value)))
        stage = _stage_name(base.stage.value, lang) if base.stage else ""
        _put(ws, f"C{r}", ", ".join(x for x in (t("sheet_baseline", lang), stage) if x))
        _put(ws, f"D{r}", base.as_of, fmt="dd/mm/yyyy")
        _put(ws, f"E{r}", base.source)
        r += 1
    first = r
    for year in s.years:
        block.year_row[year] = r
        _put(ws, f"A{r}", year)
        p = s.points.get(year)
        if p is not None:
            _put(ws, f"B{r}", p.value, fmt=_number_format(_digits(p.value)))
            stage = _stage_name(p.stage.value, lang) if p.stage else t("sheet_counted", lang)
            _put(ws, f"C{r}", stage)
            _put(ws, f"D{r}", p.as_of, fmt="dd/mm/yyyy")
            _put(ws, f"E{r}", p.source)
        _helper_cells(ws, metric, r, first, base_row, s)
        r += 1
    last = r - 1
    values, helpers = f"B{first}:B{last}", f"F{first}:F{last}"
    years = f"A{first}:A{last}"
    if reduction_from_levels(metric):
        block.reduction_col = "F"
    r += 1
    if s.current is not None and s.current.period is not None:
        _put(ws, f"A{r}", t("sheet_current", lang, period=period_phrase(s.current.period, lang)))
        mark = stage_mark(s.current.stage, lang)
        _put(ws, f"B{r}", s.current.value, fmt=_number_format(_digits(s.current.value), mark))
        block.current = f"B{r}"
        r += 1
    published = ""
    if s.term is not None:
        _put(ws, f"A{r}", t("sheet_published", lang))
        mark = stage_mark(s.term.stage, lang)
        _put(ws, f"B{r}", s.term.value, fmt=_number_format(_digits(s.term.value), mark))
        published = f"B{r}"
        r += 1
    if metric.kind is Kind.OTHER:
        return _judged(ws, m, r, lang)
    computed, rounded = _computed_formula(metric, values, helpers, years, base_row)
    dec_fmt = _number_format(metric.decimals)
    _put(ws, f"A{r}", t("sheet_computed", lang))
    _formula(ws, f"B{r}", computed, fmt=dec_fmt if rounded else "#,##0.######")
    comp_cell = f"B{r}"
    r += 1
    outcome = f"ROUND({comp_cell},{metric.decimals})" if _rounds(metric) else comp_cell
    if published:
        outcome = f"IF(ISNUMBER({published}),{published},{outcome})"
    _put(ws, f"A{r}", t("sheet_outcome", lang), bold=True)
    _formula(ws, f"B{r}", f"={outcome}", bold=True, fmt=_shown_format(row.outcome, lang))
    block.outcome = f"B{r}"
    r += 1
    if row.ratio is not None:
        _put(ws, f"A{r}", t("sheet_ratio", lang))
        _formula(ws, f"B{r}", f"={block.outcome}/{bound_cell}*100", fmt="0.0")
        block.ratio = f"B{r}"
        r += 1
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        met = f"G{first}:G{last}" if reduction_from_levels(metric) else helpers
        _put(ws, f"A{r}", t("sheet_held", lang))
        _formula(ws, f"B{r}", f"=SUM({met})")
        r += 1
    required = _required_formula(m, s, values, helpers, years, base_row, bound_cell, end_cell)
    if required:
        _put(ws, f"A{r}", t("sheet_required", lang))
        _formula(ws, f"B{r}", required, fmt=_per_year_format(m, lang))
        block.required = f"B{r}"
        r += 1
    return _judged(ws, m, r, lang)


def _stage_name(stage: str, lang: str) -> str:
    names = {
        "estimate": ("ước", "estimate"),
        "preliminary": ("sơ bộ", "preliminary"),
        "official": ("chính thức", "official"),
        "plan": ("kế hoạch", "plan"),
    }
    return names[stage][0 if lang == "vi" else 1]


def _judged(ws: Worksheet, m: MetricResult, r: int, lang: str) -> int:
    _put(ws, f"A{r}", t("sheet_status", lang))
    _put(ws, f"B{r}", (m.assessed or m.status).label(lang, m.final))
    if m.forecast is not None:
        _put(ws, f"A{r + 1}", t("sheet_forecast", lang))
        _put(ws, f"B{r + 1}", m.forecast.cls.label(lang))
        return r + 1
    return r


def _helper_title(metric: Metric, lang: str) -> str:
    if metric.kind is Kind.AVERAGE_ANNUAL_GROWTH and metric.input is GrowthInput.RATE:
        return t("sheet_factor", lang)
    if reduction_from_levels(metric):
        return t("sheet_reduction", lang)
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        return t("sheet_met", lang)
    return ""


def _helper_cells(
    ws: Worksheet, metric: Metric, r: int, first: int, base_row: int, s: MeasureSeries
) -> None:
    """The per-year helper formulas: growth factors, reductions, the year's verdict."""
    if metric.kind is Kind.AVERAGE_ANNUAL_GROWTH and metric.input is GrowthInput.RATE:
        _formula(ws, f"F{r}", f'=IF(ISNUMBER(B{r}),1+B{r}/100,"")', fmt="0.0000")
    elif reduction_from_levels(metric):
        # the first year falls from the baseline, and only from the year just before
        has_previous = r > first or (
            base_row and s.baseline is not None and s.baseline.year == s.years[0] - 1
        )
        if has_previous:
            prev, dec = f"B{r - 1}", metric.decimals
            _formula(
                ws,
                f"F{r}",
                f"=IF(AND(ISNUMBER({prev}),ISNUMBER(B{r}),{prev}<>0),"
                f'ROUND(({prev}-B{r})/ABS({prev})*100,{dec}),"")',
                fmt=_number_format(dec),
            )
            _formula(ws, f"G{r}", f'=IF(ISNUMBER(F{r}),IF({_met(metric, f"F{r}")},1,0),"")')
    elif metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        _formula(ws, f"F{r}", f'=IF(ISNUMBER(B{r}),IF({_met(metric, f"B{r}")},1,0),"")')


def _rounds(metric: Metric) -> bool:
    """Whether the value judged is the computed one rounded (averages), not a figure."""
    return metric.kind is Kind.AVERAGE_ANNUAL_GROWTH


def _computed_formula(
    metric: Metric, values: str, helpers: str, years: str, base_row: int
) -> tuple[str, bool]:
    """The formula of what the measure is judged on, and whether it is already rounded."""
    dec = metric.decimals
    if metric.kind is Kind.AVERAGE_ANNUAL_GROWTH:
        if metric.input is GrowthInput.RATE:
            return f"=(PRODUCT({helpers})^(1/COUNT({helpers}))-1)*100", False
        base = f"B{base_row}"
        last, last_year = f"LOOKUP({LAST},{values})", f"LOOKUP({LAST},{values},{years})"
        return f"=(({last}/{base})^(1/({last_year}-A{base_row}))-1)*100", False
    if metric.kind is Kind.CUMULATIVE_OVER_TERM:
        return f"=SUM({values})", False
    if reduction_from_levels(metric):
        return f"=ROUND(AVERAGE({helpers}),{dec})", True
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        return f"=ROUND(AVERAGE({values}),{dec})", True
    return f"=LOOKUP({LAST},{values})", False


def _required_formula(
    m: MetricResult,
    s: MeasureSeries,
    values: str,
    helpers: str,
    years: str,
    base_row: int,
    bound: str,
    end: str,
) -> str:
    """The formula of what each remaining year needs, as the engine's forecast computes it."""
    f, metric = m.forecast, m.metric
    if f is None or f.required is None or f.method in ("already_met", "yearly_record"):
        return ""
    n = len(s.years)
    if f.method == "compound_required_rate":
        if metric.input is GrowthInput.RATE:
            return f"=(((1+{bound}/100)^{n}/PRODUCT({helpers}))^(1/({n}-COUNT({helpers})))-1)*100"
        base = f"B{base_row}"
        last, last_year = f"LOOKUP({LAST},{values})", f"LOOKUP({LAST},{values},{years})"
        needed = f"((1+{bound}/100)^({end}-A{base_row})/({last}/{base}))"
        return f"=({needed}^(1/({end}-{last_year}))-1)*100"
    if f.method == "cumulative_pace":
        return f"=({bound}-SUM({values}))/({n}-COUNT({values}))"
    last, last_year = f"LOOKUP({LAST},{values})", f"LOOKUP({LAST},{values},{years})"
    return f"=({bound}-{last})/({end}-{last_year})"


def _summary(ws: Worksheet, review: ReviewData, blocks: dict[int, Block]) -> None:
    cols = review.columns
    width = len(cols)
    end_col = get_column_letter(width)
    for i, line in enumerate([*review.title, review.notes[0]], start=1):
        _put(ws, f"A{i}", line, bold=i <= 2)
        ws[f"A{i}"].alignment = Alignment(horizontal="center", wrap_text=True)
        ws.merge_cells(f"A{i}:{end_col}{i}")
    top = len(review.title) + 3
    for c, col in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(c)].width = col.width_mm / 1.9
    c = 1
    while c <= width:
        col = cols[c - 1]
        letter = get_column_letter(c)
        if not col.group:
            _head(ws, f"{letter}{top}", col.title)
            _head(ws, f"{letter}{top + 1}", "")
            ws.merge_cells(f"{letter}{top}:{letter}{top + 1}")
            c += 1
            continue
        j = c
        while j < width and cols[j].group == col.group:
            j += 1
        for k in range(c, j + 1):
            _head(ws, f"{get_column_letter(k)}{top}", col.group if k == c else "")
            _head(ws, f"{get_column_letter(k)}{top + 1}", cols[k - 1].title)
        if j > c:
            ws.merge_cells(f"{letter}{top}:{get_column_letter(j)}{top}")
        c = j + 1
    r = top + 2
    for row in review.rows:
        block = blocks.get(id(row))
        for c, col in enumerate(cols, start=1):
            cell = f"{get_column_letter(c)}{r}"
            _summary_cell(ws, cell, review, row, col.key, block)
            ws[cell].border = GRID
            ws[cell].alignment = WRAP_LEFT if col.key == "name" else WRAP
        r += 1
    ws.freeze_panes = f"C{top + 2}"
    r += 1
    for text in [*review.judgement, *review.notes[1:]]:
        _put(ws, f"A{r}", text)
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(f"A{r}:{end_col}{r}")
        ws.row_dimensions[r].height = 15 * (1 + len(text) // 180)
        r += 1
    if review.late_tasks:
        _put(ws, f"A{r + 1}", t("late_tasks", review.lang), bold=True)
        r += 2
        for task in review.late_tasks:
            text = task_line_text(task, review.lang)
            _put(ws, f"A{r}", f"- {text}")
            ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(f"A{r}:{end_col}{r}")
            ws.row_dimensions[r].height = 15 * (1 + len(text) // 180)
            r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    ws.print_title_rows = f"{top}:{top + 1}"


def _head(ws: Worksheet, cell: str, text: str) -> None:
    _put(ws, cell, text, bold=True)
    ws[cell].alignment = WRAP
    ws[cell].border = GRID


def _summary_cell(
    ws: Worksheet, cell: str, review: ReviewData, row: Row, key: str, block: Block | None
) -> None:
    lang = review.lang
    text, _ = review.cell(row, key)
    if row.heading or block is None or key in ("no", "name", "unit", "goal", "status"):
        _put(ws, cell, text, bold=row.heading)
        return
    if key.startswith("year:") or key == "current":
        year = int(key[5:]) if key.startswith("year:") else review.column_period.year
        shown = row.years[review.years.index(year)] if key != "current" else row.current
        if key == "current" and not review.column_period.is_annual and block.current:
            _formula(ws, cell, block.ref(block.current), fmt=_shown_format(shown, lang))
            return
        line = block.year_row.get(year)
        if line is None or shown.value is None:
            _put(ws, cell, "–")
            return
        column = block.reduction_col or "B"
        _formula(ws, cell, block.ref(f"{column}{line}"), fmt=_shown_format(shown, lang))
        return
    if key == "outcome" and block.outcome:
        _formula(ws, cell, block.ref(block.outcome), fmt=_shown_format(row.outcome, lang))
    elif key == "ratio" and block.ratio:
        _formula(ws, cell, block.ref(block.ratio), fmt="0.0")
    elif key == "required" and block.required:
        assert row.result is not None
        _formula(ws, cell, block.ref(block.required), fmt=_per_year_format(row.result, lang))
    else:
        _put(ws, cell, text)


def _per_year_format(m: MetricResult, lang: str) -> str:
    """A requirement's format: the number with its unit per year ("8,35%/năm")."""
    rate = m.forecast is not None and m.forecast.required_kind == "rate"
    unit = "%" if rate else m.metric.unit
    return _number_format(2, unit=f"{unit}/{'năm' if lang == 'vi' else 'year'}")
