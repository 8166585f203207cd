"""Reminders after a merger: the report of a period is asked of the agency in force at its
end (Sở Tài chính, not Sở Kế hoạch và Đầu tư merged into it on 1/3/2025), and the tasks
the merged agency led are asked of the people of the agency that took it over."""

from __future__ import annotations

from datetime import date

from chitieu.web.dashboard.reminders import notifications, reminders
from chitieu.web.people.models import NotificationKind, Role
from tests.agencykit import KHDT, TAI_CHINH, person

BEFORE = date(2024, 12, 18)  # the year 2024 is due: Sở KH&ĐT still in force at its end
AFTER = date(2025, 12, 18)  # the year 2025 is due; task 2 (Sở KH&ĐT, 31/12/2025) is near


def test_it_asks_each_period_of_the_agency_in_force_at_its_end(demo):
    before = {a.code for a in reminders(demo, BEFORE).missing}
    after = {a.code for a in reminders(demo, AFTER).missing}
    assert {KHDT, TAI_CHINH} <= before and len(before) == 13
    assert TAI_CHINH in after and KHDT not in after and len(after) == 12


def test_it_asks_the_successor_s_people_for_the_merged_agency_s_tasks(demo):
    person("taichinh", Role.REPORTER, TAI_CHINH)
    person("khdt", Role.REPORTER, KHDT)  # still attached to the merged agency
    r = reminders(demo, AFTER)
    assert 2 in [t.no for t in r.near]
    notes = {n.user.username: n for n in notifications(r) if n.kind == NotificationKind.REMINDER}
    mine = notes["taichinh"].details
    assert mine["report_due"] is True and mine["period"] == "2025"
    assert [(t["no"], t["lead"]) for t in mine["near"]] == [(2, "Sở Kế hoạch và Đầu tư")]
    assert "khdt" not in notes  # its agency owes nothing any more
    assert notes["kehoach"].details["near"] == mine["near"]  # the planning office is in it
