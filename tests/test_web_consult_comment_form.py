"""A unit asked comments on the draft in the form beside its text: per part (agree, a
wording with the proposed text, a target value read like any figure, other) or on the
whole draft. A bad field is named in Vietnamese and nothing is kept; once the deadline
has passed or the drafting team closed the round, a comment is refused with a clear
message; a unit not asked does not see the round at all."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from chitieu.web.consultation.models import Comment
from chitieu.web.people.access import visible_events
from chitieu.web.people.models import AuditEvent
from tests.consultwebkit import open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db

GROWTH = "II/2/p2"  # "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm."
TOURISM = "III/1.1/a/p1"


@pytest.fixture
def round_(people):
    team = client_for("kehoach")
    return open_round(team, upload_draft(team))


def _post(round_, **data):
    return client_for("laodong").post(f"/consultation/rounds/{round_.pk}/comment/", data)


def test_it_shows_the_draft_text_with_references_beside_the_form(round_):
    page = client_for("laodong").get(f"/consultation/rounds/{round_.pk}/?part={GROWTH}")
    html = page.content.decode()
    assert "Phần II, mục 2, đoạn 2" in html and "Sở Lao động - Thương binh và Xã hội" in html
    assert f'<option value="{GROWTH}" selected>' in html


def test_it_keeps_a_proposed_target_value_read_like_a_figure(round_):
    response = _post(
        round_, part=GROWTH, kind="target_value", text="Nên thận trọng hơn.", proposed_value="7,5"
    )
    assert response.status_code == 302
    saved = Comment.objects.get()
    assert (saved.kind, saved.part, saved.proposed_value, saved.target) == (
        "target_value",
        GROWTH,
        Decimal("7.5"),
        1,
    )
    assert saved.agency.code == "so-ldtbxh" and saved.source == ""
    assert AuditEvent.objects.filter(action="comment_added", object_id=str(saved.pk)).exists()


def test_it_keeps_a_wording_and_a_general_comment(round_):
    _post(
        round_,
        part=TOURISM,
        kind="wording",
        text="Rõ hơn.",
        proposed_text="Phát triển du lịch bền vững.",
    )
    _post(round_, part="", kind="other", text="Dự thảo cần ngắn gọn hơn.")
    wording, general = Comment.objects.order_by("pk")
    assert (wording.part, wording.proposed_text, wording.general) == (
        TOURISM,
        "Phát triển du lịch bền vững.",
        False,
    )
    assert (general.part, general.general, general.kind) == ("", True, "other")


def test_it_names_the_field_in_error_and_keeps_nothing(round_):
    no_text = _post(round_, part=TOURISM, kind="wording", text="Sửa.")
    assert no_text.status_code == 400
    assert "đề nghị sửa câu chữ cần ghi rõ nội dung đề nghị sửa" in no_text.content.decode()
    not_a_number = _post(round_, part=GROWTH, kind="target_value", proposed_value="bảy phẩy năm")
    assert not_a_number.status_code == 400
    assert "giá trị đề nghị không phải là số" in not_a_number.content.decode()
    assert not Comment.objects.exists()


def test_it_refuses_a_comment_after_the_deadline(round_):
    round_.deadline = timezone.localdate() - timedelta(days=1)
    round_.save()
    response = client_for("laodong").post(
        f"/consultation/rounds/{round_.pk}/comment/",
        {"part": GROWTH, "kind": "agree", "text": "Đồng ý."},
        follow=True,
    )
    day = round_.deadline
    assert (
        f"Đợt góp ý đã hết hạn ngày {day.day}/{day.month}/{day.year}" in response.content.decode()
    )
    assert not Comment.objects.exists()


def test_it_refuses_a_comment_once_the_team_closed_the_round(round_):
    client_for("kehoach").post(f"/consultation/rounds/{round_.pk}/close/")
    response = _post(round_, part=GROWTH, kind="agree", text="Đồng ý.")
    assert response.status_code == 302
    page = client_for("laodong").get(response["Location"]).content.decode()
    assert "Ban soạn thảo đã kết thúc đợt góp ý này: không nhận thêm ý kiến." in page
    assert not Comment.objects.exists()
    assert AuditEvent.objects.filter(action="round_closed").count() == 1


def test_it_hides_the_round_from_a_unit_not_asked(round_):
    assert client_for("dulich").get(f"/consultation/rounds/{round_.pk}/").status_code == 404
    assert _post(round_, part=GROWTH, kind="agree").status_code == 302
    response = client_for("dulich").post(
        f"/consultation/rounds/{round_.pk}/comment/", {"part": GROWTH, "kind": "agree"}
    )
    assert response.status_code == 404
    assert Comment.objects.count() == 1


def test_it_keeps_the_comments_trail_for_the_drafting_team(round_, people):
    _post(round_, part=GROWTH, kind="agree", text="Đồng ý.")
    added = AuditEvent.objects.filter(action="comment_added")
    assert visible_events(people["kehoach"]).filter(pk__in=added).count() == 1
    assert not visible_events(people["pheduyet"]).filter(pk__in=added).exists()
