"""The vectorised vintage pick (``bulk.current_vintage_rows``, what the dashboard uses to
keep each unit's current count figure) chooses the very rows the one vintage rule
(``figures.vintages.current_vintages``) chooses, in the same order: the most final stage
known on the date, then the latest report; plan figures and later reports never count.
With ``current_vintage_rows_first`` it also tells which row places each key (its first
row that counts): where a point first reported later goes among those kept."""

from __future__ import annotations

import random
from datetime import date, timedelta

import polars as pl

from chitieu.evaluation.bulk import current_vintage_rows, current_vintage_rows_first
from chitieu.figures.model import Stage
from chitieu.figures.vintages import current_vintages

Row = tuple[int, str, str, str, date]


def frame(rows: list[Row]) -> pl.DataFrame:
    schema = {"m": pl.Int64, "u": pl.String, "p": pl.String, "stage": pl.String, "as_of": pl.Date}
    return pl.DataFrame(rows, schema=schema, orient="row")


def by_rule(rows: list[Row], as_of: date | None) -> list[int]:
    chosen = current_vintages(
        (((m, u, p), Stage(s), d, i) for i, (m, u, p, s, d) in enumerate(rows)), as_of
    )
    return list(chosen.values())


def test_it_picks_the_most_final_stage_then_the_latest_report() -> None:
    rows: list[Row] = [
        (1, "A", "2024", "estimate", date(2024, 12, 1)),  # 0
        (1, "A", "2024", "official", date(2025, 3, 1)),  # 1: official wins
        (1, "A", "2024", "estimate", date(2025, 6, 1)),  # 2: a later estimate does not
        (1, "B", "2024", "preliminary", date(2025, 1, 5)),  # 3
        (1, "B", "2024", "preliminary", date(2025, 2, 5)),  # 4: the revision wins
        (2, "A", "2024", "plan", date(2024, 1, 1)),  # 5: a plan figure never counts
    ]
    assert current_vintage_rows(frame(rows), ["m", "u", "p"]) == [1, 4]
    # On 1/2/2025 the official figure and the revision were not known yet.
    assert current_vintage_rows(frame(rows), ["m", "u", "p"], date(2025, 2, 1)) == [0, 3]
    assert current_vintage_rows(frame(rows), ["m", "u", "p"], date(2024, 6, 1)) == []


def test_it_tells_the_first_row_that_counts_for_each_key() -> None:
    rows: list[Row] = [
        (1, "A", "2024", "plan", date(2024, 1, 1)),  # 0: never counts, places nothing
        (1, "B", "2024", "estimate", date(2025, 6, 1)),  # 1: B's first, known late
        (1, "A", "2024", "estimate", date(2024, 12, 1)),  # 2: A's first that counts
        (1, "A", "2024", "official", date(2025, 3, 1)),  # 3
        (1, "B", "2024", "official", date(2025, 1, 5)),  # 4
    ]
    # B first (row 1 places it), then A (row 2)
    assert current_vintage_rows_first(frame(rows), ["m", "u", "p"]) == ([4, 3], [1, 2])
    # on 1/4/2025 row 1 was not known: row 4 places B, after A
    on = date(2025, 4, 1)
    assert current_vintage_rows_first(frame(rows), ["m", "u", "p"], on) == ([3, 4], [2, 4])


def test_it_agrees_with_the_one_rule_on_random_rows() -> None:
    rng = random.Random(13)
    stages = [s.value for s in Stage]
    start = date(2021, 1, 1)
    seen: set[tuple[int, str, str, str, date]] = set()
    rows: list[Row] = []
    while len(rows) < 3000:
        row = (
            rng.randint(1, 4),
            f"U{rng.randint(1, 40):02d}",
            str(rng.randint(2020, 2025)),
            rng.choice(stages),
            start + timedelta(days=rng.randint(0, 1500)),
        )
        if row not in seen:  # the table's unique vintage
            seen.add(row)
            rows.append(row)
    for as_of in (None, date(2022, 6, 30), date(2023, 12, 31), date(2025, 1, 15)):
        expected = by_rule(rows, as_of)
        assert len(expected) > 300
        assert current_vintage_rows(frame(rows), ["m", "u", "p"], as_of) == expected
        picked, first = current_vintage_rows_first(frame(rows), ["m", "u", "p"], as_of)
        assert picked == expected
        assert first == first_counting(rows, as_of)


def first_counting(rows: list[Row], as_of: date | None) -> list[int]:
    """Each key's first row that counts (an actual stage, known on the date)."""
    heads: dict[tuple[int, str, str], int] = {}
    for i, (m, u, p, s, d) in enumerate(rows):
        if s != "plan" and (as_of is None or d <= as_of):
            heads.setdefault((m, u, p), i)
    return list(heads.values())
