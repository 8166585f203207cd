"""The key tasks, breakthroughs and groups of tasks a resolution names besides its targets."""

from __future__ import annotations

import re

from chitieu.targets.model import TaskKind
from chitieu.textread.items import normalize, squash
from chitieu.textread.layouts import UPPER
from chitieu.textread.lines import lines_of
from chitieu.textread.ordinals import ORDINALS, ordinal_run, sets_figures
from chitieu.textread.structure import parse_items

KEY_TASK = re.compile(
    r"^\s*[-–•]?\s*(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\s*[:,.]?\s*(.+)$", re.IGNORECASE
)
# "Đại hội xác định 3 khâu đột phá: (1) …; (2) …" or "…: phát triển …; đẩy mạnh …; …"
INLINE_BREAKTHROUGHS = re.compile(r"(?:khâu đột phá|đột phá chiến lược)[^:]{0,60}:\s*(\S.+)$", re.I)


def read_tasks(text: str) -> list[tuple[TaskKind, int, str]]:
    """Key tasks ("Một là … Năm là"), breakthroughs and groups of tasks named in the text."""
    tasks: list[tuple[TaskKind, int, str]] = []
    lines = [normalize(ln) for ln in lines_of(text)]
    for ln in lines:
        m = KEY_TASK.match(ln)
        if m:
            tasks.append(
                (TaskKind.KEY_TASK, ORDINALS.index(m.group(1).lower()) + 1, squash(m.group(2)))
            )
    if not tasks:
        tasks = _ordinal_runs(lines)
    if not tasks:
        tasks = _section_groups(lines)
    for kind, cue in (
        (TaskKind.BREAKTHROUGH, r"khâu đột phá|đột phá chiến lược"),
        (TaskKind.TASK_GROUP, r"nhóm nhiệm vụ"),
    ):
        for i, ln in enumerate(lines):
            if not re.search(cue, ln, re.IGNORECASE):
                continue
            if not ln.rstrip().endswith(":"):
                inline = INLINE_BREAKTHROUGHS.search(ln) if kind is TaskKind.BREAKTHROUGH else None
                parts = _inline_parts(inline.group(1)) if inline else []
                if len(parts) >= 2 and not any(k is kind for k, _, _ in tasks):
                    tasks += [(kind, n, part) for n, part in enumerate(parts, 1)]
                continue
            found = parse_items(lines[i + 1 :])
            tasks += [(kind, it.no, it.text) for it in found.items]
            break
    return tasks


# "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "3. Nhiệm vụ, giải pháp chủ yếu:" over numbered lines:
# each of them one group of tasks (not "Điều 2. Mục tiêu, chỉ tiêu … và nhiệm vụ, giải pháp")
TASKS_SECTION = re.compile(
    r"\s*(?:[IVX]{1,4}[.)]|[A-D][.)]|\d{1,2}[.)])?\s*(?:các\s+)?nhiệm vụ,?\s+(?:và\s+)?giải pháp"
    r"(?:\s+chủ yếu)?(?:\s+(?:năm|đến năm|nhiệm kỳ|giai đoạn)\s+[\d\s–-]+)?\s*:?\s*$",
    re.IGNORECASE,
)
# a group's marker: "1.", "1/", "1)", "(1)", "3.1.", "a)", "-", "+", "•"; its shape (digits as
# "9") tells one level of points from another
_GROUP_MARK = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2})?[.)/]|\(\d{1,2}\)|[a-zđ]\)|[-–•+])\s+(?=\S)")
# what ends the section: the next part, article or closing ("Điều 2.", "IV.", "T/M …")
_SECTION_END = re.compile(r"\s*(?:Điều\s+\d|[IVX]{1,4}[.)]\s|T/M\b|Nơi nhận)")


def _section_groups(lines: list[str]) -> list[tuple[TaskKind, int, str]]:
    """The groups of tasks a section's heading of tasks and solutions lists, one a marked
    line of the first point's shape (their sub-points and wrapped lines aside); none when
    prose follows the heading. Ends at the next part, or at a paragraph after them."""
    for i, ln in enumerate(lines):
        if not TASKS_SECTION.fullmatch(ln):
            continue
        groups: list[tuple[TaskKind, int, str]] = []
        shape = None
        for line in lines[i + 1 :]:
            m = _GROUP_MARK.match(line)
            if m and (shape is None or _shape(m.group(1)) == shape):
                shape = _shape(m.group(1))
                groups.append((TaskKind.TASK_GROUP, len(groups) + 1, squash(line[m.end() :])))
            elif _SECTION_END.match(line) or (shape is None and line.strip()):
                break
            elif not m and line[:1].isupper() and not line.isupper() and len(line) > PAGE_LINE:
                break  # "Đại hội kêu gọi …": the closing paragraph
        return groups
    return []


PAGE_LINE = 60  # a running header or footer between the points is shorter


def _shape(marker: str) -> str:
    return re.sub(r"\d+", "9", marker.lower()).replace("đ", "a").translate(_LETTERS)


_LETTERS = str.maketrans("abcdeghiklmnopqrstuvxy", "a" * 22)


def _ordinal_runs(lines: list[str]) -> list[tuple[TaskKind, int, str]]:
    """Runs of "Một là …, Hai là …" or "Thứ nhất …, Thứ hai …" inside paragraphs, from the
    first; a later run after a complete one is another list of tasks. A run that sets
    figures is a list of targets (:mod:`chitieu.textread.ordinals`)."""
    tasks: list[tuple[TaskKind, int, str]] = []
    for ln in lines:
        run = ordinal_run(ln, tasks[-1][1] if tasks else 0)
        if sets_figures(ln, run):
            continue
        tasks += [(TaskKind.KEY_TASK, no, squash(ln[start:end])) for no, _, start, end in run]
    return [t for t in tasks if t[2]] if len(tasks) >= 2 else []


def _inline_parts(rest: str) -> list[str]:
    """ "(1) …; (2) …" or "…; …; …" after a colon, to the sentence's end: the parts, without
    their numbers (what follows the sentence, a list of targets perhaps, is not theirs)."""
    rest = re.split(rf"(?<=[^\d\s.]\.)\s+(?=[\"“({UPPER}])", rest, maxsplit=1)[0]
    numbered = re.split(r"\(\d{1,2}\)\s*", rest)
    parts = numbered[1:] if len(numbered) > 2 else rest.split(";")
    return [squash(p).strip(" .;") for p in parts if squash(p).strip(" .;")]
