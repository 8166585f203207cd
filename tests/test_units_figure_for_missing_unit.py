"""A figure for a unit that did not exist on the figure's date is refused (core)."""

from datetime import date

import pytest

from chitieu.problems import InputError
from chitieu.units.aggregate import check_figure_units, unit_problems
from tests.helpers import fig
from tests.unitkit import three_into_one


def test_it_refuses_a_figure_for_a_commune_merged_away_before_its_period_ended():
    f = fig("ntm", "2024", "1", unit="A")
    f = f.__class__(**{**f.__dict__, "origin": "figures.csv:7"})
    with pytest.raises(InputError) as exc:
        check_figure_units(three_into_one(), [f])
    assert str(exc.value) == (
        "figures.csv:7: field 'unit': unit A did not exist on 31/12/2024, the end of 2024 "
        "(in force …–2023-06-30)"
    )


def test_it_refuses_a_figure_for_the_merged_commune_before_it_was_formed():
    problems = unit_problems(three_into_one(), [fig("ntm", "2022", "1", unit="M")])
    assert len(problems) == 1 and "unit M did not exist on 31/12/2022" in str(problems[0])


def test_it_accepts_figures_of_units_in_force_and_of_codes_it_does_not_know():
    reg = three_into_one()
    ok = [
        fig("ntm", "2022", "1", unit="A"),
        fig("ntm", "2024", "1", unit="M"),
        fig("ntm", "2024", "1", unit="agency-x"),
        fig("ntm", "2023-H1", "1", unit="A"),
    ]
    assert unit_problems(reg, ok) == []
    assert date(2023, 6, 30) == reg.versions("A")[0].valid_to
