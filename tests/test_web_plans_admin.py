"""Plans in the Django admin: usable, and held to the core's check like the plan pages."""

from __future__ import annotations

from decimal import Decimal

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.convert import core_plan, plan_data
from tests.planhelpers import form_fields
from tests.webhelpers import client_for


def test_the_admin_lists_and_opens_plans_with_their_targets_and_measures(demo):
    c = client_for("quantri")
    assert c.get("/admin/plans/plan/").status_code == 200
    page = c.get(f"/admin/plans/plan/{demo.pk}/change/").content.decode()
    assert "Tốc độ tăng trưởng kinh tế (GRDP) bình quân từ 7 – 7,5%." in page
    assert 'value="7,5"' in page  # numbers the Vietnamese way here too
    for model in ("plan", "target", "measure", "task", "readdraft"):
        assert c.get(f"/admin/plans/{model}/").status_code == 200
        assert c.get(f"/admin/plans/{model}/add/").status_code in (200, 403)


def measure_form(c, pk):  # type: ignore[no-untyped-def]
    return form_fields(c.get(f"/admin/plans/measure/{pk}/change/").content.decode(), "measure_form")


def test_a_measure_changed_in_the_admin_is_checked_and_recorded(demo, people):
    c = client_for("quantri")
    measure = demo.measures.get(key="poverty-rate")
    data = measure_form(c, measure.pk)
    assert data["high"] == "3"
    data["high"] = "2,5"
    version = demo.data_version
    r = c.post(f"/admin/plans/measure/{measure.pk}/change/", data)
    assert r.status_code == 302
    demo.refresh_from_db()
    assert core_plan(demo).metric("poverty-rate").high == Decimal("2.5")
    assert demo.data_version > version  # cached evaluations see the change
    assert AuditEvent.objects.filter(
        plan=demo, action="admin_change", user=people["quantri"]
    ).exists()


def test_a_change_the_core_refuses_is_not_saved(demo):
    c = client_for("quantri")
    measure = demo.measures.get(key="grdp-growth")
    data = measure_form(c, measure.pk)
    data["low"] = "9"  # above the high end, 7,5
    before = plan_data(demo)
    r = c.post(f"/admin/plans/measure/{measure.pk}/change/", data, follow=True)
    page = r.content.decode()
    assert "Chưa lưu gì" in page and "thấp hơn đầu dưới 9" in page
    demo.refresh_from_db()
    assert plan_data(demo) == before
