"""Every HTML page carries the Content-Security-Policy: scripts and styles from the site's
own files only, nothing inline, no plugins, no framing, forms posting only to the site.

A viewer relies on this as the second wall: should some text ever slip into a page as
markup, the browser still refuses to run it.
"""

from __future__ import annotations

import pytest

from tests.webhelpers import client_for

# Written out by hand: the policy docs/web.md promises.
EXPECTED = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}

PLAN = "/dashboard/langson-xvii"
PAGES = [
    # (who, path, status)
    (None, "/", 200),
    (None, "/login/", 200),
    (None, f"{PLAN}/", 200),
    (None, f"{PLAN}/targets/13/", 200),
    (None, "/admin/login/", 200),
    (None, "/api/docs", 200),
    (None, "/no-such-page/", 404),
    ("daibieu", "/", 200),
    ("daibieu", f"{PLAN}/", 200),
    ("daibieu", f"{PLAN}/targets/13/units/", 200),
    ("daibieu", f"{PLAN}/reports/", 200),
    ("daibieu", "/plans/", 403),
    ("laodong", "/figures/entry/", 200),
    ("laodong", "/figures/entry/langson-xvii/so-ldtbxh/2025/", 200),
    ("pheduyet", "/figures/approvals/", 200),
    ("kehoach", "/plans/", 200),
    ("kehoach", "/plans/langson-xvii/edit/", 200),
    ("kehoach", "/plans/langson-xvii/program/", 200),
    ("kehoach", "/plans/read/", 200),
    ("kehoach", "/people/agencies/", 200),
    ("kehoach", "/people/audit/", 200),
    ("kehoach", "/people/lockouts/", 200),
    ("kehoach", "/people/tokens/", 200),
    ("kehoach", "/password/", 200),
    ("kehoach", "/units/", 200),
    ("quantri", "/admin/", 200),
    ("quantri", "/admin/auth/user/", 200),
]


def policy(header: str) -> dict[str, list[str]]:
    directives = [d.split() for d in header.split(";") if d.strip()]
    return {d[0]: sorted(d[1:]) for d in directives}


@pytest.mark.parametrize(("who", "path", "status"), PAGES)
def test_it_sends_the_policy_with_every_page(demo, who, path, status):
    response = client_for(who).get(path)
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert policy(response["Content-Security-Policy"]) == {
        k: sorted(v) for k, v in EXPECTED.items()
    }


def test_it_allows_nothing_inline_and_no_eval(demo):
    header = client_for(None).get("/")["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header


def test_its_templates_hold_no_inline_script_style_or_handler(demo):
    """The pages themselves obey the policy (a browser would refuse what they break)."""
    for who, path, status in PAGES:
        if status != 200 or path == "/api/docs":
            continue
        page = client_for(who).get(path).content.decode()
        assert "<script>" not in page, path
        assert " style=" not in page and "<style" not in page, path
        assert " onchange=" not in page and " onclick=" not in page, path
