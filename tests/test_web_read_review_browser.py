"""In real Chromium on a phone's screen (390 px): a planner reviews what the reader
proposed from the keyboard alone — accepts a measure with the space bar, moves to
"correct" with the arrow keys (its values open) and types the right value, rejects
another — sees each measure's sentence marked in the text as the card gets the focus,
and saves; the plan holds the accepted and corrected measures and not the rejected."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browserkit import browser, open_page, screenshot, server
from tests.reviewkit import BUDGET, FOREST, LABOUR, TEXT, TOURISTS

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _card(page: Any, sentence: str) -> Any:
    return page.locator("article.proposal").filter(
        has=page.locator("blockquote.sentence", has_text=sentence)
    )


def _first_choice(page: Any, sentence: str) -> Any:
    card = _card(page, sentence)
    card.locator("[data-decision][value=accept]").focus()
    return card


def test_a_planner_decides_each_measure_from_the_keyboard_on_a_phone(browser, server, tmp_path):
    page = open_page(browser, server, "kehoach", viewport=PHONE)
    resolution = tmp_path / "nghi-quyet-van-lang.txt"
    resolution.write_text(TEXT, encoding="utf-8")
    page.goto(server.url + "/plans/read/")
    page.set_input_files("#resolution-file", str(resolution))
    page.click("#read-form button[type=submit]")
    page.wait_for_selector("article.proposal")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    sentences = (LABOUR, BUDGET, FOREST, TOURISTS)
    keys = {s: _card(page, s).get_attribute("id").removeprefix("measure-") for s in sentences}

    card = _first_choice(page, LABOUR)
    sentence = card.get_attribute("data-sentence")
    assert page.get_attribute(f"#{sentence}", "class") == "sentence current"
    page.keyboard.press("Space")
    assert "decided-accept" in (card.get_attribute("class") or "")
    assert card.locator(".undecided-flag").is_hidden()
    assert page.inner_text("#decided-count") == "1"

    card = _first_choice(page, BUDGET)
    page.keyboard.press("ArrowRight")  # accept → correct: the values open
    assert card.locator("[data-decision][value=correct]").is_checked()
    assert card.locator("details.values").get_attribute("open") is not None
    low = card.locator("[name$='-low']")
    for _ in range(20):  # on through the values to the lower bound
        page.keyboard.press("Tab")
        if low.evaluate("el => el === document.activeElement"):
            break
    assert low.evaluate("el => el === document.activeElement")
    page.keyboard.press("Control+A")
    page.keyboard.type("13,5")

    card = _first_choice(page, FOREST)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")  # → reject
    assert "decided-reject" in (card.get_attribute("class") or "")
    assert card.locator("details.values").get_attribute("open") is None

    _first_choice(page, TOURISTS)
    page.keyboard.press("Space")
    assert page.inner_text("#decided-count") == "4"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "plans-review-decided-phone")

    page.fill("#id_plan-slug", "vanlang-xxi-phone")  # the header is not what is tested
    page.focus("#save-plan")
    page.keyboard.press("Enter")
    page.wait_for_selector("ul.messages")
    assert "/plans/vanlang-xxi-phone/edit/" in page.url
    assert page.locator(f"#measure-{keys[LABOUR]}").count() == 1
    assert page.input_value(f"#measure-{keys[BUDGET]} [name$='-low']") == "13,5"
    assert page.locator(f"#measure-{keys[TOURISTS]}").count() == 1
    assert page.locator(f"#measure-{keys[FOREST]}").count() == 0
