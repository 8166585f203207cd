"""Targets set in running text: the press summaries most resolutions reach the public by.

"Nghị quyết Đại hội … xác định 18 chỉ tiêu, trong đó tăng trưởng kinh tế bình quân giai
đoạn 2021 - 2025 đạt 8,5 - 9%; đến năm 2025 thu nhập bình quân đầu người đạt 90 - 95 triệu
đồng." holds two targets. Each sentence is cut into clauses at ";"; the lead-in that
introduces them ("… xác định 18 chỉ tiêu, trong đó") is left out; a clause holding a figure
is a target when it or its sentence carries a target cue ("phấn đấu", "đến năm 2025",
"chỉ tiêu", "bình quân", "/năm" …) and no cue of a past result ("ước đạt", "nhiệm kỳ
qua", "năm 2020 đạt …"): a result is never proposed, only counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chitieu.targets.model import Group
from chitieu.textread.frame import PAGE_LINE, YEAR_STRIVE
from chitieu.textread.grouplabels import continues_structure
from chitieu.textread.items import Item, normalize, squash
from chitieu.textread.layouts import UPPER, group_of
from chitieu.textread.lines import lines_of
from chitieu.textread.names import NO_MORE_CUE, STRIVING
from chitieu.textread.pages import CAPTION
from chitieu.textread.values import EACH_YEAR, value_starts

# A sentence ends at ".", "!", "?" or "…" before a capital (numbers hold dots without spaces)
# or before a percentage ("… từ 80% trở lên. 100% xã …"); a heading that runs on into the
# text ends with its term in parentheses ("… (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng …").
SENTENCE_END = re.compile(
    rf"(?<=[.!?…])\s+(?=[\"“(]?[{UPPER}])|(?<=[^\d\s][.!?…])\s+(?=\d{{1,3}}(?:,\d+)?\s*%)"
    rf"|(?<=\d{{4}}\))\s+(?=[{UPPER}][^\W\d_])"
)
# "có nhiều chỉ tiêu đáng chú ý như:", "các chỉ tiêu:": the list's own lead, before its first
_MANY_TARGETS = r"(?:có\s+)?(?:nhiều|một số|các)\s+chỉ tiêu\b[^;:\d]{0,60}?:\s*"
# What introduces the clauses: "… xác định 18 chỉ tiêu, trong đó", "cụ thể:", "Trong đó,".
LEAD_IN = re.compile(
    r"^(?:[^;]{0,300}?\b(?:chỉ tiêu|mục tiêu)\b[^;:]{0,120}?(?:,?\s*trong đó(?:\s+có\b)?"
    r"|,\s*cụ thể(?: là)?"
    r"|,?\s*gồm(?:\s+có)?|:)\s*[,:]?\s*"
    # "…, trong đó có nhiều chỉ tiêu đáng chú ý như: Giảm …"
    rf"(?:{_MANY_TARGETS})?"
    r"|\s*(?:trong đó|theo đó|cụ thể(?: là)?|như sau|mục tiêu)\s*[,:]\s*"
    r"|\s*trong đó\s+(?=phấn đấu\b)"
    # "Qua đó, năm 2020 phấn đấu …", "Đồng thời, phấn đấu …": a connective, no part of it
    r"|\s*(?:qua đó|từ đó|bên cạnh đó|cùng với đó|trên cơ sở đó|đồng thời|ngoài ra)\s*,\s*"
    # "Đến năm 2025: 100% …", "Nhiệm vụ … đặt ra trong năm 2021 là thu nhập …"
    r"|\s*(?:đến|tới)\s+(?:năm\s+\d{4}|cuối\s+nhiệm kỳ)\s*:\s*"
    r"|[^;:\d]{0,200}?\b(?:đề ra|đặt ra|xác định)\b[^;:]{0,60}?\s+là\s*:?\s+"
    # "Mục tiêu trọng tâm là tăng …", "Chỉ tiêu chủ yếu là …"
    r"|\s*(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+[^\s;:,\d]+){0,2}\s+là\s*:?\s+"
    # "Nhiệm kỳ 2020-2025, Đảng bộ Phường 11 đặt mục tiêu duy trì tốc độ tăng trưởng …"
    r"|[^;:]{0,200}?\b(?:đặt|đề ra|đặt ra)\s+(?:mục tiêu|chỉ tiêu)\s+(?=[^\W_])"
    # "… bàn các giải pháp nhiệm kỳ mới 2015 - 2020, trong đó phấn đấu …"
    r"|[^;]{0,300}?,\s*trong đó\s+(?=phấn đấu\b)"
    # "Báo cáo tại đại hội, ông X, Chủ tịch UBND xã, cho biết xã phấn đấu …": who says it
    r"|[^;:]{0,200}?\bcho (?:biết|hay)\s*,?\s+(?=[^\W\d_])"
    # "Nhóm chỉ tiêu kinh tế phấn đấu …", "Nhóm chỉ tiêu về văn hóa-xã hội, đến năm 2030 …"
    r"|\s*nhóm chỉ tiêu\s+(?:về\s+)?[^,;:\d]{2,40}?(?:,\s*|\s+phấn đấu\s+)"
    # "Về xây dựng Đảng, hàng năm có …", "Ở lĩnh vực kinh tế, GRDP …": the field it is about
    r"|\s*(?:về|(?:ở|trên|trong)\s+lĩnh vực|lĩnh vực)\s+[^,;:\d]{2,40}?,\s*(?=[^\W\d_]))",
    re.IGNORECASE,
)
TARGET_CUE = re.compile(
    r"phấn đấu|(?:đến|tới)\s+(?:năm\s+\d{4}|cuối)|chỉ tiêu|mục tiêu|bình quân|/năm"
    r"|" + EACH_YEAR + r"|(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+\d{4}\s*[–-]\s*\d{4}"
    r"|trở lên|tối thiểu|không quá"
    r"|giảm xuống|giảm còn|xuống còn|duy trì|cả giai đoạn|nhiệm kỳ tới|đề ra|đặt ra|cam kết",
    re.IGNORECASE,
)
RESULT_CUE = re.compile(
    r"\bước\s+(?:đạt|thực hiện|tính)"
    r"|(?:nhiệm kỳ|giai đoạn|thời kỳ|thời gian|\d+\s+năm|những năm)\s+(?:vừa\s+)?qua"
    r"|vượt\s+(?:các\s+|mọi\s+)?chỉ tiêu\s+(?:đã\s+)?đề ra"
    # "đã" reports, except where a congress "đã đề ra" targets or workers "đã qua đào tạo"
    # (or "đã nhất trí thông qua" them)
    r"|\bđã\b(?!\s+(?:đề ra|đặt ra|xác định|thông qua|biểu quyết|thống nhất|nhất trí"
    r"|qua đào tạo|xây dựng (?:phương án|kế hoạch)))"
    r"|đạt và vượt|\d+/\d+\s+chỉ tiêu"
    r"|so với đầu nhiệm kỳ|(?:hoàn thành|vượt)\s+\d+/\d+|kết quả"
    r"|vượt\s+[\d.,]+\s*%?\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)"
    # "đạt 413% kế hoạch đề ra", "tăng 3,68% so với mục tiêu đề ra": measured against the
    # plan already set, so reached; "trong năm qua": the year just past
    r"|(?:đạt|tăng|vượt)\s+(?:gần\s+|hơn\s+)?[\d.,]+\s*%\s*(?:so với\s+)?"
    r"(?:mục tiêu|kế hoạch|chỉ tiêu)\s+đề ra|\bnăm\s+(?:vừa\s+)?qua\b"
    # "đạt 101,4% NQ", "đạt 100% nghị quyết": a share of the resolution's figure, reached
    r"|(?:đạt|vượt)\s+(?:gần\s+|hơn\s+)?[\d.,]+\s*%\s*(?:so với\s+)?(?:NQ|nghị quyết)\b",
    re.IGNORECASE,
)
# What sets a target in a clause of a sentence that has been reporting results.
SET_CUE = re.compile(r"phấn đấu|(?:đến|tới)\s+(?:năm\s+\d{4}|cuối)|chỉ tiêu|mục tiêu", re.I)
# A sentence that opens on the term behind ("Trong nhiệm kỳ qua, …") and one that looks ahead
PAST_TERM = re.compile(
    r"(?:nhiệm kỳ|giai đoạn|thời kỳ|thời gian|\d+\s+năm|những năm)\s+(?:vừa\s+)?qua", re.I
)
AHEAD = re.compile(
    r"phấn đấu|(?:đến|tới)\s+(?:năm\s+\d{4}|cuối)|(?:nhiệm kỳ|giai đoạn|thời gian|năm)\s+tới", re.I
)
# What turns a paragraph from the past term to the next: a look ahead ("Nhiệm kỳ tới, …",
# "Thời gian tới …") or a word that sets targets, as SET_CUE's
NEXT_TERM = re.compile(rf"{AHEAD.pattern}|chỉ tiêu|mục tiêu", re.I)
# "Đại hội thống nhất 10 chỉ tiêu chủ yếu …": a sentence that sets the targets
SETS_TARGETS = re.compile(
    r"(?:thống nhất|đề ra|đặt ra|xác định|thông qua)\s+(?:\d+\s+|các\s+)?(?:chỉ tiêu|mục tiêu)",
    re.IGNORECASE,
)
# What ends a report that ran on into the next paragraph: that paragraph looks ahead
TURN = re.compile(rf"{NEXT_TERM.pattern}|{SET_CUE.pattern}|đề ra|đặt ra|nhiệm vụ|kế hoạch", re.I)
# A sentence about the congress itself ("Trong 2 ngày 31/5 và 01/6, Đảng bộ … tổ chức Đại
# hội", "Đại hội đã bầu 14 đồng chí …"): its figures are days, delegates and votes.
EVENT = re.compile(
    r"tổ chức (?:thành công )?Đại hội|\bbầu\b|\bbỏ phiếu\b|khai mạc|bế mạc|\bđồng chí\b|kỳ họp"
    r"|(?:các|\d+)\s+đại biểu|^\W*(?:\(\w+\)\s*)?Trong\s+\d+\s+ngày",
    re.IGNORECASE,
)
_PAST_YEAR = re.compile(r"(?<!đến )(?<!tới )(?<!cuối )năm\s+((?:19|20)\d\d)\b(?!\s*[–-])", re.I)
_TERM = re.compile(r"(?:nhiệm kỳ|giai đoạn|thời kỳ)\s+((?:19|20)\d\d)\s*[–-]\s*(?:19|20)\d\d", re.I)
# "= 0" targets: "không còn hộ nghèo", "duy trì không có hộ nghèo"
NO_MORE = re.compile(rf"\b{NO_MORE_CUE}\s+(?:hộ|nhà|xã|thôn|trường)", re.IGNORECASE)
# "xây dựng huyện X đạt chuẩn nông thôn mới vào năm 2022": a status to reach by a date, a
# target with no figure (the labelling guide's qualitative target)
STATUS_BY_DATE = re.compile(
    r"(?:đạt\s+(?:chuẩn|tiêu chí|danh hiệu|nông thôn mới)|được công nhận|trở thành đô thị loại)"
    r"\b[^;]{0,120}?"
    r"\b(?:vào|đến|trong|trước)\s+(?:năm\s+)?(?:19|20)\d\d\b"
    r"|\b(?:vào|đến|trong|trước)\s+(?:năm\s+)?(?:19|20)\d\d\b[^;]{0,120}?"
    r"(?:đạt\s+(?:chuẩn|tiêu chí|danh hiệu|nông thôn mới)|được công nhận|trở thành đô thị loại)\b",
    re.IGNORECASE,
)
LISTED = re.compile(r"\bchỉ tiêu\b[^;.()]{0,40}:\s*$", re.IGNORECASE)
# "3. Nhiệm vụ, giải pháp: …" cut at its stop: the decision's number, no sentence
BARE_MARKER = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*")
MAX_CLAUSE = 2000  # a "clause" longer than this is a run of text with no punctuation
MAX_HEADLINE_AT = 5  # a headline stands among a page's first lines


# "… gồm: KINH TẾ: tốc độ …; thu nhập …. XÃ HỘI: tỷ lệ …": a group's label in capitals
# opening a clause; its clauses are that group's. ("Về kinh tế: …" in prose is left as it
# stands: taking it as a label lowered the held-out gate, docs/text-reader.md)
GROUP_LABEL = re.compile(r"\s*([^\W\d_][^:;,.()]{2,60}?)\s*:\s*(?=\S)")


def _group_label(clause: str, fields: bool = False) -> tuple[Group | None, str]:
    """The group a clause's label in capitals names, and the clause without it; a label in
    capitals that names no group ("TẦM NHÌN ĐẾN NĂM 2030: GRDP …") heads the clause and is
    no part of it either. ``fields``: the paragraph parts its clauses by "về …:" labels."""
    m = GROUP_LABEL.match(clause)
    if m is None:
        return None, clause
    label = m.group(1)
    # "Nhóm chỉ tiêu kinh tế: …": a group named as such, in any case
    named = _GROUP_NAMED.match(label) and group_of(label) is not None
    about = fields and _ABOUT.fullmatch(label) is not None and group_of(label) is not None
    if not (named or about) and (not label.isupper() or len(label.split()) < CAPS_LABEL_WORDS):
        return None, clause
    return group_of(label), clause[m.end() :]


# "… cụ thể: về kinh tế: A; B; về xã hội: C; D": fields labelled in a paragraph. One such
# label alone is left in its clause (read as a label, it lowered the held-out gate)
_ABOUT = re.compile(r"về\s+[^\W\d][^:;,.()\d]{2,60}", re.IGNORECASE)
_ABOUT_LABELS = re.compile(r"(?:^|[;:.]\s*)về\s+[^\W\d][^:;,.()\d]{2,60}?:", re.IGNORECASE)
FIELD_LABELS = 2  # how many "về …:" labels part a paragraph into fields


_GROUP_NAMED = re.compile(r"nhóm\s+chỉ\s+tiêu\s", re.IGNORECASE)
# a sentence that opens on such a label and its colon (not "Nhóm chỉ tiêu kinh tế phấn đấu …")
_GROUP_LEAD = re.compile(r"\s*(nhóm\s+chỉ\s+tiêu\s+(?:về\s+)?[^\W\d][^\d:;,.]{1,40}):", re.I)


CAPS_LABEL_WORDS = 2  # "GDP: …" is an indicator's name; "KINH TẾ: …" a label


@dataclass
class ProseTargets:
    items: list[Item] = field(default_factory=list)
    results: list[str] = field(default_factory=list)  # clauses read as past results


def sentences(lines: list[str]) -> list[tuple[int, str]]:
    """The sentences of the text's lines with the number of their paragraph, whitespace
    folded: a paragraph is cut before each capital that follows a sentence's end."""
    out: list[tuple[int, str]] = []
    for k, line in enumerate(lines):
        out += [(k, squash(s)) for s in SENTENCE_END.split(normalize(line)) if s.strip()]
    return out


def _clauses(sentence: str) -> tuple[str, list[str]]:
    """The lead-in of a sentence and its clauses (cut at ";" and at its closing stop)."""
    # "Nhiệm kỳ 2025-2030, Đảng bộ xã X phấn đấu A; B; C": the body that strives leads its
    # clauses in; before a single clause it is part of it (the name leaves it out anyway)
    lead = LEAD_IN.match(sentence)
    start = lead.end() if lead else 0
    # "Cùng với đó, Đảng bộ đặt mục tiêu …": a connective, then the lead-in proper
    if lead and (again := LEAD_IN.match(sentence[start:])):
        start += again.end()
    # "Theo đó, trong 6 tháng cuối năm, phường X phấn đấu A; B": after the lead-in, the body
    strive = STRIVING.match(sentence, start) if ";" in sentence else None
    start = strive.end() if strive else start
    head, body = sentence[:start], sentence[start:]
    parts = [p.strip().rstrip(".…!?/,").strip() for p in body.split(";")]
    out: list[str] = []
    for part in (p for p in parts if p):
        # "… đề ra 13 chỉ tiêu cụ thể; trong đó, tập trung …": after a lead-in with no
        # figure, "trong đó" introduces the clauses rather than a part of a target
        if not out or not value_starts(out[-1]):
            part = _OF_WHICH.sub("", part, count=1)
        if out and continues_structure(out[-1], part):
            out[-1] = f"{out[-1]}; {part}"  # "Cơ cấu kinh tế: A 64%; B 28,5%": one target
            continue
        out.append(part)
    return head, out


# "…; trong đó, …", "…; trong đó có nhiều chỉ tiêu phấn đấu đạt cao, như: A …": a lead-in
_OF_WHICH = re.compile(
    r"^trong đó\s*[,:]\s*"
    rf"|^trong đó\s+{_MANY_TARGETS}",
    re.IGNORECASE,
)


def _is_result(clause: str, lead: str, first_year: int | None) -> bool:
    if RESULT_CUE.search(clause) or _reports(lead):
        return True
    if first_year is None:
        return False
    # "năm 2020 đạt 44,5 triệu đồng": a year of the past term, not "đến năm 2025"
    years = [int(m.group(1)) for m in _PAST_YEAR.finditer(clause)]
    future = re.search(r"(?:đến|tới|cuối)\s+(?:năm\s+)?\d{4}", clause, re.IGNORECASE)
    return bool(years) and max(years) <= first_year and not future


def _reports(lead: str) -> bool:
    """Whether a lead-in reports results: its last cue is a result's ("Trên cơ sở những kết
    quả đạt được, đại hội xác định 16 chỉ tiêu …, trong đó:" sets targets after it)."""
    results = [m.end() for m in RESULT_CUE.finditer(lead)]
    sets = [m.end() for m in SET_CUE.finditer(lead)]
    return bool(results) and (not sets or max(results) >= max(sets))


def _aim_without_figure(clause: str, listed: bool) -> bool:
    """A target with no figure: in a list led in as targets ("… với các chỉ tiêu cụ thể: A;
    B; C") any clause, else a status to reach by a date; either a short clause of its own,
    not inside a general aim. A clause with digits but no figure ("4/5 trường") is neither."""
    if len(clause) > 150 or re.search(r"mục tiêu", clause, re.IGNORECASE):
        return False
    listed = listed and not re.search(r"\d", clause)
    return listed or STATUS_BY_DATE.search(clause) is not None


def _opens_on_the_past(opening: str, first_year: int | None, latest: int | None) -> bool:
    """ "Trong nhiệm kỳ qua, Đảng bộ … đã giành được …" (with no figure), "Nhiệm kỳ
    2015-2020, Đảng bộ … đã …": a sentence on the term before this one; "Năm 2015, sản lượng
    … đạt …" in a text whose sentences go on to 2016: on the year before."""
    if PAST_TERM.search(opening) and not AHEAD.search(opening):
        return True
    year = _OPENING_YEAR.match(opening)
    if year and latest and int(year.group(1)) < latest:
        return True
    dated = _LEAD_YEAR.match(opening)
    if dated and latest and int(dated.group(1)) < latest and not SET_CUE.search(opening):
        return True
    earlier = _TERM.match(opening) or _SAID_TERM.match(opening)
    return bool(earlier and first_year and int(earlier.group()[-4:]) <= first_year)


# "Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2020 - 2025, Đảng bộ … đã hoàn thành …":
# who says it, then the term the sentence is on
_SAID_TERM = re.compile(
    rf"[^.;:,]{{0,80}}\b(?:nêu rõ|cho biết|khẳng định|đánh giá|nhận định)\s*,\s*{_TERM.pattern}",
    re.IGNORECASE,
)


# "Theo báo cáo tại kỳ họp …, năm 2014 tình hình kinh tế - xã hội …": a sentence whose
# first clause dates it, after a comma (not a price base "giá so sánh năm 2010" nor "so với")
_LEAD_YEAR = re.compile(r"(?:[^.;:,]{0,80},\s*){1,3}năm\s+((?:19|20)\d\d)\b(?!\s*[–-])", re.I)
# "Năm 2016 là năm đầu tiên …", "Năm 2015, …": a sentence that opens on its year
_OPENING_YEAR = re.compile(r"\s*Năm\s+((?:19|20)\d\d)\b(?!\s*[–-])")


def find_prose_targets(text: str) -> ProseTargets:
    """The clauses of the text that set a figure to reach, numbered in reading order."""
    term = _TERM.search(normalize(text[:5000]))
    first_year = int(term.group(1)) if term else None
    found = ProseTargets()
    lines = lines_of(text)
    split = sentences(lines)
    years = [int(m.group(1)) for _, s in split if (m := _OPENING_YEAR.match(s))]
    years += [int(m.group(1)) for m in YEAR_STRIVE.finditer(text)]  # "…, năm 2019, X phấn đấu"
    latest = max(years, default=None)
    paragraph, carried, reporting = -1, False, False
    group: Group | None = None  # the group a label in this paragraph named
    fields = False  # the paragraph parts its clauses by "về …:" labels
    run = 0  # how many targets in a row the text has just read
    # a headline (a short first line with no closing stop) sums up the text: its figure is
    # read where the text states it
    # (after the page's own lines: "Trang chủ › Thời sự", "Cập nhật lúc 14:32, …")
    first = next((k for k, ln in enumerate(lines[:MAX_HEADLINE_AT]) if not PAGE_LINE.search(ln)), 0)
    headline = -1
    if first < len(lines) and len(lines[first]) <= 200 and lines[first].rstrip()[-1:] not in ".;:":
        headline = first
    captions = {k for k, line in enumerate(lines) if CAPTION.search(line)}
    for k, sentence in split:
        if k == headline or k in captions or BARE_MARKER.fullmatch(sentence):
            continue
        if k != paragraph:  # a paragraph of targets: its sentences after the first need no cue
            # "Các mục tiêu cụ thể gồm: A; B; C." then a paragraph "D; E; F.": the list goes on
            # into the next paragraph when the last one ended on a run of its own targets
            # a report runs on into the next paragraph until a sentence looks ahead
            reporting = reporting and not TURN.search(sentence)
            paragraph, carried, run, group = k, run >= 2, 0, None
            fields = len(_ABOUT_LABELS.findall(normalize(lines[k]))) >= FIELD_LABELS
        lead, clauses = _clauses(sentence)
        if named := _GROUP_LEAD.match(sentence):  # "Nhóm chỉ tiêu xã hội: tỷ lệ …; …"
            group = group_of(named.group(1)) or group
        # "… đại hội đã bàn các giải pháp nhiệm kỳ mới, trong đó phấn đấu A; B; C": clauses
        # led in by setting a figure are no results of the lead's "đã"
        said = "" if clauses and SET_CUE.match(clauses[0]) else lead
        listed = LISTED.search(lead) is not None
        cued = carried or bool(TARGET_CUE.search(lead) or TARGET_CUE.search(sentence[:200]))
        # a sentence that began reporting results goes on reporting them, and so does the
        # rest of its paragraph until a sentence turns to the term ahead
        opening = sentence[:200]
        # "Trên cơ sở đó, Đại hội thống nhất 10 chỉ tiêu …": the report ends where it turns
        reporting = reporting and not (SETS_TARGETS.search(opening) or AHEAD.search(opening))
        past = reporting and not NEXT_TERM.search(opening)
        if _opens_on_the_past(opening, first_year, latest):
            past = reporting = True
        for clause in clauses:
            if len(clause) > MAX_CLAUSE:
                continue
            labelled, clause = _group_label(clause, fields)
            group = labelled or group
            figured = value_starts(clause) or NO_MORE.search(clause)
            if not figured and not _aim_without_figure(clause, listed):
                continue
            if EVENT.search(clause) and not SET_CUE.search(clause):
                continue
            if _is_result(clause, said, first_year) or (past and not SET_CUE.search(clause)):
                found.results.append(clause)
                past, run = True, 0
            elif cued or TARGET_CUE.search(clause):
                found.items.append(Item(len(found.items) + 1, clause, group, sentence))
                carried, run = True, run + 1
            else:
                run = 0
    return found
