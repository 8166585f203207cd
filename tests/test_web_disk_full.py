"""A full disk is not a crash: a write that fails for it answers 503 saying what happened,
in the user's language, on a page or as the API's JSON error; nothing is half-saved.
(SQLite is filled for real by capping its size; PostgreSQL's disk-full error is named by
its SQLSTATE, checked with the driver's own exception.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.db import OperationalError, connection
from django.test import Client

from chitieu.web.faults import disk_full
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN, figures_body
from tests.entryhelpers import entry_url, form

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the database is filled by capping SQLite's size"
)


def _saved():
    if connection.needs_rollback:
        # SQLite may answer a full disk by rolling the whole transaction back (its docs:
        # SQLITE_FULL), the test's own savepoints with it: nothing of the request is kept
        # then, and what is stored is read outside any transaction.
        assert not connection.connection.in_transaction
        connection.needs_rollback = False
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def _client(lang: str = "vi") -> Client:
    # A real browser gets the error page; the test client would re-raise the exception.
    client = Client(HTTP_ACCEPT_LANGUAGE=lang, raise_request_exception=False)
    client.force_login(User.objects.get(username="laodong"))
    return client


# A note longer than a database page (4 KiB): storing it needs new pages, none are left.
LONG_NOTE = "ữ" * 2000


@pytest.fixture
def full_disk(demo) -> Iterator[None]:
    """No page can be added to the database from now on: a write needing one fails."""
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA page_count")
        pages = cursor.fetchone()[0]
        cursor.execute("PRAGMA freelist_count")
        assert cursor.fetchone()[0] == 0
        cursor.execute(f"PRAGMA max_page_count = {pages}")
    yield
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA max_page_count = 4294967294")


@sqlite_only
def test_the_entry_form_answers_503_saying_the_disk_is_full(full_disk):
    client = _client()
    before = _saved()
    data = form(trained_labour="65,5", poverty_rate="2,4") | {"note-trained-labour-20": LONG_NOTE}
    r = client.post(entry_url(), data)
    assert r.status_code == 503
    page = r.content.decode()
    assert "Ổ đĩa của cơ sở dữ liệu đã đầy nên chưa có gì được lưu" in page
    assert _saved() == before


@sqlite_only
def test_the_api_answers_503_json_in_english_too(full_disk):
    client = _client(lang="en")
    before = _saved()
    item = {"measure": "trained-labour", "value": "65,5", "stage": "official", "note": LONG_NOTE}
    body = figures_body(item)
    r = client.post(f"{PLAN}/figures", body, content_type="application/json")
    assert r.status_code == 503
    assert r["Content-Type"].startswith("application/json")
    assert r.json() == {
        "detail": "The database's disk is full, so nothing was saved. Tell the administrator; "
        "try again once space has been freed.",
        "problems": [],
    }
    assert _saved() == before


def test_postgresqls_disk_full_error_is_recognised_as_such():
    from psycopg import errors

    try:
        try:
            raise errors.DiskFull('could not extend file "base/16384/16385"')
        except errors.DiskFull as driver:
            raise OperationalError(str(driver)) from driver  # as Django wraps it
    except OperationalError as wrapped:
        assert disk_full(wrapped)
    assert not disk_full(OperationalError("deadlock detected"))
