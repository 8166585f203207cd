"""The words of a review document, in Vietnamese and English."""

from __future__ import annotations

from datetime import date

from chitieu.figures.model import Stage
from chitieu.figures.periods import Period

# key → (Vietnamese, English)
LABELS: dict[str, tuple[str, str]] = {
    "motto_1": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "motto_2": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "party_heading": ("ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIETNAM"),
    "number": ("Số", "No."),
    "report": ("BÁO CÁO", "REPORT"),
    "title_review": (
        "Kết quả thực hiện các chỉ tiêu chủ yếu {period}",
        "Results on the main targets, {period}",
    ),
    "title_midterm": (
        "Đánh giá giữa nhiệm kỳ kết quả thực hiện các chỉ tiêu chủ yếu",
        "Mid-term review of the main targets",
    ),
    "title_final": (
        "Tổng kết kết quả thực hiện các chỉ tiêu chủ yếu nhiệm kỳ {term}",
        "Final review of the main targets, term {term}",
    ),
    "figures_to": ("(số liệu đến {period})", "(figures up to {period})"),
    "col_no": ("STT", "No."),
    "col_name": ("Chỉ tiêu", "Target"),
    "col_unit": ("ĐVT", "Unit"),
    "col_goal": ("Mục tiêu Nghị quyết", "Resolution target"),
    "col_years": ("Thực hiện", "Results"),
    "col_year": ("Năm {year}", "{year}"),
    "col_current": ("Kỳ này ({period})", "This period ({period})"),
    "col_compare": ("So với mục tiêu", "Against the target"),
    "col_outcome": ("Kết quả", "Result"),
    "col_ratio": ("% mục tiêu", "% of target"),
    "col_status": ("Đánh giá", "Status"),
    "col_forecast": ("Dự báo", "Forecast"),
    "col_required": ("Yêu cầu các năm còn lại", "Needed in the remaining years"),
    "judgement": ("Đánh giá chung", "Overall assessment"),
    "notes": ("Ghi chú", "Notes"),
    "late_tasks": ("Nhiệm vụ chậm tiến độ", "Tasks behind schedule"),
    "task_key_task": ("Nhiệm vụ trọng tâm", "Key task"),
    "task_breakthrough": ("Đột phá", "Breakthrough"),
    "task_task_group": ("Nhóm nhiệm vụ", "Group of tasks"),
    "task_due": ("hạn {day}", "due {day}"),
    "summary_sheet": ("Tổng hợp", "Summary"),
    "sheet_prefix": ("CT", "T"),
    "target": ("chỉ tiêu", "target"),
    "target_cap": ("Chỉ tiêu", "Target"),
    # outcome notes: what the value judged is
    "avg": ("bình quân {span}", "average {span}"),
    "sum": ("lũy kế {span}", "total {span}"),
    "year": ("năm {year}", "{year}"),
    "mean_held": ("trung bình {span}; {held}/{n} năm đạt", "mean {span}; {held}/{n} years met"),
    "published": ("số công bố cả giai đoạn", "published for the term"),
    "assessed_by": ("đánh giá của {by}", "assessed by {by}"),
    # requirements for the remaining years
    "req_per_year": ("{value}/năm", "{value}/year"),
    "req_every_year": ("{target} mỗi năm", "{target} every year"),
    "remaining": ("{n} năm còn lại", "{n} years left"),
    # sheet rows
    "sheet_unit": ("Đơn vị tính", "Unit"),
    "sheet_goal": ("Mục tiêu Nghị quyết", "Resolution target"),
    "sheet_bound": ("Mức phải đạt", "Level to reach"),
    "sheet_years_n": ("Số năm tính mục tiêu", "Years the target covers"),
    "sheet_end_year": ("Năm cuối", "End year"),
    "sheet_method": ("Cách tính", "Method"),
    "sheet_year": ("Năm", "Year"),
    "sheet_value": ("Số liệu", "Figure"),
    "sheet_stage": ("Loại số liệu", "Stage"),
    "sheet_as_of": ("Ngày báo cáo", "Reported on"),
    "sheet_source": ("Nguồn", "Source"),
    "sheet_factor": ("1 + tốc độ/100", "1 + rate/100"),
    "sheet_reduction": ("Giảm so với năm trước (%)", "Fall from the year before (%)"),
    "sheet_met": ("Đạt mục tiêu năm (1/0)", "Year met (1/0)"),
    "sheet_code": (
        "Mã đánh giá năm (0 vượt, 1 đạt, 2 xấp xỉ đạt, 3 không đạt)",
        "Year's status code (0 exceeded, 1 achieved, 2 nearly achieved, 3 not achieved)",
    ),
    "sheet_baseline": ("năm gốc", "baseline"),
    "sheet_current": ("Kỳ này: {period}", "This period: {period}"),
    "sheet_published": ("Số công bố cả giai đoạn", "Published for the term"),
    "sheet_computed": ("Tính từ các năm", "Computed from the years"),
    "sheet_outcome": ("Kết quả đánh giá", "Value judged"),
    "sheet_ratio": ("% so với mục tiêu", "% of the target"),
    "sheet_held": ("Số năm đạt", "Years met"),
    "sheet_required": ("Yêu cầu mỗi năm còn lại", "Needed each remaining year"),
    "sheet_status": ("Đánh giá (chitieu)", "Status (chitieu)"),
    "sheet_forecast": ("Dự báo (chitieu)", "Forecast (chitieu)"),
    "sheet_counted": ("đếm từ số liệu đơn vị", "counted from unit figures"),
    "method_rate": ("Bình quân nhân: (Π(1+gᵢ))^(1/n) − 1", "Compound mean: (Π(1+gᵢ))^(1/n) − 1"),
    "method_level": ("Tăng bình quân: (L_n/L_0)^(1/n) − 1", "Compound growth: (L_n/L_0)^(1/n) − 1"),
    "method_sum": ("Tổng các năm", "Sum of the years"),
    "method_last": ("Giá trị năm gần nhất", "Value of the latest year"),
    "method_each": ("Từng năm phải đạt mục tiêu", "Every year must meet the target"),
    "method_reduction": (
        "Từng năm: (L_{y−1} − L_y)/L_{y−1} phải đạt mục tiêu",
        "Every year: (L_{y−1} − L_y)/L_{y−1} must meet the target",
    ),
    "method_manual": ("Đánh giá định tính", "Assessed by a person"),
    # a unit's review: which rule judged its measures, in the target page's words
    "rule_shared": ("Chỉ tiêu {nos}: {rule}", "Target {nos}: {rule}"),
    "rule_shared_many": ("Chỉ tiêu {nos}: {rule}", "Targets {nos}: {rule}"),
    "rule_others": ("; các chỉ tiêu khác: {rule}", "; the others: {rule}"),
    "rule_share": ("so với chỉ tiêu được giao cho đơn vị", "against its own share of the measure"),
    "rule_plan": (
        "so với mục tiêu của chỉ tiêu, như cả tỉnh",
        "against the measure's target, as the province",
    ),
}

_STAGE_MARKS = {
    Stage.ESTIMATE: ("ước", "est."),
    Stage.PRELIMINARY: ("sơ bộ", "prelim."),
    Stage.OFFICIAL: ("", ""),
    Stage.PLAN: ("kế hoạch", "plan"),
}

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def t(key: str, lang: str, **values: object) -> str:
    """The text of ``key`` in ``lang`` with ``values`` filled in."""
    text = LABELS[key][0 if lang == "vi" else 1]
    return text.format(**values) if values else text


def stage_mark(stage: Stage | None, lang: str) -> str:
    """How a cell marks a figure's stage: "ước" for an estimate, nothing when official."""
    if stage is None:
        return ""
    return _STAGE_MARKS[stage][0 if lang == "vi" else 1]


def period_phrase(period: Period, lang: str) -> str:
    """A period inside a sentence: "9 tháng năm 2023", "năm 2023", "quý III/2023"."""
    label = period.label(lang)
    return label[0].lower() + label[1:] if lang == "vi" else label


def place_of(area_name: str) -> str:
    """The place written before the date: "Tỉnh Lạng Sơn" → "Lạng Sơn"."""
    for prefix in ("Thành phố ", "Tỉnh ", "Thị xã ", "Huyện ", "Quận ", "Phường ", "Xã "):
        if area_name.startswith(prefix):
            return area_name[len(prefix) :]
    return area_name


def long_date(day: date, lang: str) -> str:
    """A date inside a sentence: "15/10/2023", "15 October 2023"."""
    if lang == "vi":
        return f"{day.day}/{day.month}/{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def dateline(place: str, day: date, lang: str) -> str:
    """The place and date under the motto: "Lạng Sơn, ngày 05 tháng 01 năm 2024".

    Decree 30/2020 writes days below 10 and the months January and February with a
    leading zero.
    """
    if lang != "vi":
        return f"{place}, {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    d = f"{day.day:02d}"
    m = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {d} tháng {m} năm {day.year}"
