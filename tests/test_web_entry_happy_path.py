"""A reporter enters and submits a report, an approver approves it, and the figure counts."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.models import FigureRecord, Submission
from tests.entryhelpers import LABOUR, entry_url, form
from tests.webhelpers import client_for


def _target(plan, no):
    return next(t for t in evaluation(plan).targets if t.target.no == no)


def test_it_counts_a_report_in_the_evaluation_only_once_approved(demo):
    assert not _target(demo, 13).status.is_met  # 64,5% official against "đạt 65%"
    reporter = client_for("laodong")

    r = reporter.post(entry_url(), form(trained_labour="65,8"))
    assert r.status_code == 302
    sub = Submission.objects.get(plan=demo, agency__code=LABOUR, period="2025")
    assert sub.status == "draft"
    fig = sub.figures.get()
    assert (fig.measure.key, fig.value, fig.stage, fig.approved_at) == (
        "trained-labour",
        Decimal("65.8"),
        "official",
        None,
    )
    page = reporter.get(entry_url()).content.decode()
    assert 'value="65,8"' in page  # the draft is shown again, the Vietnamese way

    r = reporter.post(entry_url(), form("submit", trained_labour="65,8"))
    assert r.status_code == 302
    sub.refresh_from_db()
    assert sub.status == "submitted"
    page = reporter.get(entry_url()).content.decode()
    assert 'name="value-trained-labour-20"' not in page  # read-only once submitted
    assert 'data-status="submitted"' in page
    # Saving and submitting change no approved figure, so they rightly leave the plan's data
    # version, and every cached dashboard, alone. Touch it here all the same: the evaluation
    # is then computed afresh, not read from the cache filled at the top of this test, which
    # could never show a submitted figure being counted.
    demo.touch()
    assert not _target(demo, 13).status.is_met  # not approved yet: does not count
    assert evaluation(demo).metric_result("trained-labour").value == Decimal("64.5")

    approver = client_for("pheduyet")
    assert f'data-report="{sub.pk}"' in approver.get(reverse("figures:approvals")).content.decode()
    r = approver.post(reverse("figures:report", args=[sub.pk]), {"action": "approve"})
    assert r.status_code == 302
    sub.refresh_from_db()
    assert sub.status == "approved"
    assert FigureRecord.objects.get(pk=fig.pk).approved_at is not None

    demo.refresh_from_db()
    result = _target(demo, 13)
    assert result.status.is_met
    assert evaluation(demo).metric_result("trained-labour").value == Decimal("65.8")
    page = reporter.get(entry_url()).content.decode()
    assert 'data-status="approved"' in page and 'id="correction-form"' in page
