"""Compile the translation catalogues (.po → .mo) with Babel, so no gettext tools are
needed to install chitieu. ``python -m chitieu.web.i18n`` (run by scripts/setup.sh)."""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

PACKAGE = Path(__file__).resolve().parent.parent


def catalogues() -> list[Path]:
    return sorted(PACKAGE.rglob("locale/*/LC_MESSAGES/django.po"))


def compile_all() -> list[Path]:
    """Write every catalogue's .mo beside it when missing or older; return those written."""
    written = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as f:
            catalog = read_po(f)
        with mo.open("wb") as f:
            write_mo(f, catalog, use_fuzzy=False)
        written.append(mo)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(PACKAGE.parent)}", file=sys.stderr)
