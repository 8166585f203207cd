"""The summary of a round, "Báo cáo tổng hợp ý kiến", as data: the JSON the command line
prints, and the lines and rows the Word and Excel documents typeset.

Everything here is taken from a :class:`~chitieu.consultation.consolidate.Consolidation`:
the counts, the groups and the decisions were made there; this module only words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chitieu.consultation.consolidate import DECISION_LABELS, Consolidation
from chitieu.consultation.kinds import KIND_LABELS, Kind
from chitieu.consultation.model import Comment
from chitieu.reports.header import Header, Line
from chitieu.reports.labels import dateline
from chitieu.reports.labels import t as report_label
from chitieu.vnformat import format_vi

LABELS: dict[str, tuple[str, str]] = {
    "title": ("BÁO CÁO", "REPORT"),
    "subtitle": (
        "Tổng hợp ý kiến góp ý vào {draft}",
        "Summary of the comments on {draft}",
    ),
    "issuer": ("TIỂU BAN VĂN KIỆN", "DOCUMENTS SUBCOMMITTEE"),
    "number": ("Số", "No."),
    "s_units": ("I. TÌNH HÌNH THAM GIA Ý KIẾN", "I. THE UNITS CONSULTED"),
    "units_line": (
        "Dự thảo đã được gửi xin ý kiến {consulted} đơn vị; {replied} đơn vị đã gửi ý kiến.",
        "The draft was sent to {consulted} units for comments; {replied} replied.",
    ),
    "replied_line": ("Các đơn vị đã gửi ý kiến: {units}.", "Units that replied: {units}."),
    "missing_line": (
        "Các đơn vị chưa gửi ý kiến: {units}.",
        "Units that did not reply: {units}.",
    ),
    "s_parts": ("II. Ý KIẾN GÓP Ý VÀO TỪNG PHẦN CỦA DỰ THẢO", "II. THE COMMENTS, PART BY PART"),
    "none": ("Không có ý kiến.", "No comments."),
    "counts": (
        "{replied} đơn vị có ý kiến: {agreed} đồng ý, {proposed} đề nghị sửa đổi.",
        "{replied} units commented: {agreed} agreed, {proposed} proposed a change.",
    ),
    "draft_text": ("Dự thảo: “{text}”", "Draft: “{text}”"),
    "proposes_text": ("đề nghị sửa thành: “{text}”", "proposes: “{text}”"),
    "proposes_value": ("đề nghị chỉ tiêu: {value}", "proposes the value {value}"),
    "answer": ("Ý kiến của Ban soạn thảo: {answer}", "The drafting team: {answer}"),
    "unanswered": ("Chưa trả lời", "Not answered yet"),
    "new_text": ("Dự thảo sửa thành: “{text}”", "The next version reads: “{text}”"),
    "moved": ("Trong dự thảo mới: {ref}", "In the next version: {ref}"),
    "s_general": (
        "III. Ý KIẾN CHUNG VÀ Ý KIẾN CHƯA XÁC ĐỊNH VỊ TRÍ",
        "III. GENERAL COMMENTS AND COMMENTS NOT YET PLACED",
    ),
    "unplaced": (
        "(gắn với đoạn “{anchor}”, chưa xác định được vị trí trong dự thảo)",
        "(attached to “{anchor}”, not matched to a part of the draft)",
    ),
    "s_targets": ("IV. ĐỀ NGHỊ ĐIỀU CHỈNH CHỈ TIÊU", "IV. PROPOSED CHANGES TO TARGETS"),
    "no_targets": ("Không có đề nghị điều chỉnh chỉ tiêu.", "No target changes proposed."),
    "c_no": ("STT", "No."),
    "c_ref": ("Phần/mục/đoạn", "Part"),
    "c_target": ("Chỉ tiêu trong dự thảo", "Draft target"),
    "c_text": ("Nội dung dự thảo", "Draft text"),
    "c_unit": ("Đơn vị", "Unit"),
    "c_units": ("Đơn vị", "Units"),
    "c_replied": ("Đã gửi ý kiến", "Replied"),
    "c_file": ("Tệp", "File"),
    "c_kind": ("Loại ý kiến", "Kind"),
    "c_comment": ("Ý kiến", "Comment"),
    "c_group": ("Nhóm", "Group"),
    "c_proposed": ("Đề nghị", "Proposed"),
    "c_value": ("Giá trị đề nghị", "Proposed value"),
    "c_decision": ("Ý kiến của Ban soạn thảo", "Decision"),
    "c_reason": ("Lý do", "Reason"),
    "c_new": ("Dự thảo sửa thành", "Next version"),
    "yes": ("Có", "Yes"),
    "no": ("Chưa", "No"),
    "unplaced_ref": ("Chưa xác định vị trí", "Not placed"),
    "general_ref": ("Ý kiến chung", "General"),
    "sheet_units": ("Đơn vị", "Units"),
    "sheet_comments": ("Ý kiến", "Comments"),
    "sheet_targets": ("Chỉ tiêu", "Targets"),
}


def label(key: str, lang: str, **values: object) -> str:
    text = LABELS[key][0 if lang == "vi" else 1]
    return text.format(**values) if values else text


def to_json(c: Consolidation) -> dict[str, Any]:
    """The summary as the command line prints it with ``--format json``."""
    return {
        "parts": [
            {"ref": s.part.ref, "text": s.part.text, "comments": [_json(x) for x in s.comments]}
            for s in c.parts
        ],
        "unplaced": [{"unit": x.unit, "text": x.text, "anchor": x.anchor} for x in c.unplaced],
        "general": [{"unit": x.unit, "text": x.text} for x in c.general],
        "units": {"replied": list(c.replied), "missing": list(c.missing)},
    }


def _json(comment: Comment) -> dict[str, Any]:
    return {
        "unit": comment.unit,
        "kind": comment.kind.value,
        "text": comment.text,
        "proposed": comment.proposed,
    }


@dataclass(frozen=True)
class Options:
    """What the documents need besides the round: language, who issues it, when, where."""

    lang: str = "vi"
    issued: date = field(default_factory=date.today)
    place: str = ""
    issuer: tuple[str, ...] = ()  # lines, the last one bold; default: the subcommittee


def header(options: Options) -> Header:
    """The Party document's header block (Hướng dẫn 36-HD/VPTW), the number left blank."""
    lang = options.lang
    lines = options.issuer or (label("issuer", lang),)
    issuer = [Line(x.upper(), i == len(lines) - 1) for i, x in enumerate(lines)]
    blank = "\u00a0" * 8
    return Header(
        party=True,
        issuer=issuer,
        number=f"{label('number', lang)} {blank}-BC/TBVK",
        heading=[report_label("party_heading", lang)],
        dateline=dateline(options.place or "\u2026", options.issued, lang),
    )


def kind_label(kind: Kind, lang: str) -> str:
    return KIND_LABELS[kind][0 if lang == "vi" else 1]


def proposal_text(comment: Comment, lang: str) -> str:
    """What a comment proposes, in words: "đề nghị chỉ tiêu: 7,5"."""
    if comment.proposed_value is not None:
        value = format_vi(comment.proposed_value, locale=lang)
        return label("proposes_value", lang, value=value)
    if comment.proposed_text:
        return label("proposes_text", lang, text=comment.proposed_text)
    return ""


def decision_text(c: Consolidation, comment: Comment, lang: str) -> tuple[str, str]:
    """The drafting team's decision on a comment and its reason ("" when unanswered)."""
    response = c.response(comment)
    if response is None:
        return label("unanswered", lang), ""
    return DECISION_LABELS[response.decision][0 if lang == "vi" else 1], response.reason


def answer_line(c: Consolidation, comment: Comment, lang: str) -> str:
    decision, reason = decision_text(c, comment, lang)
    return label("answer", lang, answer=f"{decision}: {reason}" if reason else decision)
