#!/usr/bin/env bash
# Load test of CorsKit.Server on loopback with wrk (Debian package "wrk").
#
#   bench/load/run.sh            mixed CORS traffic (allowed/denied, actual/preflight, no Origin)
#   bench/load/run.sh reload     the same kind of traffic while appsettings.json is rewritten REWRITES times
#                                (policy A, broken JSON, policy B, an invalid policy, ...); also bench/load/reload.sh
#
# Settings (environment): CONNECTIONS (256), DURATION in seconds (60), THREADS (2; reload mode uses one thread per
# connection so each answer is checked against its own request), REWRITES (100, reload mode).
# Passes (exit 0) with zero socket errors, zero statuses outside 200/204/403 and zero inconsistent answers; in reload
# mode also with every kind of invalid edit rejected and logged. Prints the server's resident memory before and after.
set -euo pipefail

mode=${1:-mixed}
case "$mode" in mixed|reload) ;; *) echo "usage: $0 [mixed|reload]" >&2; exit 2 ;; esac
connections=${CONNECTIONS:-256}
duration=${DURATION:-60}
threads=${THREADS:-2}
rewrites=${REWRITES:-100}
[ "$mode" = reload ] && threads=$connections

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }

work=$(mktemp -d /tmp/corskit-load.XXXXXX)
server_pid=""
writer_pid=""
cleanup() {
  [ -n "$writer_pid" ] && kill "$writer_pid" 2>/dev/null || true
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "== building CorsKit.Server (Release)"
dotnet publish "$root/src/CorsKit.Server/CorsKit.Server.csproj" -c Release -o "$work/bin" --nologo -v quiet >/dev/null

policy() { # name origin methods header expose
  printf '{\n  "Cors": {\n    "Origins": [ "%s", "https://both.example.com" ],\n    "Methods": [ "%s" ],\n    "Headers": [ "%s" ],\n    "ExposeHeaders": [ "%s" ],\n    "Credentials": true\n  }\n}\n' "$1" "$2" "$3" "$4"
}
policy_a() { policy https://a.example.com PUT X-A X-Policy-A; }
policy_b() { policy https://b.example.com PATCH X-B X-Policy-B; }
invalid_policy() { printf '{\n  "Cors": {\n    "Origins": [ "null" ],\n    "Methods": [ "PUT" ]\n  }\n}\n'; }
broken_json() { printf '{\n  "Cors": {\n    "Origins": [ "https://a.example.com",\n'; }

mkdir -p "$work/run"
if [ "$mode" = reload ]; then
  policy_a > "$work/run/appsettings.json"
  export -n CORS_ORIGINS CORS_METHODS CORS_HEADERS CORS_CREDENTIALS CORS_EXPOSE_HEADERS BASE_URL 2>/dev/null || true
  unset CORS_ORIGINS CORS_METHODS CORS_HEADERS CORS_CREDENTIALS CORS_EXPOSE_HEADERS BASE_URL
else
  export CORS_ORIGINS=https://app.example.com CORS_METHODS=GET,POST,DELETE CORS_HEADERS=Content-Type,Authorization CORS_CREDENTIALS=true
fi

echo "== starting the server on 127.0.0.1 (PORT=0)"
(cd "$work/run" && PORT=0 HOST=127.0.0.1 LOG_LEVEL=Information DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
  exec dotnet "$work/bin/CorsKit.Server.dll" > "$work/server.log" 2>&1) &
server_pid=$!
url=""
for _ in $(seq 1 600); do
  url=$(grep -o 'listening on http://[^[:space:],]*' "$work/server.log" | head -1 | sed 's/listening on //') || true
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "the server exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.log"; echo "the server did not start in 60 s" >&2; exit 1; }
echo "   $url (pid $server_pid)"

rss() { awk '/^VmRSS/ { print $2 " kB" }' "/proc/$server_pid/status"; }
hwm() { awk '/^VmHWM/ { print $2 " kB" }' "/proc/$server_pid/status"; }
rss_before=$(rss)

rewrite_loop() {
  local interval
  interval=$(awk -v d="$duration" -v n="$rewrites" 'BEGIN { printf "%.3f", (d * 0.9) / n }')
  sleep 1
  for i in $(seq 1 "$rewrites"); do
    # Written in place, as an editor saves: a reader may also catch a half-written file, which must be rejected too.
    case $((i % 4)) in
      1) policy_b ;;
      2) broken_json ;;
      3) policy_a ;;
      0) invalid_policy ;;
    esac > "$work/run/appsettings.json"
    sleep "$interval"
  done
}

# Resident memory every 5 s while the load runs: flat after warm-up means no leak per request or per reload.
sample_memory() {
  while kill -0 "$server_pid" 2>/dev/null; do sleep 5; printf '%s ' "$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$server_pid/status")"; done
}
sample_memory > "$work/rss.series" 2>/dev/null & sampler_pid=$!

script=mixed.lua
if [ "$mode" = reload ]; then
  script=reload.lua
  rewrite_loop & writer_pid=$!
fi

echo "== wrk: $connections connections, $threads threads, ${duration}s, $script"
(cd "$here" && timeout $((duration + 120)) wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 10s --latency -s "$script" "$url") | tee "$work/wrk.out"
[ -n "$writer_pid" ] && { wait "$writer_pid" || true; writer_pid=""; }
sleep 2
rss_after=$(rss)
kill "$sampler_pid" 2>/dev/null || true

value() { awk -v k="$1" '$1 == k { print $2 }' "$work/wrk.out"; }
failures=()
[ "$(value socket_errors)" = 0 ] || failures+=("socket errors: $(value socket_errors)")
[ "$(value unexpected_statuses)" = 0 ] || failures+=("unexpected statuses: $(value unexpected_statuses)")
[ "$(value inconsistent)" = 0 ] || failures+=("inconsistent answers: $(value inconsistent)")

echo "== server memory: VmRSS before $rss_before, after $rss_after (peak VmHWM $(hwm)); every 5 s under load (MB): $(cat "$work/rss.series")"
if [ "$mode" = reload ]; then
  applied=$(grep -c 'CORS configuration reloaded' "$work/server.log" || true)
  rejected=$(grep -c 'CORS configuration reload rejected' "$work/server.log" || true)
  unreadable=$(grep -c 'was edited but could not be read' "$work/server.log" || true)
  echo "== reloads: $rewrites rewrites; applied $applied, rejected invalid policy (event 31) $rejected, rejected unreadable file $unreadable"
  grep -m1 -B1 -A1 'CORS configuration reload rejected' "$work/server.log" | sed 's/^/   /' || true
  grep -m1 'was edited but could not be read' "$work/server.log" | cut -c1-220 | sed 's/^/   /' || true
  [ "$applied" -gt 0 ] || failures+=("no valid policy was applied")
  [ "$rejected" -gt 0 ] || failures+=("the invalid policy was never rejected in the log")
  [ "$unreadable" -gt 0 ] || failures+=("the broken JSON was never rejected in the log")
  # When the last version written is unusable (broken JSON when REWRITES % 4 is 2, after policy B; an invalid policy
  # when it is 0, after policy A), the valid version before it must be the one in force: ask for something only that
  # policy allows.
  case $((rewrites % 4)) in 1|2) origin=https://b.example.com method=PATCH ;; *) origin=https://a.example.com method=PUT ;; esac
  if [ $((rewrites % 4)) = 2 ] || [ $((rewrites % 4)) = 0 ]; then
    sleep 1
    status=$(curl -s -o /dev/null -w '%{http_code}' -X OPTIONS -H "Origin: $origin" -H "Access-Control-Request-Method: $method" "$url/echo")
    echo "== after the last (invalid) edit, a preflight only the last valid policy allows answers $status"
    [ "$status" = 204 ] || failures+=("the last good policy is not in force after an invalid edit (preflight answered $status)")
  fi
fi
# Errors other than the expected reload rejections (event 31): a 500, a crash, a Kestrel failure.
server_errors=$(grep -i -E 'unhandled exception|fail: |crit: ' "$work/server.log" | grep -v '\[31\]' | head -5 || true)
[ -z "$server_errors" ] || failures+=("the server logged errors:"$'\n'"$server_errors")

if [ ${#failures[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "PASSED: $mode load, no socket errors, no unexpected statuses, every answer consistent"
