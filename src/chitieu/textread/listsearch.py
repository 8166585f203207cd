"""Where a text's target lists are: every line naming "chỉ tiêu" or an aim is a candidate
heading, scored by the items holding a figure that the list after it has (each line parsed a
bounded number of times, :class:`_Scores`); the best list is taken, and the others whose
headings set targets beside it. The list after a heading is parsed by
:mod:`chitieu.textread.structure`."""

from __future__ import annotations

import re

from chitieu.textread.grouplabels import (
    ANY_DIGIT,
    NUMBERED,
    clauses_after,
    field_paragraphs,
    group_label,
    split_inline,
)
from chitieu.textread.items import TargetList, has_figure, normalize, squash
from chitieu.textread.layouts import (
    UPPER,
    aim_heading,
    group_of,
    heading_group,
    table_header,
)
from chitieu.textread.lines import list_lines, marker
from chitieu.textread.structure import (
    HEADING,
    _ListParser,
    _Step,
    parse_items,
)


class _Scores:
    """How many items holding a figure the list after each heading has, in linear time.

    A text may mention "chỉ tiêu" on every line; parsing the rest of the text from each
    of them would cost the square of its length. Parsers that reach a line in the same
    state (:meth:`_ListParser.state`) go on alike, so what follows a (line, state) is
    counted once and remembered: how many items begun from there hold a digit, and
    whether the item open on arrival gets one.
    """

    def __init__(self, lines: list[str], fields: bool) -> None:
        self.lines = lines
        self.fields = fields  # the text's fields run their clauses (:func:`field_paragraphs`)
        self.known: dict[tuple[int, tuple[object, ...]], tuple[int, bool]] = {}

    def score(self, first: list[str], start: int) -> int:
        parser = _ListParser(start > 0 and opens_plain(self.lines, start - 1, first), self.fields)
        walked: list[tuple[tuple[int, tuple[object, ...]] | None, _Step]] = []
        rest: tuple[int, bool] = (0, False)
        stopped = False
        for raw in first:  # the heading's own line after its colon
            step = parser.feed(raw)
            walked.append((None, step))
            stopped = step.stop
        k = start
        while not stopped and k < len(self.lines):
            at = (k, parser.state())
            if at in self.known:
                rest = self.known[at]
                break
            step = parser.feed(self.lines[k])
            walked.append((at, step))
            stopped = step.stop
            k += 1
        for where, done in reversed(walked):
            rest = _after(done, rest)
            if where is not None:
                self.known[where] = rest
        return rest[0]


def _after(step: _Step, rest: tuple[int, bool]) -> tuple[int, bool]:
    """(items with a digit, digit for the open item) from a line on, given what follows."""
    count, open_digit = rest
    if step.stop:
        return 0, False
    if step.begun:
        *closed, last = step.begun
        return sum(closed) + int(last or open_digit) + count, False
    return count, step.joined or open_digit


# Another list besides the best one is taken when its heading sets targets (to 2030 beside
# 2025, a year's plan beside the term's), never when it reports results.
OTHER_LIST = re.compile(
    # "Chỉ tiêu:" alone heads each field's own list ("2. Về phát triển kinh tế / Chỉ tiêu:")
    r"(?:đến|tới)\s+năm\s+\d{4}|chủ yếu|phấn đấu|mục tiêu|^\s*(?:các\s+)?chỉ\s+tiêu\s*:"
    # "Riêng năm 2016, …:" a year's targets after the term's
    r"|^\s*riêng\s+năm\s+\d{4}\b"
    # "II. CHỈ TIÊU NĂM 2021": a year's list after the term's
    # or "Chỉ tiêu năm 2021: A; B; C" running its clauses after the colon
    r"|^\s*(?:[IVX]{1,4}[.)]\s*|\d{1,2}[.)]\s*)?(?:các\s+)?chỉ\s+tiêu\s+năm\s+\d{4}\s*(?::|$)",
    re.IGNORECASE,
)
RESULTS_LIST = re.compile(
    r"thành tựu|kết quả|thực hiện|đã đạt|đạt và vượt|\d+/\d+|nhiệm kỳ qua|đánh giá|\bước\b",
    re.IGNORECASE,
)
MAX_LISTS = 4
# "Riêng năm 2021, Đại hội thống nhất các chỉ tiêu: (1) …": a year's list beside the term's
_A_YEAR = re.compile(r"\bnăm\s+(?:19|20)\d\d\b", re.IGNORECASE)
_ENDS_TARGETS = re.compile(r"\bchỉ\s+tiêu\s*$", re.IGNORECASE)


def _year_list(line: str) -> bool:
    """Whether a line's words before its colon head a year's targets: they name a year and
    end in "chỉ tiêu" (two searches, no backtracking over the line)."""
    head, colon, _ = normalize(line).partition(":")
    return bool(colon) and bool(_ENDS_TARGETS.search(head)) and bool(_A_YEAR.search(head))


def reports(line: str) -> bool:
    """Whether a heading reports results ("Kết quả thực hiện các chỉ tiêu …"); one that
    strives ("Đại hội thống nhất phấn đấu thực hiện 13 chỉ tiêu …") sets targets. A heading
    that runs a paragraph is judged by its last sentence, which leads the list in ("… đã nỗ
    lực phấn đấu, đạt và vượt 12/16 chỉ tiêu. Kết quả thực hiện một số chỉ tiêu chủ yếu:")."""
    last = _LAST_SENTENCE.search(line)
    line = last.group(1) if last else line
    if _VOTES_RESULT.search(line):  # "Kết quả biểu quyết cụ thể như sau:": the votes on targets
        return False
    return RESULTS_LIST.search(line) is not None and STRIVES.search(line) is None


_VOTES_RESULT = re.compile(r"kết quả\s+(?:tổng hợp\s+)?(?:phiếu\s+)?biểu quyết", re.IGNORECASE)


# its last sentence, or clause: "Nhiệm kỳ qua, thu nhập … đạt 58 triệu đồng; nhiệm kỳ 2025 -
# 2030, Đại hội xác định các chỉ tiêu chủ yếu đến năm 2030:"
_LAST_SENTENCE = re.compile(rf"(?:[.!?]\s+(?=[{UPPER}])|;\s+)([^.!?;]*:\s*)$")


STRIVES = re.compile(r"phấn đấu", re.IGNORECASE)


# "… với 20 chỉ tiêu. Một số chỉ tiêu chủ yếu: tốc độ … đạt 9 - 10%/năm, thu nhập … đạt 60 -
# 65 triệu đồng, …": a press report's targets apart by commas alone
SOME_TARGETS = re.compile(r"\s*(?:một số|các)\s+chỉ\s+tiêu(?:\s+chủ\s+yếu)?\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
COMMA_ITEMS = 3


def _comma_items(rest: str) -> list[str]:
    """The items of a list whose clauses are apart by commas alone, each holding a figure (a
    part without one, "tỷ lệ chất thải được thu gom, xử lý đạt 90%", goes on into the next);
    none for other text."""
    if ";" in rest or NUMBERED.search(rest):
        return []
    parts: list[str] = []
    pending = ""
    for part in (p.strip() for p in rest.split(", ")):
        pending = f"{pending}, {part}" if pending else part
        if ANY_DIGIT.search(part):
            parts.append(pending)
            pending = ""
    if pending or len(parts) < COMMA_ITEMS:  # each part taken holds a figure
        return []
    return [f"- {p}" for p in parts]


# "Chỉ tiêu: …" heading a field's targets, not a sentence that names its targets
BARE_HEAD = re.compile(
    r"\s*(?:[-+*•]\s*)?(?:các\s+)?chỉ\s+tiêu(?:\s+chủ\s+yếu|\s+năm\s+\d{4})?\s*", re.I
)


def find_target_list(text: str) -> TargetList | None:
    """The lists of targets: the heading mentioning "chỉ tiêu" whose items hold the most
    numbers (the first on a tie), and the other lists whose headings set targets.
    """
    lines = list_lines(text)
    scores = _Scores(lines, field_paragraphs(lines))
    heads: list[tuple[int, int, list[str]]] = []  # score, line, the heading's own rest
    aims: list[tuple[int, int, list[str]]] = []  # the same under headings of aims
    for i, line in enumerate(lines):
        aim = not HEADING.search(line)
        head, _, rest = normalize(line).partition(":")
        # "Tầm nhìn đến năm 2030: về kinh tế: A; B; về xã hội: C": a heading running its
        # fields after the colon (not any sentence after one: that lowered the held-out gate)
        vision = aim_heading(f"{head}:") and group_label(rest.strip()) is not None
        # "Riêng năm 2016, năm đầu của nhiệm kỳ, Đại hội xác định: A; B; C": a year's clauses
        year = bool(rest.strip()) and _YEAR_CLAUSES.match(head) is not None
        if aim and not aim_heading(line) and not vision and not year:
            continue
        first = [line[len(head) + 1 :]] if rest.strip() else []
        if rest.strip() and (BARE_HEAD.fullmatch(head) or year):
            first = clauses_after(first[0])
        elif rest.strip() and SOME_TARGETS.fullmatch(_SENTENCE_END.split(head)[-1]):
            first = _comma_items(first[0]) or first
        if table_header(normalize(line)) is not None:  # "STT | Chỉ tiêu | … | Kế hoạch 2019"
            first = [line]
        if heading_group(normalize(line)) is not None:  # "1. Các chỉ tiêu về kinh tế"
            first = [line]
        score = scores.score(first, i + 1)
        if score:
            (aims if aim else heads).append((score, i, first))
    if all(reports(lines[i]) for _, i, _ in heads + aims):  # none, or results'
        aims += _untitled_runs(lines, scores)
    # a list under "chỉ tiêu" is the main one; lists of aims come beside it, or alone
    return select_lists(lines, heads + aims if heads else aims, scores.fields)


UNTITLED_RUN = 3  # items holding a figure that make a list without a heading


def _untitled_runs(lines: list[str], scores: _Scores) -> list[tuple[int, int, list[str]]]:
    """Lists whose heading names neither "chỉ tiêu" nor an aim ("MỤC TIÊU CHỦ YẾU",
    "Nhiệm vụ năm 2021:", none), with three or more items holding a figure: from a group's
    heading ("I. Về kinh tế", "KINH TẾ"), read with it, or from a run's start ("1.", "(1)",
    "a)", a first bullet) under the line before it, unless that line reports results
    ("Kết quả thực hiện năm 2020")."""
    grouped = [heading_group(normalize(line)) is not None for line in lines]
    runs = []
    for i in range(1, len(lines)):
        if grouped[i]:
            runs.append((scores.score([lines[i]], i + 1), i, [lines[i]]))
        # unless the line before heads the run otherwise: a group's heading (the run is read
        # from there, above) or a heading of results (no targets)
        elif (
            not grouped[i - 1] and not reports(lines[i - 1]) and _run_start(lines[i - 1], lines[i])
        ):
            runs.append((scores.score([], i), i - 1, []))
    runs = [run for run in runs if run[0] >= UNTITLED_RUN]
    # "Năm 2020, kinh tế …:" and "Nhiệm vụ năm 2021:": the runs under words of aims, if any
    aimed = [run for run in runs if AIM_WORDS.search(lines[run[1]])]
    return aimed or runs


AIM_WORDS = re.compile(
    r"mục\s+tiêu|chỉ\s+tiêu|phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|phấn\s+đấu|(?:đến|tới)\s+năm"
    r"|chủ\s+yếu",
    re.IGNORECASE,
)


def _run_start(before: str, line: str) -> bool:
    """Whether ``line`` starts a run: numbered 1 or "a", the first of its bullets, or a
    paragraph of "(1) … (2) …" items (after a group's label: "Về kinh tế: (1) …")."""
    m = marker(normalize(line))
    if m is None:
        return "(1)" in line and len(split_inline(normalize(line), line)) >= 2
    if m.group("bullet"):
        return not normalize(before).lstrip().startswith(normalize(m.group("bullet")))
    return (m.group("num") or m.group("paren") or m.group("letter")) in ("1", "a")


_YEAR_CLAUSES = re.compile(r"\s*riêng\s+năm\s+\d{4}\b[^:;.]{0,80}$", re.IGNORECASE)
_COUNTED_FIELD = re.compile(r"\s*Về\s+([^:;,()\d]{3,60}?),?\s+có\s+\d{1,2}\s+chỉ\s+tiêu\s*:", re.I)
_END_YEAR = re.compile(
    r"(?:đến|tới)\s+năm\s+((?:19|20)\d\d)\b"
    # "Chỉ tiêu năm 2021: …", "II. CHỈ TIÊU NĂM 2021": a year's list, whose period is that year
    r"|^\s*(?:[IVX]{1,4}[.)]\s*|\d{1,2}[.)]\s*)?(?:(?:các\s+)?chỉ\s+tiêu|riêng)\s+năm\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


TABLE_SLACK = 2  # items a table's header may score below a heading above it, and head it


def select_lists(
    lines: list[str], heads: list[tuple[int, int, list[str]]], fields: bool
) -> TargetList | None:
    """The best list and the others whose headings set targets, from each heading's score."""
    if not heads:
        return None

    # a heading of results ("Thành tựu năm 2020", "Kết quả thực hiện") loses to any other
    # on a tie, a table's header row (whose rows hold every figure) beats the lines before
    # it; its "Thực hiện năm 2020" column is the results beside the targets, no results' list
    def rank(h: tuple[int, int, list[str]]) -> tuple[bool, int, bool, int]:
        table = table_header(normalize(lines[h[1]])) is not None
        return (table or not reports(lines[h[1]]), h[0], table, -h[1])

    best = max(heads, key=rank)
    chosen = [_parse_after(lines, best[1], best[2], fields)]
    # "Điều 2. … 2. Các chỉ tiêu chủ yếu: … chi tiết tại biểu sau:" over a table: the table's
    # header row heads its rows, whose cells it names, when it holds about as many figures
    inner = [
        h
        for h in heads
        if best[1] < h[1] <= best[1] + chosen[0][1].used
        and h[0] >= best[0] - TABLE_SLACK
        and table_header(normalize(lines[h[1]])) is not None
    ]
    if inner:
        best = min(inner, key=lambda h: h[1])
        chosen = [_parse_after(lines, best[1], best[2], fields)]
    # "Về môi trường có 3 chỉ tiêu: (14) …" after a paragraph that broke the run at (13)
    numbers = [it.no for it in chosen[0][1].items]
    resumed = re.compile(rf":\s*\({max(numbers) + 1}\)\s") if numbers else None
    for score, i, first in heads:
        if len(chosen) > MAX_LISTS or score < 1 or i == best[1]:
            continue
        goes_on = resumed is not None and i > best[1] and resumed.search(lines[i]) is not None
        sets = bool(OTHER_LIST.search(lines[i])) or _year_list(lines[i]) or goes_on
        if not sets or reports(lines[i]):
            continue
        if any(start <= i <= start + found.used for start, found in chosen):
            continue
        other = _parse_after(lines, i, first, fields)
        if not any(i <= start <= i + other[1].used for start, _ in chosen):
            chosen.append(other)
    chosen.sort(key=lambda c: c[0])
    found = next(f for start, f in chosen if start == best[1])
    found.items = [it for _, f in chosen for it in f.items if it.text]
    found.leftovers = [ln for _, f in chosen for ln in f.leftovers]
    return found


def opens_plain(lines: list[str], i: int, first: list[str]) -> bool:
    """Whether ``lines[i]`` is a heading of targets standing alone ("CÁC CHỈ TIÊU CHỦ YẾU
    NHIỆM KỲ 2020 - 2025": no colon, no figure but years, no sentence's end) over unmarked
    sentences that set figures, one a line: its items, as under a group's heading. A
    headline over a date line or a paragraph is no such heading."""
    text = normalize(lines[i]).strip()
    if first or not HEADING.search(text) or text.endswith((".", ";", ":", ",")):
        return False
    if has_figure(text):
        return False
    return len(lines) > i + PLAIN_LOOKAHEAD and all(
        _plain_target(normalize(line)) for line in lines[i + 1 : i + 1 + PLAIN_LOOKAHEAD]
    )


PLAIN_LOOKAHEAD = 2  # unmarked sentences setting figures that show a heading's items
PLAIN_LINE = 200  # longer, a line is a paragraph


def _plain_target(line: str) -> bool:
    text = line.strip()
    one_sentence = not re.search(r"[.!?]\s+\S", text)
    return (
        text[:1].isupper()
        and marker(text) is None
        and len(text) <= PLAIN_LINE
        and one_sentence
        and has_figure(text)
    )


def _parse_after(
    lines: list[str], i: int, first: list[str], fields: bool
) -> tuple[int, TargetList]:
    found = parse_items(first + lines[i + 1 :], opens_plain(lines, i, first), fields)
    # the lines after the heading the list took: its own rest is no further line
    found.used = max(0, found.used - len(first))
    found.heading = squash(lines[i])
    # "2. Về phát triển kinh tế / Chỉ tiêu: …": a field's heading names its list's group
    head = normalize(lines[i]).partition(":")[0]
    # (a heading, not the line of items before: "… l) kết nạp 120 đảng viên." / "Chỉ tiêu
    # năm 2021: …")
    titled = i and BARE_HEAD.fullmatch(head) and not lines[i - 1].rstrip().endswith((".", ";"))
    field = group_of(lines[i - 1]) if titled else None
    # "2. Về kinh tế: Các chỉ tiêu …": the field's label that heads the list names its group
    label = group_label(normalize(lines[i]))
    field = (group_of(label.group(1)) if label else None) or field
    # "Về môi trường có 3 chỉ tiêu: (14) …": a heading that counts its field's targets
    counted = _COUNTED_FIELD.match(normalize(lines[i]))
    field = group_of(counted.group(1)) if counted else field
    for item in found.items if field else []:
        item.group = item.group or field
    end = _END_YEAR.search(lines[i])
    for item in found.items:  # "Tầm nhìn đến năm 2030:": its items' end year
        item.end = int(end.group(1) or end.group(2)) if end else None
    return i, found
