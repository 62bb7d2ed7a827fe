#!/usr/bin/env bash
# Runs every CorsKit test: unit, integration, process-level and the headless Chromium suite.
# Usage: ./test.sh            (the README's test command; CI runs exactly this)
set -euo pipefail
cd "$(dirname "$0")"

# The browser suite needs Debian's Chromium. Install it when missing and we can (root on Debian/Ubuntu).
# Without it the browser tests fail with a message naming what to install: never a silent skip.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test.sh: installing chromium from Debian's packages for the browser suite"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore CorsKit.slnx
dotnet build CorsKit.slnx --no-restore -c Release
log=$(mktemp)
set +e
dotnet test CorsKit.slnx --no-build -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
