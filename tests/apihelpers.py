"""Helpers for API tests: JSON posts and clients that carry an API token."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client

PLAN = "/api/plans/langson-xvii"


def post_json(client: Client, url: str, data: Any) -> Any:
    return client.post(url, json.dumps(data), content_type="application/json")


def token_client(user: Any, lang: str = "vi") -> Client:
    """A client sending a fresh read-write API token of ``user`` (no session, no CSRF
    cookie)."""
    from chitieu.web.people.models import ApiToken, TokenScope

    _token, key = ApiToken.issue(user, "test", scope=TokenScope.WRITE)
    return Client(HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_LANGUAGE=lang)


def figures_body(*items: dict[str, Any], period: str = "2025", **extra: Any) -> dict[str, Any]:
    return {"period": period, "figures": list(items), **extra}
