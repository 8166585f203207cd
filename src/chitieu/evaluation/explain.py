"""Explanations: the figures used, the formula and each step, in Vietnamese or English.

Steps are stored as a message code with its numbers, and rendered in the reader's
language only when shown, so one evaluation serves the Vietnamese and the English UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from chitieu.evaluation.statuses import Status, target_text
from chitieu.figures.model import Figure
from chitieu.targets.model import Metric
from chitieu.vnnumbers import format_vi

# code → (Vietnamese, English). Placeholders hold Decimals, formatted per language.
MESSAGES: dict[str, tuple[str, str]] = {
    "value_of_year": ("Giá trị năm {year}: {value}{unit}", "Value for {year}: {value}{unit}"),
    "latest_year": (
        "Chưa có số liệu năm {end}; dùng năm {year}: {value}{unit} (tạm tính)",
        "No figure for {end} yet; using {year}: {value}{unit} (provisional)",
    ),
    "compound_average": (
        "Bình quân {years}: ({factors})^(1/{n}) − 1 = {value}%",
        "Average {years}: ({factors})^(1/{n}) − 1 = {value}%",
    ),
    "cagr": (
        "Bình quân từ mức năm {base_year} ({base}) đến năm {year} ({level}): "
        "({level}/{base})^(1/{n}) − 1 = {value}%",
        "Average from the {base_year} level ({base}) to {year} ({level}): "
        "({level}/{base})^(1/{n}) − 1 = {value}%",
    ),
    "published_term": (
        "Số công bố cho cả giai đoạn: {value}{unit}; số tính từ các năm: {computed}{unit}",
        "Published for the whole term: {value}{unit}; computed from the years: {computed}{unit}",
    ),
    "published_term_only": (
        "Số công bố cho cả giai đoạn: {value}{unit}",
        "Published for the whole term: {value}{unit}",
    ),
    "sum": ("Tổng {years}: {terms} = {value}{unit}", "Sum {years}: {terms} = {value}{unit}"),
    "years_held": (
        "{held}/{total} năm đạt; trung bình {mean}{unit}",
        "{held}/{total} years met the target; mean {mean}{unit}",
    ),
    "year_check": ("Năm {year}: {value}{unit} → {status}", "{year}: {value}{unit} → {status}"),
    "reduction": (
        "Năm {year}: ({previous} − {current}) / {previous} = giảm {value}%",
        "{year}: ({previous} − {current}) / {previous} = down {value}%",
    ),
    "missing_years": ("Thiếu số liệu các năm: {years}", "No figures for: {years}"),
    "no_baseline": (
        "Thiếu mức năm gốc {year} để tính tăng trưởng",
        "No {year} baseline level to compute growth from",
    ),
    "undefined": ("Không tính được: {reason}", "Cannot compute: {reason}"),
    "rounded": (
        "So sánh trên số làm tròn {decimals} chữ số thập phân như khi công bố: {value}",
        "Compared at the published precision of {decimals} decimals: {value}",
    ),
    "counted_units": (
        "Năm {year}: {count} đơn vị đạt chuẩn (từ số liệu từng đơn vị)",
        "{year}: {count} units meet the standard (from unit-level figures)",
    ),
    "counted_units_of": (
        "Năm {year}: {met}/{total}{unit} đạt chuẩn (theo đơn vị hành chính ngày {scope})",
        "{year}: {met}/{total}{unit} meet the standard (units as of {scope})",
    ),
    "compare": ("So với mục tiêu {target}: {status}", "Against the target {target}: {status}"),
    "manual": (
        "Đánh giá của {by}: {status} — {reason}",
        "Assessed by {by}: {status} — {reason}",
    ),
    "manual_missing": (
        "Chỉ tiêu định tính: cần người đánh giá",
        "Qualitative target: a person must assess it",
    ),
    "partial_year": (
        "Số liệu gần nhất của năm {year}: {period} = {value}{unit}",
        "Latest part-year figure for {year}: {period} = {value}{unit}",
    ),
    "reported_early": (
        "Báo cáo trước khi hết kỳ — {period}: {value}{unit} ({stage}, ngày {as_of}); "
        "kết quả tạm tính",
        "Reported before the period ended — {period}: {value}{unit} ({stage}, on {as_of}); "
        "the result is provisional",
    ),
    "no_data": ("Chưa có số liệu", "No figures yet"),
}


@dataclass(frozen=True)
class Verdict:
    """A status in a step, written as the result stands: a shortfall before the result is
    final reads "chưa đạt" (not yet), after it "không đạt"."""

    status: Status
    final: bool = True

    def label(self, lang: str = "vi") -> str:
        return self.status.label(lang, self.final)


@dataclass(frozen=True)
class Step:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "vi") -> str:
        template = MESSAGES[self.code][0 if lang == "vi" else 1]
        loc = "vi" if lang == "vi" else "en"
        values: dict[str, str] = {}
        for key, value in self.params.items():
            if isinstance(value, Decimal):
                values[key] = format_vi(value, locale=loc)
            elif isinstance(value, tuple):  # (separator, numbers): a product or a sum
                sep, items = value
                values[key] = sep.join(format_vi(v, locale=loc) for v in items)
            elif isinstance(value, Metric):
                values[key] = target_text(value, lang)
            elif hasattr(value, "label"):  # statuses, forecast classes, periods
                values[key] = value.label(lang)
            else:
                values[key] = str(value)
        unit = values.get("unit", "")
        if unit and not unit.startswith("%"):
            values["unit"] = " " + unit
        return template.format(**values)


@dataclass(frozen=True)
class FigureUsed:
    """A figure an evaluation relied on, with its vintage."""

    period: str
    value: Decimal
    stage: str
    as_of: str
    source: str
    unit_code: str

    @classmethod
    def of(cls, f: Figure) -> FigureUsed:
        return cls(
            str(f.period), f.value, f.stage.value, f.as_of.isoformat(), f.source, f.unit_code
        )


@dataclass
class Explanation:
    formula: str = ""
    steps: list[Step] = field(default_factory=list)
    figures: list[FigureUsed] = field(default_factory=list)

    def add(self, code: str, **params: Any) -> None:
        self.steps.append(Step(code, params))

    def use(self, figure: Figure) -> None:
        used = FigureUsed.of(figure)
        if used not in self.figures:
            self.figures.append(used)

    def text(self, lang: str = "vi") -> list[str]:
        return [s.render(lang) for s in self.steps]

    def not_final(self) -> None:
        """The comparison with the target reads as provisional ("chưa đạt")."""
        self.steps = [
            Step(s.code, {**s.params, "status": Verdict(s.params["status"].status, False)})
            if s.code == "compare" and isinstance(s.params.get("status"), Verdict)
            else s
            for s in self.steps
        ]
