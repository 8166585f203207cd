"""A walk over every page a person can meet, for the test that reads them in each language
(tests/test_web_pages_in_the_users_language.py).

The pages are those of tests/accessmatrix.py (every page of the URL conf), opened by each
role the table lets in — and by those it refuses, whose 403 or 404 page is read too —
plus the error pages, the reports in every state and the audit trail of every action.
Each role's visit to a page is rolled back afterwards, so no visit sees another's writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.models import User
from django.db import OperationalError, transaction
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.utils import translation

from chitieu.web.faults import server_error
from tests.accessmatrix import PAGES, ROLES
from tests.loginkit import browser_at, fail_times, log_in
from tests.matrixkit import POSTS, role_client
from tests.pagetext import visible_text
from tests.planhelpers import form_fields

Check = Callable[[str, str], list[str]]  # (where, visible text) → what is wrong

# The cells whose answer is a page a person reads (a redirect is followed to its page).
_READ = {"ok", "do", "go", "403", "404"}


@contextmanager
def rolled_back() -> Iterator[None]:
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def read(response: HttpResponse) -> str | None:
    """The visible text of an HTML answer (None for a file, JSON or an empty answer)."""
    if not response.get("Content-Type", "").startswith("text/html") or not response.content:
        return None
    return visible_text(response.content.decode())


class Findings:
    """What the checks found, by the place it was found, for one assertion at the end."""

    def __init__(self, check: Check) -> None:
        self.check = check
        self.found: dict[str, list[str]] = {}
        self.pages = 0

    def read(self, where: str, response: HttpResponse) -> str | None:
        text = read(response)
        if text is not None:
            self.pages += 1
            if problems := self.check(where, text):
                self.found[f"{where} ({response.status_code})"] = problems
        return text


def findings_of(steps: Iterable[tuple[str, HttpResponse]], check: Check) -> Findings:
    """Every step's page read and checked."""
    findings = Findings(check)
    for where, response in steps:
        findings.read(where, response)
    return findings


def walk_page(name: str, objects: dict[str, Any], people: dict[str, User], lang: str) -> Any:
    """Every way into one page of tests/accessmatrix.py: (where, response) for each role
    and method whose answer is a page."""
    path, methods = PAGES[name]
    url = path.format(**objects)
    for method, cells in methods.items():
        for role, cell in zip(ROLES, cells.split(), strict=True):
            if cell not in _READ:
                continue
            # the language switch leads to a page in the other language, on purpose
            follow = name != "language"
            with rolled_back():
                client = role_client(role, people, lang)
                if method == "GET":
                    response = client.get(url, follow=follow)
                else:
                    response = client.post(url, POSTS.get(name, {}), follow=follow)
                yield f"{method} {url} as {role}", response


# ---------------------------------------------------------------- error pages


def _stale_entry(objects: dict[str, Any], people: dict[str, User], lang: str) -> HttpResponse:
    """Two people on one draft: the second save, from an older page, is refused (409)."""
    url = f"/figures/entry/{objects['plan']}/{objects['agency']}/2025/"
    stages = {"stage-trained-labour-20": "official", "stage-poverty-rate-20": "official"}
    opened = []
    for role in ("laodong", "kehoach"):
        client = role_client(role, people, lang)
        fields = form_fields(client.get(url).content.decode(), "entry-form")
        opened.append((client, fields | {"action": "save"} | stages))
    (first, first_form), (second, second_form) = opened
    first.post(url, first_form | {"value-trained-labour-20": "65,5"})
    return second.post(url, second_form | {"value-trained-labour-20": "66"})


def _fault(lang: str, exc: Exception) -> HttpResponse:
    """The page of a fault met while serving a page (what Django's handler500 shows)."""
    request = RequestFactory(HTTP_ACCEPT_LANGUAGE=lang).get("/plans/")
    with translation.override(lang):
        try:
            raise exc
        except Exception:
            return server_error(request)


def error_pages(objects: dict[str, Any], people: dict[str, User], lang: str) -> Any:
    """(where, response) for every kind of error page, and for bad addresses and dates."""
    plan, agency = objects["plan"], objects["agency"]
    anon, reporter = role_client("anon", people, lang), role_client("laodong", people, lang)
    entry = f"/figures/entry/{plan}/{agency}"
    yield (
        "400 a host the site does not serve",
        Client(HTTP_HOST="elsewhere.example", HTTP_ACCEPT_LANGUAGE=lang).get("/"),
    )
    yield "403 another agency's report", role_client("dulich", people, lang).get(f"{entry}/2025/")
    yield (
        "403 the audit trail for a viewer",
        role_client("daibieu", people, lang).get("/people/audit/"),
    )
    yield "404 an address that does not exist", anon.get("/no/such/page/")
    yield "404 a plan that does not exist", anon.get("/dashboard/no-such-plan/")
    yield "404 a target that does not exist", anon.get(f"/dashboard/{plan}/targets/99/")
    yield "404 a report that does not exist", reporter.get("/figures/reports/999999/")
    yield "404 a period outside the term", reporter.get(f"{entry}/2030/")
    yield "404 a period before the term", reporter.get(f"{entry}/2019-H1/")
    yield "404 not a period", reporter.get(f"{entry}/nam-2025/")
    yield "404 the whole term as a period", reporter.get(f"{entry}/2021-2025/")
    yield "409 a draft changed by someone else", _stale_entry(objects, people, lang)
    with rolled_back():
        locked = browser_at(lang=lang)
        fail_times(locked, "daibieu", 5)
        yield "429 too many wrong passwords", log_in(locked, "daibieu")
    yield "500 a fault", _fault(lang, RuntimeError("boom"))
    yield "503 a full disk", _fault(lang, OperationalError("database or disk is full"))
    yield "503 a busy database", _fault(lang, OperationalError("database is locked"))
    for day in ("31/2/2025", "hôm qua", "0/13/2025", "25/9/20255"):
        query = urlencode({"as_of": day})
        yield f"a bad as-of date {day} (dashboard)", anon.get(f"/dashboard/{plan}/?{query}")
        yield f"a bad as-of date {day} (target)", anon.get(f"/dashboard/{plan}/targets/13/?{query}")
        yield (
            f"a bad as-of date {day} (reports)",
            anon.get(f"/dashboard/{plan}/reports/?period=2025&kind=review&format=docx&{query}"),
        )
        yield f"a bad date {day} (units)", reporter.get(f"/units/?{urlencode({'on': day})}")
        yield (
            f"a bad date {day} (audit)",
            role_client("kehoach", people, lang).get(f"/people/audit/?{urlencode({'since': day})}"),
        )
        yield (
            f"a bad report date {day} (entry)",
            reporter.post(
                f"{entry}/2025/",
                {"action": "save", "as_of": day, "value-trained-labour-20": "65,5"}
                | {"stage-trained-labour-20": "official"},
            ),
        )


# ---------------------------------------------------------------- reports and the audit


def report_pages(reports: dict[str, Any], people: dict[str, User], lang: str) -> Any:
    """Every page that shows a report, for a report in each state, as each role concerned."""
    for state, sub in reports.items():
        entry = f"/figures/entry/{sub.plan.slug}/{sub.agency.code}/{sub.period}/"
        for role in ("laodong", "pheduyet", "kehoach"):
            client = role_client(role, people, lang)
            yield f"the {state} report as {role}", client.get(f"/figures/reports/{sub.pk}/")
        yield (
            f"the entry page of the {state} report",
            role_client("laodong", people, lang).get(entry),
        )
    for role, url in (
        ("laodong", "/figures/entry/"),
        ("kehoach", "/figures/entry/"),
        ("pheduyet", "/figures/approvals/"),
        ("laodong", "/people/notifications/"),
        ("pheduyet", "/people/notifications/"),
        ("daibieu", "/figures/history/langson-xvii/poverty-rate/"),
        ("pheduyet", "/figures/history/langson-xvii/poverty-rate/"),
    ):
        yield f"{url} as {role}", role_client(role, people, lang).get(url)


def audit_pages(people: dict[str, User], lang: str) -> Any:
    """The audit trail, every page of it, as the planning office and an approver."""
    for role in ("kehoach", "pheduyet"):
        client = role_client(role, people, lang)
        first = client.get("/people/audit/")
        yield f"the audit trail as {role}", first
        for n in range(2, first.context["page"].paginator.num_pages + 1):
            yield f"the audit trail, page {n}, as {role}", client.get(f"/people/audit/?page={n}")
