"""The bundled plan langson-xvii is the Lạng Sơn 17th Congress resolution, target by target."""

import re
from decimal import Decimal as D

import pytest

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.statuses import Status
from chitieu.figures.reading import read_figures
from chitieu.targets.model import Comparator, Kind
from chitieu.targets.planfile import bundled_plan_path, load_plan
from tests.seeds import seed

PLAN = load_plan(bundled_plan_path("langson-xvii"))


def seed_targets() -> dict[int, str]:
    """The numbered targets "(n) …" of the resolution's main-target list, as printed."""
    path = seed("004_*.txt")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*\((\d+)\)\s*(.+)$", line)
        if m:
            # verbatim, with runs of spaces (and no-break spaces) folded to one
            out[int(m.group(1))] = " ".join(m.group(2).split())
    return out


def test_every_target_text_is_verbatim_from_the_resolution():
    seeds = seed_targets()
    assert sorted(seeds) == list(range(1, 21))
    assert {t.no: t.text for t in PLAN.targets} == seeds


def test_it_has_the_twenty_targets_with_every_measure():
    assert [t.no for t in PLAN.targets] == list(range(1, 21))
    counts = {t.no: len(t.metrics) for t in PLAN.targets}
    assert counts[2] == 4  # four shares of the economic structure
    assert counts[12] == 4  # communes, doctors, beds, insurance
    assert counts[15] == 4  # three accident criteria, and crime
    assert counts[20] == 3  # three rates
    assert sum(counts.values()) == 35
    assert (PLAN.baseline_year, PLAN.start_year, PLAN.end_year) == (2020, 2021, 2025)


@pytest.mark.parametrize(
    ("metric", "kind", "comparator", "low", "high"),
    [
        ("grdp-growth", Kind.AVERAGE_ANNUAL_GROWTH, Comparator.RANGE, "7", "7.5"),
        ("structure-services", Kind.SHARE_STRUCTURE, Comparator.RANGE, "52", "53"),
        ("grdp-per-capita", Kind.LEVEL_AT_END, Comparator.RANGE, "2900", "3000"),
        ("tourist-arrivals", Kind.LEVEL_AT_END, Comparator.GE, "4400000", None),
        ("social-investment", Kind.CUMULATIVE_OVER_TERM, Comparator.RANGE, "166", "168"),
        ("new-rural-communes", Kind.COUNT_OF_UNITS, Comparator.GE, "115", None),
        ("doctors-per-10k", Kind.LEVEL_AT_END, Comparator.GE, "11.5", None),
        ("poverty-rate", Kind.LEVEL_AT_END, Comparator.LT, None, "3"),
        ("traffic-deaths", Kind.REDUCTION_PER_YEAR, Comparator.GE, "5", None),
        ("criminal-offences", Kind.REDUCTION_PER_YEAR, Comparator.GE, "3", None),
        ("new-forest", Kind.EVERY_YEAR, Comparator.GE, "9000", None),
        ("new-party-members", Kind.EVERY_YEAR, Comparator.GE, "2000", None),
        ("party-leaders-good", Kind.EVERY_YEAR, Comparator.GE, "95", None),
    ],
)
def test_measures_match_the_text(metric, kind, comparator, low, high):  # type: ignore[no-untyped-def]
    m = PLAN.metric(metric)
    assert (m.kind, m.comparator) == (kind, comparator)
    assert m.low == (D(low) if low else None) and m.high == (D(high) if high else None)


def test_baselines_come_from_the_seeds():
    assert PLAN.metric("grdp-per-capita").baseline.value == D("1937")  # type: ignore[union-attr]
    assert PLAN.metric("new-rural-communes").baseline.value == D("65")  # type: ignore[union-attr]


def test_the_demo_figures_evaluate_to_sixteen_of_twenty():
    path = bundled_plan_path("langson-xvii").with_name("langson-xvii.figures.csv")
    result = evaluate_plan(PLAN, read_figures(path, PLAN))
    assert result.headline() == "Đạt và vượt 16/20 chỉ tiêu"
    missed = [t.target.no for t in result.targets if t.status is Status.NOT_ACHIEVED]
    assert missed == [4, 6, 13, 15]
    assert all(t.final for t in result.targets)
