#!/usr/bin/env bash
# Runs every CorsKit test: unit, integration, process-level and the headless Chromium suite.
# Usage: ./test.sh            (the README's test command; CI runs exactly this)
set -euo pipefail
cd "$(dirname "$0")"

# The browser suite needs Debian's Chromium, and the edge tests (corskit export) the real nginx, Caddy and HAProxy.
# Install what is missing when we can (root on Debian/Ubuntu). Without them those tests fail with a message naming
# what to install: never a silent skip. The packages' own services are not started (policy-rc.d): the tests run
# their own instances from scratch folders.
missing=()
for tool in chromium nginx caddy haproxy; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test.sh: installing ${missing[*]} from Debian's packages"
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
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
