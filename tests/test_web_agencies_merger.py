"""Sở Kế hoạch và Đầu tư merged into Sở Tài chính on 1/3/2025 (the demo's reform). The
planning office relies on each period being reported by the agency in force at its end,
on the successor's people finishing the merged agency's business (its reports of the
periods before, and their approval), and on the figures reported before the merger
staying that agency's on every page and in every export."""

from __future__ import annotations

import csv
import io
import json
import re

import openpyxl
import pytest
from django.urls import reverse

from chitieu.figures.periods import parse_period
from chitieu.web.figures import services
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import Agency, Notification, Role
from tests.agencykit import INVESTMENT, KHDT, TAI_CHINH, entry, page_text, person, values
from tests.dashhelpers import target_url, text_of
from tests.entryhelpers import PLAN, today_text
from tests.webhelpers import client_for


@pytest.fixture
def staff(demo):
    """A reporter and an approver of Sở Tài chính, and an approver of another agency."""
    return {
        "taichinh": person("taichinh", Role.REPORTER, TAI_CHINH),
        "duyet-tc": person("duyet-tc", Role.APPROVER, TAI_CHINH),
        "duyet-ld": person("duyet-ld", Role.APPROVER, "so-ldtbxh"),
    }


def _cell(page: str, period: str, agency: str) -> str:
    row = re.search(rf'<tr class="period-row[^"]*" data-period="{period}">(.*?)</tr>', page, re.S)
    assert row, period
    cell = re.search(rf'<td data-agency="{agency}"[^>]*>(.*?)</td>', row.group(1), re.S)
    assert cell, (period, agency)
    return cell.group(0)


def test_it_offers_each_period_under_the_agency_in_force_at_its_end(staff):
    page = client_for("taichinh").get(reverse("figures:entry_home")).content.decode()
    # before the merger Sở KH&ĐT reports its measures, its successor's people open them
    assert entry(KHDT, "2024") in _cell(page, "2024", KHDT)
    assert entry(TAI_CHINH, "2024") in _cell(page, "2024", TAI_CHINH)
    # from the first period that ends after it, Sở Tài chính reports them
    for period in ("2025-H1", "2025-9M", "2025"):
        assert "not-reporting" in _cell(page, period, KHDT)
        assert entry(KHDT, period) not in page
        assert entry(TAI_CHINH, period) in _cell(page, period, TAI_CHINH)


def test_it_lists_the_merged_agency_s_measures_in_its_successor_s_reports_after_it(staff):
    reporter = client_for("taichinh")
    after = reporter.get(entry(TAI_CHINH, "2025")).content.decode()
    before = reporter.get(entry(TAI_CHINH, "2024")).content.decode()
    old = reporter.get(entry(KHDT, "2024")).content.decode()
    line = f'name="value-{INVESTMENT}-20"'
    assert line in after and line in old
    assert line not in before  # Sở Tài chính's own report of 2024 has its own measures only
    assert (
        'name="value-domestic-revenue-growth-20"' in before
        and 'name="value-domestic-revenue-growth-20"' in after
    )


def test_it_refuses_a_report_of_the_merged_agency_for_a_period_after_the_merger(staff):
    for who in ("taichinh", "kehoach"):
        response = client_for(who).get(entry(KHDT, "2025-H1"))
        assert response.status_code == 404
        text = page_text(response)
        assert (
            "Sở Kế hoạch và Đầu tư không còn hoạt động vào ngày 30/6/2025, ngày cuối của 6 "
            "tháng đầu năm 2025: Sở Tài chính báo cáo các chỉ tiêu của cơ quan này cho kỳ đó"
        ) in text
    # the API, the same rule in the same words (here in English), and nothing saved
    body = {
        "period": "2025",
        "agency": KHDT,
        "figures": [{"measure": INVESTMENT, "value": "38,6", "stage": "official"}],
    }
    answer = client_for("taichinh", "en").post(
        reverse("api:enter_figures", args=[PLAN]), json.dumps(body), "application/json"
    )
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["message"] == (
        "Sở Kế hoạch và Đầu tư was no longer in force on 31/12/2025, the end of 2025: "
        "Sở Tài chính reports its measures for that period"
    )
    assert not Submission.objects.filter(agency__code=KHDT).exists()


def test_it_lets_the_successor_s_people_report_and_decide_the_merged_agency_s_periods(staff):
    reporter = client_for("taichinh")
    sent = reporter.post(
        entry(KHDT, "2024"), values("submit", social_investment=("36", "official"))
    )
    assert sent.status_code == 302
    r = reporter.post(
        entry(TAI_CHINH, "2025"), values("submit", social_investment=("38,6", "official"))
    )
    assert r.status_code == 302
    old = Submission.objects.get(agency__code=KHDT, period="2024")
    new = Submission.objects.get(agency__code=TAI_CHINH, period="2025")
    assert (old.status, new.status) == ("submitted", "submitted")

    told = Notification.objects.filter(kind="submitted", submission=old)
    assert {n.user.username for n in told} >= {"duyet-tc", "pheduyet"}
    assert "duyet-ld" not in {n.user.username for n in told}
    mine = client_for("duyet-tc").get(reverse("figures:approvals")).content.decode()
    assert f'data-report="{old.pk}"' in mine and f'data-report="{new.pk}"' in mine
    other = client_for("duyet-ld")
    assert f'data-report="{old.pk}"' not in other.get(reverse("figures:approvals")).content.decode()
    refused = other.post(reverse("figures:report", args=[old.pk]), {"action": "approve"})
    assert refused.status_code == 403

    approver = client_for("duyet-tc")
    for sub in (old, new):
        done = approver.post(reverse("figures:report", args=[sub.pk]), {"action": "approve"})
        assert done.status_code == 302
        sub.refresh_from_db()
        assert sub.status == "approved"


def _approved_under_both(staff, demo) -> None:
    """A revision of 2024 in Sở KH&ĐT's report and of 2025 in Sở Tài chính's, approved."""
    for agency, period, value in ((KHDT, "2024", "36"), (TAI_CHINH, "2025", "38,6")):
        sub = services.save_entries(
            staff["taichinh"],
            demo,
            Agency.objects.get(code=agency),
            parse_period(period),
            [services.RawEntry(services.Place(), INVESTMENT, "20", value, "official")],
        )
        services.approve(staff["duyet-tc"], services.submit(staff["taichinh"], sub))


def test_it_keeps_the_figures_reported_before_the_merger_under_the_merged_agency(staff, demo):
    _approved_under_both(staff, demo)
    day = today_text()
    history = client_for("daibieu").get(reverse("figures:history", args=[PLAN, INVESTMENT]))
    rows = text_of(history, "vintages")
    assert f"Năm 2024 Tỉnh Lạng Sơn 36 chính thức {day} Sở Kế hoạch và Đầu tư" in rows
    assert f"Năm 2025 Tỉnh Lạng Sơn 38,6 chính thức {day} Sở Tài chính" in rows
    changes = text_of(client_for("kehoach").get(history.request["PATH_INFO"]), "changes")
    assert "báo cáo năm 2024 của Sở Kế hoạch và Đầu tư" in changes
    assert "báo cáo năm 2025 của Sở Tài chính" in changes

    target = text_of(client_for("daibieu").get(target_url(7)), f"vintages-{INVESTMENT}")
    assert "Năm 2024 Tỉnh Lạng Sơn 36 chính thức" in target
    assert "Sở Kế hoạch và Đầu tư" in target and "Sở Tài chính" in target

    for url in (reverse("plans:figures_csv", args=[PLAN]), f"/api/plans/{PLAN}/figures.csv"):
        text = client_for("daibieu").get(url).getvalue().decode("utf-8-sig")
        lines = [line for line in text.splitlines() if not line.startswith("#")]
        rows = csv.DictReader(io.StringIO("\n".join(lines)))
        mine = {(r["period"], r["value"]): r["source"] for r in rows if r["metric"] == INVESTMENT}
        assert mine[("2024", "36")] == "Sở Kế hoạch và Đầu tư"
        assert mine[("2025", "38.6")] == "Sở Tài chính"
    review = client_for("daibieu").get(
        reverse("dashboard:reports", args=[PLAN]), {"period": "2025", "format": "xlsx"}
    )
    cells = {
        str(c.value)
        for ws in openpyxl.load_workbook(io.BytesIO(review.content)).worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    }
    assert {"Sở Kế hoạch và Đầu tư", "Sở Tài chính"} <= cells

    stored = FigureRecord.objects.filter(measure__key=INVESTMENT, submission__isnull=False)
    assert {(f.period, f.submission.agency.code) for f in stored} == {
        ("2024", KHDT),
        ("2025", TAI_CHINH),
    }
