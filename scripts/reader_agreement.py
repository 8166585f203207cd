"""How far a second labeller's labels agree with the set's (inter-labeller agreement).

The second labels (tests/data/reader-accuracy/agreement/) are scored against the set's own
labels by the same field-level scorer that scores the reader, so that the two figures can be
read side by side: where two labellers agree at 0,95, a reader at 0,75 is far from what the
guide allows, not held back by the labels. Prints one line per text and the pooled F1 per
layout (all fields; comparator and bounds).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.textread_cases import BOUNDS, READER_SET, Score, manifest, reader_label, score  # noqa: E402

from chitieu.datafile import load_yaml  # noqa: E402

SECOND = READER_SET / "agreement"


def as_plan(label: dict[str, Any]) -> dict[str, Any]:
    """A label in the shape of the reader's plan, so that the scorer takes it."""
    years = label.get("years") or [None, None, None]
    return {
        "title": label.get("title"),
        "area": {"name": label.get("area")},
        "baseline_year": years[0],
        "start_year": years[1],
        "end_year": years[2],
        "tasks": [None] * int(label.get("tasks") or 0),
        "targets": label.get("targets", []),
    }


def main() -> None:
    layouts = {i: e["layout"] for i, e in manifest().items()}
    pooled: dict[str, tuple[Score, Score]] = {}
    for path in sorted(SECOND.glob("*.expected.yaml")):
        name = path.name.removesuffix(".expected.yaml")
        second = as_plan(load_yaml(path.read_text("utf-8")))
        first = reader_label(name)
        fields, bounds = score(second, first), score(second, first, BOUNDS)
        all_, cb = pooled.setdefault(layouts[name], (Score(), Score()))
        all_.add(fields)
        cb.add(bounds)
        print(f"{layouts[name]:10} {name:40} {fields.f1:.2f} {bounds.f1:.2f}")
    total, total_bounds = Score(), Score()
    for layout, (all_, cb) in sorted(pooled.items()):
        total.add(all_)
        total_bounds.add(cb)
        print(f"pooled {layout:10} {all_.f1:.2f} {cb.f1:.2f}")
    print(f"pooled all {total.f1:.2f} {total_bounds.f1:.2f}")


if __name__ == "__main__":
    main()
