"""What each agency reports: the planning office adds and removes measures (recorded in
the audit trail); anyone else is refused (403) and nothing changes."""

from __future__ import annotations

import pytest

from chitieu.web.people.models import Assignment, AuditEvent
from tests.webhelpers import client_for

AGENCY = "/people/agencies/so-ldtbxh/"


def _measure(demo, key: str):
    return demo.measures.get(key=key)


def test_it_shows_what_an_agency_reports(demo):
    page = client_for("daibieu").get(AGENCY).content.decode()
    assert "trained-labour" in page and "poverty-rate" in page
    assert "assign-measure" not in page  # a viewer gets no form
    assert "assign-measure" in client_for("kehoach").get(AGENCY).content.decode()


def test_it_lets_the_planning_office_add_a_measure(demo, people):
    measure = _measure(demo, "tourist-arrivals")
    response = client_for("kehoach").post(
        f"{AGENCY}assignments/", {"assign-measure": measure.pk, "assign-unit_code": ""}
    )
    assert response.status_code == 302
    added = Assignment.objects.get(agency__code="so-ldtbxh", measure=measure)
    assert added.unit_code == "20"  # blank: the plan's area
    event = AuditEvent.objects.get(action="assign", object_id=str(added.pk))
    assert (event.user, event.plan, event.new) == (
        people["kehoach"],
        demo,
        "so-ldtbxh: tourist-arrivals @ 20",
    )


def test_it_lets_the_planning_office_remove_a_measure(demo, people):
    assignment = Assignment.objects.get(agency__code="so-ldtbxh", measure__key="poverty-rate")
    response = client_for("kehoach").post(f"{AGENCY}assignments/{assignment.pk}/remove/")
    assert response.status_code == 302
    assert not Assignment.objects.filter(pk=assignment.pk).exists()
    event = AuditEvent.objects.get(action="unassign", object_id=str(assignment.pk))
    assert event.user == people["kehoach"] and event.old == "so-ldtbxh: poverty-rate @ 20"


def test_it_refuses_a_unit_that_does_not_exist_and_a_duplicate(demo):
    client = client_for("kehoach")
    measure = _measure(demo, "trained-labour")
    unknown = client.post(
        f"{AGENCY}assignments/", {"assign-measure": measure.pk, "assign-unit_code": "99999"}
    )
    assert unknown.status_code == 422
    again = client.post(f"{AGENCY}assignments/", {"assign-measure": measure.pk})
    assert again.status_code == 422
    assert Assignment.objects.filter(agency__code="so-ldtbxh", measure=measure).count() == 1


@pytest.mark.parametrize("username", ["laodong", "pheduyet", "daibieu"])
def test_it_refuses_everybody_else(demo, username):
    client = client_for(username)
    before = (Assignment.objects.count(), AuditEvent.objects.count())
    measure = _measure(demo, "tourist-arrivals")
    add = client.post(f"{AGENCY}assignments/", {"assign-measure": measure.pk})
    assignment = Assignment.objects.get(agency__code="so-ldtbxh", measure__key="poverty-rate")
    remove = client.post(f"{AGENCY}assignments/{assignment.pk}/remove/")
    assert (add.status_code, remove.status_code) == (403, 403)
    assert (Assignment.objects.count(), AuditEvent.objects.count()) == before
