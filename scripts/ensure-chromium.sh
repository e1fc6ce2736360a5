#!/usr/bin/env bash
# Browser tests drive Debian's Chromium, never a downloaded browser. Install it if we can.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Chromium not found at $chrome: installing Debian's chromium package..."
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	[ -x "$chrome" ] && exit 0
fi
echo "Chromium is missing at $chrome. Install it with: sudo apt-get install -y chromium" >&2
echo "(or point CHROME_PATH at an existing Chromium or Chrome binary)." >&2
exit 1
