"""On a target page, a unit holding a share of a cascaded measure is judged against its
share, not against the province's target: the page and the cascade page name the same
units as lagging, for every kind of measure (a growth's average, a total over the term,
the worst year of an every-year measure or of a yearly reduction, not the latest figure),
the page says (in Vietnamese and English) which rule each measure's units follow, and
both ask the database as many questions for ten times the units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.web.dashboard.cascade import measure_cascade
from chitieu.web.dashboard.unitscreen import LAGGING, unit_screen
from chitieu.web.figures.evaluation import stored_core
from chitieu.web.plans.models import Measure, MeasureShare, Plan
from tests.dashhelpers import text_of
from tests.test_web_cascade import _fig
from tests.unitplan import synthetic, unit_plan
from tests.webhelpers import client_for

D = Decimal
# tourist-arrivals: ≥ 4.400.000 for the province (higher is better, whole numbers)
ARRIVALS = [  # unit, share (low, high), value: a share of None is no share
    ("D1", ("2000000", None), "2000000"),  # exactly its share: not lagging
    ("D2", ("1500000", None), "1499999"),  # one short: lagging
    ("D3", ("900000", "1000000"), "1200000"),  # above its range: ahead
    ("D4", ("800000", None), "700000"),  # lagging
    ("D5", ("600000", None), None),  # no figure: no data, not lagging
    ("D6", None, "5000000"),  # no share: the province's target, exceeded
    ("D7", None, "2000000"),  # no share: short of the province's 4.400.000
]
# poverty-rate: < 3 % for the province (lower is better)
POVERTY = [
    ("D1", ("3", None), "3"),  # a ceiling reached exactly: not lagging
    ("D2", ("3", None), "3.01"),  # lagging
    ("D3", ("2", "4"), "4.5"),  # above its range: lagging
    ("D4", ("4", None), "2"),  # well below its ceiling
    ("D6", None, "2.5"),  # no share: below the province's 3 %
]


def _cascade(plan: Plan, key: str, rows: list[Any]) -> Measure:
    m = Measure.objects.get(plan=plan, key=key)
    for unit, share, value in rows:
        if share is not None:
            low, high = share
            MeasureShare.objects.create(
                measure=m, unit_code=unit, low=D(low), high=D(high) if high else None
            )
        if value is not None:
            _fig(m, unit, "2024", value)
    plan.touch()
    return m


def _screened(plan: Plan, m: Measure) -> dict[str, str]:
    """The target page's status of each unit for the measure (every page of units)."""
    plan.refresh_from_db()
    core = stored_core(plan)[0]
    target = next(t for t in core.targets if t.no == m.target.no)
    screen = unit_screen(plan, core, target, None, "", 1, "vi")
    assert screen is not None and screen.pages == 1
    column = next(i for i, mm in enumerate(target.metrics) if mm.id == m.key)
    return {line.code: line.cells[column].status for line in screen.lines}


def test_it_lags_the_units_the_cascade_page_lags(demo):
    for key, rows, lagging in [
        ("tourist-arrivals", ARRIVALS, {"D2", "D4"}),
        ("poverty-rate", POVERTY, {"D2", "D3"}),
    ]:
        m = _cascade(demo, key, rows)
        cascade = {r.share.unit_code for r in measure_cascade(m).lagging}
        screened = _screened(demo, m)
        shared = {unit for unit, share, _v in rows if share is not None}
        on_page = {u for u, status in screened.items() if u in shared and status in LAGGING}
        assert cascade == on_page == lagging, key
    arrivals = _screened(demo, Measure.objects.get(plan=demo, key="tourist-arrivals"))
    # D3 is above its own range, D6 above the province's target, D7 below it
    assert (arrivals["D1"], arrivals["D3"]) == ("achieved", "exceeded")
    assert (arrivals["D6"], arrivals["D7"]) == ("exceeded", "not_achieved")
    assert "D5" not in arrivals  # no figure of its own at all


# Per measure: unit, share (low, high), its figures from 2020 (the baseline) on; the
# latest figure alone would say the opposite of the term for each unit marked "!".
TERMS = {
    "social-investment": [  # cumulative over the term: the sum of 2021–2025
        ("D1", ("40", "45"), [None, 8, 8, 8, 8, 10]),  # ! 42 within its range
        ("D2", ("40", "45"), [None, 5, 5, 5, 5, 5]),  # 25: lagging
    ],
    "local-exports-growth": [  # the average of the yearly growth rates
        ("D1", ("8", "9"), [None, 10, 10, 10, 10, 5]),  # ! ≈ 8,98 %: within
        ("D2", ("8", "9"), [None, 6, 6, 6, 6, 10]),  # ≈ 6,79 %: lagging
    ],
    "traffic-deaths": [  # the yearly reduction of the deaths, the worst year decides
        ("D1", ("5", None), [100, 90, 80, 70, 60, 40]),  # at least 10 % a year
        ("D2", ("5", None), [100, 101, 102, 103, 104, 50]),  # ! rose 4 years: lagging
    ],
    "new-party-members": [  # every year at least its share
        ("D1", ("100", None), [None, 120, 130, 90, 140, 150]),  # ! 2023 short: lagging
        ("D2", ("100", None), [None, 100, 110, 120, 130, 140]),  # every year
    ],
}


def _term(plan: Plan, key: str, rows: list[Any]) -> Measure:
    m = Measure.objects.get(plan=plan, key=key)
    for unit, (low, high), values in rows:
        MeasureShare.objects.create(
            measure=m, unit_code=unit, low=D(low), high=D(high) if high else None
        )
        for year, value in enumerate(values, start=2020):
            if value is not None:
                _fig(m, unit, str(year), str(value), day=date(2026, 3, 1))
    plan.touch()
    return m


def test_it_lags_the_same_units_for_every_kind(demo):
    lagging = {
        "social-investment": {"D2"},
        "local-exports-growth": {"D2"},
        "traffic-deaths": {"D2"},
        "new-party-members": {"D1"},
    }
    for key, rows in TERMS.items():
        m = _term(demo, key, rows)
        cascade = {r.share.unit_code for r in measure_cascade(m).lagging}
        screened = _screened(demo, m)
        on_page = {u for u, status in screened.items() if status in LAGGING}
        assert cascade == on_page == lagging[key], key
    investment = measure_cascade(Measure.objects.get(plan=demo, key="social-investment"))
    # the cascade page shows the value judged: the term's sum, not the latest year's 10
    assert {r.share.unit_code: r.value for r in investment.rows} == {"D1": D(42), "D2": D(25)}
    no = Measure.objects.get(plan=demo, key="new-party-members").target.no
    page = client_for("daibieu").get(f"/dashboard/langson-xvii/targets/{no}/units/")
    assert 'id="unit-new-party-members-D1" class="lagging"' in page.content.decode()
    assert 'id="unit-new-party-members-D2" class=""' in page.content.decode()
    # the target page's date goes with the link; before any figure was reported, no data
    target = client_for("daibieu").get(f"/dashboard/langson-xvii/targets/{no}/?as_of=2021-01-01")
    units = f"/dashboard/langson-xvii/targets/{no}/units/?as_of=2021-01-01"
    assert f'href="{units}"' in target.content.decode()
    early = client_for("daibieu").get(units).content.decode()
    assert 'id="unit-new-party-members-D1" class=""' in early


def _shared_plan(people: Any, units: int, slug: str, shared: int | None = None) -> Plan:
    """The plan by communes (tests/unitplan.py: unit i reports 60 + i mod 10 % of
    ≥ 65 %, and meets the standard when i is even), the first ``shared`` of its units
    (half by default) holding a share of 62 % and a share of 0 or 1 of the count (1 for
    units 1–5)."""
    plan = unit_plan(people["kehoach"], synthetic(units), slug=slug)
    water, count = (Measure.objects.get(plan=plan, key=k) for k in ("nuoc-sach", "xa-dat-chuan"))
    for i, code in enumerate(synthetic(units // 2 if shared is None else shared), start=1):
        MeasureShare.objects.create(measure=water, unit_code=code, low=D(62))
        MeasureShare.objects.create(measure=count, unit_code=code, low=D(1 if i <= 5 else 0))
    plan.touch()
    return plan


def test_it_says_which_rule_each_measure_follows(demo, people):
    plan = _shared_plan(people, 20, "chia-xa")
    for lang, water, count in [
        (
            "vi",
            "Tỷ lệ hộ dùng nước sạch: 10 đơn vị so với chỉ tiêu được giao; các đơn vị khác so "
            "với mục tiêu của chỉ tiêu, như cả tỉnh",
            "Số xã đạt chuẩn: 10 đơn vị so với chỉ tiêu được giao; các đơn vị khác: đạt chuẩn "
            "hay chưa",
        ),
        (
            "en",
            "Tỷ lệ hộ dùng nước sạch: 10 units against their own share; the others against "
            "the measure's target, as the province",
            "Số xã đạt chuẩn: 10 units against their own share; the others: whether they meet "
            "the standard",
        ),
    ]:
        client = client_for("daibieu", lang)
        one = client.get(f"/dashboard/{plan.slug}/targets/1/")
        two = client.get(f"/dashboard/{plan.slug}/targets/2/")
        assert text_of(one, "units-rule-nuoc-sach") == water
        assert text_of(two, "units-rule-xa-dat-chuan") == count
    rules = [
        ("vi", 0, "mỗi đơn vị so với mục tiêu của chỉ tiêu, như cả tỉnh",
         "đơn vị đạt chuẩn hay chưa"),
        ("en", 0, "each unit against the measure's target, as the province",
         "whether each unit meets the standard"),
        ("vi", 20, "mỗi đơn vị so với chỉ tiêu được giao cho đơn vị",
         "mỗi đơn vị so với chỉ tiêu được giao cho đơn vị"),
        ("en", 20, "each unit against its own share of the measure",
         "each unit against its own share of the measure"),
    ]  # fmt: skip
    for lang, shared, water, count in rules:
        other = _shared_plan(people, 20, f"chia-{shared}-{lang}", shared)
        client = client_for("daibieu", lang)
        one = client.get(f"/dashboard/{other.slug}/targets/1/")
        two = client.get(f"/dashboard/{other.slug}/targets/2/")
        assert text_of(one, "units-rule-nuoc-sach") == f"Tỷ lệ hộ dùng nước sạch: {water}"
        assert text_of(two, "units-rule-xa-dat-chuan") == f"Số xã đạt chuẩn: {count}"
    # units 1–10 against 62 %: 1 (61 %) and 10 (60 %) lag, 2 reaches it, 3–9 exceed it;
    # units 11–20 against 65 %: 11–14 (61–64 %) and 20 (60 %) lag, 15 reaches it
    tally = text_of(client_for("daibieu").get(f"/dashboard/{plan.slug}/targets/1/"), "units-tally")
    assert tally == "Tỷ lệ hộ dùng nước sạch : không đạt 7 · đạt 2 · vượt 11"


def test_a_share_of_a_count_is_a_target_not_the_standard(demo, people):
    plan = _shared_plan(people, 20, "chia-xa")
    m = Measure.objects.get(plan=plan, key="xa-dat-chuan")
    status = _screened(plan, m)
    # units 1–5 must count 1: the odd ones (0) lag; units 6–10 must count 0: none lags;
    # units 11–20 have no share: the odd ones do not meet the standard
    assert sorted(u for u, s in status.items() if s in LAGGING) == [
        "X0001", "X0003", "X0005", "X0011", "X0013", "X0015", "X0017", "X0019",
    ]  # fmt: skip
    assert (status["X0002"], status["X0006"], status["X0007"], status["X0012"]) == (
        "achieved",
        "exceeded",  # 1 against a share of 0
        "achieved",  # 0 against a share of 0
        "achieved",
    )
    cascade = {r.share.unit_code for r in measure_cascade(m).lagging}
    assert cascade == {"X0001", "X0003", "X0005"}
    page = client_for("daibieu").get(f"/dashboard/{plan.slug}/targets/2/")
    # 1, 3, 5 short of 1 and 11–19 odd not meeting the standard; 2, 4 at 1, 7, 9 at 0 and
    # 12–20 even meeting it; 6, 8, 10 above 0
    assert text_of(page, "units-tally") == "Số xã đạt chuẩn : không đạt 8 · đạt 9 · vượt 3"


def _queries(slug: str) -> list[int]:
    client = client_for("daibieu")
    counts = []
    pages = ("/dashboard/{slug}/targets/1/", "/dashboard/{slug}/targets/2/?page=2")
    for page in (*pages, "/dashboard/{slug}/targets/1/units/"):  # and the cascade page
        with CaptureQueriesContext(connection) as seen:
            assert client.get(page.format(slug=slug)).status_code == 200
        counts.append(len(seen.captured_queries))
    return counts


def test_it_asks_as_many_questions_for_ten_times_the_units(demo, people):
    few = _queries(_shared_plan(people, 20, "nho").slug)
    many = _queries(_shared_plan(people, 200, "lon").slug)
    assert few == many
