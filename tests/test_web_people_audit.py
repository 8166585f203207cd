"""The audit trail page: who changed what, when, old → new, filterable; for the planning
office, administrators and approvers only."""

from __future__ import annotations

import pytest

from chitieu.web.people.audit import record
from chitieu.web.people.models import Agency
from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for


def test_it_shows_who_changed_what_in_a_plan(demo, people):
    body = figures_body({"measure": "trained-labour", "value": "65,5", "stage": "official"})
    post_json(client_for("laodong"), f"{PLAN}/figures", body)
    page = client_for("kehoach").get("/people/audit/?plan=langson-xvii").content.decode()
    assert "laodong" in page and "nhập số liệu" in page and "∅ → 65,5" in page


def test_it_filters_by_plan_user_and_action(demo, people):
    agency = Agency.objects.get(code="so-ldtbxh")
    record(people["quantri"], "change", agency, field="name", old="cũ-xyz", new="mới-xyz")
    client = client_for("pheduyet")
    assert "mới-xyz" in client.get("/people/audit/?user=quantri").content.decode()
    assert "mới-xyz" not in client.get("/people/audit/?plan=langson-xvii").content.decode()
    assert "mới-xyz" not in client.get("/people/audit/?action=import").content.decode()
    assert "mới-xyz" in client.get("/people/audit/?action=change").content.decode()


@pytest.mark.parametrize("username", ["laodong", "daibieu"])
def test_it_is_closed_to_reporters_and_viewers(demo, username):
    assert client_for(username).get("/people/audit/").status_code == 403
