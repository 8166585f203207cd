"""After more vintages are reported, the current figures can be brought up to date from the
ones kept and the new vintages alone (``figures.vintages.with_later``): the dashboard does
so after an approval of a count of units instead of reading every unit's figures again.
What a user relies on: the figures are the ones the one vintage rule picks among all the
vintages (``current_figures``), in the same order."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import parse_period
from chitieu.figures.vintages import current_figures, with_later


def fig(unit: str, year: int, stage: Stage, on: date, value: str = "1") -> Figure:
    return Figure("xa-dat-chuan", parse_period(str(year)), Decimal(value), stage, on, unit)


def test_it_takes_a_later_vintage_only_where_the_rule_prefers_it() -> None:
    a_official = fig("A", 2024, Stage.OFFICIAL, date(2025, 3, 1), "0")
    b_estimate = fig("B", 2024, Stage.ESTIMATE, date(2024, 12, 1), "0")
    c_official = fig("C", 2024, Stage.OFFICIAL, date(2025, 3, 1), "1")
    kept = current_figures([a_official, b_estimate, c_official])

    a_late_estimate = fig("A", 2024, Stage.ESTIMATE, date(2025, 6, 1), "1")  # never wins
    b_official = fig("B", 2024, Stage.OFFICIAL, date(2025, 3, 2), "1")  # wins
    d_new = fig("D", 2024, Stage.PRELIMINARY, date(2025, 2, 1), "1")  # a new point, last
    a_plan = fig("A", 2025, Stage.PLAN, date(2025, 1, 1), "1")  # a plan never counts
    got = with_later(kept, [a_late_estimate, b_official, d_new, a_plan])

    assert [(f.unit_code, f.stage, f.value) for f in got.values()] == [
        ("A", Stage.OFFICIAL, Decimal("0")),
        ("B", Stage.OFFICIAL, Decimal("1")),
        ("C", Stage.OFFICIAL, Decimal("1")),
        ("D", Stage.PRELIMINARY, Decimal("1")),
    ]
    assert kept[b_official.key] is b_estimate  # what was kept is left as it was


def test_it_leaves_out_what_was_reported_after_the_date() -> None:
    on = date(2025, 3, 31)
    kept = current_figures([fig("A", 2024, Stage.ESTIMATE, date(2024, 12, 1))], on)
    later = [
        fig("A", 2024, Stage.OFFICIAL, date(2025, 4, 1), "0"),
        fig("B", 2024, Stage.OFFICIAL, date(2025, 5, 1)),
    ]
    got = with_later(kept, later, on)
    assert [(f.unit_code, f.stage) for f in got.values()] == [("A", Stage.ESTIMATE)]


def test_it_agrees_with_the_rule_over_all_the_vintages_on_random_figures() -> None:
    rng = random.Random(24)
    start = date(2021, 1, 1)
    seen: set[tuple[str, int, Stage, date]] = set()
    figures: list[Figure] = []
    while len(figures) < 2000:
        unit, year = f"U{rng.randint(1, 60):02d}", rng.randint(2020, 2025)
        stage, on = rng.choice(list(Stage)), start + timedelta(days=rng.randint(0, 1500))
        if (unit, year, stage, on) not in seen:  # the table's unique vintage
            seen.add((unit, year, stage, on))
            figures.append(fig(unit, year, stage, on, str(rng.randint(0, 1))))
    for cut in (0, 1, 500, 1500, 1999, 2000):
        for as_of in (None, date(2022, 6, 30), date(2024, 12, 31)):
            earlier, later = figures[:cut], figures[cut:]
            expected = current_figures(figures, as_of)
            got = with_later(current_figures(earlier, as_of), later, as_of)
            assert list(got.items()) == list(expected.items())
    assert len(current_figures(figures)) > 300
