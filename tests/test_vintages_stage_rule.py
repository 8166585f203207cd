"""An estimate never silently replaces a more final figure.

For a series point, the most final stage known on the as-of date wins (official >
preliminary > estimate); within one stage the latest report wins (a revision). A reporter
who types 2,4 for 2025 poverty as an estimate after the official 2,6 is published does
not change the dashboard or the review: 2,6 stays. Entry pages ask the core which figure
a new one would never beat (``more_final``) to refuse it with that figure's name.
"""

from datetime import date
from decimal import Decimal as D

from chitieu.figures.model import Stage
from chitieu.figures.periods import parse_period
from chitieu.figures.vintages import current_figures, more_final, reported_early, vintage_rank
from tests.helpers import evaluate_one, fig, make_plan

POVERTY = {"id": "poverty", "kind": "level_at_end", "comparator": "<", "high": "3"}


def _value(figures, as_of=None):  # type: ignore[no-untyped-def]
    return evaluate_one(make_plan(POVERTY), figures, as_of).value


def test_it_keeps_the_official_figure_when_an_estimate_comes_after_it():
    figures = [
        fig("poverty", "2025", "2.6", "official", as_of="2026-03-31"),
        fig("poverty", "2025", "2.4", "estimate", as_of="2026-05-04"),
    ]
    assert _value(figures) == D("2.6")
    assert _value(figures[::-1]) == D("2.6")
    r = evaluate_one(make_plan(POVERTY), figures)
    assert [f.stage for f in r.explanation.figures] == ["official"]


def test_it_keeps_a_preliminary_figure_over_a_later_estimate():
    figures = [
        fig("poverty", "2025", "2.7", "preliminary", as_of="2026-02-15"),
        fig("poverty", "2025", "2.4", "estimate", as_of="2026-03-01"),
    ]
    assert _value(figures) == D("2.7")


def test_a_revision_within_a_stage_replaces_the_earlier_report():
    figures = [
        fig("poverty", "2025", "2.6", "official", as_of="2026-03-31"),
        fig("poverty", "2025", "2.5", "official", as_of="2026-09-30"),
        fig("poverty", "2025", "2.4", "estimate", as_of="2026-10-01"),
    ]
    assert _value(figures) == D("2.5")
    assert _value(figures, as_of="2026-06-30") == D("2.6")


def test_before_the_official_figure_the_estimate_counts():
    figures = [
        fig("poverty", "2025", "2.4", "estimate", as_of="2025-12-10"),
        fig("poverty", "2025", "2.6", "official", as_of="2026-03-31"),
    ]
    assert _value(figures, as_of="2026-01-15") == D("2.4")
    assert _value(figures, as_of="2026-03-30") == D("2.4")
    assert _value(figures, as_of="2026-03-31") == D("2.6")


def test_the_rank_puts_the_stage_before_the_date():
    later_estimate = vintage_rank(Stage.ESTIMATE, date(2026, 5, 4))
    earlier_official = vintage_rank(Stage.OFFICIAL, date(2026, 3, 31))
    assert earlier_official > later_estimate
    assert vintage_rank(Stage.OFFICIAL, date(2026, 9, 30)) > earlier_official


def test_current_figures_picks_per_series_point():
    figures = [
        fig("poverty", "2024", "3.1", "official", as_of="2025-03-31"),
        fig("poverty", "2024", "2.9", "estimate", as_of="2025-06-01"),
        fig("poverty", "2025", "2.4", "estimate", as_of="2025-12-10"),
        fig("poverty", "2025", "2.5", "estimate", as_of="2026-01-20"),
    ]
    chosen = current_figures(figures)
    assert {str(k[2]): f.value for k, f in chosen.items()} == {"2024": D("3.1"), "2025": D("2.5")}


def test_more_final_names_the_figure_a_new_estimate_would_never_beat():
    official = fig("poverty", "2025", "2.6", "official", as_of="2026-03-31")
    preliminary = fig("poverty", "2025", "2.7", "preliminary", as_of="2026-02-15")
    other_year = fig("poverty", "2024", "3.1", "official", as_of="2025-03-31")
    existing = [preliminary, official, other_year]
    typed = fig("poverty", "2025", "2.4", "estimate", as_of="2026-05-04")
    assert more_final(typed, existing) == official
    # a preliminary figure typed now is refused because of the official one
    assert more_final(fig("poverty", "2025", "2.4", "preliminary", "2026-05-04"), existing) == (
        official
    )


def test_more_final_lets_through_what_would_count():
    official = fig("poverty", "2025", "2.6", "official", as_of="2026-03-31")
    # an official revision, and an estimate dated before the official figure was published
    assert more_final(fig("poverty", "2025", "2.5", "official", "2026-09-30"), [official]) is None
    assert more_final(fig("poverty", "2025", "2.4", "estimate", "2025-12-10"), [official]) is None
    # another unit's figure is another series point
    assert (
        more_final(fig("poverty", "2025", "2.4", "estimate", "2026-05-04", unit="99"), [official])
        is None
    )
    # a plan figure never competes with achievements
    assert more_final(fig("poverty", "2025", "2", "plan", "2026-05-04"), [official]) is None


def test_a_period_ends_on_its_last_day():
    assert parse_period("2025").last_day() == date(2025, 12, 31)
    assert parse_period("2025-H1").last_day() == date(2025, 6, 30)
    assert parse_period("2025-9M").last_day() == date(2025, 9, 30)
    assert parse_period("2024-Q1").last_day() == date(2024, 3, 31)
    assert parse_period("2024-02").last_day() == date(2024, 2, 29)
    assert parse_period("2021/2025").last_day() == date(2025, 12, 31)


def test_a_figure_reported_before_its_period_ends_is_early():
    assert reported_early(fig("poverty", "2025", "2.4", "estimate", as_of="2025-11-10"))
    assert reported_early(fig("poverty", "2025", "2.4", "estimate", as_of="2025-12-31"))
    assert not reported_early(fig("poverty", "2025", "2.4", "estimate", as_of="2026-01-01"))
    assert not reported_early(fig("poverty", "2025-H1", "2.4", "estimate", as_of="2025-07-01"))


def test_more_final_counts_a_figure_published_the_same_day():
    official = fig("poverty", "2025", "2.6", "official", as_of="2026-03-31")
    # typed on the day the official figure came out: on that day the official one wins
    same_day = fig("poverty", "2025", "2.4", "estimate", as_of="2026-03-31")
    assert more_final(same_day, [official]) == official
    assert more_final(fig("poverty", "2025", "2.4", "estimate", "2026-03-30"), [official]) is None
