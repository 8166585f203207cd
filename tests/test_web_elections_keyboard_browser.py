"""In real Chromium, on a 390 px phone screen: an administrator sets up the issue's cell
election, and each counter enters the ballots from the keyboard only — the ballot number,
Tab, the numbers crossed out, Enter, and the form is ready for the next ballot. When the
two entries agree the result is shown (base 10: 5 votes not elected, 6 elected)."""

from __future__ import annotations

import pytest

from tests.browserkit import browser, open_page, screenshot, server
from tests.electionwebkit import BALLOTS, CELL

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}}


def _set_up(page, url: str) -> str:
    page.goto(f"{url}/elections/new/")
    for name in ("title", "elects", "seats", "convened", "present", "issued"):
        page.fill(f"[name={name}]", CELL[name])
    for name in ("candidates_list", "excluded_list", "committee_list"):
        page.fill(f"[name={name}]", CELL[name])
    page.select_option("[name=congress]", CELL["congress"])
    page.select_option("[name=list_kind]", CELL["list_kind"])
    page.select_option("[name=counter_1]", label="daibieu")
    page.select_option("[name=counter_2]", label="laodong")
    page.click("form.stack button[type=submit]")
    page.wait_for_url("**/elections/*/")
    return page.url


def _type_ballots(page, election_url: str) -> None:
    page.goto(f"{election_url}ballots/")
    for number, crossed in BALLOTS:
        # the ballot number has the focus: nothing but the keyboard. Chromium applies
        # autofocus at a rendering step after `load`, so wait for it rather than race it
        page.wait_for_function("document.activeElement?.name === 'ballot'", timeout=5000)
        page.keyboard.type(number)
        page.keyboard.press("Tab")
        page.keyboard.type(crossed)
        page.keyboard.press("Enter")
        page.wait_for_selector(f"#ballots tr:nth-child({int(number)})")
    assert page.locator("#ballots tbody tr").count() == len(BALLOTS)


def test_it_counts_ballots_typed_from_the_keyboard_by_two_counters(browser, server):
    admin = open_page(browser, server, "quantri")
    election_url = _set_up(admin, server.url)
    for who in ("daibieu", "laodong"):
        page = open_page(browser, server, who, **PHONE)
        _type_ballots(page, election_url)
    page.goto(election_url)
    assert page.inner_text("#base") == "10"
    assert page.inner_text("#threshold") == "6"
    elected = page.inner_text("#elected")
    assert "Lê Văn Cường" in elected and "Phạm Thị Dung" not in elected
    assert "50,00%" in page.inner_text("#votes")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the result page is {width} px wide on a 390 px screen"
    screenshot(page, "elections-result-390")
