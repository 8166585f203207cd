"""The core's messages about plans, figures files and resolutions read in Vietnamese in
the pages: every message these broken inputs produce has a translation."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from chitieu.figures.reading import check_rows
from chitieu.problems import InputError, Problem
from chitieu.targets.planfile import bundled_plan_path, load_plan, plan_from_data, plan_to_data
from chitieu.textread.reader import read_resolution
from chitieu.textread.sources import extract_text
from chitieu.vnnumbers import NumberStyle
from chitieu.web.problems import doubt, said

DEMO = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))


def broken(change) -> list[Problem]:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(DEMO)
    change(data)
    with pytest.raises(InputError) as exc:
        plan_from_data(data)
    return exc.value.problems


def metric(data, t=0, m=0):  # type: ignore[no-untyped-def]
    return data["targets"][t]["metrics"][m]


BROKEN_PLANS = {
    "term": lambda d: d.update(end_year=2019, baseline_year=2022),
    "range": lambda d: metric(d).update(low="9"),
    "range-half": lambda d: metric(d).pop("high"),
    "no-high": lambda d: metric(d, 3).update(high="1"),
    "no-low": lambda d: metric(d, 13).update(low="1"),
    "needs-low": lambda d: metric(d, 3).pop("low"),
    "needs-high": lambda d: metric(d, 13).pop("high"),
    "direction": lambda d: metric(d, 3).update(direction="lower_is_better"),
    "input": lambda d: metric(d).pop("input"),
    "input-level": lambda d: metric(d, 3).update(input="rate"),
    "other": lambda d: metric(d, 3).update(kind="other"),
    "manual": lambda d: metric(d, 3).update(manual={"status": "achieved", "reason": "x"}),
    "baseline": lambda d: metric(d, 2)["baseline"].update(year=2022),
    "year": lambda d: metric(d, 3).update(end_year=2030),
    "tolerance": lambda d: d.update(tolerance={"absolute": "-1"}),
    "repeat": lambda d: d["targets"][1].update(no=1),
    "same-id": lambda d: metric(d, 1).update(id="grdp-growth"),
    "unknown": lambda d: metric(d).update(colour="red"),
    "enum": lambda d: metric(d).update(kind="sometimes"),
    "id": lambda d: d.update(id="Lạng Sơn"),
    "number": lambda d: metric(d).update(low="bảy"),
    "empty": lambda d: d["targets"][0].update(metrics=[]),
    "required": lambda d: metric(d).pop("name"),
    "min": lambda d: d["targets"][0].update(no=0),
}


@pytest.mark.parametrize("case", sorted(BROKEN_PLANS))
def test_every_message_about_a_broken_plan_is_translated(case):
    with translation.override("vi"):
        for problem in broken(BROKEN_PLANS[case]):
            assert said(problem) != problem.message, problem.message


FIGURES = """metric,period,value,stage,as_of,unit_code
grdp-growth,2021,6.51,estimate,2021-12-10,20
grdp-growth,2021,6,51,estimate,2021-12-10,20
nothing,2021x,abc,guess,someday,20
grdp-growth,2031,1,official,2032-01-01,20
grdp-growth,2019/2020,1,official,2021-01-01,20
grdp-growth,2022-13,1,official,2023-01-01,20
grdp-growth,2022,1,official,2021-01-01,20
grdp-growth,2021,6.51,estimate,2021-12-10,20
"""


def test_every_message_about_a_broken_figures_file_is_translated(tmp_path: Path):
    from chitieu.figures.reading import read_figures

    core = load_plan(bundled_plan_path("langson-xvii"))
    path = tmp_path / "f.csv"
    path.write_text(FIGURES, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_figures(path, core)
    header = tmp_path / "h.csv"
    header.write_text("metric,period,value,colour,colour\n", encoding="utf-8")
    with pytest.raises(InputError) as exc2:
        read_figures(header, core)
    rows = [
        (
            1,
            {
                "metric": "grdp-growth",
                "period": "2021",
                "value": "1,5",
                "stage": "official",
                "as_of": "2022-01-01",
            },
        )
    ]
    with pytest.raises(InputError) as exc3:
        check_rows(rows, core, "x", NumberStyle.PLAIN)
    rows = [
        (
            1,
            {
                "metric": "grdp-growth",
                "period": "2021",
                "value": "1.5",
                "stage": "official",
                "as_of": "2022-01-01",
            },
        )
    ]
    with pytest.raises(InputError) as exc4:
        check_rows(rows, core, "x", NumberStyle.VI)
    problems = [p for e in (exc, exc2, exc3, exc4) for p in e.value.problems]
    assert len(problems) >= 12
    with translation.override("vi"):
        for problem in problems:
            assert said(problem) != problem.message, problem.message


def test_every_doubt_of_the_reader_is_translated():
    from tests.textread_cases import CASES

    review = []
    for path in CASES.glob("*"):
        if path.suffix in (".txt", ".html") and "table" not in path.name:
            review += read_resolution(extract_text(path)).review
    review += read_resolution(
        "NGHỊ QUYẾT\nCác chỉ tiêu chủ yếu đến năm 2030:\n(1) Khoảng 6.5% hộ nghèo.\n"
        "(2) Thu nhập đạt trên 70 triệu đồng.\n(3) Giảm tai nạn cả 3 tiêu chí 5%.\n(4) Đạt 90.\n"
    ).review
    assert len(review) >= 15
    with translation.override("vi"):
        for message in review:
            assert doubt(message.to_data()) != str(message), str(message)


def test_a_doubt_of_a_draft_stored_before_codes_is_shown_as_written():
    assert doubt("something new from the reader") == "something new from the reader"


def test_english_stays_english_with_numbers_written_the_vietnamese_way():
    with translation.override("en"):
        bounds = Problem("p", "plan.range_order", {"high": Decimal("1234.5"), "low": Decimal(2000)})
        assert said(bounds) == "the range's high end 1.234,5 is below its low end 2.000"
        late = Problem("p", "figures.before_period", {"date": date(2021, 1, 5), "p": "2022"})
        assert said(late) == "reported on 5/1/2021, before the period 2022 began"
