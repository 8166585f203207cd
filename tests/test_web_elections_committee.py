"""The counting committee is recorded as the congress voted it — each member with their
role (trưởng ban, phó trưởng ban, ủy viên; Art. 8.1 of 190-QĐ/TW names one head) — and
every member is named for signature in the minutes. Any two members with an account,
as the head assigns, do the independent double entry; the other members with an
account see the count but enter nothing; a committee the form cannot read is refused
at its line, and nothing is saved."""

from __future__ import annotations

from chitieu.web.elections.models import Election, Member
from chitieu.web.people.models import AuditEvent
from tests.electionwebkit import BALLOTS, CELL, docx_text, enter, set_up
from tests.webhelpers import client_for

# dulich and laodong enter the ballots; daibieu is a member who does not
COMMITTEE = (
    "Hoàng Văn Em | trưởng ban\n"
    "Vũ Thị Gấm | phó trưởng ban\n"
    "Đào Văn Biểu | ủy viên | daibieu\n"
    "Lã Thị Động | ủy viên | laodong\n"
    "Đinh Thị Lịch | ủy viên | dulich"
)


def _set_up(people) -> Election:
    return set_up(
        client_for("quantri"),
        people,
        committee_list=COMMITTEE,
        counter_1=str(people["dulich"].pk),
        counter_2=str(people["laodong"].pk),
    )


def test_it_records_the_committee_with_its_roles_in_order(people):
    election = _set_up(people)
    members = Member.objects.filter(election=election).select_related("user")
    assert [(m.name, m.role, m.user and m.user.username, m.counter) for m in members] == [
        ("Hoàng Văn Em", "head", None, None),
        ("Vũ Thị Gấm", "deputy", None, None),
        ("Đào Văn Biểu", "member", "daibieu", None),
        ("Lã Thị Động", "member", "laodong", 2),
        ("Đinh Thị Lịch", "member", "dulich", 1),
    ]
    page = client_for("quantri").get(f"/elections/{election.pk}/edit/").content.decode()
    assert "Đinh Thị Lịch | ủy viên | dulich" in page  # the form gives it back


def test_it_lets_any_two_members_enter_and_names_every_member_in_the_minutes(people):
    election = _set_up(people)
    enter(client_for("dulich"), election, BALLOTS)
    enter(client_for("laodong"), election, BALLOTS)
    url = f"/elections/{election.pk}/"
    # daibieu is on the committee: sees the count, enters nothing
    assert client_for("daibieu").get(url).status_code == 200
    assert client_for("daibieu").get(f"{url}ballots/").status_code == 403
    assert client_for("pheduyet").get(url).status_code == 404  # not on the committee
    text = docx_text(client_for("daibieu").get(f"{url}minutes.docx").content)
    for name in ("Hoàng Văn Em", "Vũ Thị Gấm", "Đào Văn Biểu", "Lã Thị Động", "Đinh Thị Lịch"):
        assert name in text
    assert "TRƯỞNG BAN" in text and "PHÓ TRƯỞNG BAN" in text and "ỦY VIÊN" in text
    english = client_for("daibieu", "en").get(f"{url}minutes.docx").content
    assert "DEPUTY HEAD OF THE COMMITTEE" in docx_text(english)


def _refused(people, **changes: str) -> str:
    data = {**CELL, **changes}
    response = client_for("quantri").post("/elections/new/", data)
    assert response.status_code == 200
    assert not Election.objects.exists() and not Member.objects.exists()
    return response.content.decode()


def test_it_refuses_a_committee_it_cannot_read_naming_the_line(people):
    two_heads = "Hoàng Văn Em | trưởng ban\nVũ Thị Gấm | trưởng ban"
    assert "Ban kiểm phiếu chỉ có một trưởng ban." in _refused(people, committee_list=two_heads)
    page = _refused(people, committee_list="Hoàng Văn Em | thư ký")
    assert "Dòng 1: họ tên, rồi chức danh" in page
    page = _refused(people, committee_list="Hoàng Văn Em\nVũ Thị Gấm | ủy viên | khongco")
    assert "Dòng 2: không có tài khoản đang hoạt động “khongco”." in page


def test_it_refuses_a_counter_who_is_not_on_the_committee(people):
    page = _refused(
        people,
        committee_list="Hoàng Văn Em | trưởng ban | daibieu",
        counter_1=str(people["daibieu"].pk),
        counter_2=str(people["laodong"].pk),
    )
    assert "Chỉ thành viên ban kiểm phiếu nhập phiếu" in page


def test_it_audits_a_change_of_the_committee(people):
    election = _set_up(people)
    data = {
        **CELL,
        "committee_list": COMMITTEE.replace("Vũ Thị Gấm | phó trưởng ban", "Vũ Thị Gấm"),
        "counter_1": str(people["daibieu"].pk),
        "counter_2": str(people["laodong"].pk),
    }
    response = client_for("quantri").post(f"/elections/{election.pk}/edit/", data)
    assert response.status_code == 302
    set_up_then_changed = AuditEvent.objects.filter(
        action="committee_changed", object_id=str(election.pk)
    ).order_by("pk")
    assert [bool(e.old) for e in set_up_then_changed] == [False, True]
    changed = set_up_then_changed.last()
    assert "Vũ Thị Gấm | phó trưởng ban" in changed.old
    assert "Vũ Thị Gấm | ủy viên" in changed.new
    assigned = AuditEvent.objects.filter(
        action="committee_assigned", object_id=str(election.pk), new="daibieu"
    )
    assert assigned.count() == 1
    assert Member.objects.get(election=election, counter=1).user == people["daibieu"]
