"""Correcting a proposed measure on the review page saves the corrected values, and the
audit trail says what was read and what was saved instead; a measure accepted as read is
saved as proposed."""

from __future__ import annotations

from decimal import Decimal

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Plan
from tests.planhelpers import measure_field
from tests.reviewkit import FOREST, LABOUR, cards, decided, read_text
from tests.webhelpers import client_for


def test_a_corrected_value_is_saved_and_audited(db, people):
    c = client_for("kehoach")
    url = read_text(c)
    page = c.get(url).content.decode()
    forest, labour = cards(page)[FOREST].key, cards(page)[LABOUR].key
    data = decided(page, {FOREST: "correct"}) | {"plan-slug": "vanlang-xxi"}
    assert data[measure_field(data, forest, "low")] == "68"
    data[measure_field(data, forest, "low")] = "68,5"
    data[measure_field(data, forest, "unit")] = "% diện tích"
    r = c.post(url, data)
    assert r.status_code == 302, r.content.decode()[:3000]

    plan = Plan.objects.get(slug="vanlang-xxi")
    saved = plan.measures.get(key=forest)
    assert (saved.low, saved.unit) == (Decimal("68.5"), "% diện tích")
    assert plan.measures.get(key=labour).low == Decimal("65")
    trail = AuditEvent.objects.filter(plan=plan, user=people["kehoach"], object_id=str(saved.pk))
    assert sorted(trail.filter(action="read_correct").values_list("field", "old", "new")) == [
        ("low", "68", "68.5"),
        ("unit", "%", "% diện tích"),
    ]
    assert not trail.filter(action="read_accept").exists()
    accepted = AuditEvent.objects.get(plan=plan, action="read_accept", field=labour)
    assert accepted.object_id == str(plan.measures.get(key=labour).pk)


def test_a_value_changed_under_accept_is_recorded_as_a_correction(db):
    c = client_for("kehoach")
    url = read_text(c)
    page = c.get(url).content.decode()
    labour = cards(page)[LABOUR].key
    data = decided(page, {}) | {"plan-slug": "vanlang-xxi"}
    data[measure_field(data, labour, "low")] = "70"
    assert c.post(url, data).status_code == 302
    plan = Plan.objects.get(slug="vanlang-xxi")
    assert plan.measures.get(key=labour).low == Decimal("70")
    assert list(
        AuditEvent.objects.filter(action="read_correct").values_list("field", "old", "new")
    ) == [("low", "65", "70")]
