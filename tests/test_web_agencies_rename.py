"""A rename (Cục Thống kê tỉnh became Chi cục Thống kê tỉnh Lạng Sơn on 1/3/2025): the
planning office adds the new name as an agency and records the rename; from that day the
new agency reports the old one's measures, its people move with it (on the record), and a
rename into an agency that already existed is refused with nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from chitieu.web.people.models import Agency, AgencyChange, AuditEvent, Role
from tests.agencykit import add_agency, entry, page_text, person, record_change
from tests.webhelpers import client_for

OLD, NEW = "cuc-thong-ke", "chi-cuc-thong-ke"


@pytest.fixture
def renamed(demo):
    thongke = person("thongke", Role.REPORTER, OLD)
    assert add_agency(NEW, "Chi cục Thống kê tỉnh Lạng Sơn", "1/3/2025").status_code == 302
    assert record_change(OLD, NEW, "rename", "1/3/2025", "QĐ thử").status_code == 302
    thongke.refresh_from_db()
    return thongke


def test_it_moves_the_people_to_the_new_name_on_the_record(renamed, people):
    assert renamed.profile.agency.code == NEW
    event = AuditEvent.objects.get(object_type="user", object_id=str(renamed.pk), field="agency")
    assert (event.user, event.old, event.new) == (people["kehoach"], OLD, NEW)
    assert Agency.objects.get(code=OLD).valid_to == date(2025, 2, 28)
    created = AuditEvent.objects.filter(object_type="agencychange", action="create")
    assert created.count() == 1  # a rename names a new agency: nothing continues


def test_it_hands_the_old_name_s_measures_over_from_the_day_of_the_rename(renamed):
    reporter = client_for("thongke")
    line = 'name="value-grdp-growth-20"'
    assert line in reporter.get(entry(NEW, "2025-H1")).content.decode()
    assert reporter.get(entry(NEW, "2024")).status_code == 404  # it did not exist yet
    assert line in reporter.get(entry(OLD, "2024")).content.decode()
    page = client_for("daibieu").get(reverse("people:agency", args=[NEW])).content.decode()
    assert "Cục Thống kê tỉnh: đổi tên thành Chi cục Thống kê tỉnh Lạng Sơn từ 1/3/2025" in (
        " ".join(page.replace("</a>", "").split())
    )
    assert 'id="taken-over"' in page and "[grdp-growth]" in page


def test_it_refuses_a_rename_into_an_agency_already_in_force(demo):
    before = (AgencyChange.objects.count(), AuditEvent.objects.count())
    response = record_change("so-gtvt", "so-yte", "rename", "1/3/2025")
    assert response.status_code == 422
    text = page_text(response)
    assert (
        "ngày chồng lấn: Sở Y tế (so-yte) đã hoạt động vào ngày 28/2/2025, trước thay đổi "
        "ngày 1/3/2025"
    ) in text
    assert (AgencyChange.objects.count(), AuditEvent.objects.count()) == before
    assert Agency.objects.get(code="so-gtvt").valid_to is None


def test_it_lets_the_planning_office_remove_a_change_recorded_by_mistake(renamed, people):
    change = AgencyChange.objects.get(predecessor__code=OLD)
    url = reverse("people:change_remove", args=[OLD, change.pk])
    assert client_for("thongke").post(url).status_code == 403
    assert client_for("kehoach").post(url).status_code == 302
    assert not AgencyChange.objects.filter(predecessor__code=OLD).exists()
    event = AuditEvent.objects.get(object_type="agencychange", action="delete")
    assert (event.user, event.object_id) == (people["kehoach"], str(change.pk))
    # the dates and the people stay as they were set: the office corrects them itself
    assert Agency.objects.get(code=OLD).valid_to == date(2025, 2, 28)
    # removing a merger removes the successor's link to itself for that day with it
    merger = AgencyChange.objects.get(predecessor__code="so-khdt")
    client_for("kehoach").post(reverse("people:change_remove", args=["so-khdt", merger.pk]))
    assert not AgencyChange.objects.filter(effective=date(2025, 3, 1)).exists()
