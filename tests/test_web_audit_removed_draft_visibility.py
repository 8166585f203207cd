"""A draft value that was removed leaves its trail in the audit (entered, changed, removed)
but no figure to say whose work it was: it was never approved, so the trail stays with
those who see every agency's work, and an approver of another agency never reads it."""

from __future__ import annotations

from django.contrib.auth.models import User

from chitieu.web.people.models import Agency, Profile, Role
from tests.entryhelpers import TOURISM, approved_series, entry_url, form
from tests.planhelpers import form_fields
from tests.webhelpers import PASSWORD, client_for

AUDIT = "/people/audit/?object_type=figurerecord"


def test_the_trail_of_a_removed_draft_value_is_not_shown_to_another_agency(demo):
    user = User.objects.create_user("tourism-approver", password=PASSWORD)
    Profile.objects.create(user=user, role=Role.APPROVER, agency=Agency.objects.get(code=TOURISM))
    approved_series("trained-labour", {"2024": "62.5"})
    reporter = client_for("laodong")
    reporter.post(entry_url(), form(trained_labour="66,25"))
    page = reporter.get(entry_url()).content.decode()
    emptied = form_fields(page, "entry-form") | {"action": "save", "value-trained-labour-20": ""}
    assert reporter.post(entry_url(), emptied).status_code == 302

    assert "66,25" in client_for("kehoach").get(AUDIT).content.decode()
    assert "66,25" in client_for("pheduyet").get(AUDIT).content.decode()
    other = client_for("tourism-approver").get(AUDIT)
    assert other.status_code == 200 and "66,25" not in other.content.decode()
