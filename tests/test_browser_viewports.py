"""On a laptop (1366×768) and on a phone (390×844), in real Chromium: the dashboard, a
target page, the entry page and a report page show every figure's value, goal and status
on the screen — no column cut off or hidden, no table to scroll sideways, no page wider
than the screen — and the entry form's stage menu is within reach."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browserkit import browser, open_page, open_pending_report, screenshot, server
from tests.browserkit import submit_labour_figure as submit

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
PLAN = "langson-xvii"
VIEWPORTS = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}

# What the page is about: its main table, and the cells that must be on the screen.
MEASURE = """(args) => {
  const [table, cells] = args;
  const width = window.innerWidth;
  const t = document.querySelector(table);
  const wrap = t.closest('.table-wrap') || t.parentElement;
  const off = [];
  const found = document.querySelectorAll(cells);
  for (const c of found) {
    const r = c.getBoundingClientRect();
    const shown = c.getClientRects().length > 0 && r.width > 0
      && getComputedStyle(c).visibility !== 'hidden';
    if (!shown || r.left < 0 || r.right > width + 1) {
      const name = `${c.tagName}.${c.className}[${c.dataset.label || ''}]`;
      off.push(`${name} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
  }
  return {
    page: document.documentElement.scrollWidth - width,
    table: t.scrollWidth - wrap.clientWidth,
    cells: found.length,
    off: off,
  };
}"""


def _fits(page: Any, table: str, cells: str) -> dict[str, Any]:
    return dict(page.evaluate(MEASURE, [table, cells]))


def _check(page: Any, table: str, cells: str, least: int) -> None:
    seen = _fits(page, table, cells)
    assert seen["page"] <= 1, f"the page is {seen['page']}px wider than the screen"
    assert seen["table"] <= 1, f"{table} overflows its frame by {seen['table']}px"
    assert seen["cells"] >= least, seen
    assert seen["off"] == [], f"cells off the screen or hidden: {seen['off']}"


@pytest.fixture(scope="module")
def submitted_report(browser, server) -> str:
    """Sở LĐ-TB&XH's report of 2024, entered and submitted: the address of its page."""
    reporter = open_page(browser, server, "laodong")
    reporter.goto(f"{server.url}/figures/entry/{PLAN}/so-ldtbxh/2024/")
    submit(reporter, "62,6")
    approver = open_page(browser, server, "pheduyet")
    open_pending_report(approver, server, "so-ldtbxh", "2024")
    approver.wait_for_selector("#report-figures")
    return str(approver.url)


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
@pytest.mark.parametrize("as_of", ["", "15/10/2023"])  # the term over; mid-term, with forecasts
def test_the_dashboard_shows_value_goal_and_status_of_every_measure(browser, server, size, as_of):
    page = open_page(browser, server, None, viewport=VIEWPORTS[size])
    page.goto(f"{server.url}/dashboard/{PLAN}/" + (f"?as_of={as_of}" if as_of else ""))
    page.wait_for_selector("#chart-groups[data-ready='1']")
    cells = "#targets-table td.value, #targets-table td.goal, #targets-table td.status-cell"
    _check(page, "#targets-table", cells, least=3 * 35)
    if size == "laptop":  # every column, "Cần đạt" the last, within the frame
        _check(page, "#targets-table", "#targets-table thead th", least=8)
    if as_of:
        assert page.locator("#targets-table td.required-cell:not(:empty)").count() > 0
    page.locator("#targets").scroll_into_view_if_needed()
    screenshot(page, f"viewport-dashboard-{size}" + ("-mid-term" if as_of else ""))


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
def test_a_target_page_shows_its_facts_and_figures(browser, server, size):
    page = open_page(browser, server, None, viewport=VIEWPORTS[size])
    page.goto(f"{server.url}/dashboard/{PLAN}/targets/13/")
    page.wait_for_selector("#chart-trained-labour[data-ready='1']")
    _check(page, "#vintages-trained-labour", "#measure-trained-labour .facts dd", least=4)
    _check(page, "#vintages-trained-labour", "#vintages-trained-labour td.num", least=10)
    screenshot(page, f"viewport-target-{size}")


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
def test_the_entry_page_keeps_the_value_and_the_stage_menu_in_reach(browser, server, size):
    page = open_page(browser, server, "laodong", viewport=VIEWPORTS[size])
    page.goto(f"{server.url}/figures/entry/{PLAN}/so-ldtbxh/2025/")
    cells = "#report-figures td.line-goal, #report-figures input.value, #report-figures select"
    _check(page, "#report-figures", cells, least=6)
    stage = page.locator("#stage-trained-labour-20")
    stage.select_option("official")  # reachable: chosen as a person would
    assert stage.input_value() == "official"
    screenshot(page, f"viewport-entry-{size}")


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
def test_a_report_page_shows_each_value_with_its_goal_and_stage(
    browser, server, submitted_report, size
):
    page = open_page(browser, server, "pheduyet", viewport=VIEWPORTS[size])
    page.goto(submitted_report)
    cells = (
        "#report-figures td.line-goal, #report-figures td.line-value, #report-figures td.line-stage"
    )
    _check(page, "#report-figures", cells, least=3)
    assert "62,6" in page.inner_text("#report-figures tr.line td.value-shown")
    screenshot(page, f"viewport-report-{size}")
