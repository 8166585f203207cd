#!/usr/bin/env bash
# The Debian packages the tests need beyond Python: chromium (browser tests, driven by
# Playwright), the PostgreSQL server (the production database), poppler-utils (pdftoppm,
# to render review documents) and gettext (the translation check). Installs what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v xgettext >/dev/null || need+=(gettext)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian packages: ${need[*]} =="
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing Debian packages (install them as root): ${need[*]}" >&2
    exit 1
  fi
fi
