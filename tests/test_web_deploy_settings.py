"""Production settings come from the environment: with the documented ones (docs/web.md,
"In production") Django's deployment check finds nothing to warn about, http is
redirected to https, cookies travel only over https, and browsers are told to keep to
https; by default the site answers only to localhost.

A province relies on this to put chitieu on the Internet behind its proxy with a handful
of variables, and the demo relies on the defaults to run on http://localhost.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from django.test import Client

from chitieu.web.liveserver import LiveServer

# docs/web.md, "In production" (the secret key is generated into the data dir).
PRODUCTION = {"CHITIEU_HTTPS": "1", "CHITIEU_ALLOWED_HOSTS": "chitieu.langson.gov.vn"}
NOT_THE_TESTS = ("DJANGO_SETTINGS_MODULE", "CHITIEU_SECRET_KEY", "CHITIEU_DATABASE_URL")


def deploy_check(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in NOT_THE_TESTS}
    return subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "manage", "check", "--deploy"],
        env={**clean, "CHITIEU_DATA_DIR": str(data_dir), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deployment_check_passes_with_the_documented_settings(tmp_path):
    result = deploy_check(tmp_path / "data", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_without_https_the_check_warns_about_what_it_would_switch_on(tmp_path):
    result = deploy_check(tmp_path / "data")
    found = result.stdout + result.stderr
    for warning in ("W004", "W008", "W012", "W016"):  # HSTS, redirect, the two cookies
        assert f"security.{warning}" in found


def test_it_answers_only_to_localhost_by_default(demo):
    assert Client(HTTP_HOST="localhost:8000").get("/").status_code == 200
    assert Client(HTTP_HOST="127.0.0.1").get("/").status_code == 200
    assert Client(HTTP_HOST="evil.example").get("/").status_code == 400


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def fetch(url: str, **headers: str) -> tuple[int, dict[str, str], list[str]]:
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        response = opener.open(urllib.request.Request(url, headers=headers), timeout=20)
    except urllib.error.HTTPError as error:  # the 301 arrives as an error here
        response = error
    cookies = response.headers.get_all("Set-Cookie") or []
    return response.status, dict(response.headers), cookies


def test_behind_an_https_proxy_it_redirects_and_sends_hsts_and_secure_cookies():
    env = {**PRODUCTION, "CHITIEU_ALLOWED_HOSTS": "127.0.0.1"}  # the name the test uses
    with LiveServer(demo=False, workers=1, threads=2, env=env) as server:
        status, headers, _ = fetch(f"{server.url}/login/")
        assert (status, headers["Location"]) == (301, f"https://127.0.0.1:{server.port}/login/")
        assert fetch(f"{server.url}/healthz")[0] == 200  # a load balancer's plain check

        # As the proxy on this machine passes an https request on:
        status, headers, cookies = fetch(f"{server.url}/login/", **{"X-Forwarded-Proto": "https"})
        assert status == 200
        assert headers["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        )
        assert any(c.startswith("csrftoken=") and "Secure" in c for c in cookies)
        # What the server writes (the database, uploads in progress) is its own alone.
        assert "Umask:\t0077" in Path(f"/proc/{server.pid}/status").read_text()
