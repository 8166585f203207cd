"""A measure rejected once is remembered for that document: reading the same text again
(in the same office's scope) shows it rejected, with who rejected it and when, and an
undo that forgets the rejection (audited). Another text, or another agency's planners,
start afresh."""

from __future__ import annotations

from chitieu.web.people.models import AuditEvent, Role
from chitieu.web.plans.models import RejectedMeasure
from tests.agencykit import person
from tests.planhelpers import form_fields
from tests.reviewkit import LABOUR, TEXT, TOURISTS, cards, decided, read_text
from tests.webhelpers import client_for

UNDO = "Hủy việc loại"


def _reject_tourists(client) -> None:  # type: ignore[no-untyped-def]
    url = read_text(client, name="lan-dau.txt")
    page = client.get(url).content.decode()
    data = decided(page, {TOURISTS: "reject"}) | {"plan-slug": "vanlang-xxi"}
    assert client.post(url, data).status_code == 302


def test_reading_the_same_text_again_shows_the_measure_rejected(db):
    c = client_for("kehoach")
    _reject_tourists(c)
    page = c.get(read_text(c, name="lan-hai.docx.txt")).content.decode()
    shown = cards(page)
    assert shown[TOURISTS].decision == "reject" and "decided-reject" in shown[TOURISTS].classes
    assert "Đã bị loại với văn bản này lúc" in shown[TOURISTS].html
    assert "bởi kehoach." in shown[TOURISTS].html
    assert f'name="undo" value="{shown[TOURISTS].key}"' in shown[TOURISTS].html
    assert shown[LABOUR].decision == "" and UNDO not in shown[LABOUR].html
    assert '<strong id="rejected-count">1</strong>' in page


def test_the_undo_forgets_the_rejection(db, people):
    c = client_for("kehoach")
    _reject_tourists(c)
    url = read_text(c)
    page = c.get(url).content.decode()
    key = cards(page)[TOURISTS].key
    data = form_fields(page) | {f"decide-{cards(page)[LABOUR].key}": "accept", "undo": key}
    r = c.post(url, data)
    assert r.status_code == 302 and r["Location"] == url
    assert not RejectedMeasure.objects.exists()
    undone = AuditEvent.objects.get(action="read_unreject")
    assert (undone.user, undone.field, undone.object_type) == (
        people["kehoach"],
        key,
        "rejectedmeasure",
    )
    again = c.get(url).content.decode()
    assert "không còn bị loại với văn bản này" in again
    assert cards(again)[TOURISTS].decision == "" and UNDO not in cards(again)[TOURISTS].html
    assert cards(again)[LABOUR].decision == "accept"  # what was decided on the page stays


def test_the_rejection_belongs_to_the_text_and_the_agency(db):
    c = client_for("kehoach")
    _reject_tourists(c)
    colleague = person("kehoach2", Role.PLANNING, "so-tai-chinh")
    other = person("kehoach3", Role.PLANNING, "so-khdt")
    for user, seen in ((colleague, "reject"), (other, "")):
        client = client_for(user.username)
        page = client.get(read_text(client)).content.decode()
        assert cards(page)[TOURISTS].decision == seen, user.username
    changed = TEXT.replace("Văn Lãng", "Tràng Định")
    page = c.get(read_text(c, changed)).content.decode()
    assert cards(page)[TOURISTS].decision == ""
