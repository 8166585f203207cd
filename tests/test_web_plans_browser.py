"""In real Chromium: the plan editor's buttons add a target and a measure, the plan is
saved; a mistake is listed at the top with a link to its field; the review page opens
the text at the target list."""

from __future__ import annotations

import pytest

from tests.browserkit import browser, open_page, screenshot, server
from tests.planhelpers import seed_004

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
EDIT = "/plans/langson-xvii/edit/"


def test_it_adds_a_target_and_measures_with_the_buttons(browser, server):
    page = open_page(browser, server, "kehoach")
    page.goto(server.url + EDIT)
    page.click("#target-11 [data-add-measure]")
    new = page.locator("#target-11 .measure").last
    new.locator("[name$='-name']").fill("Tỷ lệ thôn có sân thể thao")
    new.locator("[name$='-unit']").fill("%")
    new.locator("[name$='-comparator']").select_option(">=")
    new.locator("[name$='-low']").fill("50,5")
    page.click("[data-add-target]")
    target = page.locator("#targets > fieldset").last
    assert target.locator("[name$='-no']").input_value() == "21"
    target.locator("textarea").fill("Tỷ lệ hộ dùng điện lưới quốc gia đạt 99%.")
    target.locator("[data-add-measure]").click()
    target.locator(".measure [name$='-name']").fill("Tỷ lệ hộ dùng điện lưới quốc gia")
    target.locator(".measure [name$='-comparator']").select_option(">=")
    target.locator(".measure [name$='-low']").fill("99")
    page.click("#save-plan")
    page.wait_for_selector("ul.messages")
    assert "Đã lưu 3 thay đổi." in page.inner_text("ul.messages")
    assert page.locator("#targets > fieldset").count() == 21
    assert page.input_value("#measure-ty-le-thon-co-san-the-thao [name$='-low']") == "50,5"
    screenshot(page, "plans-editor-added")


def test_a_mistake_is_listed_at_the_top_with_a_link_to_its_field(browser, server):
    page = open_page(browser, server, "kehoach")
    page.goto(server.url + EDIT)
    page.fill("#measure-tourist-arrivals [name$='-low']", "bốn triệu")
    page.click("#save-plan")
    page.wait_for_selector("#editor-errors")
    summary = page.inner_text("#editor-errors")
    assert "Chỉ tiêu (4) · tourist-arrivals · mức thấp" in summary
    page.click("#editor-errors a[href='#measure-tourist-arrivals']")
    assert page.locator("#measure-tourist-arrivals .errorlist").is_visible()
    screenshot(page, "plans-editor-error")


def test_the_review_page_opens_the_text_at_the_target_list(browser, server):
    page = open_page(browser, server, "kehoach")
    page.goto(server.url + "/plans/read/")
    page.set_input_files("#resolution-file", str(seed_004()))
    page.click("#read-form button[type=submit]")
    page.wait_for_selector("#source-text")
    # the text is scrolled by a deferred script once the document is parsed: wait for it
    page.wait_for_load_state("domcontentloaded")
    assert page.inner_text("#target-count") == "20"
    assert page.evaluate("document.getElementById('source-text').scrollTop") > 0
    screenshot(page, "plans-review")
