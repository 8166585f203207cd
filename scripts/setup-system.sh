#!/usr/bin/env bash
# The Debian packages chitieu needs beyond Python; installs what is missing (as root).
#
#   bash scripts/setup-system.sh demo   what the application itself needs (scripts/demo.sh):
#       for the PDF review documents WeasyPrint's pango and harfbuzz-subset libraries and
#       Liberation Serif 2 (metric-compatible with Times New Roman, the official documents'
#       font; version 1 in fonts-liberation has no Vietnamese letters such as "ạ" or "ư"),
#       DejaVu as the fallback font.
#   bash scripts/setup-system.sh [test] the same, and what the tests need (scripts/test.sh):
#       chromium (browser tests, driven by Playwright), the PostgreSQL server (the production
#       database), poppler-utils (pdftoppm, to render review documents) and gettext (the
#       translation check).
#
# Without root, missing packages are named: the tests stop (exit 1); the demo goes on, as
# only its PDF downloads need them.
set -euo pipefail
mode=${1:-test}
case "$mode" in
  demo|test) ;;
  *) echo "usage: $0 [demo|test]" >&2; exit 2 ;;
esac
need=()
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# grep reads all of the list: with -q it would quit early and pipefail would see SIGPIPE.
has_lib() { ldconfig -p 2>/dev/null | grep -F "$1" >/dev/null; }
has_lib libpango-1.0.so.0 || need+=(libpango-1.0-0)
has_lib libpangoft2-1.0.so.0 || need+=(libpangoft2-1.0-0)
has_lib libharfbuzz-subset.so.0 || need+=(libharfbuzz-subset0)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
if [ "$mode" = test ]; then
  command -v chromium >/dev/null || need+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v pdftoppm >/dev/null || need+=(poppler-utils)
  command -v xgettext >/dev/null || need+=(gettext)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian packages: ${need[*]} =="
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  elif [ "$mode" = demo ]; then
    echo "missing Debian packages (install them as root): ${need[*]}" >&2
    echo "the demo runs, but its .pdf review documents need them" >&2
  else
    echo "missing Debian packages (install them as root): ${need[*]}" >&2
    exit 1
  fi
fi
