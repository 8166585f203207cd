"""Who may do what, everywhere: every page, API operation and admin page, for every role and
method, against the hand-written table in tests/accessmatrix.py. A new URL or API operation
without an entry in the table fails here, so no endpoint ships without a decision on who may
use it. A refusal must change nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from chitieu.web.consultation.models import Comment, Draft, DraftVersion, Round, Wording
from chitieu.web.figures import services
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import (
    Agency,
    AgencyChange,
    ApiToken,
    Assignment,
    AuditEvent,
    Notification,
)
from chitieu.web.plans.models import Plan, Task
from tests.accessmatrix import (
    ADMIN,
    API,
    API_PAGES,
    PAGES,
    PRIVATE_PLAN_API,
    PRIVATE_PLAN_PAGES,
    ROLES,
)
from tests.matrixkit import AGENCY, objects, role_client
from tests.matrixkit import POSTS as _POSTS

__all__ = ["objects"]  # the fixture, used by name

# ---------------------------------------------------------------- the URL conf


def _names(patterns: list[Any], namespace: str = "") -> Iterator[str]:
    for p in patterns:
        if isinstance(p, URLResolver):
            inner = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from _names(p.url_patterns, inner)
        elif isinstance(p, URLPattern) and p.name:
            yield f"{namespace}{p.name}"


def _url_names() -> set[str]:
    return set(_names(get_resolver().url_patterns))


def test_it_has_a_decision_for_every_page_of_the_url_conf():
    names = {n for n in _url_names() if not n.startswith(("admin:", "api:"))}
    assert names == set(PAGES), "pages missing from (or stale in) tests/accessmatrix.py"


def test_it_has_a_decision_for_every_operation_of_the_api(client):
    document = client.get("/api/openapi.json").json()
    operations = {
        (method.upper(), path)
        for path, methods in document["paths"].items()
        for method in methods
        if method in ("get", "post", "put", "patch", "delete")
    }
    assert operations == set(API), "API operations missing from (or stale in) the table"


def test_it_has_a_decision_for_every_page_of_the_api_that_is_not_an_operation(client):
    document = client.get("/api/openapi.json").json()
    operation_names = {
        op["operationId"] for methods in document["paths"].values() for op in methods.values()
    }
    api_names = {n for n in _url_names() if n.startswith("api:")}
    # ninja names operation URLs by their url_name; the rest are the API's own pages.
    others = {n for n in api_names if n.split(":", 1)[1] not in _operation_url_names()}
    assert others == set(API_PAGES)
    assert operation_names  # the document lists operations


def _operation_url_names() -> set[str]:
    from chitieu.api.api import api

    names: set[str] = set()
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                if operation.url_name:
                    names.add(operation.url_name)
    return names


# ---------------------------------------------------------------- the clients


def _client(role: str, people: dict[str, User]) -> Client:
    return role_client(role, people)


def _state() -> tuple[int, ...]:
    """What a refused request must leave as it was."""
    return tuple(
        m.objects.count()
        for m in (
            AuditEvent,
            FigureRecord,
            Submission,
            Plan,
            Task,
            ApiToken,
            Agency,
            AgencyChange,
            Assignment,
            User,
            Notification,
            Draft,
            DraftVersion,
            Round,
            Comment,
            Wording,
        )
    ) + tuple(Submission.objects.values_list("status", flat=True).order_by("pk"))


@contextmanager
def _rolled_back() -> Iterator[None]:
    """Each role's request sees the same data: its writes are undone afterwards."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def _check(response: Any, cell: str, before: tuple[int, ...], where: str) -> None:
    status = response.status_code
    location = response.get("Location", "")
    to_login = status == 302 and ("/login/" in location)
    assert status < 500, f"{where}: {status}"
    if cell == "ok":
        assert status == 200, f"{where}: {status} {location}"
    elif cell == "go":
        assert status == 302 and not to_login, f"{where}: {status} {location}"
    elif cell == "do":
        assert status not in (401, 403) and not to_login, f"{where}: {status} {location}"
    elif cell == "login":
        assert to_login, f"{where}: {status} {location}"
    else:
        assert status == int(cell), f"{where}: {status} {location}"
    if cell in ("login", "401", "403", "404", "405"):
        assert _state() == before, f"{where}: a refused request changed data"


# ---------------------------------------------------------------- pages


def _page_cases() -> list[tuple[str, str]]:
    return [(name, method) for name, (_p, methods) in PAGES.items() for method in methods]


@pytest.mark.parametrize(("name", "method"), _page_cases())
def test_it_lets_each_role_use_a_page_as_the_table_says(objects, people, name, method):
    path, methods = PAGES[name]
    url = path.format(**objects)
    for role, cell in zip(ROLES, methods[method].split(), strict=True):
        with _rolled_back():
            before = _state()
            client = _client(role, people)
            if method == "GET":
                response = client.get(url)
            else:
                response = client.post(url, _POSTS.get(name, {}))
            _check(response, cell, before, f"{method} {url} as {role}")


@pytest.mark.parametrize("name", sorted(PRIVATE_PLAN_PAGES))
def test_it_keeps_a_private_plan_from_anonymous_visitors(objects, people, name):
    Plan.objects.filter(slug=objects["plan"]).update(is_public=False)
    url = PAGES[name][0].format(**objects)
    for role, cell in zip(ROLES, PRIVATE_PLAN_PAGES[name].split(), strict=True):
        with _rolled_back():
            _check(_client(role, people).get(url), cell, _state(), f"GET {url} as {role}")


# ---------------------------------------------------------------- the API


def _api_body(path: str) -> Any:
    if path.endswith("/figures"):
        figure = {"measure": "trained-labour", "value": "67", "stage": "official"}
        return {"period": "2025", "agency": AGENCY, "figures": [figure]}
    if path.endswith("/return"):
        return {"comment": "Thiếu nguồn số liệu."}
    return {}


def _api_url(path: str, objects: dict[str, Any]) -> str:
    return path.replace("{slug}", objects["plan"]).replace("{report_id}", str(objects["report"]))


@pytest.mark.parametrize(("method", "path"), sorted(API))
def test_it_lets_each_role_call_the_api_as_the_table_says(objects, people, method, path):
    if path.endswith(("/approve", "/return")):
        services.submit(people["laodong"], Submission.objects.get(pk=objects["report"]))
    url = _api_url(path, objects)
    for role, cell in zip(ROLES, API[(method, path)].split(), strict=True):
        with _rolled_back():
            before = _state()
            client = _client(role, people)
            if method == "GET":
                response = client.get(url)
            else:
                body = json.dumps(_api_body(path))
                response = client.post(url, body, content_type="application/json")
            _check(response, cell, before, f"{method} {url} as {role}")
            if cell in ("401", "403"):
                assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(("method", "path"), sorted(PRIVATE_PLAN_API))
def test_it_keeps_a_private_plan_from_anonymous_callers(objects, people, method, path):
    Plan.objects.filter(slug=objects["plan"]).update(is_public=False)
    url = _api_url(path, objects)
    for role, cell in zip(ROLES, PRIVATE_PLAN_API[(method, path)].split(), strict=True):
        with _rolled_back():
            _check(_client(role, people).get(url), cell, _state(), f"GET {url} as {role}")


@pytest.mark.parametrize("name", sorted(API_PAGES))
def test_it_serves_the_api_document_and_docs_as_the_table_says(people, demo, name):
    url = {
        "api:api-root": "/api/",
        "api:openapi-json": "/api/openapi.json",
        "api:openapi-view": "/api/docs",
    }[name]
    for role, cell in zip(ROLES, API_PAGES[name].split(), strict=True):
        response = _client(role, people).get(url)
        _check(response, cell, _state(), f"GET {url} as {role}")
        if response.status_code >= 400:  # errors under /api/ are the API's JSON errors
            assert response["Content-Type"].startswith("application/json"), url


# ---------------------------------------------------------------- the admin


def _admin_urls() -> list[str]:
    urls = []
    for model in admin.site._registry:
        meta = model._meta
        urls.append(f"/admin/{meta.app_label}/{meta.model_name}/")
        urls.append(f"/admin/{meta.app_label}/{meta.model_name}/add/")
    return ["/admin/", *sorted(urls)]


def test_it_keeps_the_admin_for_administrators(demo, people):
    for url in _admin_urls():
        for role, cell in zip(ROLES, ADMIN.split(), strict=True):
            response = _client(role, people).get(url)
            if cell == "login":
                # the admin sends everyone who is not staff to its own login page
                assert response.status_code == 302, f"{url} as {role}"
                assert "/admin/login/" in response["Location"], f"{url} as {role}"
            else:
                # an add page may be refused by design (the audit trail cannot be added to)
                assert response.status_code in (200, 403), f"{url} as {role}"
