"""In real Chromium: the planning office uploads a draft and opens a round asking Sở
LĐ-TB&XH; laodong comments in the form beside the draft's text, proposing another value
for a target; the drafting team answers the comment on the consolidation page and
downloads the summary report, which reads back with the unit, its value and the answer."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import docx
import pytest
from django.utils import timezone

from tests.browserkit import browser, open_page, screenshot, server
from tests.consultkit import DRAFT

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
LD = "Sở Lao động - Thương binh và Xã hội"


def _open_round(page, url: str, tmp_path: Path) -> str:
    draft = tmp_path / "du-thao.txt"
    draft.write_text("\n".join(DRAFT), encoding="utf-8")
    page.goto(f"{url}/consultation/")
    page.click("#draft-new")
    page.fill("#draft-form [name=title]", "Dự thảo Báo cáo chính trị")
    page.set_input_files("#draft-form [name=file]", str(draft))
    page.click("#draft-form button[type=submit]")
    page.wait_for_selector("#parts")
    assert "Phần II, mục 2, đoạn 6" in page.inner_text("#parts")
    page.click("#round-new")
    day = timezone.localdate() + timedelta(days=7)
    page.fill("#round-form [name=title]", "Xin ý kiến dự thảo Báo cáo chính trị")
    page.fill("#round-form [name=deadline]", f"{day.day}/{day.month}/{day.year}")
    page.check(f"#agencies label:has-text('{LD}') input")
    page.click("#round-form button[type=submit]")
    page.wait_for_selector("#draft-text")
    return page.url


def test_it_walks_a_round_from_the_draft_to_the_summary(browser, server, tmp_path):
    team = open_page(browser, server, "kehoach")
    round_url = _open_round(team, server.url, tmp_path)

    unit = open_page(browser, server, "laodong")
    unit.goto(round_url)
    assert unit.inner_text("#unit") == LD
    unit.click("#part-14 a")  # "(4) Tỷ lệ lao động qua đào tạo đạt 75%."
    assert unit.input_value("#comment-form [name=part]") == "II/2/p6"
    unit.select_option("#comment-form [name=kind]", "target_value")
    unit.fill("#comment-form [name=proposed_value]", "80")
    unit.fill("#comment-form [name=text]", "Đề nghị nâng lên 80%.")
    unit.click("#comment-form button[type=submit]")
    unit.wait_for_selector("#mine")
    assert "Đề nghị nâng lên 80%. → 80" in unit.inner_text("#mine")
    screenshot(unit, "consultation-comment")

    team.goto(f"{round_url}consolidation/")
    assert "1 đơn vị có ý kiến: 0 đồng ý, 1 đề nghị sửa đổi." in team.inner_text("main")
    comment = team.locator(".comment").first
    comment.locator("[name=decision]").select_option("explained")
    comment.locator("[name=reason]").fill("75% đã sát khả năng thực hiện.")
    comment.locator("button[type=submit]").click()
    team.wait_for_selector(".comment .answer")
    assert "Giải trình: 75% đã sát khả năng thực hiện." in team.inner_text(".comment .answer")

    with team.expect_download() as download:
        team.click("#summary-docx")
    saved = tmp_path / "tong-hop.docx"
    download.value.save_as(saved)
    document = docx.Document(io.BytesIO(saved.read_bytes()))
    rows = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert rows[1][2:] == [LD, "80", "Giải trình: 75% đã sát khả năng thực hiện."]
