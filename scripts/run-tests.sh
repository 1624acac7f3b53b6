#!/usr/bin/env bash
# Start the servers the tests talk to, run the suite, stop them; exit with pytest's status.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/test-tools.sh || exit 1
url="$(scripts/test-postgres.sh start)" || { echo "could not start PostgreSQL" >&2; exit 1; }
trap 'scripts/test-postgres.sh stop' EXIT

export BOUNDARIES_TEST_POSTGRES_URL="$url"
export BOUNDARIES_REQUIRE_POSTGRES=1
.venv/bin/pytest "$@"
