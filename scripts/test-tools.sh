#!/usr/bin/env bash
# Programs the tests use that come from Debian: espeak-ng and sox synthesise voicemail audio;
# dovecot-imapd serves the mail tests' IMAP folders.
# chromium is the browser the dashboard tests drive (Playwright downloads nothing).
set -euo pipefail
missing=()
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v sox >/dev/null || missing+=(sox)
# dovecot-imapd: the IMAP server the mail tests read from (tests/mail_servers.py).
[ -x /usr/sbin/dovecot ] || command -v dovecot >/dev/null || missing+=(dovecot-imapd)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Missing ${missing[*]}. Fix: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} for the tests..." >&2
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >&2
