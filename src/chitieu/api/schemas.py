"""What the API accepts and returns. Decimals travel as strings ("64.5"), exact; dates are
ISO (2025-12-10). Input schemas refuse unknown fields, so a typo is a problem, not a
silently ignored value."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from ninja import Field, Schema
from pydantic import ConfigDict

from chitieu.web.figures.checks import TEXT_MAX_LENGTH

# ---------------------------------------------------------------- errors


class StoredOut(Schema):
    """A draft figure as someone else left it, after the version the writer sent."""

    value: str
    stage: str
    note: str
    version: int = Field(description="Send this version to write over it knowingly.")
    changed_by: str
    changed_at: datetime


class ProblemOut(Schema):
    """One problem with the input: where (item index in ``figures``, field) and what."""

    item: int | None = None
    field: str | None = None
    message: str
    text: str = Field(description="The message with its place, ready to show.")
    code: str | None = Field(
        None,
        description=(
            "The message's code when chitieu's core refused the value (number.too_large…; "
            "docs/messages.md lists them), else null."
        ),
    )
    params: dict[str, Any] | None = Field(
        None, description="The values the message names, by name (with its code)."
    )
    current: StoredOut | None = Field(
        None, description="On a 409 conflict: the draft figure as it is now."
    )
    warning: str | None = Field(
        None,
        description=(
            "A plausibility warning (percent, valid_range, negative, jump): the value "
            "is saved when sent again with confirm: true."
        ),
    )


class ErrorOut(Schema):
    detail: str
    problems: list[ProblemOut] = []


# The refusals every read may answer, as the OpenAPI document declares them: no valid
# credentials, not allowed, not found, a query parameter with problems, and the database
# busy or out of space (nothing was saved).
READ_REFUSALS: dict[int, type[ErrorOut]] = {
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    422: ErrorOut,
    503: ErrorOut,
}
# Writes may also find the body not JSON (400) or the report's state against them (409).
WRITE_REFUSALS: dict[int, type[ErrorOut]] = {**READ_REFUSALS, 400: ErrorOut, 409: ErrorOut}


# ---------------------------------------------------------------- plans


class PlanSummaryOut(Schema):
    slug: str
    title: str
    area_code: str
    area_name: str
    baseline_year: int
    start_year: int
    end_year: int
    is_public: bool
    updated_at: datetime


class AreaData(Schema):
    code: str
    name: str


class ToleranceData(Schema):
    absolute: str | None = None
    relative: str | None = None


class ValidRangeData(Schema):
    min: str | None = None
    max: str | None = None


class BaselineData(Schema):
    year: int
    value: str
    stage: str | None = None
    source: str | None = None


class ManualData(Schema):
    status: str
    reason: str
    by: str | None = None
    on: date | None = None


class MetricData(Schema):
    """A measure as the plan file writes it (the core calls it a metric)."""

    id: str
    name: str
    unit: str
    kind: str
    comparator: str | None = None
    low: str | None = None
    high: str | None = None
    end_year: int
    direction: str | None = None
    input: str | None = None
    trend: str | None = None
    decimals: int | None = None
    tolerance: ToleranceData | None = None
    valid_range: ValidRangeData | None = None
    max_change: str | None = None
    baseline: BaselineData | None = None
    manual: ManualData | None = None
    note: str | None = None


class TargetData(Schema):
    no: int
    text: str
    group: str | None = None
    lead_agency: str | None = None
    confidence: float | None = None
    unparsed: list[str] | None = None
    metrics: list[MetricData]


class TaskData(Schema):
    kind: str
    no: int
    text: str


class IssuingBodyData(Schema):
    kind: str = Field(description="party (a Party committee) or state")
    name: str
    parent: str | None = None
    code: str | None = Field(None, description="Its symbol in document numbers: TU, UBND")


class PlanData(Schema):
    """The plan in the plan-file format: saved as JSON, ``chitieu evaluate`` reads it."""

    schema_version: int
    id: str
    title: str
    source: str | None = None
    area: AreaData
    baseline_year: int
    start_year: int
    end_year: int
    tolerance: ToleranceData | None = None
    metadata: dict[str, str] | None = None
    issuing_body: IssuingBodyData | None = None
    targets: list[TargetData]
    tasks: list[TaskData] | None = None


class ReporterOut(Schema):
    agency: str = Field(description="Agency code")
    agency_name: str
    unit_code: str


class MeasureOut(Schema):
    key: str
    name: str
    unit: str
    kind: str
    target: str = Field(description="The target as people write it: “≥ 65%”")
    low: str | None
    high: str | None
    end_year: int
    reported_by: list[ReporterOut]


class TargetOut(Schema):
    no: int
    text: str
    group: str | None
    lead_agency: str
    measures: list[MeasureOut]


# ---------------------------------------------------------------- statuses


class ForecastOut(Schema):
    cls: str = Field(alias="class", description="on_track, at_risk or off_track")
    label_vi: str
    label_en: str
    method: str
    projected: str | None
    required: str | None
    required_kind: str | None
    progress_ratio: str | None
    remaining_years: int


class YearOut(Schema):
    year: int
    value: str
    status: str


class FigureUsedOut(Schema):
    period: str
    value: str
    stage: str
    as_of: str
    source: str
    unit_code: str


class ExplanationOut(Schema):
    formula: str
    steps: list[str]
    figures: list[FigureUsedOut]


class PartYearOut(Schema):
    """The latest part-year figure of a year not yet reported in full (shown, not judged)."""

    period: str
    period_label: str
    value: str
    stage: str
    as_of: str


class PerYearOut(Schema):
    """One year of the series a result is drawn from (rate, running total, level …)."""

    year: int
    value: str
    stage: str | None


class CountedUnitsOut(Schema):
    """The units counted for one year of a count of units, and the scope date."""

    year: int
    met: int
    total: int | None
    scope: date | None


class GapOut(Schema):
    """How far a value short of its target lies from the bound ("below", "above", "at")."""

    side: str
    amount: str


class MeasureStatusOut(Schema):
    id: str
    name: str
    unit: str
    kind: str
    target: str
    value: str | None
    computed_value: str | None
    published_value: str | None
    status: str
    status_label: str
    assessed_status: str | None
    final: bool
    # built on a figure reported before its period ended: provisional (final is false)
    reported_early: bool
    part_year: PartYearOut | None
    years: list[YearOut]
    forecast: ForecastOut | None
    explanation: ExplanationOut
    per_year: list[PerYearOut]
    counted_units: list[CountedUnitsOut]
    gap: GapOut | None


class TargetStatusOut(Schema):
    no: int
    text: str
    group: str | None
    status: str
    status_label: str
    final: bool
    metrics: list[MeasureStatusOut]


class SummaryOut(Schema):
    achieved_or_exceeded: int
    total: int
    by_status: dict[str, int]
    headline: str


class StatusesOut(Schema):
    """The core evaluation (``PlanResult.to_dict``): headline, counts, every status."""

    plan: str
    title: str
    as_of: date | None
    summary: SummaryOut
    targets: list[TargetStatusOut]


# ---------------------------------------------------------------- figures


class FigureOut(Schema):
    """One vintage of a figure, with its report and who entered and approved it."""

    id: int
    measure: str
    unit_code: str
    period: str
    value: str
    stage: str
    as_of: date
    source: str
    note: str
    version: int = Field(
        description="Changes with every change of a draft figure; send it back to write."
    )
    agency: str | None
    report: int | None
    report_status: str | None
    entered_by: str | None
    entered_at: datetime
    approved_by: str | None
    approved_at: datetime | None


class FigureExportOut(Schema):
    """A figure in the core's figures-file columns (what figures.csv holds)."""

    metric: str
    period: str
    value: str
    stage: str
    as_of: date
    unit_code: str
    source: str
    note: str


class FigureIn(Schema):
    model_config = ConfigDict(extra="forbid")

    measure: str = Field(description="The measure's key, e.g. trained-labour")
    unit_code: str | None = Field(None, description="Default: the plan's area")
    value: str | Decimal | None = Field(
        description=(
            "Text written the Vietnamese way (“1.234,5”), or a JSON number. null (or an "
            "empty text) removes the draft figure of this measure and unit, if there is one."
        )
    )
    stage: Literal["estimate", "preliminary", "official"] | None = Field(
        None,
        description=(
            "Required with a value: nothing is an estimate by default. A stage less final "
            "than an approved figure of the same measure, unit and period is refused."
        ),
    )
    note: str = Field("", description=f"At most {TEXT_MAX_LENGTH} characters")
    version: int | None = Field(
        None,
        ge=0,
        description=(
            "The version of the draft figure you read (0: you saw none). When the draft "
            "figure has another version now, nothing is saved and the answer is 409 with "
            "the current value. Without it the value is written over the draft figure "
            "whatever it holds, and the audit trail marks the change as unchecked."
        ),
    )


class FiguresIn(Schema):
    model_config = ConfigDict(extra="forbid")

    agency: str | None = Field(None, description="Agency code; default: the caller's agency")
    period: str = Field(description="2025, 2025-H1, 2025-9M …")
    as_of: date | None = Field(
        None, description="The report date, not in the future; default: today"
    )
    submit: bool = Field(False, description="Submit the report for approval once saved")
    confirm: bool = Field(
        False,
        description=(
            "Save values that have plausibility warnings. Without it such values are "
            "refused (422, each problem naming its `warning`): check them, then send again "
            "with confirm: true."
        ),
    )
    figures: list[FigureIn] = Field(min_length=1)


class ReportOut(Schema):
    """An agency's report for a period (draft → submitted → approved or returned)."""

    id: int
    plan: str
    agency: str
    agency_name: str
    period: str
    revision: int
    status: str
    reason: str
    comment: str
    created_by: str | None
    submitted_by: str | None
    submitted_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    figures: list[FigureOut]


class ReturnIn(Schema):
    model_config = ConfigDict(extra="forbid")

    comment: str = Field(description="Why the report goes back to the agency")
