#!/usr/bin/env bash
# Start the servers the tests talk to, run the suite, stop them; exit with pytest's status.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/test-tools.sh || exit 1
# A port and a folder of its own, so that two runs on one machine never share a server.
BOUNDARIES_PG_PORT="$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BOUNDARIES_PG_DIR="$(mktemp -d /tmp/boundaries-test-pg.XXXXXX)"
export BOUNDARIES_PG_PORT BOUNDARIES_PG_DIR
url="$(scripts/test-postgres.sh start)" || { echo "could not start PostgreSQL" >&2; exit 1; }
trap 'scripts/test-postgres.sh stop' EXIT

export BOUNDARIES_TEST_POSTGRES_URL="$url"
export BOUNDARIES_REQUIRE_POSTGRES=1
.venv/bin/pytest "$@"
