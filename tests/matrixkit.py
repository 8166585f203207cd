"""The demo's objects the paths of tests/accessmatrix.py name, and a client per role: shared
by the access matrix and the walk over every page (tests/pagewalk.py)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from chitieu.figures.periods import parse_period
from chitieu.web.figures import services
from chitieu.web.jobs.models import Job
from chitieu.web.people.models import Agency, AgencyChange, ApiToken, Assignment
from chitieu.web.plans.models import Task
from chitieu.web.units.models import AdminUnit

AGENCY = "so-ldtbxh"
# What a page's form posted by the tests needs to get past its first question.
POSTS = {"plans:task": {"action": "note", "text": "Đã hoàn thành khảo sát."}}


@pytest.fixture
def objects(demo: Any, people: dict[str, User]) -> dict[str, Any]:
    """The objects the paths name: Sở LĐ-TB&XH's draft report of 2025, a task it leads, …"""
    agency = Agency.objects.get(code=AGENCY)
    report = services.save_entries(
        people["laodong"],
        demo,
        agency,
        parse_period("2025"),
        [services.RawEntry(services.Place(), "trained-labour", demo.area_code, "66,5", "official")],
    )
    task = Task.objects.filter(plan=demo).order_by("pk").first()
    assert task is not None
    task.lead = agency
    task.save(update_fields=["lead"])
    token, _key = ApiToken.issue(people["laodong"], "matrix")
    unit = AdminUnit.objects.order_by("pk").first()
    assignment = Assignment.objects.filter(agency=agency).order_by("pk").first()
    assert unit is not None and assignment is not None
    return {
        "plan": demo.slug,
        "agency": AGENCY,
        "report": report.pk,
        "task": task.pk,
        "unit": unit.pk,
        "token": token.pk,
        "user": people["dulich"].pk,
        "assignment": assignment.pk,
        "merged": "so-khdt",
        "change": AgencyChange.objects.get(predecessor__code="so-khdt").pk,
        "uuid": uuid.uuid4(),
        "job": finished_job(people["kehoach"]).pk,
    }


def finished_job(owner: User) -> Job:
    """An import of the planning office's that is over."""
    return Job.objects.create(
        kind=Job.Kind.IMPORT, owner=owner, title="ke-hoach.yaml + so-lieu.csv", state=Job.State.DONE
    )


def role_client(role: str, people: dict[str, User], lang: str = "vi") -> Client:
    """A client of one of tests/accessmatrix.py's roles ("anon": not logged in)."""
    client = Client(HTTP_ACCEPT_LANGUAGE=lang)
    if role != "anon":
        client.force_login(people[role])
    return client
