"""The demo with a report in every state and a change of every kind the audit trail
records, each made through the code (service or page) that makes it in real use."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from chitieu.figures.periods import parse_period
from chitieu.web.dashboard import cascade
from chitieu.web.figures import services
from chitieu.web.figures.models import FigureRecord, ReportingRegime, Submission
from chitieu.web.people.models import Agency, ApiToken, Assignment
from chitieu.web.plans import program
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Plan, TaskStatus
from chitieu.web.plans.services import save_read
from tests import consultwebkit as consultation
from tests import electionwebkit as elections
from tests.loginkit import browser_at, fail_times
from tests.planhelpers import form_fields, measure_field, target_field
from tests.webhelpers import client_for

LABOUR = "so-ldtbxh"

# Every action the audit trail records, written by hand from the code that records it.
ACTIONS = {
    # plans: read from a resolution, imported, edited; the action program; shares
    *("create", "replace", "import", "change", "add", "delete"),
    *("task_add", "task_edit", "task_note", "share_set", "share_remove"),
    # figures and reports
    *("enter", "clear", "submit", "approve", "return", "correct"),
    # people: tokens, agencies and what they report, lockouts, the Django admin
    *("revoke", "assign", "unassign", "unlock", "admin_add", "admin_change", "admin_delete"),
    # elections: set up and edited, the count entered twice, the minutes, the next round
    *("election_created", "election_changed", "committee_assigned", "committee_changed"),
    *("ballot_entered", "ballot_corrected", "ballot_removed", "ballots_imported"),
    *("minutes_locked", "minutes_correction", "election_next_round"),
    # comments on drafts: the draft, the round, the units' comments (some entered by the
    # drafting team from a unit's letter) and the team's answers
    *("draft_created", "draft_version_added", "round_opened", "round_reminded", "round_closed"),
    *("comment_added", "reply_uploaded", "comment_entered_for", "reply_uploaded_for"),
    *("comment_placed", "comment_answered", "wording_decided"),
}


def _entry(key: str, value: str, stage: str = "official", **more: Any) -> services.RawEntry:
    return services.RawEntry(services.Place(), key, "20", value, stage, **more)


def _save(user: User, plan: Plan, period: str, *entries: services.RawEntry) -> Submission:
    agency = Agency.objects.get(code=LABOUR)
    return services.save_entries(user, plan, agency, parse_period(period), list(entries))


def reports_in_every_state(plan: Plan, people: dict[str, User]) -> dict[str, Submission]:
    """Sở LĐ-TB&XH's reports: 2025 a draft, 2024 submitted, 2023 returned with a comment,
    2022 approved, 2021 approved and then opened again for a correction."""
    reporter, approver = people["laodong"], people["pheduyet"]
    draft = _save(reporter, plan, "2025", _entry("trained-labour", "66,5"))
    submitted = services.submit(
        reporter, _save(reporter, plan, "2024", _entry("poverty-rate", "3,7"))
    )
    returned = services.return_submission(
        approver,
        services.submit(reporter, _save(reporter, plan, "2023", _entry("poverty-rate", "5,1"))),
        "Thiếu nguồn số liệu của Cục Thống kê.",
    )
    approved = services.approve(
        approver,
        services.submit(reporter, _save(reporter, plan, "2022", _entry("poverty-rate", "7"))),
    )
    services.approve(
        approver,
        services.submit(reporter, _save(reporter, plan, "2021", _entry("poverty-rate", "8,9"))),
    )
    correction = services.start_correction(
        reporter,
        plan,
        Agency.objects.get(code=LABOUR),
        parse_period("2021"),
        "Cục Thống kê công bố số chính thức.",
    )
    return {
        "draft": draft,
        "submitted": submitted,
        "returned": returned,
        "approved": approved,
        "correction": correction,
    }


def _figure_changes(plan: Plan, people: dict[str, User]) -> None:
    """A draft value entered, confirmed despite its warning, changed, written over by a
    program without a version check, and emptied."""
    reporter = people["laodong"]
    _save(reporter, plan, "2025", _entry("trained-labour", "150", confirmed=True))
    _save(reporter, plan, "2025", _entry("trained-labour", "66,5"), _entry("poverty-rate", "2,6"))
    body = {
        "period": "2025",
        "agency": LABOUR,
        "figures": [{"measure": "trained-labour", "value": "67", "stage": "official"}],
    }
    answer = client_for("laodong").post(
        f"/api/plans/{plan.slug}/figures", json.dumps(body), content_type="application/json"
    )
    assert answer.status_code == 200, answer.content
    _save(reporter, plan, "2025", _entry("poverty-rate", ""))


def _add_row(data: dict[str, Any], formset: str, **fields: str) -> None:
    """One more row of the plan editor's formset, as its "add" button makes it."""
    n = int(data[f"{formset}-TOTAL_FORMS"])
    data |= {f"{formset}-{n}-{name}": value for name, value in fields.items()}
    data[f"{formset}-TOTAL_FORMS"] = str(n + 1)


def _plan_changes(plan: Plan, people: dict[str, User]) -> None:
    """The plan edited in its page (a bound, a title, a target added, a measure removed),
    read again from a resolution (made private), imported again; its action program and
    the shares of a target."""
    office = client_for("kehoach")
    edit = f"/plans/{plan.slug}/edit/"
    data = form_fields(office.get(edit).content.decode())
    data[measure_field(data, "poverty-rate", "high")] = "2,5"
    data[target_field(data, 13, "text")] += " (sửa)"
    data["plan-title"] += " (sửa)"
    text = "Tỷ lệ hộ dân sử dụng điện lưới quốc gia"
    _add_row(data, "t", ref="new-1", no="21", text=f"{text} đạt 99,5%.", group="society")
    measure = {"name": text, "unit": "%", "kind": "level_at_end", "comparator": ">="}
    _add_row(data, "m", target_ref="new-1", low="99,5", end_year="2025", decimals="1", **measure)
    FigureRecord.objects.filter(measure__key="forest-cover").delete()
    data[measure_field(data, "forest-cover", "DELETE")] = "on"
    answer = office.post(edit, data)
    assert answer.status_code == 302, answer.content.decode()[:3000]
    plan.refresh_from_db()
    save_read(people["kehoach"], core_plan(plan), plan, False, "nghi-quyet-xvii.docx")
    services.import_plan(people["kehoach"], core_plan(plan), [], existing=plan)

    planner = people["kehoach"]
    task = program.add_task(planner, plan, "breakthrough", 9, "Phát triển kinh tế cửa khẩu.")
    agencies = list(Agency.objects.order_by("code")[:2])
    fields = program.TaskFields(
        lead=agencies[0],
        co_agencies=agencies[1:],
        deadline=date(2025, 9, 30),
        status=TaskStatus.IN_PROGRESS,
        targets=list(plan.targets.filter(no__in=[1, 13])),
    )
    program.update_task(planner, task, fields)
    program.add_note(planner, task, "Đã khảo sát 3 cửa khẩu.")
    measure = plan.measures.get(key="tourist-arrivals")
    share = {"unit_code": "D9", "agency": agencies[0], "low": Decimal("1200000"), "high": None}
    cascade.set_share(planner, measure, share)
    cascade.remove_share(
        planner, cascade.set_share(planner, measure, share | {"low": Decimal("1250000.5")})
    )


def _people_changes(plan: Plan, people: dict[str, User]) -> None:
    """A token made and revoked; an agency made, renamed, given a measure and relieved of
    it; an account made, changed, given a temporary password, deactivated; one's own
    preferences and password; a password reset by e-mail; a lockout lifted."""
    office = client_for("kehoach")
    assert (
        client_for("laodong")
        .post("/people/tokens/", {"name": "Excel hằng tháng", "scope": "write", "days": "30"})
        .status_code
        == 302
    )
    token = ApiToken.objects.get(name="Excel hằng tháng")
    assert client_for("laodong").post(f"/people/tokens/{token.pk}/revoke/").status_code == 302
    new = {
        "code": "ubnd-huu-lung",
        "name": "UBND huyện Hữu Lũng",
        "kind": "district",
        "area_code": "20",
    }
    assert office.post("/people/agencies/", new).status_code == 302
    renamed = {
        "agency-name": "UBND xã Hữu Lũng",
        "agency-kind": "commune",
        "agency-area_code": "20",
    }
    assert office.post("/people/agencies/ubnd-huu-lung/", renamed).status_code == 302
    measure = plan.measures.get(key="trained-labour")
    assert (
        office.post(
            "/people/agencies/ubnd-huu-lung/assignments/", {"assign-measure": measure.pk}
        ).status_code
        == 302
    )
    assignment = Assignment.objects.get(agency__code="ubnd-huu-lung")
    assert (
        office.post(
            f"/people/agencies/ubnd-huu-lung/assignments/{assignment.pk}/remove/"
        ).status_code
        == 302
    )

    account = {
        "username": "nguyenvanan",
        "full_name": "Nguyễn Văn An",
        "email": "an.nguyen@example.vn",
        "role": "reporter",
        "agency": Agency.objects.get(code=LABOUR).pk,
    }
    assert office.post("/people/users/", account).status_code == 302
    user = User.objects.get(username="nguyenvanan")
    page = f"/people/users/{user.pk}/"
    changed = account | {"full_name": "Nguyễn Văn Anh", "role": "approver", "agency": ""}
    assert office.post(page, {"action": "save"} | changed).status_code == 302
    assert office.post(page, {"action": "password"}).status_code == 302
    assert office.post(page, {"action": "deactivate"}).status_code == 302

    me = client_for("daibieu")
    assert me.post("/people/account/", {"language": "en"}).status_code == 302
    password = "Hoa-đào-Mẫu-Sơn-2026"
    change = {"old_password": "chitieu-demo", "new_password1": password, "new_password2": password}
    assert me.post("/password/", change).status_code == 302
    fail_times(browser_at("192.0.2.2"), "dulich", 2)  # the reset lifts these
    reset_by_mail(people["dulich"], password)
    fail_times(browser_at("192.0.2.1"), "pheduyet", 5)
    unlock = {"username": "pheduyet", "ip_address": "192.0.2.1"}
    assert office.post("/people/lockouts/", unlock).status_code == 302


def reset_by_mail(user: User, password: str) -> None:
    """A new password chosen through the link a reset e-mail carries."""
    link = f"/reset/{urlsafe_base64_encode(force_bytes(user.pk))}/"
    client = Client()
    form = client.get(f"{link}{default_token_generator.make_token(user)}/", follow=True)
    answer = client.post(
        form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}
    )
    assert answer.status_code == 302, answer.content.decode()[:2000]


def _admin_changes() -> None:
    """The Django admin adds a reporting regime, changes it and deletes it."""
    admin = client_for("quantri")
    add = {"area_code": "99", "cutoff_day": "14", "deadline_days": "5", "nine_months": "on"}
    assert admin.post("/admin/figures/reportingregime/add/", add).status_code == 302
    regime = ReportingRegime.objects.get(area_code="99")
    url = f"/admin/figures/reportingregime/{regime.pk}/change/"
    assert admin.post(url, add | {"cutoff_day": "15", "act": "QĐ 12/2025"}).status_code == 302
    delete = f"/admin/figures/reportingregime/{regime.pk}/delete/"
    assert admin.post(delete, {"post": "yes"}).status_code == 302


def make_every_change(plan: Plan, people: dict[str, User]) -> None:
    """Reports in every state, then a change of every kind the audit trail records."""
    reports_in_every_state(plan, people)
    _figure_changes(plan, people)
    _people_changes(plan, people)
    _plan_changes(plan, people)
    _admin_changes()
    elections.every_change(people)
    consultation.every_change(client_for("kehoach"), client_for("laodong"))
