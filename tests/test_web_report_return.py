"""An approver returns a report with a comment; the agency sees it, fixes and resubmits."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from chitieu.web.figures.models import Submission
from tests.entryhelpers import LABOUR, entry_url, form
from tests.webhelpers import client_for


def _submitted(demo):
    # 95% after 62,5% the year before: the reporter confirms the warning, the approver returns
    client_for("laodong").post(entry_url(), form("submit", trained_labour="95", confirm=True))
    return Submission.objects.get(plan=demo, agency__code=LABOUR, period="2025")


def test_it_needs_a_comment_to_return_a_report(demo):
    sub = _submitted(demo)
    r = client_for("pheduyet").post(
        reverse("figures:report", args=[sub.pk]), {"action": "return", "comment": " "}
    )
    assert r.status_code == 400
    assert "hãy ghi lý do trả lại báo cáo" in r.content.decode()
    sub.refresh_from_db()
    assert sub.status == "submitted"


def test_it_shows_the_approver_s_comment_to_the_agency_which_can_fix_and_resubmit(demo):
    sub = _submitted(demo)
    approver = client_for("pheduyet")
    page = approver.get(reverse("figures:report", args=[sub.pk])).content.decode()
    assert 'name="comment"' in page and 'value="return"' in page and 'value="approve"' in page
    assert "95" in page.split('id="report-figures"')[1]
    r = approver.post(
        reverse("figures:report", args=[sub.pk]),
        {"action": "return", "comment": "Tỷ lệ 95% không hợp lý, đề nghị kiểm tra lại."},
    )
    assert r.status_code == 302
    page = approver.get(reverse("figures:approvals")).content.decode()
    assert f'data-report="{sub.pk}"' in page.split('id="recent-decisions"')[1]

    reporter = client_for("laodong")
    page = reporter.get(entry_url()).content.decode()
    assert "Tỷ lệ 95% không hợp lý, đề nghị kiểm tra lại." in page.split('id="approver-comment"')[1]
    assert 'name="value-trained-labour-20" id="value-trained-labour-20" value="95"' in page
    assert reporter.post(entry_url(), form("submit", trained_labour="65,2")).status_code == 302
    sub.refresh_from_db()
    assert sub.status == "submitted"
    assert sub.figures.get().value == Decimal("65.2")
