"""Every string of the UI has its Vietnamese translation, and both languages are served."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.webhelpers import client_for

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "chitieu"
APPS = [
    "web/plans",
    "web/units",
    "web/people",
    "web/figures",
    "web/dashboard",
    "web/jobs",
    "web/elections",
    "web/consultation",
    "api",
]


def _untranslated(po: Path) -> list[str]:
    with po.open("rb") as f:
        catalog = read_po(f)

    def missing(m: object) -> bool:
        string = getattr(m, "string", "")
        empty = not string or (isinstance(string, tuple) and not all(string))
        return empty or bool(getattr(m, "fuzzy", False))

    return [str(m.id) for m in catalog if m.id and missing(m)]


def test_it_has_no_untranslated_or_fuzzy_entries_in_the_catalogues() -> None:
    catalogues = sorted(PACKAGE.rglob("locale/vi/LC_MESSAGES/django.po"))
    assert catalogues, "no Vietnamese catalogue"
    problems = {str(po.relative_to(PACKAGE)): _untranslated(po) for po in catalogues}
    assert {k: v for k, v in problems.items() if v} == {}


def test_it_has_a_translation_for_every_string_in_the_code(tmp_path: Path) -> None:
    """Extract the strings afresh (makemessages on a copy) and look for new, empty ones."""
    if not shutil.which("xgettext"):
        pytest.fail("xgettext is missing: scripts/setup-system.sh installs gettext")
    copy = tmp_path / "chitieu"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "chitieu.web.settings",
        "CHITIEU_DATA_DIR": str(tmp_path / "data"),
    }
    admin = [sys.executable, "-m", "django", "makemessages", "-l", "vi", "--no-obsolete"]
    runs = [(copy / app, []) for app in APPS]
    ignore = [a.split("/")[1] + "/*" for a in APPS if a.startswith("web/")]
    runs.append((copy / "web", [arg for pattern in ignore for arg in ("--ignore", pattern)]))
    # the core's catalogue (chitieu/locale): the core's messages and the command line
    runs.append((copy, ["--ignore", "web/*", "--ignore", "api/*"]))
    missing = {}
    for folder, extra in runs:
        (folder / "locale").mkdir(exist_ok=True)
        subprocess.run(admin + extra, cwd=folder, env=env, check=True, capture_output=True)
        po = folder / "locale" / "vi" / "LC_MESSAGES" / "django.po"
        if po.exists() and (found := _untranslated(po)):
            missing[str(folder.relative_to(copy)) if folder != copy else "chitieu"] = found
    assert missing == {}


@pytest.mark.django_db
def test_it_speaks_vietnamese_by_default_and_english_on_request() -> None:
    vi = client_for(None).get("/").content.decode()
    en = client_for(None, lang="en").get("/").content.decode()
    assert "Các nghị quyết và chỉ tiêu" in vi
    assert "2021–2025" in vi  # years are never grouped like numbers (2.021)
    assert "Resolutions and their targets" in en
    assert 'lang="en"' in en and 'lang="vi"' in vi
