"""What a file's bytes add around the words changes nothing the reader proposes: each text of
the accuracy set's development half with a byte-order mark before it, with no-break spaces
for its spaces, or with its spaces doubled (a justified PDF line, a Word paste) gives the
same plan; with its headline in capitals, the same targets (issue 14, ninth tuning round).
Only the development half is used: the test half stays unseen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from chitieu.textread.reader import ReadError, read_resolution
from tests.textread_cases import READER_SET, set_ids

TEXTS = {name: (READER_SET / f"{name}.txt").read_text("utf-8") for name in set_ids("dev")}


def plan_of(text: str) -> dict[str, object] | None:
    try:
        return read_resolution(text).plan
    except ReadError:
        return None


SURFACES: dict[str, Callable[[str], str]] = {
    "byte-order mark": lambda t: "\ufeff" + t,
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "doubled spaces": lambda t: t.replace(" ", "  "),
}


@pytest.mark.parametrize("surface", SURFACES)
def test_the_same_plan_whatever_the_spaces(surface):
    change = SURFACES[surface]
    differ = [n for n, t in TEXTS.items() if plan_of(change(t)) != plan_of(t)]
    assert differ == []


def test_the_same_targets_under_a_headline_in_capitals():
    def targets(text: str) -> object:
        plan = plan_of(text)
        return plan and plan["targets"]

    def shout(text: str) -> str:
        first, _, rest = text.partition("\n")
        return first.upper() + "\n" + rest

    # a headline: a short first line with no closing stop, as the reader takes one
    firsts = {n: t.partition("\n")[0].rstrip() for n, t in TEXTS.items()}
    headed = {n: TEXTS[n] for n, h in firsts.items() if len(h) <= 200 and h[-1:] not in ".;:"}
    assert len(headed) > 50
    assert [n for n, t in headed.items() if targets(shout(t)) != targets(t)] == []
