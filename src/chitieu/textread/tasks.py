"""The key tasks, breakthroughs and groups of tasks a resolution names besides its targets."""

from __future__ import annotations

import re

from chitieu.targets.model import TaskKind
from chitieu.textread.structure import lines_of, normalize, parse_items, squash

KEY_TASK = re.compile(
    r"^\s*[-–•]?\s*(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\s*[:,.]?\s*(.+)$", re.IGNORECASE
)
ORDINALS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]


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
    for kind, cue in (
        (TaskKind.BREAKTHROUGH, r"khâu đột phá|đột phá chiến lược"),
        (TaskKind.TASK_GROUP, r"nhóm nhiệm vụ"),
    ):
        for i, ln in enumerate(lines):
            if not re.search(cue, ln, re.IGNORECASE) or not ln.rstrip().endswith(":"):
                continue
            found = parse_items(lines[i + 1 :])
            tasks += [(kind, it.no, it.text) for it in found.items]
            break
    return tasks
