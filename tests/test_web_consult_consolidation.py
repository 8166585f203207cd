"""The drafting team's consolidation of a round: per part, how many units replied,
agreed, proposed a change, each comment with its unit, alike comments grouped (the
core's grouping), a response to each comment (tiếp thu, or giải trình / không tiếp thu
with a reason) and the part's new wording; the units that did not reply are listed;
every answer is audited."""

from __future__ import annotations

import pytest

from chitieu.web.consultation.models import Comment, Wording
from chitieu.web.people.models import AuditEvent
from tests.consultwebkit import LAODONG, YTE, open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db

GROWTH = "II/2/p2"
REVIEW = "I/p1"
TOURISM = "III/1.1/a/p1"


@pytest.fixture
def round_(people):
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team), codes=(LAODONG, "so-vhttdl", YTE))
    for who, part, kind, extra in (
        ("laodong", GROWTH, "target_value", {"proposed_value": "7,5"}),
        ("laodong", REVIEW, "agree", {"text": "Đồng ý với phần đánh giá."}),
        ("dulich", GROWTH, "target_value", {"proposed_value": "7,5", "text": "Khó đạt 8%."}),
        ("dulich", TOURISM, "wording", {"proposed_text": "Phát triển du lịch bền vững."}),
    ):
        response = client_for(who).post(
            f"/consultation/rounds/{made.pk}/comment/", {"part": part, "kind": kind, **extra}
        )
        assert response.status_code == 302
    return made


def _page(round_) -> str:
    return (
        client_for("kehoach")
        .get(f"/consultation/rounds/{round_.pk}/consolidation/")
        .content.decode()
    )


def test_it_counts_each_part_and_groups_alike_comments(round_):
    page = _page(round_)
    assert "2 trên 3 đơn vị được xin ý kiến đã gửi ý kiến." in page
    assert "Các đơn vị chưa gửi ý kiến: Sở Y tế" in page
    growth = page[page.index("Phần II, mục 2, đoạn 2") :]
    assert growth.index("2 đơn vị có ý kiến: 0 đồng ý, 2 đề nghị sửa đổi.") < 200
    assert "2 ý kiến giống nhau:" in growth[:2000]
    review = page[page.index("<h2>Phần I, đoạn 1</h2>") :]
    assert "1 đơn vị có ý kiến: 1 đồng ý, 0 đề nghị sửa đổi." in review[:400]


def test_it_takes_a_response_with_its_reason_and_audits_it(round_):
    team = client_for("kehoach")
    comment = Comment.objects.get(agency__code="so-vhttdl", part=GROWTH)
    url = f"/consultation/rounds/{round_.pk}/respond/"
    refused = team.post(url, {"comment": comment.pk, "decision": "not_accepted"}, follow=True)
    assert "giải trình hoặc không tiếp thu cần nêu lý do" in refused.content.decode()
    comment.refresh_from_db()
    assert comment.decision == ""
    reason = "Chỉ tiêu 8% phù hợp với Chiến lược."
    team.post(url, {"comment": comment.pk, "decision": "not_accepted", "reason": reason})
    comment.refresh_from_db()
    assert (comment.decision, comment.reason) == ("not_accepted", reason)
    event = AuditEvent.objects.get(action="comment_answered", object_id=str(comment.pk))
    assert event.new == f"not_accepted: {reason}"
    assert f"Không tiếp thu</strong>: {reason}" in _page(round_)


def test_it_keeps_a_parts_new_wording(round_):
    team = client_for("kehoach")
    new = "Phát triển du lịch bền vững gắn với bảo tồn di sản."
    team.post(f"/consultation/rounds/{round_.pk}/wording/", {"part": TOURISM, "text": new})
    assert Wording.objects.get(round=round_, part=TOURISM).text == new
    assert AuditEvent.objects.filter(action="wording_decided", field=TOURISM, new=new).exists()
    assert new in _page(round_)


def test_it_is_for_the_drafting_team_only(round_):
    url = f"/consultation/rounds/{round_.pk}/consolidation/"
    assert client_for("laodong").get(url).status_code == 403
    assert client_for("quantri").get(url).status_code == 200
