"""Helpers for web tests: logged-in clients that enforce CSRF like a browser."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

PASSWORD = "chitieu-demo"


def _log_in(client: Client, username: str) -> None:
    # A session for the persona, without the login form: these clients test the pages, not
    # the login (tests/test_web_login_*.py post the form, through django-axes' counting).
    client.force_login(User.objects.get(username=username))


def client_for(username: str | None, lang: str = "vi") -> Client:
    """A client logged in as a demo persona (None: anonymous), speaking ``lang``."""
    client = Client(enforce_csrf_checks=False, HTTP_ACCEPT_LANGUAGE=lang)
    if username:
        _log_in(client, username)
    return client


def csrf_client_for(username: str) -> Any:
    """A client that needs the CSRF token, as a browser's form post does."""
    client = Client(enforce_csrf_checks=True)
    _log_in(client, username)
    return client
