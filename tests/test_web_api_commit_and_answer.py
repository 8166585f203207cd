"""A change through the API and its answer are one: when the answer cannot be built, the
change is taken back, so a caller told "500" never finds it made anyway (a submitted
report they think still a draft)."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from chitieu.web.figures.models import Submission
from chitieu.web.plans.models import Measure
from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for


def test_a_submit_whose_answer_fails_is_not_committed(demo):
    body = figures_body({"measure": "trained-labour", "value": "65,5", "stage": "official"})
    report = post_json(client_for("laodong"), f"{PLAN}/figures", body).json()
    # The answer lists the figures with their measures; submitting needs no measure.
    table = Measure._meta.db_table
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")
    client = Client(raise_request_exception=False)
    client.force_login(User.objects.get(username="laodong"))
    r = client.post(f"/api/reports/{report['id']}/submit")
    assert r.status_code == 500
    assert r["Content-Type"].startswith("application/json")
    sub = Submission.objects.get(pk=report["id"])
    assert (sub.status, sub.submitted_at) == ("draft", None)
