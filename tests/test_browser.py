"""In real Chromium: a reporter enters and submits, an approver approves, the dashboard
moves; a bad Excel cell is named and nothing is saved; another agency's page is 403."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests import browserkit as kit
from tests.browserkit import browser, open_page, screenshot, server

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
PLAN = "langson-xvii"


def headline(page: Any, server: Any) -> str:
    page.goto(f"{server.url}/dashboard/{PLAN}/")
    return str(page.inner_text("#headline")).strip()


def test_it_takes_a_figure_from_entry_to_approval_to_the_dashboard(browser, server):
    viewer = open_page(browser, server, "daibieu")
    assert headline(viewer, server) == "Đạt và vượt 16/20 chỉ tiêu"
    assert viewer.get_attribute("#target-13", "data-status") == "not_achieved"

    reporter = open_page(browser, server, "laodong")
    reporter.goto(f"{server.url}/figures/entry/")
    reporter.click(f"a.entry-link[href*='/{PLAN}/so-ldtbxh/2025/']")
    kit.submit_labour_figure(reporter, "66,5")

    approver = open_page(browser, server, "pheduyet")
    kit.open_pending_report(approver, server, "so-ldtbxh", "2025")
    assert "66,5" in approver.inner_text("#report-figures")
    report_id = (
        approver.get_attribute("#report-status", "data-report")
        or approver.url.rstrip("/").rsplit("/", 1)[-1]
    )
    approver.click("#approve-button")
    approver.wait_for_selector(
        f"#recent-decisions tr[data-report='{report_id}'] .report-status-approved"
    )

    assert headline(viewer, server) == "Đạt và vượt 17/20 chỉ tiêu"
    assert viewer.get_attribute("#target-13", "data-status") in ("achieved", "exceeded")
    viewer.wait_for_selector("#chart-groups[data-ready='1']")
    screenshot(viewer, "dashboard")

    viewer.goto(f"{server.url}/dashboard/{PLAN}/targets/13/")
    viewer.wait_for_selector("#chart-trained-labour[data-ready='1']")
    assert viewer.locator("#chart-trained-labour canvas").count() >= 1
    assert "66,5" in viewer.inner_text("#vintages-trained-labour")
    screenshot(viewer, "target-13")


def test_it_names_the_bad_cell_of_an_upload_and_saves_nothing(browser, server, tmp_path: Path):
    reporter = open_page(browser, server, "dulich")
    entry = f"{server.url}/figures/entry/{PLAN}/so-vhttdl/2024/"
    reporter.goto(entry)
    assert reporter.get_attribute("#report-status", "data-status") == "none"
    with reporter.expect_download() as download:
        reporter.click("#download-template")
    template = tmp_path / "template.xlsx"
    download.value.save_as(template)

    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    rows = [r for r in range(7, sheet.max_row + 1) if sheet.cell(r, 2).value]
    assert len(rows) >= 2
    sheet.cell(rows[0], 8).value = 4_100_000
    sheet.cell(rows[1], 8).value = "abc"
    bad_cell = f"H{rows[1]}"
    book.save(template)

    reporter.set_input_files("#upload-file", str(template))
    reporter.click("#upload-button")
    errors = reporter.wait_for_selector("#upload-errors")
    text = errors.inner_text()
    assert bad_cell in text and "abc" in text
    screenshot(reporter, "upload-error")

    reporter.goto(entry)
    assert reporter.get_attribute("#report-status", "data-status") == "none"
    assert reporter.input_value(f"#value-{reporter_first_key(reporter)}") == ""


def reporter_first_key(page: Any) -> str:
    line = page.locator("#report-figures tr.line").first
    return f"{line.get_attribute('data-measure')}-{line.get_attribute('data-unit')}"


def test_it_refuses_another_agencys_entry_page(browser, server):
    reporter = open_page(browser, server, "dulich")
    response = reporter.goto(f"{server.url}/figures/entry/{PLAN}/so-ldtbxh/2025/")
    assert response is not None and response.status == 403
    assert reporter.locator("#entry-form").count() == 0


def test_it_switches_to_english_and_fits_a_phone(browser, server):
    phone = open_page(browser, server, None, viewport={"width": 390, "height": 844})
    phone.goto(f"{server.url}/dashboard/{PLAN}/")
    with phone.expect_navigation(url=f"**/dashboard/{PLAN}/"):
        phone.select_option("select[name=language]", "en")  # the form submits on change
    phone.wait_for_selector("html[lang=en]")
    assert phone.inner_text("#headline").startswith("Achieved or exceeded")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page is {overflow}px wider than the phone"
    screenshot(phone, "dashboard-phone-en")
