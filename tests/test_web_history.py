"""A measure's history shows every vintage and every recorded change, old → new."""

from __future__ import annotations

from django.urls import reverse

from chitieu.web.figures.models import Submission
from tests.entryhelpers import LABOUR, entry_url, form
from tests.webhelpers import client_for

HISTORY = reverse("figures:history", args=["langson-xvii", "trained-labour"])


def _section(page, table_id):
    return page.split(f'id="{table_id}"')[1].split("</table>")[0]


def test_it_shows_a_changed_draft_value_old_to_new(demo):
    reporter = client_for("laodong")
    reporter.post(entry_url(), form(trained_labour="65"))
    reporter.post(entry_url(), form(trained_labour="66,5"))
    page = reporter.get(HISTORY).content.decode()
    changes = _section(page, "changes")
    assert '<span class="old">65</span> → <span class="new">66,5</span>' in changes
    assert "sửa số liệu" in changes and "báo cáo viên Sở LĐ-TB&amp;XH" in changes


def test_it_lists_every_vintage_with_who_entered_and_approved_it(demo):
    client_for("laodong").post(entry_url(), form("submit", trained_labour="65,8"))
    sub = Submission.objects.get(plan=demo, agency__code=LABOUR, period="2025")
    client_for("pheduyet").post(reverse("figures:report", args=[sub.pk]), {"action": "approve"})
    page = client_for("daibieu").get(HISTORY).content.decode()  # viewers may look
    vintages = _section(page, "vintages")
    assert vintages.count('class="vintage') == 11  # ten imported (2021–2025) and the new one
    row = vintages.split('data-period="2025"')[-1].split("</tr>")[0]
    assert "65,8" in row and "chính thức" in row
    assert "lãnh đạo duyệt số liệu" in row  # who approved
    assert "(<code>langson-xvii.figures.csv:" in vintages  # where an imported figure came from
    assert "src/chitieu" not in vintages  # without the server's directories
    changes = _section(page, "changes")
    assert "đã duyệt" in changes and "đã gửi" in changes


def test_it_shows_visitors_of_a_public_plan_only_approved_figures(demo):
    client_for("laodong").post(entry_url(), form(trained_labour="65,8"))
    page = client_for(None).get(HISTORY).content.decode()
    assert "65,8" not in page
    assert "64,5" in page  # the approved 2025 figure
    assert 'id="changes-login"' in page and 'id="changes"' not in page  # no names for visitors
