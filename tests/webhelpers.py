"""Helpers for web tests: logged-in clients that enforce CSRF like a browser."""

from __future__ import annotations

from typing import Any

from django.test import Client

PASSWORD = "chitieu-demo"


def client_for(username: str | None, lang: str = "vi") -> Client:
    """A client logged in as a demo persona (None: anonymous), speaking ``lang``."""
    client = Client(enforce_csrf_checks=False, HTTP_ACCEPT_LANGUAGE=lang)
    if username:
        assert client.login(username=username, password=PASSWORD), username
    return client


def csrf_client_for(username: str) -> Any:
    """A client that needs the CSRF token, as a browser's form post does."""
    client = Client(enforce_csrf_checks=True)
    assert client.login(username=username, password=PASSWORD)
    return client
