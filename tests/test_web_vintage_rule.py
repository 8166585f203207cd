"""Every page picks a series point's figure by the core's vintage rule: an estimate
approved after the official figure changes neither the dashboard, the API, the entry
page's earlier values nor a cascade's unit values (the most final stage wins, then the
latest report)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from chitieu.figures.periods import parse_period
from chitieu.web.dashboard.cascade import measure_cascade
from chitieu.web.figures.checks import places_of
from chitieu.web.figures.lines import entry_lines
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Measure, MeasureShare, Plan
from tests.apihelpers import PLAN as API_PLAN
from tests.webhelpers import client_for

APPROVED = datetime(2026, 5, 5, tzinfo=UTC)


def _approved(plan: Plan, key: str, period: str, value: str, stage: str, day: date, unit="20"):
    FigureRecord.objects.create(
        plan=plan,
        measure=Measure.objects.get(plan=plan, key=key),
        unit_code=unit,
        period=period,
        value=Decimal(value),
        places=places_of(Decimal(value)),
        stage=stage,
        as_of=day,
        approved_at=APPROVED,
    )
    plan.touch()  # the pages' cached evaluation is stale


def _poverty(payload: dict) -> dict:
    return next(m for t in payload["targets"] for m in t["metrics"] if m["id"] == "poverty-rate")


def test_the_dashboard_and_the_api_keep_the_official_figure(demo):
    # the demo's official 2025 poverty rate is 2,6 (31/3/2026); an estimate comes after it
    _approved(demo, "poverty-rate", "2025", "2.4", "estimate", date(2026, 5, 4))
    poverty = _poverty(client_for(None).get(f"{API_PLAN}/statuses").json())
    assert poverty["value"] == "2.6"
    used_2025 = [f for f in poverty["explanation"]["figures"] if f["period"] == "2025"]
    assert [(f["value"], f["stage"]) for f in used_2025] == [("2.6", "official")]
    page = client_for(None).get("/dashboard/langson-xvii/targets/14/").content.decode()
    assert 'id="value-poverty-rate" class="">2,6% <' in page
    estimate = page.split('<tr class="stage-estimate">')[-1].split("</tr>")[0]
    assert '<td class="num">2,4</td>' in estimate and "4/5/2026" in estimate
    assert "✓" not in estimate  # listed among the vintages, not used


def test_an_official_revision_replaces_the_first_official_figure(demo):
    _approved(demo, "poverty-rate", "2025", "3.2", "official", date(2026, 9, 30))
    assert _poverty(client_for(None).get(f"{API_PLAN}/statuses").json())["value"] == "3.2"


def test_the_entry_page_shows_the_most_final_earlier_values(demo):
    # 2024: official 3,8 (31/3/2025), then an estimate 4,1; 2025: official 2,6, then 2,4
    _approved(demo, "poverty-rate", "2024", "4.1", "estimate", date(2025, 6, 1))
    _approved(demo, "poverty-rate", "2025", "2.4", "estimate", date(2026, 5, 4))
    agency = Agency.objects.get(code="so-ldtbxh")
    lines = entry_lines(demo, agency, parse_period("2025"), None)
    line = next(x for x in lines if x.measure.key == "poverty-rate")
    assert line.approved is not None and line.approved.value == Decimal("2.6")
    assert line.approved.stage == "official"
    assert [(f.period, f.value) for f in line.previous][:1] == [("2024", Decimal("3.8"))]


def test_a_cascade_unit_keeps_its_official_figure(demo):
    m = Measure.objects.get(plan=demo, key="tourist-arrivals")
    MeasureShare.objects.create(measure=m, unit_code="D1", low=Decimal("2000000"))
    _approved(demo, m.key, "2024", "2100000", "official", date(2025, 3, 31), unit="D1")
    _approved(demo, m.key, "2024", "1500000", "estimate", date(2025, 4, 20), unit="D1")
    _approved(demo, m.key, "2025", "9000000", "plan", date(2025, 5, 1), unit="D1")
    c = measure_cascade(m)
    row = c.rows[0]
    assert (row.value, str(row.period), row.lagging) == (Decimal("2100000"), "2024", False)
    assert c.rolled == Decimal("2100000")  # a plan figure for 2025 is no achievement
