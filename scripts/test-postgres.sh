#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the test suite.
#   scripts/test-postgres.sh start   installs Debian's postgresql if missing, starts a server,
#                                    prints its URL on stdout
#   scripts/test-postgres.sh stop    stops it and removes its data
set -euo pipefail

PORT="${BOUNDARIES_PG_PORT:-54329}"
DIR="${BOUNDARIES_PG_DIR:-/tmp/boundaries-test-pg-$PORT}"
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac  # as_owner runs from /
URL="postgresql://postgres@127.0.0.1:$PORT/postgres"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {
  # from / : the postgres user may not enter the clone's folder (a 0700 mktemp -d), and its
  # tools then print "could not change directory to …: Permission denied" (trial47 B8)
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

start() {
  local bin
  bin="$(find_bin)"
  if [ -z "$bin" ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL is not installed. Fix: sudo apt-get install postgresql" >&2
      exit 1
    fi
    echo "Installing Debian's postgresql for the tests..." >&2
    apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq postgresql >&2
    bin="$(find_bin)"
  fi
  if [ -d "$DIR/data" ] && as_owner "$bin/pg_ctl" status -D "$DIR/data" >/dev/null 2>&1; then
    echo "$URL"
    return
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
  as_owner "$bin/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    start >&2 || { cat "$DIR/server.log" >&2; exit 1; }
  echo "$URL"
}

stop() {
  local bin
  bin="$(find_bin)"
  if [ -n "$bin" ] && [ -d "$DIR/data" ]; then
    as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
