"""From a resolution's text to a proposed plan, with what needs a person's eye."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from chitieu.problems import CodedError, Message, coded
from chitieu.targets.model import Comparator, Kind, derived_direction
from chitieu.textread.aswritten import as_written
from chitieu.textread.clauses import split_clauses
from chitieu.textread.frame import Frame, read_frame
from chitieu.textread.items import (
    ESTIMATE,
    PLAN_CUE,
    Item,
    has_figure,
    is_result,
    normalize,
    squash,
)
from chitieu.textread.layouts import CELL, row_reading
from chitieu.textread.letters import repair_text
from chitieu.textread.listsearch import find_target_list
from chitieu.textread.pages import rejoin
from chitieu.textread.phrases import Measure, read_measure
from chitieu.textread.prose import ProseTargets, find_prose_targets
from chitieu.textread.sources import MAX_TEXT_CHARS, extract_text
from chitieu.textread.subrows import attach_sub_rows
from chitieu.textread.tasks import read_tasks
from chitieu.textread.written import row_text, written_rows

# How much each doubt costs a target's confidence; a qualitative measure costs more.
DOUBT_COST = 0.15
OTHER_COST = 0.3
# A resolution has some tens of targets: a list of thousands is another text, and its
# review would be a page no one could read. Lines left over are named up to a point too.
MAX_TARGETS = 300
REVIEWED_LEFTOVERS = 20


class ReadError(CodedError, ValueError):
    """The text holds no target list the reader can find."""


@dataclass
class Proposal:
    """What the review page needs of one proposed measure, beside the plan's data."""

    metric: str  # the metric's id in the plan
    target: int  # its target's ``no``
    sentence: str  # the sentence (or list item) the measure was read from, verbatim
    span: tuple[int, int] | None  # where its value stands in ``sentence``
    confidence: float  # 1 less 0,15 a doubt (0,3 for a qualitative measure)
    doubts: list[Message] = field(default_factory=list)  # what lowered the confidence
    notes: list[Message] = field(default_factory=list)  # conventions applied ("trên" as ≥)

    def to_data(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "target": self.target,
            "sentence": self.sentence,
            "span": list(self.span) if self.span else None,
            "confidence": self.confidence,
            "doubts": [d.to_data() for d in self.doubts],
            "notes": [n.to_data() for n in self.notes],
        }


@dataclass
class ReadResult:
    plan: dict[str, Any]  # plan data in the evaluation core's format
    review: list[Message] = field(default_factory=list)  # what a person should check
    leftovers: list[str] = field(default_factory=list)  # lines of the list not placed
    layout: str = "list"  # "list" (numbered, inline, bulleted, table rows) or "prose"
    proposals: list[Proposal] = field(default_factory=list)  # one per metric, in order
    results: list[str] = field(default_factory=list)  # past results seen and not proposed


@cache
def provinces() -> dict[str, str]:
    text = resources.files("chitieu.textread").joinpath("provinces.json").read_text("utf-8")
    data: dict[str, str] = json.loads(text)
    return data


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


# "… 3 - 3,5 triệu lượt[1], …": a footnote's number copied from Word or a wiki, no figure;
# "Tỷ lệ hộ nghèo (*)": a table's mark of a note under it, no part of the name
FOOTNOTE_REF = re.compile(r"(?<=[^\W\d_]|[%)])\[\d{1,3}\]|\s*\(\*{1,3}\)")


def _measures(item: Item, default_end: int | None) -> tuple[list[Measure], list[str]]:
    measures: list[Measure] = []
    for row in [item.text, *item.sub_rows]:
        # a table row: its name, its target's cell and its unit; results' cells are not read
        text = row_reading(row, item.columns)[0] if CELL in row else row
        text = FOOTNOTE_REF.sub("", text)
        measures += _clause_measures(text, default_end, item.lead)
    # "có 11,5 bác sỹ và 32,3 giường bệnh trên 1 vạn dân": the "per" tail serves both
    for a, b in itertools.pairwise(measures):
        per_head = b.unit.endswith("dân") and "/" in b.unit  # not "93.000 dân": a count
        # (a share is of its own whole: "… bảo hiểm y tế đạt 93,5%; số bác sĩ/vạn dân …")
        if per_head and "/" not in a.unit and a.unit not in ("", "%") and a.kind is b.kind:
            a.unit = a.unit + b.unit[b.unit.index("/") :]
            if a.name.startswith("Số "):
                a.name = f"Số {a.unit}"
    return measures, [u for m in measures for u in m.unparsed]


# A clause after a measured one that only says how far it lies from a base year
RESTATED = re.compile(
    # "…, gấp 1,6 lần so với năm 2020" too, and "…, gấp 1,6 lần năm 2020"
    # "…, tăng từ 10,20% đến 10,71% so với ước thực hiện năm 2017", "…, tăng 1,19% so ước …"
    r"\s*(?:(?:tăng|giảm)(?:\s+gấp)?|gấp)\s+(?:từ\s+)?[\d.,]+\s*(?:lần|%)"
    r"(?:\s*(?:đến|[–-])\s*[\d.,]+\s*(?:lần|%))?\s+(?:so(?:\s+với)?\s+)?"
    r"(?:(?:ước\s+)?(?:dự toán|thực hiện|kế hoạch)[^\d,;]{0,30}?\s)?"
    r"(?:(?:năm\s+)?\d{4}|đầu nhiệm kỳ)\W*$",
    re.IGNORECASE,
)

# "… đạt 50 tỉ đồng, chiếm 8%": the amount's share of a total, not a measure of its own
SHARE_OF_AMOUNT = re.compile(r"\s*chiếm\s+(?:khoảng\s+)?[\d.,]+\s*%\W*$", re.IGNORECASE)


def _restates(clause: str, before: Measure) -> bool:
    """Whether a clause after a measured one only restates it."""
    if RESTATED.match(clause):
        return True
    # "… 5.020 tỷ đồng, tăng gần 1.500 tỷ đồng": how far the level moves, in its own unit
    rise = BARE_RISE.match(clause)
    if rise and before.comparator is not None:
        words = rise.group(1).split()
        return not words or words[0] in ("%", "lần") or any(w in before.unit.split() for w in words)
    return bool(SHARE_OF_AMOUNT.match(clause)) and bool(before.unit) and "%" not in before.unit


BARE_RISE = re.compile(
    r"\s*(?:tăng|giảm)(?:\s+(?:gần|trên|hơn|khoảng))?\s+[\d.,]+\s*([^\d;,()]{0,30}?)\W*$",
    re.IGNORECASE,
)


def _clause_measures(text: str, default_end: int | None, lead: str = "") -> list[Measure]:
    context, clauses = split_clauses(text)
    # "1/ Tốc độ tăng trưởng bình quân hàng năm:" over "- Công nghiệp: 10-12%": its cue too
    lead = lead.removesuffix(":")
    measures: list[Measure] = []
    for k, clause in enumerate(clauses):
        # "Cơ cấu GRDP … khu vực I là 33%, khu vực II 26%": the structure covers every share
        share = k and "cơ cấu" in clauses[0].lower() and "cơ cấu" not in context.lower()
        if k and measures and _restates(clause, measures[-1]):
            continue  # "…đạt 423,5 tỷ đồng, tăng 3,76 lần so với năm 2015": the level is the aim
        if len(clauses) > 1 and ESTIMATE.search(clause) and not PLAN_CUE.search(clause):
            continue  # "ước thực hiện năm 2025 đạt 4.850 tỷ đồng; kế hoạch năm 2026 …": a result
        read = read_measure(clause, f"{context} cơ cấu" if share else context, default_end, lead)
        for m in read if measures else []:
            # "tỷ lệ hộ nghèo giảm …, đến năm 2025 còn dưới 0,3%": the clause names nothing,
            # so its figure is the item's measured thing (the doubt stays for the review)
            if any(d.code == "doubt.no_name" for d in m.doubts):
                m.name = measures[-1].name
                m.doubts = [d for d in m.doubts if d.code != "doubt.no_name"]
                m.doubts.append(coded("doubt.name_from_item", name=m.name))
        measures += read
    _growths_go_on(measures)
    # "Lúa 40 ha; cây tinh bột 500; Mía 370 ha": a figure without a unit in a list of the
    # same things takes the unit of the one before it (its doubt stays on the review list)
    for a, b in itertools.pairwise(measures):
        if not b.unit and b.comparator is not None and a.unit and not a.unit.startswith("%"):
            b.unit = a.unit
    return measures


def _growths_go_on(measures: list[Measure]) -> None:
    """ "tăng trưởng công nghiệp 11-11,5%, dịch vụ 13-13,5%": sectors after a growth rate are
    growth rates too, not shares of a structure."""
    for a, b in itertools.pairwise(measures):
        share = b.kind is Kind.SHARE_STRUCTURE and "cơ cấu" not in b.text.lower()
        if a.kind is Kind.AVERAGE_ANNUAL_GROWTH and share:
            b.kind, b.input, b.direction = a.kind, a.input, None
            b.comparator = Comparator.GE if b.comparator is Comparator.EQ else b.comparator


class _Ids:
    """Metric identifiers: a name's slug, then slug-2, slug-3 … for a name met again."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}  # the first number not yet tried after each slug

    def new(self, base: str) -> str:
        mid = base
        if mid in self.used:
            # counting on from the last one handed out: a name met 10,000 times costs 10,000
            n = self.next.get(base, 2)
            while (mid := f"{base}-{n}") in self.used:
                n += 1
            self.next[base] = n + 1
        self.used.add(mid)
        return mid


def _metric_data(m: Measure, ids: _Ids) -> dict[str, Any]:
    base = slug(m.name)
    if len(base) > 40:  # cut at a word, not inside one
        base = base[:41].rsplit("-", 1)[0]
    mid = ids.new(base)
    data: dict[str, Any] = {"id": mid, "name": m.name, "unit": m.unit, "kind": m.kind.value}
    if m.comparator is not None:
        data["comparator"] = m.comparator.value
        if m.low is not None:
            data["low"] = _num(m.low)
        if m.high is not None:
            data["high"] = _num(m.high)
        if m.direction is not None and m.direction is not derived_direction(m.comparator):
            data["direction"] = m.direction.value
    if m.end_year is not None:
        data["end_year"] = m.end_year
    if m.input is not None:
        data["input"] = m.input.value
    return data


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f")


FEW_ITEMS = 3  # a list this short, with a run of clauses, may be a paragraph's lead-ins


def _prose_instead(targets: list[Item], prose: ProseTargets) -> bool:
    """Whether the text's sentences set many more targets than a short list holds: outside
    its items, or inside an item that leads a list in ("… đề ra 16 chỉ tiêu, gồm: …")."""
    many = 2 * len(targets) + 3
    missed = [p for p in prose.items if not any(p.text in t.text for t in targets)]
    led = any(_LIST_LEAD.search(t.text) for t in targets)
    return len(missed) >= many or (led and len(prose.items) >= many)


_LIST_LEAD = re.compile(r"\bchỉ tiêu\b[^;.:]{0,80}:", re.IGNORECASE)


def _target_items(text: str) -> tuple[list[Item], list[str], str, str, list[str]]:
    """The items to read, the lines left over, the heading, the layout and past results."""
    found = find_target_list(text)
    targets = [it for it in found.items if not is_result(it.text)] if found else []
    targets = attach_sub_rows(targets)
    # a "list" of one to three items where the text's sentences set many more targets is
    # no list: a lead-in such as "… xác định mục tiêu tổng quát: … đề ra 16 chỉ tiêu, gồm:
    # KINH TẾ: A; B. XÃ HỘI: C", or "2. Mục tiêu, chỉ tiêu …" over a paragraph of clauses
    # … or of lines that set no figure ("Đại hội cũng xác định 3 nhiệm vụ …" after a group's
    # label that opens a paragraph of clauses)
    figureless = not all(has_figure(t.text) for t in targets)
    clauses = any(t.text.count(";") >= 2 for t in targets)
    short = len(targets) <= FEW_ITEMS and (clauses or figureless)
    prose = find_prose_targets(text) if short else None
    if found is not None and targets and (prose is None or not _prose_instead(targets, prose)):
        results = [it.text for it in found.items if is_result(it.text)]
        return targets, found.leftovers, found.heading, "list", results
    prose = prose or find_prose_targets(text)
    if prose.items:
        return prose.items, [], "", "prose", prose.results
    raise ReadError("text.no_list")


def _value_span(sentence: str, m: Measure, after: int) -> tuple[int, int] | None:
    """Where the measure's value stands in its sentence (the first place at ``after`` on)."""
    if m.span is None:
        return None
    value = m.text[m.span[0] : m.span[1]]
    at = normalize(sentence).find(value, after)
    return (at, at + len(value)) if at >= 0 else None


def _read_target(
    item: Item, default_end: int | None, ids: _Ids, rows: dict[str, str]
) -> tuple[dict[str, Any], list[Proposal]]:
    measures, unparsed = _measures(item, default_end)
    doubts = [d for m in measures for d in m.doubts if d.code != "doubt.qualitative"]
    others = sum(1 for m in measures if m.comparator is None)
    confidence = max(0.0, 1 - DOUBT_COST * len(doubts) - OTHER_COST * others)
    target: dict[str, Any] = {"no": item.no, "text": row_text(item.text, rows)}
    if item.group is not None:
        target["group"] = item.group.value
    target["metrics"] = [_metric_data(m, ids) for m in measures]
    target["confidence"] = round(confidence, 2)
    if unparsed:
        target["unparsed"] = unparsed
    sentence = item.sentence or "\n".join([item.text, *item.sub_rows])
    proposals, after = [], 0
    for m, data in zip(measures, target["metrics"], strict=True):
        span = _value_span(sentence, m, after)
        after = span[1] if span else after
        own = 1 - DOUBT_COST * sum(d.code != "doubt.qualitative" for d in m.doubts)
        own -= OTHER_COST * (m.comparator is None)
        proposals.append(
            Proposal(
                data["id"], item.no, sentence, span, round(max(0.0, own), 2), m.doubts, m.notes
            )
        )
    return target, proposals


def read_resolution(text: str, source: str = "") -> ReadResult:
    """Propose a plan from a resolution's text; raise :class:`ReadError` without targets."""
    if len(text) > MAX_TEXT_CHARS:  # a caller that did not go through extract_text
        raise ReadError("text.too_long", count=Decimal(MAX_TEXT_CHARS))
    written = repair_text(text)  # a file's text is repaired already; a caller's may not be
    text = rejoin(written)  # a text wrapped at a width: its paragraphs' lines joined
    items, leftovers, heading, layout, results = _target_items(text)
    if len(items) > MAX_TARGETS:
        raise ReadError("text.too_many_items", n=len(items), count=Decimal(MAX_TARGETS))
    frame = read_frame(text, provinces(), heading)
    review = list(frame.doubts)
    targets, proposals = [], []
    ids = _Ids()
    single_year = frame.start_year is not None and frame.start_year == frame.end_year
    rows = written_rows(text)
    for item in items:
        target, proposed = _read_target(item, item.end or frame.end_year, ids, rows)
        # a year's plan, or a year's list beside the term's ("Chỉ tiêu năm 2021: …"): what
        # the term would sum is that year's level
        if single_year or (item.end is not None and item.end == frame.start_year):
            for m in target["metrics"]:
                if m["kind"] == "cumulative_over_term":
                    m["kind"] = "level_at_end"
        targets.append(target)
        proposals += proposed
        for p in proposed:
            name = next(m["name"] for m in target["metrics"] if m["id"] == p.metric)
            review += [coded("doubt.at", no=item.no, name=name, doubt=d) for d in p.doubts]
            review += [coded("doubt.at", no=item.no, name=name, doubt=n) for n in p.notes]
    _texts_as_written(targets, items, written)
    numbers = [t["no"] for t in targets]
    if len(set(numbers)) != len(numbers):
        review.append(coded("doubt.renumbered"))
        for i, t in enumerate(targets, start=1):
            t["no"] = i
        for p in proposals:
            p.target = next(i for i, t in enumerate(targets, 1) if p.metric in _ids_of(t))
    plan = _plan(frame, heading, targets, source)
    tasks = read_tasks(text)
    if tasks:
        plan["tasks"] = [{"kind": k.value, "no": no, "text": t} for k, no, t in tasks]
    review += _leftover_doubts(leftovers)
    for t in targets:
        for m in t["metrics"]:
            if m["kind"] == "other":
                review.append(coded("doubt.qualitative_at", no=t["no"], name=m["name"]))
    return ReadResult(plan, review, leftovers, layout, proposals, results)


def _texts_as_written(targets: list[dict[str, Any]], items: list[Item], written: str) -> None:
    """Each target's text with the file's dashes (a table's row is left as it is read)."""
    plain = [i for i, item in enumerate(items) if CELL not in item.text]
    texts = as_written(written, [targets[i]["text"] for i in plain])
    for i, text in zip(plain, texts, strict=True):
        targets[i]["text"] = text


def _ids_of(target: dict[str, Any]) -> set[str]:
    return {m["id"] for m in target["metrics"]}


def _leftover_doubts(leftovers: list[str]) -> list[Message]:
    review = [coded("doubt.leftover", line=line[:80]) for line in leftovers[:REVIEWED_LEFTOVERS]]
    if len(leftovers) > REVIEWED_LEFTOVERS:
        review.append(coded("doubt.leftovers", count=len(leftovers) - REVIEWED_LEFTOVERS))
    return review


def _plan(frame: Frame, heading: str, targets: list[dict[str, Any]], source: str) -> dict[str, Any]:
    end = (
        frame.end_year
        or max((m.get("end_year", 0) for t in targets for m in t["metrics"]), default=0)
        or None
    )
    plan: dict[str, Any] = {
        "schema_version": 1,
        "id": _plan_id(frame),
        "title": frame.title or frame.first_line or squash(heading) or "Nghị quyết",
        "area": {"code": frame.area_code or "unknown", "name": frame.area_name or "unknown"},
        "baseline_year": frame.baseline_year or (end - 5 if end else 0),
        "start_year": frame.start_year or (end - 4 if end else 0),
        "end_year": end or 0,
    }
    if source:
        plan["source"] = source
    plan["targets"] = targets
    return plan


def read_resolution_file(path: str, source: str = "") -> tuple[str, ReadResult]:
    """The text of a resolution file and the plan proposed from it (see the two steps)."""
    text = extract_text(path)
    return text, read_resolution(text, source=source)


def _plan_id(frame: Frame) -> str:
    name = re.sub(
        r"^(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+",
        "",
        frame.area_name,
        flags=re.IGNORECASE,
    )
    if name.isdigit():  # "Phường 11": the number alone says nothing
        name = frame.area_name
    parts = [slug(name).replace("-", "")] if name else ["plan"]
    if frame.congress:
        parts.append(frame.congress.lower())
    elif frame.start_year and frame.end_year:
        parts.append(f"{frame.start_year}-{frame.end_year}")
    return "-".join(parts)


__all__ = ["Proposal", "ReadError", "ReadResult", "read_resolution", "read_resolution_file"]
