"""The API against its own OpenAPI document, with generated requests (schemathesis): whatever
a caller sends, the API never answers with a server error, and every answer is one the
document declares (status, content type, body schema). Callers: anonymous, and a reporter's
token (the writes). The number of examples is bounded and derandomised, so CI is steady."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from chitieu.api.api import api
from chitieu.web.people.models import ApiToken, TokenScope
from chitieu.web.wsgi import application

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

# The document the API serves at /api/openapi.json, called in this process (WSGI), so the
# requests see the test database.
schema = schemathesis.openapi.from_dict(dict(api.get_openapi_schema(path_prefix="/api/")))
schema.app = application


@pytest.fixture
def connection_kept() -> Any:
    """Keep the test's database connection across requests, as Django's test client does:
    the WSGI handler would close it at each request's end (on PostgreSQL that ends the
    test's transaction)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def reporter_key(people: Any) -> str:
    _token, key = ApiToken.issue(people["laodong"], "schemathesis", scope=TokenScope.WRITE)
    return key


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_it_answers_every_generated_request_as_its_document_says(
    demo: Any, connection_kept: Any, case: Any, reporter_key: str
):
    case.call_and_validate(checks=CHECKS)
    case.call_and_validate(headers={"Authorization": f"Bearer {reporter_key}"}, checks=CHECKS)
