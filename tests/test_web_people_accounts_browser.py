"""In real Chromium against the real server: the planning office creates an account on
its pages and reads the temporary password once; the new person logs in with it, is
held on "change password" until they choose their own, then works; the bell counts what
waits for them. No page breaks the Content-Security-Policy.

A planning office relies on this flow to bring a new reporter in without the admin.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browserkit import browser, screenshot, server
from tests.test_web_csp_browser import csp_problems, watched_page

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser

OWN = "Đồng-Đăng-Kỳ-Lừa-2026"


def _create_account(page: Any, server: Any) -> str:
    page.click("nav.main-nav >> text=Người dùng")
    page.fill("#new-user input[name=username]", "nguyenvanan")
    page.fill("#new-user input[name=full_name]", "Nguyễn Văn An")
    page.fill("#new-user input[name=email]", "an@example.vn")
    page.select_option("#new-user select[name=role]", "reporter")
    page.select_option("#new-user select[name=agency]", label="Sở Lao động - Thương binh và Xã hội")
    page.click("#new-user button[type=submit]")
    page.wait_for_selector("#temporary-password")
    screenshot(page, "account-created")
    password = str(page.text_content("#temporary-password"))
    page.reload()
    assert page.locator("#temporary-password").count() == 0  # shown once
    return password


def test_a_new_reporter_is_brought_in_by_the_planning_office(browser, server):
    office, office_errors = watched_page(browser, server, "kehoach")
    password = _create_account(office, server)
    assert csp_problems(office, office_errors) == []

    page, errors = watched_page(browser, server, None)
    page.goto(f"{server.url}/login/")
    page.fill("input[name=username]", "nguyenvanan")
    page.fill("input[name=password]", password)
    page.click("form.narrow button[type=submit]")
    page.wait_for_selector("#must-change")
    assert page.url.endswith("/password/")
    page.goto(f"{server.url}/figures/entry/")
    assert page.url.endswith("/password/")  # held there
    page.fill("input[name=old_password]", password)
    page.fill("input[name=new_password1]", OWN)
    page.fill("input[name=new_password2]", OWN)
    page.click("#password-form button[type=submit]")
    page.wait_for_selector("#password-changed")
    page.goto(f"{server.url}/figures/entry/")
    assert page.url.endswith("/figures/entry/")
    assert "Sở Lao động - Thương binh và Xã hội" in str(page.text_content("main"))
    page.click("a.who")
    page.wait_for_selector("#account-form")
    screenshot(page, "account-page")
    assert csp_problems(page, errors) == []


def test_the_bell_counts_and_the_list_opens_the_report(browser, server):
    reporter, errors = watched_page(browser, server, "laodong")
    reporter.goto(f"{server.url}/figures/entry/langson-xvii/so-ldtbxh/2025/")
    reporter.fill("input[name='value-trained-labour-20']", "66,5")
    reporter.select_option("select[name='stage-trained-labour-20']", "official")
    reporter.click("button[name=action][value=submit]")
    reporter.wait_for_load_state("networkidle")
    approver, approver_errors = watched_page(browser, server, "pheduyet")
    assert approver.text_content("#unread-count") == "1"
    approver.click("#bell")
    approver.wait_for_selector("#notifications .unread")
    screenshot(approver, "notifications")
    approver.click("#notifications .unread button[name=open]")
    approver.wait_for_load_state("networkidle")
    assert "/figures/reports/" in approver.url
    assert approver.locator("#unread-count").count() == 0
    assert csp_problems(reporter, errors) == [] and csp_problems(approver, approver_errors) == []
