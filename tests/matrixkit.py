"""The demo's objects the paths of tests/accessmatrix.py name, and a client per role: shared
by the access matrix and the walk over every page (tests/pagewalk.py)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from chitieu.consultation.draft import draft_from_text
from chitieu.figures.periods import parse_period
from chitieu.web.consultation.models import Draft, DraftVersion, Round
from chitieu.web.elections.models import Election, Member
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
        "election": cell_election(people).pk,
        **consultation_round(agency),
    }


def finished_job(owner: User) -> Job:
    """An import of the planning office's that is over."""
    return Job.objects.create(
        kind=Job.Kind.IMPORT, owner=owner, title="ke-hoach.yaml + so-lieu.csv", state=Job.State.DONE
    )


def cell_election(people: dict[str, User]) -> Election:
    """An election being counted: daibieu is its counter 1, laodong its counter 2."""
    election = Election.objects.create(
        title="Đại hội Chi bộ Phòng Tổng hợp",
        congress="dai_hoi_dang_vien",
        elects="Ban Chi ủy",
        seats=1,
        list_kind="surplus",
        candidates=[{"no": 1, "name": "Nguyễn Văn An"}, {"no": 2, "name": "Trần Thị Bình"}],
        convened=11,
        excluded=[{"reason": "vắng mặt có lý do", "count": 1}],
        present=10,
        issued=10,
    )
    Member.objects.create(election=election, name="Hoàng Văn Em", role="head", position=0)
    Member.objects.create(
        election=election, name="Đào Văn Biểu", user=people["daibieu"], counter=1, position=1
    )
    Member.objects.create(
        election=election, name="Lã Thị Động", user=people["laodong"], counter=2, position=2
    )
    return election


def consultation_round(agency: Agency) -> dict[str, int]:
    """A draft and an open round on it asking ``agency`` (laodong's) for comments."""
    from datetime import date, timedelta

    # no word of the interface in the data (tests/pagetext.py reads the pages for them)
    text = "BÁO CÁO CHÍNH TRỊ\nI. MỤC TIÊU\n1. Mục tiêu chủ yếu\n"
    text += "(1) Tỷ lệ lao động qua đào tạo đạt 75%."
    draft = Draft.objects.create(title="Báo cáo chính trị nhiệm kỳ 2025-2030")
    version = DraftVersion.objects.create(
        draft=draft,
        number=1,
        name="du-thao.txt",
        **DraftVersion.kept(draft_from_text(text, "du-thao.txt")),
    )
    made = Round.objects.create(
        version=version,
        title="Xin ý kiến Báo cáo chính trị",
        deadline=date.today() + timedelta(days=30),
    )
    made.agencies.set([agency])
    return {"draft": draft.pk, "round": made.pk}


def role_client(role: str, people: dict[str, User], lang: str = "vi") -> Client:
    """A client of one of tests/accessmatrix.py's roles ("anon": not logged in)."""
    client = Client(HTTP_ACCEPT_LANGUAGE=lang)
    if role != "anon":
        client.force_login(people[role])
    return client
