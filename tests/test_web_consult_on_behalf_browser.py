"""In real Chromium: the drafting team opens a round asking a ward of the registry by its
code (Phường Đông Kinh, which has no account), then enters the ward's letter for it: it
chooses the ward on the round's page, picks the part beside the draft's text and types the
comment, which shows as the ward's, marked as entered by the team, and counts as its reply
on the consolidation page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from tests.browserkit import browser, open_page, server
from tests.consultkit import DRAFT

__all__ = ["browser", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.browser
WARD = "Phường Đông Kinh"


def test_the_team_enters_a_wards_letter(browser, server, tmp_path: Path):
    draft = tmp_path / "du-thao.txt"
    draft.write_text("\n".join(DRAFT), encoding="utf-8")
    team = open_page(browser, server, "kehoach")
    team.goto(f"{server.url}/consultation/drafts/new/")
    team.fill("#draft-form [name=title]", "Dự thảo Báo cáo chính trị")
    team.set_input_files("#draft-form [name=file]", str(draft))
    team.click("#draft-form button[type=submit]")
    team.wait_for_selector("#parts")
    team.click("#round-new")
    day = timezone.localdate() + timedelta(days=7)
    team.fill("#round-form [name=title]", "Xin ý kiến các phường")
    team.fill("#round-form [name=deadline]", f"{day.day}/{day.month}/{day.year}")
    team.fill("#round-form [name=unit_codes]", "05977")
    team.click("#round-form button[type=submit]")
    team.wait_for_selector("#draft-text")
    round_url = team.url.split("?")[0]

    team.select_option("#enter-for [name=for]", label=WARD)
    team.click("#enter-for button[type=submit]")
    team.wait_for_selector("#comment-form")
    assert team.inner_text("#unit") == WARD
    team.click("#part-3 a")  # "Nhiệm kỳ qua, kinh tế của tỉnh tăng trưởng khá, …"
    assert team.input_value("#comment-form [name=part]") == "I/p1"
    team.select_option("#comment-form [name=kind]", "agree")
    team.fill("#comment-form [name=text]", "Nhất trí với đánh giá.")
    team.click("#comment-form button[type=submit]")
    team.wait_for_selector("#mine")
    mine = team.inner_text("#mine")
    assert "Nhất trí với đánh giá." in mine
    assert "do Ban soạn thảo nhập từ văn bản của đơn vị" in mine

    team.goto(f"{round_url}consolidation/")
    assert "1 trên 1 đơn vị được xin ý kiến đã gửi ý kiến." in team.inner_text("main")
