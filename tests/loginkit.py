"""Helpers for login tests: the login form posted as a browser at some address does."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.webhelpers import PASSWORD

WRONG = "not-the-password"


def browser_at(address: str = "127.0.0.1", lang: str = "vi", **headers: Any) -> Client:
    """A browser whose requests come from ``address``."""
    return Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=lang, **headers)


def log_in(client: Client, username: str, password: str = PASSWORD, path: str = "/login/") -> Any:
    return client.post(path, {"username": username, "password": password})


def fail_times(client: Client, username: str, times: int, path: str = "/login/") -> list[int]:
    """Post a wrong password ``times`` times; the status codes the browser saw."""
    return [log_in(client, username, WRONG, path).status_code for _ in range(times)]
