"""The reader's honest accuracy (issue 14): on the test half of the labelled set of real
resolutions (tests/data/reader-accuracy/, labelled by another engineer from
docs/text-reader-labelling.md, never looked at while the rules were tuned), the
field-level F1 per layout does not fall below the figures docs/text-reader.md reports.
Each batch has its floors: the first batch of 34 texts, the second of 14 (split on its
own; labelled while the second tuning round went on, never seen by its author), the
third of 14 (likewise, during the third round), the fourth of 10 (from public GitHub
repositories, during the fifth), batches 5–10 of 7 to 14 each (labelled during the
seventh) batches 11–18 of 6 to 11 each (labelled during the eighth) batches 19 and 20 of 5 and 1
(PDF, Word and digitised files, labelled during the tenth), batch 21 of 2 (a portal's pages)
and batches 22 to 25 of 1, 3, 13 and 11 (searches for list texts, the last two in the
seventeenth).

    PYTHONPATH=src:. python tests/test_text_reader_real_accuracy.py   # the tables of the docs
"""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path
from types import ModuleType

import pytest

from chitieu.textread.reader import ReadError, read_resolution
from tests.textread_cases import (
    BOUNDS,
    READER_SET,
    Score,
    layouts,
    manifest,
    reader_label,
    score,
    set_ids,
)

# Floors of the test-half figures reported in docs/text-reader.md (rounded down): all
# fields, and comparator and bounds only. A change of the reader that lowers one fails
# here. Batch 1's floors were lowered once, in the second tuning round (tables 0,54 → 0,36,
# numbered 0,78 → 0,76 on comparator and bounds, inline 0,93 → 0,92: one or two texts
# each), when batch 2, unseen by the rules' author, rose in every layout; see the docs.
# The third round raised inline's (0,92 → 0,93 on all fields), the fourth bullets' (0,08 →
# 0,09 on comparator and bounds) and numbered lists' (0,75 → 0,76 on all fields), the fifth
# prose's (0,76 → 0,77 on all fields); the seventh bullets' (0,05 / 0,09 → 0,10 / 0,14),
# prose's (0,77 / 0,82 → 0,81 / 0,86) and unnumbered lines' (0,50 / 0,57 → 0,68 / 0,79); the
# eighth prose's (0,81 / 0,86 → 0,89 / 0,94) and unnumbered lines' (0,68 → 0,69); the
# eleventh bullets' (0,10 / 0,14 → 0,85 / 0,94).
REPORTED = {
    "bullets": (0.85, 0.94),
    "inline": (0.93, 0.95),
    "numbered": (0.76, 0.76),
    "prose": (0.90, 0.95),  # fifteenth round: 0,89 / 0,94 before
    "table": (0.62, 0.96),  # seventeenth round: 0,36 / 0,55 before
    "unnumbered": (0.71, 0.80),  # twelfth round: 0,69 / 0,79 before
}
# Batch 2's test half (its texts never seen by the rules' author), as first measured: the
# floors of the reader that then shipped; raised in the third round where it rose (pdf
# 0,66 / 0,70 → 0,85 / 0,88, table 0,14 → 0,15 on all fields); in the eighth raised (bullets
# 0,88 / 0,89 → 0,90 / 0,92, pdf 0,85 → 0,86, prose 0,63 / 0,68 → 0,65 / 0,70) and lowered once:
# numbered 0,12 → 0,10 on all fields (one field of one text, the area: the eighth round's
# rule that a body's unit named in the head beats a place named first; docs/text-reader.md).
REPORTED_2 = {
    "bullets": (0.90, 0.92),
    "inline": (0.86, 0.94),  # thirteenth round: 0,19 / 0,17 before
    "numbered": (0.61, 0.66),  # eleventh round: 0,10 / 0,13 before
    "pdf": (0.86, 0.88),
    "prose": (0.65, 0.70),
    "table": (0.15, 0.13),
}
# Batch 3's test half, first measured after the third tuning round (whose author never saw
# the batch): the reader before that round read it alike (prose 0,63, the rest equal).
# Raised in the fourth round, tuned on its development half (bullets 0,38 / 0,56 → 0,43 /
# 0,62), in the sixth, tuned on batch 4's (prose 0,64 / 0,67 → 0,70 / 0,73), and in the
# seventh, tuned on those of batches 5–10 (bullets 0,43 → 0,44, prose 0,70 / 0,73 → 0,72 /
# 0,74); in the eighth, bullets 0,44 → 0,45, and prose lowered 0,72 → 0,71 on all fields
# (0,724 → 0,719: one field; comparator and bounds unchanged; docs/text-reader.md). In the
# ninth, pdf 0,37 / 0,54 → 0,62 / 0,79 (a PDF's wrapped paragraphs joined before reading).
REPORTED_3 = {
    "bullets": (0.80, 0.78),  # eleventh round: 0,45 / 0,62 before
    "pdf": (0.62, 0.79),
    "prose": (0.71, 0.74),
}
# Batch 4's test half (from public GitHub repositories; its labeller worked while the fifth
# round was tuned on batches 2 and 3), first measured after that round: the reader before it
# read the batch alike, figure for figure. Raised in the seventh round (prose 0,61 / 0,65 →
# 0,63 / 0,67).
REPORTED_4 = {
    "bullets": (0.79, 0.90),
    "inline": (0.16, 0.19),
    "numbered": (0.94, 1.00),
    "prose": (0.63, 0.67),
    "unnumbered": (0.66, 0.71),  # fourteenth round: 0,10 / 0,15 before (0,669 / 0,711)
}
# Batches 5–10 (stored web pages again, labelled in the seventh round while its rules were
# tuned on their development halves; batches 5, 7 and 8 reviewed against the guide before
# any rule saw them): their test halves after that round. The reader before the round read
# none of their rows better (docs/text-reader.md, "Seventh tuning round").
# Raised in the eighth round: batch 5 numbered 0,69 / 0,78 → 0,78 / 0,92, prose 0,82 → 0,84;
# batch 7 prose 0,81 → 0,82; batch 10 prose 0,73 → 0,74. In the tenth: batch 5 numbered
# 0,78 → 0,80 on all fields (a formal document's title in the text's case).
# sixteenth round: batch 5 numbered 0,80 → 0,82 on all fields
REPORTED_5 = {"numbered": (0.82, 0.92), "prose": (0.90, 0.91)}  # twelfth: prose 0,84 / 0,85
# thirteenth round: batch 6 numbered 0,93 → 0,94 on all fields
REPORTED_6 = {"numbered": (0.94, 0.91), "prose": (0.80, 0.81), "unnumbered": (0.02, 0.03)}
REPORTED_7 = {
    "bullets": (0.70, 0.78),  # eleventh round: 0,34 / 0,43 before; thirteenth: 0,69 before
    "numbered": (0.64, 0.76),
    "pdf": (0.21, 0.29),  # thirteenth round: 0,20 before
    "prose": (0.83, 0.89),  # twelfth round: 0,82 before
}
REPORTED_8 = {"numbered": (0.88, 1.00), "prose": (0.72, 0.73)}
REPORTED_9 = {"prose": (0.88, 0.89)}  # twelfth: 0,62 / 0,62 before; thirteenth: 0,63 / 0,62
REPORTED_10 = {"prose": (0.74, 0.77)}
# Batches 11–18 (stored web pages, labelled in the eighth round while its rules were tuned on
# their development halves): their test halves, scored once at the round's end.
REPORTED_11 = {"prose": (0.86, 1.00)}
REPORTED_12 = {"prose": (0.91, 0.95)}
REPORTED_13 = {"bullets": (0.68, 0.66), "prose": (0.87, 0.91)}  # thirteenth: bullets 0,64
REPORTED_14 = {"prose": (0.91, 0.97)}
# batch 15 bullets: 0,43 / 0,50 before the eighth round, 0,75 before the thirteenth
REPORTED_15 = {"bullets": (0.78, 0.80), "prose": (0.77, 0.86)}
REPORTED_16 = {"numbered": (0.50, 0.42), "prose": (0.83, 0.83)}  # twelfth: prose 0,79 / 0,78
REPORTED_17 = {"prose": (0.83, 0.85)}
REPORTED_18 = {"prose": (0.88, 0.93)}  # twelfth round: 0,87 / 0,93 before
# Batch 19 (PDF, Word and digitised files of real documents kept in GitHub repositories,
# labelled in the tenth round): its test half as first measured, before any rule saw the batch
# (bullets 0,42 / 0,50); raised by that round's rules, tuned on its development half (bullets
# 0,42 → 0,43 on all fields).
REPORTED_19 = {"bullets": (0.50, 0.58), "pdf": (0.30, 0.31)}  # bullets 0,43 / 0,50 before
# Batch 20, one more such document (a plan of the office whose plan is in batch 19's development
# half), first measured after the tenth round; the reader before the round read it alike.
REPORTED_20 = {"bullets": (0.89, 1.00)}  # twelfth round: 0,89 / 0,94 before
# Batch 21, two press reports of 2021 plans reposted on a district portal kept in a GitHub
# repository, labelled after the tenth round: its test half as first measured.
REPORTED_21 = {"prose": (0.65, 0.71)}
# Batch 22, the eleventh round's search for list texts: one district page of 2011-2015 aims (one
# target), a batch of one and so held out, as first measured.
REPORTED_22 = {"bullets": (0.48, 0.33)}  # twelfth round: 0,41 / 0,33 before
# Batch 23, the fourteenth round's search of district portals' commune pages: three texts of
# three layouts, so all held out, as first measured.
REPORTED_23 = {"bullets": (0.88, 1.0), "numbered": (0.95, 1.0), "unnumbered": (0.76, 0.9)}
# Batch 24, the seventeenth round's search for list texts (press and portal pages, the Hồ Chí Minh
# City Party committee's district pages above all): its test half as first measured, the
# reader before the round reading it alike; raised where the round's rules, tuned on its
# development half, lifted it (table 0,29 → 0,32, numbered 0,56 → 0,57 on all fields).
REPORTED_24 = {
    "bullets": (0.80, 0.84),
    "inline": (0.96, 0.97),
    "numbered": (0.57, 0.65),
    "table": (0.32, 0.37),
}
# Batch 25, more of batch 24's sources (the same portal's other districts, other portals' year
# targets), gathered and labelled at the end of the seventeenth round: its test half as first
# measured, nobody having tuned on it (the reader before the round: numbered 0,60 / 0,62,
# table 0,21 / 0,16; the round's rules, made on batch 24's development half, lifted both).
REPORTED_25 = {"bullets": (0.84, 1.00), "numbered": (0.68, 0.73), "table": (0.33, 0.53)}
FLOORS = {
    1: REPORTED,
    2: REPORTED_2,
    3: REPORTED_3,
    4: REPORTED_4,
    5: REPORTED_5,
    6: REPORTED_6,
    7: REPORTED_7,
    8: REPORTED_8,
    9: REPORTED_9,
    10: REPORTED_10,
    11: REPORTED_11,
    12: REPORTED_12,
    13: REPORTED_13,
    14: REPORTED_14,
    15: REPORTED_15,
    16: REPORTED_16,
    17: REPORTED_17,
    18: REPORTED_18,
    19: REPORTED_19,
    20: REPORTED_20,
    21: REPORTED_21,
    22: REPORTED_22,
    23: REPORTED_23,
    24: REPORTED_24,
    25: REPORTED_25,
}
EMPTY = {"title": "", "area": {"name": ""}, "baseline_year": 0, "start_year": 0, "end_year": 0}


def proposed(name: str) -> dict:  # type: ignore[type-arg]
    """The reader's plan for a text of the set; a refusal proposes nothing."""
    try:
        return read_resolution((READER_SET / f"{name}.txt").read_text("utf-8")).plan
    except ReadError:
        return {**EMPTY, "targets": []}


def scores(split: str, batch: int = 1) -> dict[str, tuple[Score, Score, int]]:
    """Per layout: all fields, comparator and bounds, and how many texts, for one batch."""
    layout_of = layouts()
    out: dict[str, tuple[Score, Score, int]] = {}
    for name in set_ids(split, batch):
        plan, want = proposed(name), reader_label(name)
        every, bounds, n = out.get(layout_of[name], (Score(), Score(), 0))
        every.add(score(plan, want))
        bounds.add(score(plan, want, BOUNDS))
        out[layout_of[name]] = (every, bounds, n + 1)
    return out


def test_the_split_is_the_one_written_once():
    halves = [e["split"] for e in manifest().values()]
    assert len(halves) >= 30 and set(halves) == {"dev", "test"}


def splitter() -> ModuleType:
    """scripts/split_reader_set.py, the procedure that wrote the split."""
    path = Path(__file__).resolve().parent.parent / "scripts" / "split_reader_set.py"
    spec = importlib.util.spec_from_file_location("split_reader_set", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_batch_holds_the_split_its_procedure_gives():
    entries = manifest()
    assert splitter().split(entries) == {i: e["split"] for i, e in entries.items()}
    assert {e.get("batch", 1) for e in entries.values()} == set(range(1, 26))
    assert len(set_ids("dev", 1)) + len(set_ids("test", 1)) == 34


@pytest.mark.parametrize(
    ("batch", "layout"), [(b, layout) for b, floors in FLOORS.items() for layout in sorted(floors)]
)
def test_each_batchs_test_half_is_read_at_least_as_well_as_reported(batch: int, layout: str):
    every, bounds, _ = scores("test", batch)[layout]
    assert every.f1 >= FLOORS[batch][layout][0]
    assert bounds.f1 >= FLOORS[batch][layout][1]


def table(batch: int = 1) -> str:
    dev, test = scores("dev", batch), scores("test", batch)
    lines = [
        "| layout | texts dev / test | F1 dev | F1 test | comparator and bounds F1 dev | "
        "comparator and bounds F1 test |",
        "|---|---|---|---|---|---|",
    ]
    for layout in sorted(set(dev) | set(test)):
        d = dev.get(layout, (Score(), Score(), 0))
        t = test.get(layout, (Score(), Score(), 0))
        figures = " | ".join(
            _down(x) if n else "–"
            for x, n in ((d[0].f1, d[2]), (t[0].f1, t[2]), (d[1].f1, d[2]), (t[1].f1, t[2]))
        )
        lines.append(f"| {layout} | {d[2]} / {t[2]} | {figures} |")
    for name, half in (("dev", dev), ("test", test)):
        every, bounds = Score(), Score()
        for e, b, _ in half.values():
            every.add(e)
            bounds.add(b)
        if half:  # a batch of one text has no development half
            lines.append(f"| all, {name} half | | {_down(every.f1)} | | {_down(bounds.f1)} | |")
    return "\n".join(lines)


def _down(f1: float) -> str:
    """Two decimals, rounded down, the Vietnamese way: what the docs report."""
    return f"{math.floor(f1 * 100) / 100:.2f}".replace(".", ",")


if __name__ == "__main__":
    print("Batch 1 (floors asserted above)\n")
    print(table(1))
    for batch in range(2, max(FLOORS) + 1):
        print(f"\nBatch {batch} (floors asserted above)\n")
        print(table(batch))
