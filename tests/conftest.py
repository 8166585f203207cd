"""Shared fixtures. The Lạng Sơn demo is loaded once per test database; each test runs in
a transaction that is rolled back, so every test starts from the same demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

# No deadline on generated examples: speed goals live in bench/, and an example that takes
# 400 ms on a busy machine is not a failure of what the test asserts.
hypothesis_settings.register_profile("chitieu", deadline=None)
hypothesis_settings.load_profile("chitieu")


@pytest.fixture(autouse=True)
def _locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the locale's language: every test starts from a locale that
    names none (Vietnamese), whatever the machine's."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _web_language() -> Any:
    """Every test starts in the site's default language (Vietnamese): a request served in
    English leaves English active in its thread, and a test that calls the services
    directly would then read the next test's messages in English."""
    from django.conf import settings
    from django.utils import translation

    if not settings.configured:  # the pure-core tests may run without Django's settings
        yield
        return
    translation.activate("vi")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures downloads kept in the data dir are named by the plan's data version;
    each test's database is rolled back to the same version, so each test keeps them in
    a directory of its own, lest a file written by another test be served for its data.
    The same for an upload's rows kept until its confirmation (named by user and file)."""
    from django.conf import settings

    if settings.configured:
        monkeypatch.setattr(settings, "EXPORTS_DIR", tmp_path / "exports")
        monkeypatch.setattr(settings, "UPLOADS_DIR", tmp_path / "uploads")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: Any, django_db_blocker: Any) -> None:
    with django_db_blocker.unblock():
        from chitieu.web.demo import load_demo

        load_demo()


@pytest.fixture
def demo(db: Any) -> Any:
    """The demo plan (already loaded)."""
    from chitieu.web.plans.models import Plan

    return Plan.objects.get(slug="langson-xvii")


@pytest.fixture
def people(db: Any) -> Any:
    """The demo's personas by user name: quantri, kehoach, laodong, dulich, pheduyet, daibieu."""
    from django.contrib.auth.models import User

    return {u.username: u for u in User.objects.all()}
