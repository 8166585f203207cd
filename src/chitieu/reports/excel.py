"""The review as an Excel workbook, ready for further work.

Sheet 1 ("Tổng hợp") is the table of the document; every number in it is a reference to
a target sheet ("CT01", "CT02" …), which holds each measure's series (one row per year of
the term, empty years left for later figures) and computes what the document states with
Excel formulas: the compound average, the sum, the latest level, the yearly reductions,
the percentage of the target and the rate the remaining years need. Change a figure in a
target sheet and the summary follows. Statuses and forecasts are chitieu's judgement when
the workbook was made and are written as text.

Every formula is stored with its value, taken from the core's evaluation (never computed
again here), so a reader that does not compute formulas shows the same numbers as Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from xlsxwriter.utility import xl_col_to_name

from chitieu.evaluation.kinds import rule_of
from chitieu.evaluation.kinds.base import Cells, YearRow, decimals_format
from chitieu.evaluation.results import MetricResult
from chitieu.evaluation.statuses import STATUS_CODES, status_code_formula
from chitieu.reports.labels import period_phrase, stage_mark, t
from chitieu.reports.review import (
    Column,
    MeasureSeries,
    Point,
    ReviewData,
    Row,
    Shown,
    task_line_text,
)
from chitieu.reports.xlsxbook import Book, Result, Sheet
from chitieu.reports.xlsxformulas import required_formula
from chitieu.rounding import round_formula
from chitieu.targets.model import Tolerance

WRAP: dict[str, Any] = {"text_wrap": True, "valign": "vcenter", "align": "center"}
WRAP_LEFT: dict[str, Any] = {"text_wrap": True, "valign": "vcenter", "align": "left"}
GRID: dict[str, Any] = {"border": 1}


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


def render_xlsx(review: ReviewData) -> bytes:
    """The .xlsx file's bytes."""
    book = Book()
    summary = book.sheet(t("summary_sheet", review.lang))
    blocks: dict[int, Block] = {}  # id(row) → its block
    prefix = t("sheet_prefix", review.lang)
    for tr in review.result.targets:
        rows = [r for r in review.rows if r.target is tr.target and not r.heading]
        blocks |= _target_sheet(book.sheet(f"{prefix}{tr.target.no:02d}"), review, rows)
    _summary(summary, review, blocks)  # last: it shows the values of the target sheets
    return book.close()


def _number_format(decimals: int, mark: str = "", unit: str = "") -> str:
    fmt = decimals_format(decimals)
    suffix = " ".join(p for p in (unit, f"({mark})" if mark else "") if p)
    return fmt + (f' "{suffix}"' if suffix else "")


def _digits(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _shown_format(shown: Shown, lang: str) -> str:
    decimals = shown.decimals if shown.decimals is not None else _digits(shown.value or Decimal(0))
    return _number_format(decimals, shown.mark(lang))


def _target_sheet(ws: Sheet, review: ReviewData, rows: list[Row]) -> dict[int, Block]:
    lang = review.lang
    target = rows[0].target if rows else None
    blocks: dict[int, Block] = {}
    if target is None:
        return blocks
    title = f"{t('target_cap', lang)} {target.no}: {target.text}"
    ws.merge("A1:G1", title, bold=True, font_size=13, **WRAP_LEFT)
    ws.ws.set_row(0, 48)
    for col, width in zip("ABCDEFGH", (30, 16, 14, 14, 40, 18, 16, 16), strict=True):
        ws.ws.set_column(f"{col}:{col}", width)
    r = 3
    for row in rows:
        assert row.result is not None and row.series is not None
        block = Block(ws.name)
        r = _measure_block(ws, review, row, block, r) + 2
        blocks[id(row)] = block
    return blocks


def _facts(ws: Sheet, row: Row, lang: str, r: int) -> tuple[str, str]:
    """The measure's unit, target, level to reach, end year and method, from row ``r``;
    returns the cells of the level to reach and of the end year."""
    assert row.result is not None and row.series is not None
    metric, s = row.result.metric, row.series
    bound = s.required_goal if s.required_goal is not None else s.goal
    facts: list[tuple[str, object]] = [
        (t("sheet_unit", lang), metric.unit),
        (t("sheet_goal", lang), row.goal),
        (t("sheet_bound", lang), bound),
        (t("sheet_end_year", lang), metric.end_year),
        (t("sheet_method", lang), t(rule_of(metric).method(metric), lang)),
    ]
    for i, (label, value) in enumerate(facts, start=1):
        ws.put(f"A{r + i}", label)
        ws.put(f"B{r + i}", value)
    return f"B{r + 3}", f"B{r + 4}"


def _point(ws: Sheet, r: int, p: Point, stage: str) -> None:
    """One year's figure: year, value, stage, date reported, source."""
    ws.put(f"A{r}", p.year)
    ws.put(f"B{r}", p.value, fmt=_number_format(_digits(p.value)))
    ws.put(f"C{r}", stage)
    ws.put(f"D{r}", p.as_of, fmt="dd/mm/yyyy")
    ws.put(f"E{r}", p.source)


def _series(
    ws: Sheet, row: Row, block: Block, r: int, lang: str, tolerance: Tolerance | None
) -> tuple[int, int, int]:
    """The column titles and one row per year (the baseline year above them where a
    formula needs it), with the helper formulas; returns (baseline row, first, last)."""
    assert row.result is not None and row.series is not None
    m, s = row.result, row.series
    metric = m.metric
    titles = ["sheet_year", "sheet_value", "sheet_stage", "sheet_as_of", "sheet_source"]
    for col, key in zip("ABCDE", titles, strict=True):
        ws.put(f"{col}{r}", t(key, lang), bold=True)
    rule = rule_of(metric)
    for col, key in rule.titles(metric).items():
        ws.put(f"{col}{r}", t(key, lang), bold=True)
    block.reduction_col = rule.shown_column(metric)
    r += 1
    base_row = 0
    if s.baseline is not None:
        base_row = r
        stage = _stage_name(s.baseline.stage.value, lang) if s.baseline.stage else ""
        _point(ws, r, s.baseline, ", ".join(x for x in (t("sheet_baseline", lang), stage) if x))
        r += 1
    first = r
    for year in s.years:
        block.year_row[year] = r
        ws.put(f"A{r}", year)
        if (p := s.points.get(year)) is not None:
            stage = _stage_name(p.stage.value, lang) if p.stage else t("sheet_counted", lang)
            _point(ws, r, p, stage)
        # the first year falls from the baseline, and only from the year just before
        previous = r > first or bool(base_row and s.baseline and s.baseline.year == year - 1)
        at = YearRow(year, r, p.value if p is not None else None, previous)
        for cell in rule.year_cells(m, at, tolerance):
            ws.formula(f"{cell.column}{r}", cell.formula, cell.value, fmt=cell.fmt)
        r += 1
    return base_row, first, r - 1


def _measure_block(ws: Sheet, review: ReviewData, row: Row, block: Block, r: int) -> int:
    """Write one measure's block from row ``r``; return its last row."""
    assert row.result is not None and row.series is not None
    lang, m = review.lang, row.result
    metric = m.metric
    rule = rule_of(metric)
    tolerance = metric.tolerance or review.plan.tolerance
    ws.put(f"A{r}", f"{row.no}. {metric.name}", bold=True)
    bound_cell, end_cell = _facts(ws, row, lang, r)
    base_row, first, last = _series(ws, row, block, r + 6, lang, tolerance)
    cells = Cells(first, last, base_row)
    r, published = _given(ws, row.series, block, last + 2, lang)
    if not rule.judged:
        return _judged(ws, m, r, lang, "")
    r = _outcome(ws, row, block, cells, published, r, lang)
    r = _progress(ws, row, block, cells, (bound_cell, end_cell), r, lang)
    if rule.code_column(metric):  # the worst year decides
        col = rule.code_column(metric)
        code = f"MAX({col}{first}:{col}{last})"
    else:
        code = status_code_formula(metric, tolerance, block.outcome)
    return _judged(ws, m, r, lang, code)


def _given(ws: Sheet, s: MeasureSeries, block: Block, r: int, lang: str) -> tuple[int, str]:
    """The part-year figure of this period and a figure published for the whole term,
    from row ``r``; returns the next row and the published figure's cell ("" if none)."""
    if s.current is not None and s.current.period is not None:
        ws.put(f"A{r}", t("sheet_current", lang, period=period_phrase(s.current.period, lang)))
        mark = stage_mark(s.current.stage, lang)
        ws.put(f"B{r}", s.current.value, fmt=_number_format(_digits(s.current.value), mark))
        block.current = f"B{r}"
        r += 1
    if s.term is None:
        return r, ""
    ws.put(f"A{r}", t("sheet_published", lang))
    mark = stage_mark(s.term.stage, lang)
    ws.put(f"B{r}", s.term.value, fmt=_number_format(_digits(s.term.value), mark))
    return r + 1, f"B{r}"


def _outcome(
    ws: Sheet, row: Row, block: Block, cells: Cells, published: str, r: int, lang: str
) -> int:
    """The value computed from the years and the value judged, from row ``r``."""
    assert row.result is not None
    m = row.result
    metric, rule = m.metric, rule_of(m.metric)
    computed, rounded = rule.computed_formula(metric, cells)
    ws.put(f"A{r}", t("sheet_computed", lang))
    fmt = _number_format(metric.decimals) if rounded else "#,##0.######"
    ws.formula(f"B{r}", computed, _computed_value(m), fmt=fmt)
    outcome = round_formula(f"B{r}", metric.decimals) if rule.rounds else f"B{r}"
    if published:
        outcome = f"IF(ISNUMBER({published}),{published},{outcome})"
    r += 1
    ws.put(f"A{r}", t("sheet_outcome", lang), bold=True)
    value = m.value if m.value is not None else _computed_value(m)
    ws.formula(f"B{r}", f"={outcome}", value, bold=True, fmt=_shown_format(row.outcome, lang))
    block.outcome = f"B{r}"
    return r + 1


def _progress(
    ws: Sheet, row: Row, block: Block, cells: Cells, facts: tuple[str, str], r: int, lang: str
) -> int:
    """The percentage of the target, the years held and what the remaining years need."""
    assert row.result is not None and row.series is not None
    m = row.result
    bound_cell, end_cell = facts
    if row.ratio is not None:
        ws.put(f"A{r}", t("sheet_ratio", lang))
        ws.formula(f"B{r}", f"={block.outcome}/{bound_cell}*100", row.ratio, fmt="0.0")
        block.ratio = f"B{r}"
        r += 1
    if met := rule_of(m.metric).met_column(m.metric):
        ws.put(f"A{r}", t("sheet_held", lang))
        held = sum(1 for c in m.years if c.status.is_met)
        ws.formula(f"B{r}", f"=SUM({met}{cells.first}:{met}{cells.last})", held)
        r += 1
    required = required_formula(m, row.series, cells, bound_cell, end_cell)
    if required and m.forecast is not None:
        ws.put(f"A{r}", t("sheet_required", lang))
        fmt = _per_year_format(m, lang)
        ws.formula(f"B{r}", required, m.forecast.required, fmt=fmt)
        block.required = f"B{r}"
        r += 1
    return r


def _computed_value(m: MetricResult) -> Result:
    """What the "computed from the years" formula gives: the core's computed value (the
    latest figure for a level), or what Excel gives for the formula over no figures."""
    if m.computed is not None:
        return m.computed
    return rule_of(m.metric).empty_value(m)


def _stage_name(stage: str, lang: str) -> str:
    names = {
        "estimate": ("ước", "estimate"),
        "preliminary": ("sơ bộ", "preliminary"),
        "official": ("chính thức", "official"),
        "plan": ("kế hoạch", "plan"),
    }
    return names[stage][0 if lang == "vi" else 1]


def _judged(ws: Sheet, m: MetricResult, r: int, lang: str, code: str) -> int:
    """The status, and the forecast under it. With ``code`` (an Excel status code: 0
    exceeded … 3 not achieved) the status is a formula over the sheet's figures, stored
    with the core's status: change a figure and the status follows."""
    ws.put(f"A{r}", t("sheet_status", lang))
    label = (m.assessed or m.status).label(lang, m.final)
    if code and m.status in STATUS_CODES[:4]:
        words = ",".join(f'"{s.label(lang, m.final)}"' for s in STATUS_CODES[:4])
        ws.formula(f"B{r}", f"=CHOOSE({code}+1,{words})", label)
    else:
        ws.put(f"B{r}", label)
    if m.forecast is not None:
        ws.put(f"A{r + 1}", t("sheet_forecast", lang))
        ws.put(f"B{r + 1}", m.forecast.cls.label(lang))
        return r + 1
    return r


def _summary(ws: Sheet, review: ReviewData, blocks: dict[int, Block]) -> None:
    cols = review.columns
    width = len(cols)
    end_col = xl_col_to_name(width - 1)
    first = _header_block(ws, review, end_col) + 1
    for i, line in enumerate([*review.title, review.notes[0]]):
        r = first + i
        ws.merge(f"A{r}:{end_col}{r}", line, bold=i < 2, align="center", text_wrap=True)
    top = first + len(review.title) + 2
    for c, col in enumerate(cols):
        ws.ws.set_column(c, c, col.width_mm / 1.9)
    _summary_header(ws, cols, top)
    r = top + 2
    for row in review.rows:
        block = blocks.get(id(row))
        for c, col in enumerate(cols):
            style = GRID | (WRAP_LEFT if col.key == "name" else WRAP)
            cell = f"{xl_col_to_name(c)}{r}"
            _summary_cell(ws, cell, review, row, col.key, block, style)
        r += 1
    ws.ws.freeze_panes(f"C{top + 2}")
    r = _paragraphs(ws, [*review.judgement, *review.notes[1:]], r + 1, end_col)
    if review.late_tasks:
        ws.put(f"A{r + 1}", t("late_tasks", review.lang), bold=True)
        late = [f"- {task_line_text(x, review.lang)}" for x in review.late_tasks]
        _paragraphs(ws, late, r + 2, end_col)
    ws.ws.set_landscape()
    ws.ws.set_paper(9)  # A4
    ws.ws.fit_to_pages(1, 0)
    ws.ws.repeat_rows(top - 1, top)


def _header_block(ws: Sheet, review: ReviewData, end_col: str) -> int:
    """The issuing body and the number over columns A–C, the heading (the Party's, or the
    national motto) and the place and date over the rest; returns the row after it."""
    h = review.header
    left = [(x.text, {"bold": x.bold}) for x in h.issuer]
    left += [("*" if h.party else "", {}), (h.number, {})]
    right = [(x, {"bold": True, "underline": h.party}) for x in h.heading]
    right += [(h.dateline, {"italic": True})]
    for r in range(1, max(len(left), len(right)) + 1):
        for cells, lines in ((f"A{r}:C{r}", left), (f"D{r}:{end_col}{r}", right)):
            text, style = lines[r - 1] if r <= len(lines) else ("", {})
            ws.merge(cells, text, align="center", **style)
    return max(len(left), len(right)) + 1


def _paragraphs(ws: Sheet, texts: list[str], r: int, end_col: str) -> int:
    """Texts one per row across the table's width, from row ``r``; the row after them."""
    for text in texts:
        ws.merge(f"A{r}:{end_col}{r}", text, text_wrap=True, valign="top")
        ws.ws.set_row(r - 1, 15 * (1 + len(text) // 180))
        r += 1
    return r


def _summary_header(ws: Sheet, cols: list[Column], top: int) -> None:
    """The two header rows: a column alone spans both, a group is merged above its own."""
    head = GRID | WRAP
    c = 0
    while c < len(cols):
        col, letter = cols[c], xl_col_to_name(c)
        if not col.group:
            ws.merge(f"{letter}{top}:{letter}{top + 1}", col.title, bold=True, **head)
            c += 1
            continue
        j = c
        while j + 1 < len(cols) and cols[j + 1].group == col.group:
            j += 1
        if j > c:
            ws.merge(f"{letter}{top}:{xl_col_to_name(j)}{top}", col.group, bold=True, **head)
        else:
            ws.put(f"{letter}{top}", col.group, bold=True, **head)
        for k in range(c, j + 1):
            ws.put(f"{xl_col_to_name(k)}{top + 1}", cols[k].title, bold=True, **head)
        c = j + 1


def _summary_cell(
    ws: Sheet,
    cell: str,
    review: ReviewData,
    row: Row,
    key: str,
    block: Block | None,
    style: dict[str, Any],
) -> None:
    lang = review.lang
    text, _ = review.cell(row, key)
    if row.heading or block is None or key in ("no", "name", "unit", "goal", "status"):
        ws.put(cell, text, bold=row.heading, **style)
        return
    if key.startswith("year:") or key == "current":
        year = int(key[5:]) if key.startswith("year:") else review.column_period.year
        shown = row.years[review.years.index(year)] if key != "current" else row.current
        fmt = _shown_format(shown, lang)
        if key == "current" and not review.column_period.is_annual and block.current:
            ws.reference(cell, block.sheet, block.current, fmt=fmt, **style)
            return
        line = block.year_row.get(year)
        if line is None or shown.value is None:
            ws.put(cell, "–", **style)
            return
        source = f"{block.reduction_col or 'B'}{line}"
        ws.reference(cell, block.sheet, source, fmt=fmt, **style)
        return
    if key == "outcome" and block.outcome:
        fmt = _shown_format(row.outcome, lang)
        ws.reference(cell, block.sheet, block.outcome, fmt=fmt, **style)
    elif key == "ratio" and block.ratio:
        ws.reference(cell, block.sheet, block.ratio, fmt="0.0", **style)
    elif key == "required" and block.required:
        assert row.result is not None
        fmt = _per_year_format(row.result, lang)
        ws.reference(cell, block.sheet, block.required, fmt=fmt, **style)
    else:
        ws.put(cell, text, **style)


def _per_year_format(m: MetricResult, lang: str) -> str:
    """A requirement's format: the number with its unit per year ("8,35%/năm")."""
    rate = m.forecast is not None and m.forecast.required_kind == "rate"
    unit = "%" if rate else m.metric.unit
    return _number_format(2, unit=f"{unit}/{'năm' if lang == 'vi' else 'year'}")
