"""An administrator finds every model of the application in the Django admin. The figures,
the reports, the audit trail and the notifications are shown there and never written:
they change only through the workflow (entry, submission, approval, correction), so a
post to add, change or delete one is refused and nothing changes.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib import admin

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent, Notification, NotificationKind
from tests.webhelpers import client_for

PROJECT_MODELS = sorted(
    (m for m in apps.get_models() if m.__module__.startswith("chitieu.web.")),
    key=lambda m: m._meta.label,
)
READ_ONLY = [FigureRecord, Submission, AuditEvent, Notification]


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda m: m._meta.label)
def test_every_model_has_an_admin_page(model):
    assert model in admin.site._registry


def test_the_figures_and_the_reports_are_listed(demo):
    c = client_for("quantri")
    figures = c.get("/admin/figures/figurerecord/?q=trained-labour").content.decode()
    assert "trained-labour" in figures
    record = FigureRecord.objects.filter(measure__key="trained-labour").first()
    assert record is not None
    page = c.get(f"/admin/figures/figurerecord/{record.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()  # shown, with nothing to save
    assert c.get("/admin/figures/submission/").status_code == 200


def _one(model, people, demo):
    """A row of ``model`` from the demo (a report and a notification are made: the demo's
    figures were imported, so it has neither)."""
    if model is Submission:
        agency = people["laodong"].profile.agency
        return Submission.objects.create(
            plan=demo, agency=agency, period="2024", created_by=people["laodong"]
        )
    if model is Notification:
        return Notification.objects.create(
            user=people["laodong"], kind=NotificationKind.RETURNED, plan=demo
        )
    row = model.objects.first()
    assert row is not None, model._meta.label
    return row


@pytest.mark.parametrize("model", READ_ONLY, ids=lambda m: m._meta.label)
def test_a_post_to_a_read_only_admin_is_refused_and_changes_nothing(model, people, demo):
    row = _one(model, people, demo)
    before = (model.objects.count(), model.objects.filter(pk=row.pk).values().get())
    base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
    c = client_for("quantri")
    assert c.post(f"{base}add/", {}).status_code == 403
    assert c.post(f"{base}{row.pk}/change/", {}).status_code == 403
    assert c.post(f"{base}{row.pk}/delete/", {"post": "yes"}).status_code == 403
    actions = {"action": "delete_selected", "_selected_action": [str(row.pk)], "post": "yes"}
    c.post(base, actions)
    assert (model.objects.count(), model.objects.filter(pk=row.pk).values().get()) == before
