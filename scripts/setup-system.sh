#!/usr/bin/env bash
# The Debian packages the tests need beyond Python: chromium (browser tests, driven by
# Playwright), the PostgreSQL server (the production database), poppler-utils (pdftoppm,
# to render review documents), gettext (the translation check), and for the PDF review
# documents WeasyPrint's pango and harfbuzz-subset libraries and Liberation Serif 2 (metric-
# compatible with Times New Roman, the official documents' font; version 1 in fonts-liberation
# has no Vietnamese letters such as "ạ" or "ư"). Installs what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v xgettext >/dev/null || need+=(gettext)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# grep reads all of the list: with -q it would quit early and pipefail would see SIGPIPE.
has_lib() { ldconfig -p 2>/dev/null | grep -F "$1" >/dev/null; }
has_lib libpango-1.0.so.0 || need+=(libpango-1.0-0)
has_lib libpangoft2-1.0.so.0 || need+=(libpangoft2-1.0-0)
has_lib libharfbuzz-subset.so.0 || need+=(libharfbuzz-subset0)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
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
