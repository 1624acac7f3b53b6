#!/usr/bin/env bash
# Programs the benchmarks use that come from Debian: wrk drives the webhook benchmark.
set -euo pipefail
command -v wrk >/dev/null && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "wrk is missing (bench/webhook.py falls back to a slower client). Fix: sudo apt-get install wrk" >&2
  exit 0
fi
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >&2
