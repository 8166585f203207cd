"""In real Chromium: text that people type into a plan (a measure's name, unit and note, a
target, a figure's source) shows as text everywhere, the chart tooltip included, and runs
no script; and the pages work under the Content-Security-Policy without breaking it.

A viewer relies on this: a plan written by someone careless or hostile cannot run code in
their browser, which holds their session.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browserkit import browser, log_in, server

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser


def img(n: int) -> str:
    """A payload that sets window.__xss if the browser ever reads it as HTML."""
    return f'<img src=x onerror="window.__xss={n}">'


PLAN = f"""\
schema_version: 1
id: xss-probe
title: 'Kế hoạch {img(1)}'
area: {{code: "20", name: 'Tỉnh <script>window.__xss=2</script>'}}
baseline_year: 2020
start_year: 2021
end_year: 2025
targets:
- no: 1
  text: 'Chỉ tiêu {img(3)}'
  group: economy
  metrics:
  - id: probe
    name: 'Tỷ lệ {img(4)}'
    unit: '%{img(5)}'
    kind: level_at_end
    comparator: ">="
    low: "50"
    note: '{img(6)}'
"""
FIGURES = f"""\
# numbers: vi
metric,period,value,stage,as_of,unit_code,source,note
probe,2021,"40,5",estimate,10/12/2021,,"{img(7).replace('"', '""')}","{img(8).replace('"', '""')}"
probe,2022,45,official,31/3/2023,,Niên giám,
"""

# Every violation the page reports, whatever the console says.
WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def watched_page(browser: Any, server: Any, username: str | None) -> tuple[Any, list[str]]:
    """A page (logged in as ``username``) whose console errors are collected."""
    ctx = browser.new_context(locale="vi-VN")
    ctx.add_init_script(WATCH_CSP)
    page = ctx.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    if username:
        log_in(page, server, username)
    return page, errors


def csp_problems(page: Any, errors: list[str]) -> list[str]:
    reported = page.evaluate("window.__csp || []")
    return list(reported) + [e for e in errors if "Content Security Policy" in e]


def hover_tooltip(page: Any, chart: str) -> Any:
    """Move over the chart until its tooltip shows; returns the tooltip."""
    page.wait_for_selector(f"{chart}[data-ready='1']")
    box = page.locator(f"{chart} canvas").first.bounding_box()
    # ECharts puts its tooltip beside the canvas's holder, inside the chart's element.
    tip = page.locator(f"{chart} > div").filter(has_not=page.locator("canvas"))
    for fraction in (0.5, 0.3, 0.7, 0.9, 0.15):
        page.mouse.move(box["x"] + box["width"] * fraction, box["y"] + box["height"] * 0.5)
        try:
            tip.wait_for(state="visible", timeout=2_000)
            return tip
        except PlaywrightTimeout:  # no category under this point: try the next one
            continue
    raise AssertionError(f"no tooltip on {chart}")


def import_probe_plan(page: Any, server: Any, folder: Path) -> None:
    plan, figures = folder / "probe.yaml", folder / "probe.csv"
    plan.write_text(PLAN, encoding="utf-8")
    figures.write_text(FIGURES, encoding="utf-8")
    page.goto(f"{server.url}/plans/")
    page.set_input_files("#plan-file", str(plan))
    page.set_input_files("#figures-file", str(figures))
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("ul.messages")
    assert "xss-probe" in page.content(), page.inner_text("main")


def test_it_shows_a_plans_markup_as_text_and_runs_none_of_it(browser, server, tmp_path):
    page, errors = watched_page(browser, server, "kehoach")
    import_probe_plan(page, server, tmp_path)

    page.goto(f"{server.url}/dashboard/xss-probe/")
    assert img(1) in page.inner_text("#plan-title")
    assert img(3) in page.inner_text("#targets-table")
    hover_tooltip(page, "#chart-groups")

    page.goto(f"{server.url}/dashboard/xss-probe/targets/1/")
    assert img(4) in page.inner_text("#measure-probe h2")
    tip = hover_tooltip(page, "#chart-probe")
    text = tip.inner_text()
    assert f"Tỷ lệ {img(4)}:" in text  # the series name, as typed
    assert f"%{img(5)}" in text  # the unit after the value
    assert tip.locator("img").count() == 0
    assert img(7) in page.inner_text("#vintages-probe")  # the figure's source

    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("window.__xss") is None
    assert csp_problems(page, errors) == []


def test_the_pages_work_under_the_policy_without_a_violation(browser, server, tmp_path):
    page, errors = watched_page(browser, server, "kehoach")
    visited = []

    def visit(path: str) -> None:
        response = page.goto(server.url + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        visited.append(path)

    visit("/dashboard/langson-xvii/")
    page.wait_for_selector("#chart-groups[data-ready='1']")
    visit("/dashboard/langson-xvii/targets/13/")
    hover_tooltip(page, "#chart-trained-labour")
    visit("/figures/entry/langson-xvii/so-ldtbxh/2025/")
    visit("/plans/langson-xvii/edit/")
    page.click("[data-add-target]")  # editor.js, a static file, adds a target
    assert page.locator("#targets > fieldset").count() == 21
    visit("/plans/read/")
    resolution = tmp_path / "nghi-quyet.txt"
    resolution.write_text(
        "NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ huyện Thử Nghiệm lần thứ XX, nhiệm kỳ 2020 – 2025\n\n"
        "Các chỉ tiêu chủ yếu đến năm 2025:\n"
        "1. Tốc độ tăng trưởng kinh tế bình quân đạt 7%/năm.\n"
        "2. Tỷ lệ lao động qua đào tạo đạt 65%.\n",
        encoding="utf-8",
    )
    page.set_input_files("#resolution-file", str(resolution))
    page.click("#read-form button[type=submit]")
    page.wait_for_selector("#source-text")  # the review page: the text and the editor
    visit("/api/docs")
    page.wait_for_selector("#swagger-ui .opblock")  # Swagger UI drew the operations
    visit("/units/")
    with page.expect_navigation():  # the language menu submits itself (site.js)
        page.select_option("select[name=language]", "en")
    assert page.evaluate("document.documentElement.lang") == "en"

    assert len(visited) == 7
    assert csp_problems(page, errors) == []
    assert page.evaluate("window.__xss") is None


def test_an_inline_script_would_be_refused(browser, server):
    """The policy is really enforced: the probe sees a violation when one happens."""
    page, errors = watched_page(browser, server, None)
    page.goto(f"{server.url}/")
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__xss=9\">')"
    )
    page.wait_for_timeout(500)
    assert page.evaluate("window.__xss") is None
    assert any("script-src" in p for p in csp_problems(page, errors))
