"""In real Chromium on a phone's width (390 px): a reporter of Sở LĐ-TB&XH uploads the
department's own wide sheet, finds the mapping proposed, previews the figures read and
saves them into the drafts, with no Content Security Policy violation and no page wider
than the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.browserkit import browser, log_in, screenshot, server
from tests.test_web_csp_browser import WATCH_CSP, csp_problems

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 01"
    sheet.append(["STT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm 2025", "9 tháng 2025"])
    sheet.append([1, "Tỷ lệ lao động qua đào tạo", "%", 63.9, "64,2"])
    book.save(path)
    return path


def test_a_reporter_maps_previews_and_saves_a_sheet_on_a_phone(browser, server, tmp_path):
    ctx = browser.new_context(locale="vi-VN", viewport=PHONE)
    ctx.add_init_script(WATCH_CSP)
    page = ctx.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(page, server, "laodong")
    page.goto(f"{server.url}/figures/sheet/langson-xvii/so-ldtbxh/")
    page.set_input_files("#sheet-file", str(_sheet(tmp_path / "bieu01.xlsx")))
    page.click("#sheet-upload")
    page.wait_for_selector("#sheet-map-form")
    assert page.is_checked("#sheet-wide")
    assert page.input_value("#sheet-header") == "1"
    assert page.input_value("#col-metric") == "Chỉ tiêu"
    assert page.input_value("#m-trained-labour") == "Tỷ lệ lao động qua đào tạo"
    page.select_option("#sheet-stage", "estimate")
    page.fill("#sheet-as-of", "15/10/2025")
    page.click("#sheet-preview")
    page.wait_for_selector("#sheet-preview-table")
    assert "2 số liệu đã đọc" in page.inner_text("#sheet-preview-table")
    wider = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert wider <= 0
    screenshot(page, "sheet-import-preview-phone")
    page.click("#sheet-save")
    page.wait_for_selector("ul.messages")
    assert "Đã lưu bảng tính vào bản nháp các kỳ 2025-9M, 2025-H1" in page.inner_text("ul.messages")
    assert csp_problems(page, errors) == []
    ctx.close()
