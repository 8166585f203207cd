"""Only an agency's reporters (and the planning office) enter its figures; only approvers
decide reports. Anything else is refused with 403 and changes nothing."""

from __future__ import annotations

from django.urls import reverse

from chitieu.figures.periods import parse_period
from chitieu.web.figures.errors import Place
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.figures.services import RawEntry, save_entries, submit
from chitieu.web.people.models import Agency, AuditEvent
from tests.entryhelpers import LABOUR, TOURISM, entry_url, form
from tests.webhelpers import client_for


def _state():
    return (
        FigureRecord.objects.count(),
        list(Submission.objects.values_list("pk", "status", "decided_by")),
        AuditEvent.objects.count(),
    )


def _submitted(demo, people):
    agency = Agency.objects.get(code=LABOUR)
    row = RawEntry(Place(field="x"), "trained-labour", "20", "66", "official")
    sub = save_entries(people["laodong"], demo, agency, parse_period("2025"), [row])
    return submit(people["laodong"], sub)


def test_it_refuses_a_reporter_the_page_of_another_agency(demo):
    reporter = client_for("laodong")
    assert reporter.get(entry_url(TOURISM)).status_code == 403
    assert reporter.get(entry_url(TOURISM, name="template")).status_code == 403


def test_it_saves_nothing_a_reporter_posts_for_another_agency(demo):
    before = _state()
    data = {"action": "save", "as_of": "", "value-tourist-arrivals-20": "4.500.000"}
    assert client_for("laodong").post(entry_url(TOURISM), data).status_code == 403
    assert client_for("laodong").post(entry_url(TOURISM, name="upload"), {}).status_code == 403
    assert (
        client_for("dulich").post(entry_url(LABOUR), form(trained_labour="66")).status_code == 403
    )
    assert _state() == before


def test_it_refuses_entry_to_viewers_and_approvers_and_sends_visitors_to_log_in(demo):
    assert client_for("daibieu").get(entry_url()).status_code == 403
    assert client_for("pheduyet").get(entry_url()).status_code == 403
    r = client_for(None).get(entry_url())
    assert r.status_code == 302 and reverse("login") in r["Location"]


def test_it_lets_the_planning_office_enter_for_any_agency(demo):
    tourism = client_for("kehoach").get(entry_url(TOURISM)).content.decode()
    assert "<h1>Sở Văn hóa, Thể thao và Du lịch — Năm 2025</h1>" in tourism
    assert 'name="value-tourist-arrivals-20"' in tourism
    labour = client_for("quantri").get(entry_url(LABOUR)).content.decode()
    assert "<h1>Sở Lao động - Thương binh và Xã hội — Năm 2025</h1>" in labour
    assert 'name="value-trained-labour-20"' in labour


def test_it_refuses_approval_by_a_reporter_and_changes_nothing(demo, people):
    sub = _submitted(demo, people)
    before = _state()
    url = reverse("figures:report", args=[sub.pk])
    assert client_for("laodong").post(url, {"action": "approve"}).status_code == 403
    assert client_for("laodong").post(url, {"action": "return", "comment": "x"}).status_code == 403
    assert client_for("daibieu").post(url, {"action": "approve"}).status_code == 403
    assert _state() == before
    sub.refresh_from_db()
    assert sub.status == "submitted"
    assert not FigureRecord.objects.filter(submission=sub, approved_at__isnull=False).exists()


def test_it_shows_the_approvals_page_only_to_those_who_decide(demo):
    assert client_for("laodong").get(reverse("figures:approvals")).status_code == 403
    assert client_for("daibieu").get(reverse("figures:approvals")).status_code == 403
    assert client_for("pheduyet").get(reverse("figures:approvals")).status_code == 200


def test_it_hides_a_report_from_another_agency_s_reporter(demo, people):
    sub = _submitted(demo, people)
    url = reverse("figures:report", args=[sub.pk])
    assert client_for("dulich").get(url).status_code == 403
    assert client_for("laodong").get(url).status_code == 200
    assert client_for("pheduyet").get(url).status_code == 200
