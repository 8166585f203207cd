"""Browser tests: Debian's chromium, driven by Playwright, against `chitieu serve --demo`.

The server is the real one (gunicorn, production settings) in a child process with its
own demo database; each test file gets a fresh server, so files do not share state.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chitieu.web.liveserver import LiveServer

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
PASSWORD = "chitieu-demo"
# Flags the machine needs: no sandbox as root, and no background traffic to Google's
# hosts, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Debian's chromium is missing: scripts/setup-system.sh installs it")
    return path


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with LiveServer(demo=True, workers=2, threads=4) as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def open_page(browser: Any, server: LiveServer, username: str | None, **context: Any) -> Any:
    """A new browser context (its own cookies), logged in as a demo persona when given."""
    ctx = browser.new_context(locale="vi-VN", **context)
    page = ctx.new_page()
    page.set_default_timeout(20_000)
    if username:
        log_in(page, server, username)
    return page


def log_in(page: Any, server: LiveServer, username: str) -> None:
    """Log in through the login form, as the persona would."""
    page.goto(f"{server.url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.narrow button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/login/" not in page.url, f"login failed for {username}"


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def submit_labour_figure(page: Any, value: str) -> None:
    """On Sở LĐ-TB&XH's entry page: the trained-labour value typed, official, submitted."""
    page.fill("#value-trained-labour-20", value)
    page.select_option("#stage-trained-labour-20", "official")
    page.click("#submit-button")
    page.wait_for_selector("#report-status[data-status=submitted]")


def open_pending_report(page: Any, server: LiveServer, agency: str, period: str) -> None:
    """An approver opens an agency's submitted report from the approvals page."""
    page.goto(f"{server.url}/figures/approvals/")
    page.click(f"#pending-reports tr[data-agency={agency}][data-period='{period}'] a.open-report")
