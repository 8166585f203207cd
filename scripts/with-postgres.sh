#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster: install the Debian server if it is
# missing, initdb into a temporary directory, start it on a private port, export
# CHITIEU_DATABASE_URL, run the command, then stop the server and delete the cluster.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing PostgreSQL (Debian packages) =="
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL server binaries are missing: apt-get install postgresql" >&2
    exit 1
  fi
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

DIR=$(mktemp -d /tmp/chitieu-pg.XXXXXX)
PORT=${CHITIEU_PG_PORT:-$((20000 + RANDOM % 20000))}
as_owner() {
  # initdb and postgres refuse to run as root; the Debian package creates the postgres user.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
cleanup() {
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT

as_owner "$BIN/initdb" -D "$DIR/data" -U chitieu --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o \
  "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U chitieu chitieu

export CHITIEU_DATABASE_URL="postgres://chitieu@127.0.0.1:$PORT/chitieu"
echo "== PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT =="
"$@"
