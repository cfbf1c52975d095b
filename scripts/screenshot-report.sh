#!/bin/sh
# Screenshots of a campaign's HTML report in headless Chromium (Debian's `chromium`):
# REPORT/index.png and REPORT/bucket.png (the first bucket's page).
# Usage: scripts/screenshot-report.sh reports/<campaign>
set -eu
report=$(cd "${1:?usage: $0 REPORT_DIR}" && pwd)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "chromium not found (apt-get install chromium)" >&2
    exit 2
fi
shot() {
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1280,1400 --screenshot="$2" "file://$1" 2>/dev/null
    test -s "$2"
}
shot "$report/index.html" "$report/index.png"
first=$(ls "$report/findings" 2>/dev/null | head -n 1)
if [ -n "$first" ]; then
    shot "$report/findings/$first/index.html" "$report/bucket.png"
fi
echo "screenshots in $report"
