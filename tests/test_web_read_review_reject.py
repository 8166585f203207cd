"""A measure the planning office rejects on the review page is left out of the plan it
saves (with its target, when it was the target's only measure); the rejection is
remembered for the document and written to the audit trail."""

from __future__ import annotations

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Plan, RejectedMeasure
from tests.planhelpers import form_fields
from tests.reviewkit import (
    BUDGET,
    FOREST,
    LABOUR,
    TOURISTS,
    all_cards,
    cards,
    decided,
    read_text,
)
from tests.webhelpers import client_for


def test_a_rejected_measure_is_left_out_of_the_saved_plan(db, people):
    c = client_for("kehoach")
    url = read_text(c)
    page = c.get(url).content.decode()
    keys = {s: card.key for s, card in cards(page).items()}
    data = decided(page, {TOURISTS: "reject"})
    data["plan-slug"] = "vanlang-xxi"
    r = c.post(url, data)
    assert r.status_code == 302, r.content.decode()[:3000]
    plan = Plan.objects.get(slug="vanlang-xxi")
    core = core_plan(plan)
    assert [t.text for t in core.targets] == [LABOUR, BUDGET, FOREST]
    assert sorted(m.id for m in core.metrics()) == sorted(
        [keys[LABOUR], keys[BUDGET], keys[FOREST]]
    )

    rejected = RejectedMeasure.objects.get()
    assert (rejected.measure_key, rejected.sentence) == (keys[TOURISTS], TOURISTS)
    assert rejected.agency is not None and rejected.agency.code == "so-tai-chinh"
    assert rejected.rejected_by == people["kehoach"]
    trail = AuditEvent.objects.filter(plan=plan, user=people["kehoach"])
    assert trail.filter(action="read_reject", object_type="rejectedmeasure").count() == 1
    assert trail.get(action="read_reject").field == keys[TOURISTS]
    assert trail.filter(action="read_accept", object_type="measure").count() == 3


def test_a_plan_is_not_saved_while_a_measure_is_not_decided(db):
    c = client_for("kehoach")
    url = read_text(c)
    page = c.get(url).content.decode()
    data = decided(page, {})
    del data[f"decide-{cards(page)[FOREST].key}"]
    r = c.post(url, data)
    assert r.status_code == 400
    said = r.content.decode()
    assert "Còn 1 thước đo đề xuất chưa quyết định" in said and "Tỷ lệ che phủ rừng" in said
    assert not Plan.objects.filter(slug__startswith="vanlang").exists()
    assert (
        not RejectedMeasure.objects.exists()
        and not AuditEvent.objects.filter(action__startswith="read_").exists()
    )
    # the decisions already made are kept on the page
    assert cards(said)[LABOUR].decision == "accept" and cards(said)[FOREST].decision == ""


HEALTH = """NGHỊ QUYẾT
Đại hội Đảng bộ huyện Văn Lãng lần thứ XXI, nhiệm kỳ 2020 - 2025
Các chỉ tiêu chủ yếu:
(1) Tỷ lệ lao động qua đào tạo đạt 65%.
(2) Đến năm 2025 có 11 bác sĩ/vạn dân và 32 giường bệnh/vạn dân.
"""


def test_one_measure_of_a_target_is_rejected_and_the_target_kept(db):
    c = client_for("kehoach")
    url = read_text(c, HEALTH)
    page = c.get(url).content.decode()
    shown = all_cards(page)
    assert len(shown) == 3
    beds = next(card for card in shown if '<mark class="value">32 giường' in card.html)
    doctors = next(card for card in shown if '<mark class="value">11 bác sĩ' in card.html)
    data = form_fields(page) | {f"decide-{card.key}": "accept" for card in shown}
    data |= {f"decide-{beds.key}": "reject", "plan-slug": "vanlang-y-te"}
    assert c.post(url, data).status_code == 302
    core = core_plan(Plan.objects.get(slug="vanlang-y-te"))
    assert [[m.id for m in t.metrics] for t in core.targets] == [
        [shown[0].key],
        [doctors.key],
    ]
