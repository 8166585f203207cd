"""Lists run inline in one paragraph, cut into lines before each item (:func:`expand`):
"CÁC CHỈ TIÊU CHỦ YẾU … I. Về kinh tế (9 chỉ tiêu) 1. Giá trị sản xuất … 2. Thu nhập …",
"… đạt 8%. • GRDP …", "1/ Tốc độ … 2/ Thu nhập …", with the group headings between the
items on lines of their own; a table typed or copied as text becomes rows
(:func:`layouts.table_row`)."""

from __future__ import annotations

import bisect
import re

from chitieu.textread.grouplabels import INLINE_NEAR, TRAILING_GROUP, last_item_end
from chitieu.textread.layouts import HOW_REACHED, LOWER, UPPER, group_of, table_row
from chitieu.textread.ordinals import ordinal_lines
from chitieu.textread.values import UNITS

_MARK = r"(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}\)|[IVX]{1,4}\.|[a-zđ]\))"
# An item may open with a share: "9. 100% trường học đạt chuẩn …", "11/ 95% dân số …"
SHARE = r"\d{1,3}(?:,\d{1,2})?\s?%"
# Before an inline marker: the end of the previous item (or "(9 chỉ tiêu)") and a capital after.
INLINE_CUT = re.compile(rf"(?<=[.;:)])\s+(?={_MARK}\s+(?:[\"“{UPPER}]|{SHARE}))")
# "… 45 triệu đồng. B. XÃ HỘI 3. Tỷ lệ …": a group heading in capitals between inline items,
# cut before it and after it.
CAPS_GROUP = re.compile(
    rf"\s+((?:[A-D]|[IVX]{{1,4}})\.\s+[{UPPER}][{UPPER} ,–-]{{1,60}}[{UPPER}])\s+(?=\d{{1,2}}\.\s)"
)
# "… 10%/năm, 2. Thu nhập …, 3. Tỷ lệ …": after a comma only when the numbers go on in turn.
COMMA_CUT = re.compile(rf"(?<=,)\s+(?=(\d{{1,2}})\.\s+[{UPPER}])")
# "… CHỦ YẾU NĂM 2021 1. Tổng sản phẩm … 2. Cơ cấu …", "gồm: 1) tốc độ …; 2) thu nhập …": a
# marker after any word, before a letter of either case, taken only when the markers number
# a run 1, 2, 3 … in turn (a heading need not end in a stop). "(1) … (2) …" paragraphs are
# cut by the list's reader (grouplabels.split_inline), which knows their groups' labels.
LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese order: a), b), c), d), đ), e), g) …
RUN_CUT = re.compile(
    rf"(?<=\S)\s+(?=(?:(\d{{1,2}})(?:[.)/]|\s?-)|([{LETTERS}])[.)])\s+(?:[\"“]|[^\W\d_]|{SHARE}))"
)
RUN_OPENING = re.compile(rf"\s*(?:(\d{{1,2}})(?:[.)/]|\s?-)|a[.)])\s+(?:[\"“]|[^\W\d_]|{SHARE})")
# "… đạt 8,0%. • GRDP bình quân …; - Tỷ lệ …": bullets run inline, cut before each when a
# paragraph holds two or more; a dash only after a stop (elsewhere it joins words or a
# range: "kinh tế - xã hội", "8,5 - 9%"), a dot "•" after any word.
BULLET_CUT = re.compile(
    rf"(?<=[.;:])\s+(?=[-–•+]\s+(?:[^\W\d_]|{SHARE}))|(?<=\S)\s+(?=•\s*(?:[^\W\d_]|{SHARE}))"
)
CAPS_BULLET = re.compile(rf"(?<=[{UPPER}]{{2}})\s+(?=[-–+]\s+[{UPPER}])")  # "MỤC TIÊU - Tốc độ"
# "… (giai đoạn 2021-2025) * Về kinh tế (1) Cơ cấu …": a group heading without a colon
# between inline items, cut before it and after it.
MARKED_GROUP = re.compile(
    r"\s+([*+•–-]\s*(?:Về|VỀ)\s[^:;.\d()]{3,60}?)\s+"
    rf"(?=(?:\d{{1,2}}[.)]|\(\d{{1,2}}\))\s|[-+•–]\s+[{UPPER}])"
)
# "… 70 triệu đồng. II. Về xã hội (3) …", "…; XÃ HỘI - Tỷ lệ …", "… 45%. Chỉ tiêu về xã hội:
# 3. …": a group heading after an item's stop, before the next item's marker
STOP_GROUP = re.compile(
    # "… đồng. B- VỀ VĂN HÓA – XÃ HỘI: 1- Tỷ lệ …": a letter or number and a dash too
    rf"(?<=[.;:])[^\S\n]+((?:(?:[IVX]{{1,4}}|[A-E]|\d{{1,2}}(?:\.\d{{1,2}})*)(?:[.)]|\s?[-–])\s+"
    rf"|[*+•–-]\s*)?"
    # "… đồng. Nhóm chỉ tiêu xã hội gồm: 5/ Tỷ lệ …" too
    rf"(?:(?:(?:[Cc]ác\s+|CÁC\s+|[Nn]hóm\s+|NHÓM\s+)?(?:[Cc]hỉ\s+tiêu|CHỈ\s+TIÊU)(?:\s+(?:về|VỀ))?"
    rf"|[Vv]ề|VỀ)"
    rf"\s[^:;.\d()]{{2,50}}?"
    rf"|[{UPPER}][{UPPER} ,–-]{{2,50}}[{UPPER}])"
    # "1- Tổng …", "1- 100% …" (a dash right after the number: "10 - 11%" is a range)
    r"\s*(?:\(\s*\d+\s*chỉ tiêu\s*\))?\s*:?)\s+(?=(?:\d{1,2}(?:[.)/]|[-–])|\(\d{1,2}\)|[-+•–])\s+"
    # an item in sentence case (not "KINH TẾ - XÃ HỘI"), or opening with a share
    rf"(?:[\"“]|{SHARE}|[{UPPER}](?![{UPPER}\s])))"
)
# "… NHIỆM KỲ 2020-2025 I. Về kinh tế": a roman group heading right after the list's heading.
ROMAN_CUT = re.compile(r"(?<=\S)\s+(?=[IVX]{1,4}\.\s+(?:Về|VỀ)\s)")
# "… 60 triệu đồng. Về xã hội: Tỷ lệ …", "…; VỀ XÃ HỘI: 3. Tỷ lệ …": a group label inside a
# paragraph that holds several (or a list cut at its markers) starts a line of its own.
# "Về kinh tế, có 6 chỉ tiêu: 1. …": a label may count its items
_LABEL = r"(?:Về|VỀ)\s[^:;.\d]{3,60}(?:\d{1,2}\s+chỉ\s+tiêu\)?)?:\s*\S"
LABEL_CUT = re.compile(rf"(?<=[^\s*+•–-])\s+(?=(?:[*+•–-]\s*)?{_LABEL})")
INLINE_NO = re.compile(r"\(\d{1,2}\)\s")
_LABEL_START = re.compile(rf"(?:[*+•–-]\s*)?{_LABEL}")  # a piece that a label starts
# Under an inline label, unnumbered items are its sentences ("… 7,5%/năm. Thu nhập …"); not
# after an abbreviation in capitals ("TP. Hồ Chí Minh").
SENTENCE_CUT = re.compile(rf"(?<=[a-zà-ỹđ\d%)]\.)\s+(?=[{UPPER}])")

# "Chỉ tiêu 1: Tốc độ …", "Chỉ tiêu thứ 2. …": an item numbered by its cue word
CUE_MARK = re.compile(
    r"^\s*chỉ\s+tiêu\s+(?:thứ\s+|số\s+)?(\d{1,2})\s*[:.)–-]\s*(?=\S)", re.IGNORECASE
)


# "1 | Thu nhập … | Triệu đồng | 38,5 | 65 - 70", "I | KINH TẾ | | |": a row copied with its
# cells apart by " | " and no "|" before the first
PIPE_ROW = re.compile(r"\s*(?:\d{1,3}|[IVX]{1,4}|[A-D])\.?\s+\|(?:[^|\n]*\|){1,}")


def expand(lines: list[str]) -> list[str]:
    """Lines, with "Chỉ tiêu 1: …" numbered "1. …", a paragraph holding two or more inline
    markers cut before each, and a table typed or copied as text ("| 1 | … |", cells apart
    by tabs, one cell per line) as rows."""
    out: list[str] = []
    pieces = ordinal_lines([run for ln in lines for run in _paren_run(ln)])
    for line in (piece for part in pieces for piece in _cue_items(part)):
        line = CUE_MARK.sub(r"\1. ", line)
        line = _marker_tab(line)
        if line.lstrip().startswith("|") or "\t" in line.strip() or PIPE_ROW.match(line):
            out.append(table_row(re.split(r"\s*\|\s*|\t", line.strip())))
            continue
        cuts = [m.end() for m in INLINE_CUT.finditer(line)] + _comma_cuts(line)
        cuts += _run_cuts(line, cuts)
        groups = [*CAPS_GROUP.finditer(line), *MARKED_GROUP.finditer(line)]
        groups += (m for m in STOP_GROUP.finditer(line) if group_of(m.group(1)) is not None)
        cuts += [k for m in groups for k in (m.start(1), m.end())]
        cuts += _bullet_cuts(line, cuts)
        cuts += _sub_run_cuts(line, cuts)
        labels = [m.end() for m in LABEL_CUT.finditer(line)]
        if len(cuts) < 2 and len(labels) < 2:
            out.append(line)
            continue
        # "… k) Hằng năm kết nạp 10 đảng viên trở lên. Để đạt được các chỉ tiêu trên, …":
        # the list ends inside its paragraph, where how it is to be reached begins
        cuts += [m.end() for m in HOW_CUT.finditer(line, max(cuts, default=0))]
        # "… 14. Xây dựng Đảng bộ trong sạch, vững mạnh. “Đây là những chỉ tiêu …”": the
        # last item ends with its sentence, where the report goes on
        last = line.find(" ", max(cuts, default=0))  # after the last item's marker
        # ("(3) … (4) …" runs are the list reader's to cut: their last is elsewhere)
        last = -1 if INLINE_NO.search(line, max(cuts, default=0)) else last
        if len(cuts) >= 2 and last > 0 and (end := last_item_end(line, last + 1)) is not None:
            cuts.append(end)
        if cuts:
            cuts = [*cuts, *(m.end() for m in ROMAN_CUT.finditer(line, 0, min(cuts)))]
        out += _cut_at(line, sorted({*cuts, *labels}), unnumbered=len(cuts) < 2)
    return [ln for ln in out if ln.strip()]


# "(1)\tTốc độ …", "2.\tCác chỉ tiêu …": a Word list saved as text, a tab after the marker
_MARKER_TAB = re.compile(r"^([ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)/]|[a-zđ]\)|[-–•+*]))\t+(?=\S)")


def _marker_tab(line: str) -> str:
    """``line`` with a tab after its marker as a space, when no other tab parts cells."""
    m = _MARKER_TAB.match(line)
    return f"{m.group(1)} {line[m.end() :]}" if m and "\t" not in line[m.end() :] else line


HOW_CUT = re.compile(rf"(?<=[.;])\s+(?={HOW_REACHED})")
# "Chỉ tiêu 1: Tốc độ …. Chỉ tiêu 2: GRDP …": items numbered by their cue word, run inline
CUE_CUT = re.compile(r"(?<=[.;])\s+(?=chỉ\s+tiêu\s+(?:thứ\s+|số\s+)?\d{1,2}\s*[:.)–-]\s*\S)", re.I)


# "… Đại hội thống nhất xác định các chỉ tiêu chủ yếu đến năm 2025: (1) Tổng …; (2) …":
# a "(1) … (2) …" run after a lead-in deep in a paragraph
PAREN_RUN = re.compile(r"(?<=:)\s+(?=\(1\)\s*\S)")


def _paren_run(line: str) -> list[str]:
    """A paragraph cut before its "(1)" after a colon, when "(2)" and "(3)" follow, or
    before the group's label that leads it in ("…: Về kinh tế: (1) …")."""
    m = PAREN_RUN.search(line, INLINE_NEAR)  # nearer, split_inline reads the run
    if m is None or not re.search(r"\(2\)\s.*\(3\)\s", line[m.end() :]):
        return [line]
    label = TRAILING_GROUP.search(line, 0, m.start())
    at = label.start() if label else m.start()
    return [line[:at], line[at:].strip()]


def _cue_items(line: str) -> list[str]:
    """A paragraph of two or more "Chỉ tiêu N: …" items, cut before each."""
    cuts = [m.end() for m in CUE_CUT.finditer(line)]
    if not cuts or not (len(cuts) >= 2 or CUE_MARK.match(line)):
        return [line]
    starts = [0, *cuts]
    return [line[a:b].strip() for a, b in zip(starts, [*cuts, len(line)], strict=True)]


def _comma_cuts(line: str) -> list[int]:
    """Cuts after commas, when there are two or more and their numbers follow in turn."""
    found = list(COMMA_CUT.finditer(line))
    numbers = [int(m.group(1)) for m in found]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    return [m.end() for m in found]


# "… đạt 8,2% - Thu nhập … đạt 54 triệu đồng - Tổng thu …": bullets run on with no stop,
# each after the figure (and its unit) that ends the item before, before a capital
_WORD_UNITS = "|".join(re.escape(u) for u in UNITS if u[:1].isalpha())
FIGURE_DASH = re.compile(
    rf"(?<=[\d%)])(?:\s+(?:(?:nghìn|triệu|tỷ|tỉ)\s+)?(?:{_WORD_UNITS}))?"
    rf"(\s+[-–]\s+)(?=[{UPPER}][{LOWER}])"
)


def _figure_dashes(line: str, cuts: list[int]) -> list[int]:
    """Cuts at :data:`FIGURE_DASH`, two or more, in a run that opens with a bullet ("- Tốc
    độ … 8,2% - Thu nhập …"); not a number's own dash ("2 - Thu nhập": a marker)."""
    cut = set(cuts)
    dashes = [
        m.start(1) + 1
        for m in FIGURE_DASH.finditer(line)
        # a marker's number stands just before its dash: look that far back only, so that
        # a line of many dashes is read in linear time
        if m.start(1) + 1 not in cut
        and not _NUMBER_MARK.search(line, max(0, m.start(1) - MARK_REACH), m.start(1))
    ]
    opening = _OPENING_DASH.search(line)
    if not (len(dashes) >= 2 and opening and opening.start() < dashes[0]):
        return []
    # "… Có thêm 3 trường đạt chuẩn quốc gia - Tỷ lệ trẻ em …": in such a run, an item whose
    # figure stands before the words it counts ends at a dash before a capital too; found by
    # bisection, so a line of many dashes costs no more than its length times a logarithm
    bounds = sorted({*cuts, *dashes, opening.end()})
    digits = [m.start() for m in _DIGIT.finditer(line)]
    last = 0
    for m in WORD_DASH.finditer(line, opening.end()):
        at = m.start(1) + 1
        k = bisect.bisect_left(bounds, at)
        if k < len(bounds) and bounds[k] == at:
            continue
        before = max(bounds[k - 1] if k else 0, last)
        if bisect.bisect_left(digits, before) < bisect.bisect_left(digits, at):
            dashes.append(at)
            last = at
    return sorted(dashes)


_DIGIT = re.compile(r"\d")


WORD_DASH = re.compile(rf"(?<=[{LOWER}])(\s+[-–]\s+)(?=[{UPPER}][{LOWER}])")
_NUMBER_MARK = re.compile(r"(?:^|[.;:])\s*\d{1,2}$")
MARK_REACH = 12  # how far before a dash its marker's number and stop may stand
_OPENING_DASH = re.compile(rf"(?:^|(?<=[.;:]))\s*[-–]\s+[{UPPER}]")


# "… 11 - 12% + Thu nhập …": a "+" is a bullet wherever it stands before a capital
PLUS_RUN = re.compile(rf"(?<=\S)\s+(?=\+\s+(?:[{UPPER}]|{SHARE}))")


def _bullet_cuts(line: str, cuts: list[int]) -> list[int]:
    """Cuts before inline bullets (:data:`BULLET_CUT`, or :data:`FIGURE_DASH` when the
    items have no stops), when there are two or more; then the first one after a heading in
    capitals too."""
    found = [m.end() for m in BULLET_CUT.finditer(line) if m.end() not in cuts]
    found = sorted({*found, *_figure_dashes(line, cuts)})
    pluses = [m.end() for m in PLUS_RUN.finditer(line) if m.end() not in cuts]
    found = sorted({*found, *pluses}) if len(pluses) >= 2 else found
    if len(found) < 2:
        return []
    first = CAPS_BULLET.search(line, 0, found[0])
    return [first.end(), *found] if first and first.end() not in cuts else found


# "1. Về kinh tế 1.1. Tốc độ … 1.2. Thu nhập …" (or "2.1.1. …"): a group's first
# sub-numbered item after its heading, which ends without a stop
SUB_RUN = re.compile(rf"(?<=\S)\s+(?=(\d{{1,2}}(?:\.\d{{1,2}})?)\.1\.\s+[\"“{UPPER}])")


def _sub_run_cuts(line: str, cuts: list[int]) -> list[int]:
    """Cuts before "N.1." when "N.2." follows it in the line."""
    return [
        m.end()
        for m in SUB_RUN.finditer(line)
        if m.end() not in cuts and f" {m.group(1)}.2. " in line[m.end() :]
    ]


# What leads a list: its heading ("Các chỉ tiêu … năm 2021") or a colon.
_LEAD = re.compile(r"chỉ\s+tiêu|mục\s+tiêu|:\s*$", re.IGNORECASE)


def _run_cuts(line: str, cuts: list[int]) -> list[int]:
    """Cuts before markers that follow no stop, when the line's markers from "1." (or "a)")
    number a run in turn: of three or more, or of two after a list's lead or beside other
    cuts. Numbers and letters make runs of their own ("1. … a) … b) … 2. …"). A line that
    opens with a later number ("9- Tỷ lệ … 10- Số bác sĩ … 11- …"), or has one after a
    colon, goes on with a list broken over paragraphs: its run counts from that number, and
    only when of three or more."""
    runs: dict[bool, list[tuple[int, list[int]]]] = {True: [], False: []}
    opening = RUN_OPENING.match(line)  # "1/ Tốc độ … 2/ Thu nhập …": the run opens the line
    if opening:
        numbered = opening.group(1) is not None
        runs[numbered].append((int(opening.group(1)) if numbered else 1, [0]))
    for m in RUN_CUT.finditer(line):
        numbered = m.group(1) is not None
        no = int(m.group(1)) if numbered else LETTERS.index(m.group(2)) + 1
        kind = runs[numbered]
        # the latest run this number goes on ("… : 10- 12%", a range after a colon, began
        # none that "2/" would have to follow)
        going_on = next((r for r in reversed(kind) if no == r[0] + len(r[1])), None)
        if no == 1:
            kind.append((1, [m.end()]))
        elif going_on is not None:
            going_on[1].append(m.end())
        elif line[m.start() - 1] == ":":  # the match opens on the space after a non-space
            # "Cùng với đó, Nghị quyết đặt mục tiêu: 7. Tỷ lệ … 8. …": a list going on
            kind.append((no, [m.end()]))
    return [
        at
        for start, run in runs[True] + runs[False]
        if len(run) >= 3
        or (start == 1 and len(run) == 2 and (cuts or _LEAD.search(line[: run[0]])))
        for at in run
        if at and at not in cuts
    ]


def _cut_at(line: str, cuts: list[int], unnumbered: bool) -> list[str]:
    """``line`` cut at ``cuts``; with no markers, each label's sentences apart too."""
    starts = [0, *cuts]
    pieces = [line[a:b].strip() for a, b in zip(starts, [*cuts, len(line)], strict=True)]
    for i in range(len(pieces) - 1):  # "1. Về kinh tế: - …": a bare marker keeps its label
        if _BARE_MARK.fullmatch(pieces[i]):
            pieces[i], pieces[i + 1] = "", f"{pieces[i]} {pieces[i + 1]}"
    if not unnumbered:
        return pieces
    return [s for p in pieces for s in (SENTENCE_CUT.split(p) if _sentences(p) else [p])]


_BARE_MARK = re.compile(_MARK)


def _sentences(piece: str) -> bool:
    """A label's piece whose items are its sentences: not one numbered "(1) … (2) …"."""
    return _LABEL_START.match(piece) is not None and not INLINE_NO.search(piece)
