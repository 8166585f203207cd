"""The key tasks, breakthroughs and groups of tasks a resolution names besides its targets."""

from __future__ import annotations

import re

from chitieu.targets.model import TaskKind
from chitieu.textread.items import normalize, squash
from chitieu.textread.layouts import UPPER
from chitieu.textread.ordinals import ORDINALS, ordinal_run, sets_figures
from chitieu.textread.structure import lines_of, parse_items

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
