"""Whatever goes wrong under /api/ answers the API's documented JSON error body, with a
detail in the caller's language and never an HTML page; an unexpected error is logged
with its traceback for the administrator."""

from __future__ import annotations

import logging

from django.db import connection
from django.test import Client

from chitieu.web.figures.models import FigureRecord
from tests.apihelpers import PLAN


def _client(lang: str = "vi") -> Client:
    return Client(HTTP_ACCEPT_LANGUAGE=lang, raise_request_exception=False)


def test_an_unknown_api_address_answers_json_404(db):
    r = _client().get("/api/no/such/thing")
    assert r.status_code == 404
    assert r["Content-Type"].startswith("application/json")
    assert r.json() == {"detail": "Không tìm thấy.", "problems": []}


def test_a_database_error_answers_json_500_and_is_logged(demo, caplog):
    table = FigureRecord._meta.db_table
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")
    with caplog.at_level(logging.ERROR, logger="chitieu.api"):
        r = _client(lang="en").get(f"{PLAN}/figures")
    assert r.status_code == 500
    assert r["Content-Type"].startswith("application/json")
    assert r.json() == {
        "detail": "Something went wrong on the server; it was logged for the administrator. "
        "Try again, and tell the administrator if it happens again.",
        "problems": [],
    }
    [logged] = [rec for rec in caplog.records if rec.name == "chitieu.api"]
    assert logged.exc_info is not None and table in str(logged.exc_info[1])


def test_a_page_outside_the_api_still_gets_the_sites_page(demo):
    r = _client().get("/no/such/page/")
    assert r.status_code == 404
    assert r["Content-Type"].startswith("text/html")
