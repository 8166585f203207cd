"""Whatever the Django admin changes is in the audit trail, like any other change: a user
created, a role changed, a password reset (without the password), a many-to-many list, an
inline row, a deletion, field by field with the old and the new value. Every admin the
site registers is an audited one, so a model added later cannot slip through.
"""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import User

from chitieu.web.people.admin_audit import HIDDEN, AuditedAdmin
from chitieu.web.people.models import Agency, AuditEvent, Profile
from chitieu.web.plans.models import Task
from tests.planhelpers import form_fields
from tests.webhelpers import client_for

REGISTERED = sorted(admin.site._registry, key=lambda m: m._meta.label)


@pytest.mark.parametrize("model", REGISTERED, ids=[m._meta.label for m in REGISTERED])
def test_every_registered_admin_is_audited(model):
    assert isinstance(admin.site._registry[model], AuditedAdmin), model._meta.label


def _rows(**match):
    return sorted(
        (e.field, e.old, e.new) for e in AuditEvent.objects.filter(comment="admin", **match)
    )


def _change(c, url, form_id, **values):
    data = form_fields(c.get(url).content.decode(), form_id)
    data.update(values)
    return c.post(url, data)


def test_a_user_created_in_the_admin_is_recorded_without_the_password(people):
    c = client_for("quantri")
    r = c.post(
        "/admin/auth/user/add/",
        {
            "username": "kiemtoan",
            "password1": "mat-khau-rat-dai-2025",
            "password2": "mat-khau-rat-dai-2025",
            "usable_password": "true",
        },
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    user = User.objects.get(username="kiemtoan")
    rows = _rows(action="admin_add", object_type="user", object_id=str(user.pk))
    assert ("username", "", "kiemtoan") in rows
    assert ("password", "", HIDDEN) in rows
    every = " ".join(f"{e.old} {e.new}" for e in AuditEvent.objects.all())
    assert "mat-khau" not in every and user.password not in every
    assert AuditEvent.objects.filter(object_id=str(user.pk), user=people["quantri"]).exists()


def test_a_role_changed_in_the_admin_is_recorded_old_to_new(people):
    profile = Profile.objects.get(user__username="daibieu")
    url = f"/admin/people/profile/{profile.pk}/change/"
    r = _change(client_for("quantri"), url, "profile_form", role="planning")
    assert r.status_code == 302
    assert _rows(action="admin_change", object_type="profile") == [("role", "viewer", "planning")]


def test_a_password_reset_in_the_admin_is_recorded_without_either_password(people):
    user = people["daibieu"]
    old_hash = user.password
    r = client_for("quantri").post(
        f"/admin/auth/user/{user.pk}/password/",
        {
            "password1": "mat-khau-moi-2025-xyz",
            "password2": "mat-khau-moi-2025-xyz",
            "usable_password": "true",
            "set_usable_password": "true",
        },
    )
    assert r.status_code == 302
    user.refresh_from_db()
    assert user.password != old_hash
    assert _rows(action="admin_change", object_type="user") == [("password", HIDDEN, HIDDEN)]


def test_a_many_to_many_list_changed_in_the_admin_is_recorded(demo):
    task = Task.objects.filter(plan=demo).first()
    assert task is not None
    other = Agency.objects.get(code="so-vhttdl")
    task.co_agencies.clear()
    url = f"/admin/plans/task/{task.pk}/change/"
    targets = [str(pk) for pk in task.targets.values_list("pk", flat=True)]
    r = _change(
        client_for("quantri"), url, "task_form", co_agencies=[str(other.pk)], targets=targets
    )
    assert r.status_code == 302, r.content.decode()[:3000]
    assert _rows(action="admin_change", object_type="task", plan=demo) == [
        ("co_agencies", "", other.name)
    ]


def _inline_change(plan, key, field, value):
    """Post the plan's admin page with one field of one inline measure changed."""
    c = client_for("quantri")
    url = f"/admin/plans/plan/{plan.pk}/change/"
    data = form_fields(c.get(url).content.decode(), "plan_form")
    prefix = next(k for k, v in data.items() if k.endswith("-key") and v == key)
    data[prefix.removesuffix("key") + field] = value
    return c.post(url, data, follow=True)


def test_an_inline_row_changed_in_the_admin_is_recorded(demo):
    r = _inline_change(demo, "trained-labour", "name", "Tỷ lệ lao động đã qua đào tạo")
    assert r.redirect_chain and r.redirect_chain[-1][0].endswith("/admin/plans/plan/")
    assert _rows(action="admin_change", object_type="measure") == [
        ("name", "Tỷ lệ lao động qua đào tạo", "Tỷ lệ lao động đã qua đào tạo")
    ]


def test_a_change_that_is_rolled_back_leaves_no_record(demo):
    r = _inline_change(demo, "grdp-growth", "low", "9")  # above the high end, 7,5
    assert "Chưa lưu gì" in r.content.decode()
    assert demo.measures.get(key="grdp-growth").low == 7
    assert not AuditEvent.objects.filter(comment="admin").exists()


def test_deletions_in_the_admin_are_recorded_one_by_one_and_in_bulk(db, people):
    spare = [Agency.objects.create(code=f"du-phong-{i}", name=f"Dự phòng {i}") for i in (1, 2, 3)]
    c = client_for("quantri")
    assert c.post(f"/admin/people/agency/{spare[0].pk}/delete/", {"post": "yes"}).status_code == 302
    r = c.post(
        "/admin/people/agency/",
        {
            "action": "delete_selected",
            "_selected_action": [str(spare[1].pk), str(spare[2].pk)],
            "post": "yes",
        },
    )
    assert r.status_code == 302
    assert not Agency.objects.filter(code__startswith="du-phong").exists()
    assert _rows(action="admin_delete", object_type="agency") == [
        ("", "Dự phòng 1", ""),
        ("", "Dự phòng 2", ""),
        ("", "Dự phòng 3", ""),
    ]


def test_the_reporting_regime_changed_in_the_admin_is_recorded(demo):
    from chitieu.web.figures.models import ReportingRegime

    regime = ReportingRegime.objects.get(area_code="20")
    url = f"/admin/figures/reportingregime/{regime.pk}/change/"
    r = _change(client_for("quantri"), url, "reportingregime_form", cutoff_day="15")
    assert r.status_code == 302
    assert _rows(action="admin_change", object_type="reportingregime") == [
        ("cutoff_day", "14", "15")
    ]
