"""Who sees a figure that is not approved yet, role by role, on the measure's history page
(its vintages and its recorded changes), the audit page and the API.

A reporter's draft and submitted values are the agency's work in progress: its own
reporters, the approvers who decide for it, the planning office and administrators see
them; viewers, other agencies' reporters and approvers, and visitors of a public plan see
the approved figures only, never the draft values or their trail.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from chitieu.web.people.models import Agency, Profile, Role
from tests.entryhelpers import LABOUR, TOURISM, entry_url, form
from tests.webhelpers import PASSWORD, client_for

HISTORY = reverse("figures:history", args=["langson-xvii", "trained-labour"])
API = "/api/plans/langson-xvii/figures?measure=trained-labour&period=2025"

SEE = ["laodong", "labour-approver", "pheduyet", "kehoach", "quantri"]
DO_NOT_SEE = [None, "daibieu", "dulich", "tourism-approver"]


def _approver(username: str, agency_code: str) -> None:
    user = User.objects.create_user(username, password=PASSWORD)
    Profile.objects.create(
        user=user, role=Role.APPROVER, agency=Agency.objects.get(code=agency_code)
    )


@pytest.fixture(params=["save", "submit"], ids=["draft", "submitted"])
def work(request, demo):
    """laodong types 65,5 then 66,25 for 2025 (saved as a draft, or submitted)."""
    _approver("labour-approver", LABOUR)
    _approver("tourism-approver", TOURISM)
    reporter = client_for("laodong")
    reporter.post(entry_url(), form(trained_labour="65,5"))
    reporter.post(entry_url(), form(request.param, trained_labour="66,25"))
    return request.param


def _section(page: str, table_id: str) -> str:
    if f'id="{table_id}"' not in page:
        return ""
    return page.split(f'id="{table_id}"')[1].split("</table>")[0]


@pytest.mark.parametrize("username", SEE)
def test_it_shows_the_unapproved_value_and_its_trail_to_those_who_work_on_it(work, username):
    page = client_for(username).get(HISTORY).content.decode()
    vintages = _section(page, "vintages")
    assert "66,25" in vintages and "64,5" in vintages
    changes = _section(page, "changes")
    assert '<span class="old">65,5</span> → <span class="new">66,25</span>' in changes
    api = client_for(username).get(API).json()
    assert sorted(r["value"] for r in api) == ["64.5", "64.8", "66.25"]


@pytest.mark.parametrize("username", DO_NOT_SEE)
def test_it_shows_everyone_else_only_the_approved_figures(work, username):
    page = client_for(username).get(HISTORY).content.decode()
    assert "64,5" in _section(page, "vintages")  # the approved 2025 figure
    assert "66,25" not in page and "65,5" not in page
    assert 'class="vintage unapproved' not in page
    api = client_for(username).get(API).json()
    assert sorted((r["value"], r["stage"]) for r in api) == [
        ("64.5", "official"),
        ("64.8", "estimate"),
    ]


def test_an_approver_of_another_agency_reads_no_draft_trail_on_the_audit_page(work):
    page = client_for("tourism-approver").get("/people/audit/?object_type=figurerecord")
    assert page.status_code == 200
    assert "66,25" not in page.content.decode()
    own = client_for("labour-approver").get("/people/audit/?object_type=figurerecord")
    assert "66,25" in own.content.decode()


def test_the_report_of_another_agency_stays_closed(work, people):
    from chitieu.web.figures.models import Submission

    sub = Submission.objects.get(agency__code=LABOUR, period="2025", revision=1)
    for username in ("dulich", "tourism-approver", "daibieu"):
        assert client_for(username).get(reverse("figures:report", args=[sub.pk])).status_code == 403
        assert client_for(username).get(f"/api/reports/{sub.pk}").status_code == 403
    assert client_for("labour-approver").get(f"/api/reports/{sub.pk}").status_code == 200
