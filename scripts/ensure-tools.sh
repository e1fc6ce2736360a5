#!/usr/bin/env bash
# The build and the browser tests need Debian's Chromium (never a downloaded browser) and
# poppler's pdftocairo (the charts' SVGs: scripts/render-images.ts). Install them if we can.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chrome" ] || missing+=(chromium)
command -v pdftocairo >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} = 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Missing ${missing[*]}: installing Debian's packages..."
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	[ -x "$chrome" ] && command -v pdftocairo >/dev/null && exit 0
fi
[ -x "$chrome" ] || {
	echo "Chromium is missing at $chrome. Install it with: sudo apt-get install -y chromium" >&2
	echo "(or point CHROME_PATH at an existing Chromium or Chrome binary)." >&2
}
command -v pdftocairo >/dev/null || echo "pdftocairo is missing (the charts' SVGs need it). Install it with: sudo apt-get install -y poppler-utils" >&2
exit 1
