"""An approved report is locked; a correction is a new revision whose figures are new
vintages, and the approved figures are kept."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.models import FigureRecord, Submission
from tests.entryhelpers import LABOUR, entry_url, form
from tests.webhelpers import client_for


def _approved_report(demo):
    reporter = client_for("laodong")
    assert reporter.post(entry_url(), form("submit", trained_labour="65,5", as_of="1/4/2026"))
    sub = Submission.objects.get(plan=demo, agency__code=LABOUR, period="2025")
    client_for("pheduyet").post(reverse("figures:report", args=[sub.pk]), {"action": "approve"})
    sub.refresh_from_db()
    assert sub.status == "approved"
    return sub


def test_it_locks_an_approved_report(demo):
    _approved_report(demo)
    before = FigureRecord.objects.count()
    r = client_for("laodong").post(entry_url(), form(trained_labour="70"))
    assert r.status_code == 400
    assert "Báo cáo này đã duyệt nên không thể sửa nữa" in r.content.decode()
    assert FigureRecord.objects.count() == before


def test_it_asks_for_the_reason_of_a_correction(demo):
    _approved_report(demo)
    r = client_for("laodong").post(entry_url(name="correct"), {"reason": "  "})
    assert r.status_code == 400
    assert "hãy ghi lý do điều chỉnh" in r.content.decode().split('id="correction-errors"')[1]
    assert Submission.objects.filter(plan=demo, period="2025").count() == 1


def test_it_keeps_the_approved_figure_and_adds_the_correction_as_a_new_vintage(demo):
    first = _approved_report(demo)
    old = first.figures.get()
    reporter = client_for("laodong")
    r = reporter.post(entry_url(name="correct"), {"reason": "Cục Thống kê công bố số chính thức"})
    assert r.status_code == 302
    fix = Submission.objects.get(plan=demo, agency__code=LABOUR, period="2025", revision=2)
    assert (fix.status, fix.reason) == ("draft", "Cục Thống kê công bố số chính thức")
    page = reporter.get(entry_url()).content.decode()
    assert 'id="correction-help"' in page and 'name="value-trained-labour-20"' in page

    # The same stage on the same date would be the same vintage: the page says what to do.
    r = reporter.post(entry_url(), form(trained_labour="65,9", as_of="1/4/2026"))
    assert r.status_code == 400
    assert "ngày báo cáo muộn hơn hoặc loại số liệu cao hơn" in r.content.decode()

    r = reporter.post(entry_url(), form("submit", trained_labour="65,9"))
    assert r.status_code == 302
    client_for("pheduyet").post(reverse("figures:report", args=[fix.pk]), {"action": "approve"})

    figures = FigureRecord.objects.filter(
        plan=demo, measure__key="trained-labour", period="2025", submission__isnull=False
    ).order_by("as_of")
    assert [(f.value, f.submission.revision, f.approved_at is not None) for f in figures] == [
        (Decimal("65.5"), 1, True),
        (Decimal("65.9"), 2, True),
    ]
    old.refresh_from_db()
    assert old.value == Decimal("65.5")  # never overwritten
    demo.refresh_from_db()
    assert evaluation(demo).metric_result("trained-labour").value == Decimal("65.9")
