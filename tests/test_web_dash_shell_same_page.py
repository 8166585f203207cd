"""A page served from a kept shell is the page its template renders, byte for byte but for
the CSRF token (masked afresh on every request): for every role, with and without an
agency and unread notifications, names that need escaping, in both languages, the first
time and from the shell.

A signed-in visitor relies on the quick dashboard showing exactly what the slow one did.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.messages.storage import default_storage
from django.contrib.sessions.backends.db import SessionStore
from django.shortcuts import render
from django.test import RequestFactory
from django.utils import translation
from django.utils.safestring import mark_safe

from chitieu.web.dashboard.views.dashboards import AsOf
from chitieu.web.people.models import Agency, Notification
from chitieu.web.shell import render_kept

BODY = '<section id="body"><p id="headline">Đạt &amp; vượt 16/20 chỉ tiêu</p></section>'
TOKEN = re.compile(r'(X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}"')


def _request(user, path: str):
    request = RequestFactory(HTTP_HOST="localhost").get(path)
    request.user = user
    request.session = SessionStore()
    request._messages = default_storage(request)
    return request


def _context(plan) -> dict[str, object]:
    return {
        "plan": plan,
        "as_of": AsOf(None, ""),
        "exports": {"statuses_csv": "/s.csv", "statuses_json": "/s.json", "figures_csv": "/f"},
        "reminders": None,
        "reminder_period": "",
        "updating": False,
    }


def _pages(plan, user, lang: str, path: str) -> tuple[str, list[str]]:
    """The template's page, and the kept one's twice (made, then from the shell)."""
    with translation.override(lang):
        reference = render(
            _request(user, path), "dashboard/plan.html", {**_context(plan), "body": mark_safe(BODY)}
        )
        kept = [
            render_kept(
                _request(user, path),
                "dashboard/plan.html",
                _context(plan),
                (*plan.cache_key, "test"),
                {"body": BODY},
            )
            for _ in range(2)
        ]
    return reference.content.decode(), [k.content.decode() for k in kept]


def _tokens_out(page: str) -> str:
    assert len(TOKEN.findall(page)) == 2  # the htmx header and the logout form
    return TOKEN.sub(r'\1…"', page)


@pytest.mark.parametrize("username", ["daibieu", "laodong", "kehoach", "pheduyet", "quantri"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_kept_page_is_the_rendered_page(demo, people, username, lang):
    user = people[username]
    reference, kept = _pages(demo, user, lang, "/dashboard/langson-xvii/?as_of=30/6/2024")
    assert BODY in reference
    for page in kept:
        assert _tokens_out(page) == _tokens_out(reference)


def test_escaped_names_and_counts_are_the_rendered_ones(demo, people):
    user = people["laodong"]
    user.first_name, user.last_name = 'Lê "Văn"', "<b>C</b> & D"
    user.save()
    Agency.objects.filter(code="so-ldtbxh").update(name="Sở <LĐ> & 'TB'")
    # Twelve: the identifiers a thousand rows would use up (PostgreSQL keeps its sequences
    # past a test's rollback) are rendered "1.234" by some pages of later tests.
    Notification.objects.bulk_create(
        Notification(user=user, kind="approved", plan=demo) for _ in range(12)
    )
    user.refresh_from_db()
    reference, kept = _pages(demo, user, "vi", "/dashboard/langson-xvii/")
    assert (
        "Lê &quot;Văn&quot; &lt;b&gt;C&lt;/b&gt; &amp; D · Sở &lt;LĐ&gt; &amp; &#x27;TB&#x27;"
        in reference
    )
    assert 'id="unread-count">12</span>' in reference
    for page in kept:
        assert _tokens_out(page) == _tokens_out(reference)
