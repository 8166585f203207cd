"""In Chromium against `chitieu serve --demo` (with its own background worker): a large
import goes to its job page, whose progress bar the page refreshes by itself until the
plan is stored; Cancel on another one stops it and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bigfigures import big_figures
from tests.browserkit import browser, open_page, screenshot, server
from tests.test_web_plans_import import copy_of_demo

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser


def _import(page, server, tmp_path: Path, plan_id: str, lines: int) -> None:  # type: ignore[no-untyped-def]
    plan = tmp_path / f"{plan_id}.yaml"
    plan.write_text(copy_of_demo(plan_id), encoding="utf-8")
    figures = big_figures(tmp_path / f"{plan_id}.figures.csv", lines)
    page.goto(f"{server.url}/plans/")
    page.set_input_files("#plan-file", str(plan))
    page.set_input_files("#figures-file", str(figures))
    page.click("#import-form button[type=submit]")
    page.wait_for_url("**/jobs/*/")


def test_the_progress_bar_runs_until_the_plan_is_stored(browser, server, tmp_path: Path):
    page = open_page(browser, server, "kehoach")
    _import(page, server, tmp_path, "langson-lon", 25_000)  # past the 20.000-line threshold
    assert page.locator("#job-bar").count() == 1
    # no reload: htmx asks for the fragment every second until the job is over
    page.wait_for_selector("#job-result", timeout=180_000)
    assert page.inner_text("#job-result").startswith("Xong.")
    assert page.get_attribute("#job-result a", "href") == "/plans/langson-lon/edit/"
    assert page.locator("#job-bar").count() == 0
    screenshot(page, "job-done")
    page.click("#job-result a")
    assert page.url.endswith("/plans/langson-lon/edit/")


def test_cancel_stops_the_import_and_nothing_is_stored(browser, server, tmp_path: Path):
    page = open_page(browser, server, "kehoach")
    _import(page, server, tmp_path, "langson-huy", 200_000)  # some seconds of reading
    page.click("#job-cancel")
    page.wait_for_selector("#job-result", timeout=60_000)
    assert page.inner_text("#job-result") == "Đã hủy: không có gì được lưu."
    screenshot(page, "job-cancelled")
    page.goto(f"{server.url}/plans/")
    assert page.locator("#plan-langson-huy").count() == 0
