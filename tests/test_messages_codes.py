"""Every message of the core has a code: each code is translated into Vietnamese with
the same values as its English template, a message is refused when its values are not
those its template names, and docs/messages.md lists every code as the catalogue says."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from chitieu.messages.codes import CODES, placeholders
from chitieu.messages.render import catalogue, render
from chitieu.messages.table import table
from chitieu.problems import Message, Problem, Term

DOCS = Path(__file__).resolve().parent.parent / "docs" / "messages.md"


def test_it_translates_every_code_with_the_same_values() -> None:
    vi = catalogue("vi")
    untranslated = [code for code, template in CODES.items() if vi(template) == template]
    assert untranslated == []
    differ = {
        code: template
        for code, template in CODES.items()
        if set(re.findall(r"%\((\w+)\)", vi(template))) != placeholders(code)
    }
    assert differ == {}


def test_it_refuses_values_the_template_does_not_name() -> None:
    with pytest.raises(KeyError, match=r"plan\.term_order takes"):
        Problem("plan.yaml", "plan.term_order", {"end": 2020})
    with pytest.raises(KeyError, match=r"plan\.empty takes"):
        Message("plan.empty", {"v": "x"})
    with pytest.raises(KeyError, match="unknown message code"):
        Problem("plan.yaml", "plan.no_such_code")


def test_it_renders_values_the_way_people_read_them() -> None:
    vi = catalogue("vi")
    said = render("figures.before_period", {"date": date(2020, 9, 25), "p": "2021"}, vi)
    assert said == "báo cáo ngày 25/9/2020, trước khi kỳ 2021 bắt đầu"
    assert render("plan.range_order", {"high": Decimal("1234.5"), "low": Decimal("2000")}) == (
        "the range's high end 1.234,5 is below its low end 2.000"
    )
    # a year stays a year: never grouped like a number
    assert (
        render("plan.baseline_inside", {"year": 2021})
        == "the baseline year 2021 is inside the term"
    )
    bound = {"c": ">=", "f": Term("field", "low")}
    assert render("plan.bound_missing", bound, vi) == "phép so sánh “>=” cần giá trị ở “low”"
    labelled = render("plan.bound_missing", bound, vi, lambda t: "Ngưỡng dưới")
    assert labelled == "phép so sánh “>=” cần giá trị ở “Ngưỡng dưới”"


def test_it_lists_every_code_in_the_docs() -> None:
    assert table() in DOCS.read_text(encoding="utf-8"), "run python -m chitieu.messages.table"
