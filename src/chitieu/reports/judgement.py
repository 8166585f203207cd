"""The judgement: what a review concludes, written from the statuses and forecasts.

It follows the wording of the offices' own reviews: "Đạt và vượt 18/20 chỉ tiêu …; không
đạt 2 chỉ tiêu: …", each shortfall with its value, the target and the gap, then (before
the end of the term) the targets at risk with what the remaining years need.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from chitieu.evaluation.results import MetricResult, TargetResult
from chitieu.evaluation.statuses import SHORT, ForecastClass, Status, target_text
from chitieu.figures.model import Figure, Stage
from chitieu.reports.labels import period_phrase, stage_mark
from chitieu.reports.reviewdata import (
    ReviewData,
    ReviewKind,
    as_of_text,
    least_final_stage,
    ratio_applies,
    reduction_from_levels,
    requirement,
    target_side,
)
from chitieu.targets.model import Kind
from chitieu.vnnumbers import format_vi

_SEVERITY = {ForecastClass.ON_TRACK: 0, ForecastClass.AT_RISK: 1, ForecastClass.OFF_TRACK: 2}


def judgement(review: ReviewData) -> list[str]:
    """The paragraphs of the judgement, the headline count first."""
    paragraphs = [_headline(review)]
    paragraphs += _shortfalls(review)
    paragraphs += _pending(review)
    if review.kind is not ReviewKind.FINAL:
        forecast = _forecast(review)
        if forecast:
            paragraphs.append(forecast)
    return paragraphs


def _targets(numbers: Iterable[int], lang: str) -> str:
    word = "chỉ tiêu" if lang == "vi" else "targets"
    return f"{word} {', '.join(str(n) for n in numbers)}"


def _headline(review: ReviewData) -> str:
    lang, result = review.lang, review.result
    exceeded = [t.target.no for t in result.targets if t.status is Status.EXCEEDED]
    achieved = [t.target.no for t in result.targets if t.status is Status.ACHIEVED]
    vi = lang == "vi"
    text = result.headline(lang) + (
        " chủ yếu Nghị quyết đề ra" if vi else " among the resolution's main targets"
    )
    if review.kind is not ReviewKind.FINAL:
        text += f", {'tính đến' if vi else 'as of'} {period_phrase(review.period, lang)}"
    parts = []
    if exceeded:
        parts.append(
            f"vượt {len(exceeded)} chỉ tiêu ({_targets(exceeded, lang)})"
            if vi
            else f"{len(exceeded)} exceeded ({_targets(exceeded, lang)})"
        )
    if achieved:
        parts.append(
            f"đạt {len(achieved)} chỉ tiêu ({_targets(achieved, lang)})"
            if vi
            else f"{len(achieved)} achieved ({_targets(achieved, lang)})"
        )
    if parts:
        text += ("; trong đó " if vi else ": ") + (" và " if vi else " and ").join(parts)
    return text + "."


def _shortfalls(review: ReviewData) -> list[str]:
    """One paragraph per kind of shortfall: nearly achieved, not achieved, not yet."""
    lang = review.lang
    groups: dict[str, list[TargetResult]] = {}
    for tr in review.result.targets:
        if tr.status in SHORT:
            groups.setdefault(tr.status.label(lang, tr.final), []).append(tr)
    order = ["xấp xỉ đạt", "không đạt", "chưa đạt"]
    order += ["nearly achieved", "not achieved", "not yet achieved"]
    out = []
    for label in sorted(groups, key=order.index):
        targets = groups[label]
        items = "; ".join(_target_item(tr, lang) for tr in targets)
        if lang == "vi":
            out.append(f"{label.capitalize()} {len(targets)} chỉ tiêu: {items}.")
        else:
            out.append(f"{len(targets)} {_plural(len(targets))} {label}: {items}.")
    return out


def _plural(n: int) -> str:
    return "target" if n == 1 else "targets"


def _target_item(tr: TargetResult, lang: str) -> str:
    word = "chỉ tiêu" if lang == "vi" else "target"
    short = [m for m in tr.metrics if m.effective_status in SHORT]
    return f"{word} {tr.target.no} – " + ", ".join(_measure_gap(m, lang) for m in short)


def _with_unit(text: str, unit: str) -> str:
    return text + unit if unit.startswith("%") else f"{text} {unit}"


def _number(value: Decimal, lang: str) -> str:
    return format_vi(value, locale="vi" if lang == "vi" else "en")


def _measure_gap(m: MetricResult, lang: str) -> str:
    """A shortfall with its numbers: "Tỷ lệ lao động qua đào tạo: 64,5% so với mục tiêu
    ≥ 65% (thấp hơn 0,5 điểm %, bằng 99,2% mục tiêu)"."""
    metric, vi = m.metric, lang == "vi"
    if metric.kind is Kind.OTHER:
        manual = metric.manual
        reason = manual.reason if manual else ""
        by = manual.by if manual and manual.by else "—"
        return (
            f"{metric.name}: "
            + (f"theo đánh giá của {by}: " if vi else f"assessed by {by}: ")
            + reason
        )
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        unit = "%" if reduction_from_levels(metric) else metric.unit
        missed = ", ".join(
            f"{c.year} ({_with_unit(_number(c.value, lang), unit)})"
            for c in m.years
            if not c.status.is_met
        )
        wanted = target_text(metric, lang)
        if vi:
            return f"{metric.name}: mục tiêu {wanted} mỗi năm, năm không đạt: {missed}"
        return f"{metric.name}: target {wanted} every year, years missed: {missed}"
    assert m.value is not None
    shown = metric.decimals if m.computed is not None and m.published is None else None
    value = format_vi(m.value, shown, locale="vi" if vi else "en")
    mark = stage_mark(least_final_stage(m), lang)
    text = f"{metric.name}: {_with_unit(value, metric.unit)}" + (f" ({mark})" if mark else "")
    text += f" {'so với mục tiêu' if vi else 'against the target'} {target_text(metric, lang)}"
    details = []
    if m.gap is not None:  # the engine's gap: which side of the bound, how far
        side, amount = m.gap.side, m.gap.amount
        if metric.unit.startswith("%"):  # a gap between percentages is in points
            amount_text = f"{_number(amount, lang)} {'điểm %' if vi else 'percentage points'}"
        else:
            amount_text = _with_unit(_number(amount, lang), metric.unit)
        if side == "below":
            details.append(f"thấp hơn {amount_text}" if vi else f"{amount_text} short")
        elif side == "above":
            details.append(f"cao hơn {amount_text}" if vi else f"{amount_text} over")
        else:
            details.append("chưa vượt ngưỡng" if vi else "at the limit, not beyond it")
    goal = target_side(metric, m.value)
    if ratio_applies(metric) and goal:
        ratio = format_vi(m.value / goal * 100, 1, locale="vi" if vi else "en")
        details.append(f"bằng {ratio}% mục tiêu" if vi else f"{ratio}% of the target")
    return text + (f" ({', '.join(details)})" if details else "")


def _pending(review: ReviewData) -> list[str]:
    lang, vi = review.lang, review.lang == "vi"
    no_data = [t.target.no for t in review.result.targets if t.status is Status.NO_DATA]
    manual = [t.target.no for t in review.result.targets if t.status is Status.MANUAL]
    out = []
    if no_data:
        out.append(
            f"Chưa có số liệu để đánh giá {len(no_data)} chỉ tiêu: {_targets(no_data, lang)}."
            if vi
            else f"No figures yet for {len(no_data)} {_plural(len(no_data))}: "
            f"{_targets(no_data, lang)}."
        )
    if manual:
        out.append(
            f"Chờ đánh giá định tính {len(manual)} chỉ tiêu: {_targets(manual, lang)}."
            if vi
            else f"Awaiting a person's assessment: {_targets(manual, lang)}."
        )
    return out


def _target_outlook(tr: TargetResult) -> tuple[ForecastClass, list[MetricResult]] | None:
    """A target's forecast: the worst of its measures' (a measure already failed counts as
    off track), with the measures that set it."""
    classes: list[tuple[ForecastClass, MetricResult]] = []
    for m in tr.metrics:
        if m.forecast is not None:
            classes.append((m.forecast.cls, m))
        elif m.final and m.effective_status in SHORT:
            classes.append((ForecastClass.OFF_TRACK, m))
    if tr.final or not classes:
        return None
    worst = max((c for c, _ in classes), key=_SEVERITY.__getitem__)
    return worst, [m for c, m in classes if c is worst]


def _forecast(review: ReviewData) -> str:
    lang, vi = review.lang, review.lang == "vi"
    groups: dict[ForecastClass, list[tuple[TargetResult, list[MetricResult]]]] = {
        c: [] for c in ForecastClass
    }
    for tr in review.result.targets:
        outlook = _target_outlook(tr)
        if outlook is not None:
            groups[outlook[0]].append((tr, outlook[1]))
    if not any(groups.values()):
        return ""
    end = review.plan.end_year
    parts = []
    on = groups[ForecastClass.ON_TRACK]
    if on:
        parts.append(
            f"{len(on)} chỉ tiêu có khả năng đạt ({_targets((t.target.no for t, _ in on), lang)})"
            if vi
            else f"{len(on)} on track ({_targets((t.target.no for t, _ in on), lang)})"
        )
    for cls in (ForecastClass.AT_RISK, ForecastClass.OFF_TRACK):
        items = groups[cls]
        if not items:
            continue
        listed = "; ".join(_outlook_item(tr, ms, lang) for tr, ms in items)
        label = cls.label(lang)
        if vi:
            parts.append(f"{len(items)} chỉ tiêu {label}: {listed}")
        else:
            parts.append(f"{len(items)} {label}: {listed}")
    head = f"Dự báo đến năm {end}: " if vi else f"Forecast for {end}: "
    return head + "; ".join(parts) + "."


def _outlook_item(tr: TargetResult, measures: list[MetricResult], lang: str) -> str:
    word = "chỉ tiêu" if lang == "vi" else "target"
    return f"{word} {tr.target.no} – " + ", ".join(_need(m, lang) for m in measures)


def _need(m: MetricResult, lang: str) -> str:
    """A measure at risk with what it needs: "… (cần 8,35%/năm trong 2 năm còn lại)"."""
    vi, name = lang == "vi", m.metric.name
    failed = [str(c.year) for c in m.years if not c.status.is_met]
    if failed:
        years = ", ".join(failed)
        return f"{name} ({'đã có năm không đạt' if vi else 'already missed in'}: {years})"
    f = m.forecast
    if f is not None and f.method == "yearly_record":
        goal = target_text(m.metric, lang)
        return f"{name} ({'số liệu trong năm chưa đạt' if vi else 'part-year figure below'} {goal})"
    need = requirement(m, lang)
    if need is None:
        return name
    if vi:
        return f"{name} (cần {need[0]} trong {need[1]} năm còn lại)"
    return f"{name} (needs {need[0]} in the {need[1]} remaining years)"


def notes(review: ReviewData, known: Iterable[Figure]) -> list[str]:
    """The notes under the table: the date of the figures, the marks, the sources."""
    known = list(known)
    vi = review.lang == "vi"
    when = as_of_text(review, known)
    if vi:
        lines = [
            f"Số liệu đến ngày {when}"
            + (" (mọi số liệu đã báo cáo)." if review.as_of is None else "."),
            "“ước”: số ước thực hiện; “sơ bộ”: số sơ bộ; số không đánh dấu là số chính thức. "
            "Cột “Kết quả” là giá trị được so với mục tiêu (bình quân, lũy kế hoặc năm gần "
            "nhất); “chưa đạt” là đánh giá tạm tính khi chưa có số liệu năm cuối nhiệm kỳ "
            "hoặc số liệu được báo cáo trước khi hết kỳ.",
        ]
    else:
        lines = [
            f"Figures as of {when}"
            + (" (every figure reported)." if review.as_of is None else "."),
            "“est.”: estimate; “prelim.”: preliminary; unmarked figures are official. The "
            "“Result” column is the value compared with the target (an average, a total or "
            "the latest year); “not yet achieved” is provisional until the end year's figures, "
            "or while they were reported before the period ended.",
        ]
    if any(r.result and reduction_from_levels(r.result.metric) for r in review.rows):
        lines.append(
            "Chỉ tiêu giảm hằng năm: các cột năm ghi mức giảm so với năm trước (%)."
            if vi
            else "Yearly reductions: the year columns give the fall from the year before (%)."
        )
    sources: dict[str, int] = {}
    for f in known:
        if f.source and f.stage is not Stage.PLAN:
            sources[f.source] = sources.get(f.source, 0) + 1
    if sources:
        top = sorted(sources, key=lambda s: -sources[s])[:3]
        more = "; …" if len(sources) > 3 else ""
        lines.append(("Nguồn số liệu: " if vi else "Sources: ") + "; ".join(top) + more + ".")
    return lines
