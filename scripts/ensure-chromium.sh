#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no tool may download a browser).
# Install it when it is missing and we may (root with apt); otherwise say exactly what to run.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests …"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The browser tests need /usr/bin/chromium: run 'sudo apt-get install chromium' and try again." >&2
  exit 1
fi
