"""A department split in two (Sở LĐ-TB&XH into a new Sở Nội vụ and the existing Sở Y tế
from 1/3/2025, recorded by the planning office): the parts report only what they are
assigned, its people stay where they were until moved (the page says so), and the people
of either part may finish its reports of the periods before."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from chitieu.web.people.models import Agency, AgencyChange, Role
from chitieu.web.plans.models import Measure
from tests.agencykit import add_agency, entry, page_text, person, record_change
from tests.webhelpers import client_for

LABOUR, HOME, HEALTH = "so-ldtbxh", "so-noi-vu", "so-yte"


@pytest.fixture
def split(demo):
    assert add_agency(HOME, "Sở Nội vụ", valid_from="1/3/2025").status_code == 302
    for part in (HOME, HEALTH):
        assert record_change(LABOUR, part, "split", "1/3/2025", "NQ thử").status_code == 302
    return {"yte": person("yte", Role.REPORTER, HEALTH)}


def test_it_records_the_split_with_its_dates_and_the_part_that_continues(split):
    assert Agency.objects.get(code=LABOUR).valid_to == date(2025, 2, 28)
    links = {
        (c.predecessor.code, c.successor.code, c.kind)
        for c in AgencyChange.objects.filter(effective=date(2025, 3, 1), kind="split")
    }
    # Sở Y tế was in force before: it continues, taking a part over
    assert links == {(LABOUR, HOME, "split"), (LABOUR, HEALTH, "split"), (HEALTH, HEALTH, "split")}
    page = client_for("daibieu").get(reverse("people:agency", args=[LABOUR])).content.decode()
    assert "chia tách: một phần chuyển về Sở Nội vụ từ 1/3/2025" in page
    assert "chia tách: một phần chuyển về Sở Y tế từ 1/3/2025" in page


def test_it_leaves_the_split_agency_s_people_where_they_are_and_says_so(split, people):
    assert people["laodong"].profile.agency.code == LABOUR
    page = client_for("kehoach").get(reverse("people:agency", args=[LABOUR])).content.decode()
    assert 'id="people-left"' in page and "laodong" in page


def test_it_gives_the_parts_only_the_measures_they_are_assigned(split):
    planner = client_for("kehoach")
    line = 'name="value-trained-labour-20"'
    assert line not in planner.get(entry(HOME, "2025")).content.decode()
    pk = Measure.objects.get(plan__slug="langson-xvii", key="trained-labour").pk
    added = planner.post(
        reverse("people:assignment_add", args=[HOME]),
        {"assign-measure": pk, "assign-unit_code": ""},
    )
    assert added.status_code == 302
    assert line in planner.get(entry(HOME, "2025")).content.decode()
    assert line not in planner.get(entry(HEALTH, "2025")).content.decode()
    gone = client_for("laodong").get(entry(LABOUR, "2025"))
    assert gone.status_code == 404
    assert (
        "Sở Lao động - Thương binh và Xã hội không còn hoạt động vào ngày 31/12/2025, "
        "ngày cuối của năm 2025"
    ) in page_text(gone)


def test_it_lets_either_part_s_people_finish_the_split_agency_s_earlier_reports(split):
    yte = client_for("yte")
    assert yte.get(entry(LABOUR, "2024")).status_code == 200
    assert yte.get(entry(LABOUR, "2025")).status_code == 404  # no longer in force
    home = reverse("figures:entry_home")
    page = yte.get(home).content.decode()
    assert entry(LABOUR, "2024") in page
    # its own people keep their rights over its reports of the periods it was in force
    assert client_for("laodong").get(entry(LABOUR, "2024")).status_code == 200
