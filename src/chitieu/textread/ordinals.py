"""Ordinal runs inside a paragraph: "Một là, … Hai là, …", "Thứ nhất, … Thứ hai, …". A
run of tasks is counted by :mod:`chitieu.textread.tasks`; a run whose parts set figures
("Một là, tốc độ tăng trưởng … 8 – 8,5%/năm. Hai là, thu nhập …") is a list of targets,
cut into numbered lines by :mod:`chitieu.textread.inline`."""

from __future__ import annotations

import re

from chitieu.textread.values import value_starts

# "Mười một là", "Thứ mười hai": past ten, the unit after "mười"
_TEENS = r"(?:\s+(một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?"
_ORDINAL = (
    rf"(?:^|(?<=[\s.;:]))(?:(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười){_TEENS} là"
    rf"|Thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười){_TEENS})\s*[,:]\s*"
)
ORDINAL = re.compile(_ORDINAL)
# a run going on after a colon: "… Nghị quyết xác định: thứ bảy, …"
ORDINAL_ANY_CASE = re.compile(_ORDINAL, re.IGNORECASE)
GAP = 2  # lines without an ordinal that a run may go on after ("Đáng chú ý, …")
ORDINALS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
NTH = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
UNITS = {"tư": 4, "lăm": 5, **{w: k for k, w in enumerate(ORDINALS[:9], 1)}}


def ordinal_no(m: re.Match[str]) -> int:
    word = (m.group(1) or m.group(3)).lower()
    no = (ORDINALS if m.group(1) else NTH).index(word) + 1
    unit = m.group(2) or m.group(4)
    return no + UNITS[unit.lower()] if no == 10 and unit else no


def ordinal_run(
    line: str, after: int = 0, pattern: re.Pattern[str] = ORDINAL
) -> list[tuple[int, int, int, int]]:
    """The run of ordinals in ``line`` from its first "Một là"/"Thứ nhất" (or going on from
    ``after``, the last number of the line before), each as (number, where its ordinal
    starts, where its part starts, where it ends); a later run after a complete one starts
    anew."""
    marks = list(pattern.finditer(line))
    run: list[tuple[int, int, int, int]] = []
    for k, m in enumerate(marks):
        no = ordinal_no(m)
        if no != (run[-1][0] if run else after) + 1 and no != 1:
            continue
        end = marks[k + 1].start() if k + 1 < len(marks) else len(line)
        run.append((no, m.start(), m.end(), end))
    return run


def sets_figures(line: str, run: list[tuple[int, int, int, int]]) -> bool:
    """Whether a run's parts set figures, as targets do (two in three of them or more)."""
    return len(run) >= 3 and _figured(line, run)


def ordinal_lines(lines: list[str]) -> list[str]:
    """The lines, each paragraph whose ordinal run sets figures cut into its lead and one
    numbered line per part ("1. tốc độ tăng trưởng …"); a paragraph opening on the next
    ordinal ("Năm là, …" after "… Bốn là, …") goes on with the run, whose figures it sets
    too."""
    out: list[str] = []
    last = 0  # the last number of the run a line before cut, if any
    gap = 0  # lines with text since then, none of them holding an ordinal
    for line in lines:
        going_on = ordinal_run(line, last, ORDINAL_ANY_CASE) if last else []
        if going_on and going_on[0][0] == last + 1 and _opens(line[: going_on[0][1]]):
            run, cut = going_on, _figured(line, going_on)
        else:
            run = ordinal_run(line)
            cut = sets_figures(line, run)
        if not cut:
            out.append(line)
            gap += bool(line.strip())
            if gap > GAP or ORDINAL.search(line):
                last = 0
            continue
        gap = 0
        out += [line[: run[0][1]], *(f"{no}. {line[a:b].strip()}" for no, _, a, b in run)]
        last = run[-1][0]
    return out


def _opens(before: str) -> bool:
    """Whether what stands before a run's next ordinal lets it go on: nothing, or a lead
    ending in a colon ("Ở các lĩnh vực y tế, …, Nghị quyết xác định:")."""
    return not before.strip() or before.rstrip().endswith(":")


def _figured(line: str, run: list[tuple[int, int, int, int]]) -> bool:
    """Whether two in three of a run's parts or more set figures."""
    figured = sum(bool(value_starts(line[a:b])) for _, _, a, b in run)
    return 3 * figured >= 2 * len(run)
