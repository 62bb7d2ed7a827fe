#!/usr/bin/env bash
# HTTP-level benchmark: requests per second of CorsKit.Server, the same ASP.NET Core app with Microsoft's CORS
# middleware, the same app with no CORS, and the seed's Express + cors server, all on 127.0.0.1 with the seed's
# policy. Alternates the servers, repeats, prints medians and ratios as a Markdown table. See bench/README.md.
#
# Usage: bench/http/run.sh
# Settings (environment): ROUNDS (3), DURATION seconds per run (10), WARMUP seconds per server and request (3),
# CONNECTIONS (64), THREADS (2), ORIGIN (https://app.example.com), SKIP_BUILD=1 to reuse the Release builds,
# SERVER_CPUS / CLIENT_CPUS (e.g. "1" and "0") to pin servers and wrk to CPUs with taskset,
# SERVERS to run a subset of "corskit builtin none express" (ratios need none and builtin).
set -euo pipefail

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ORIGIN=${ORIGIN:-https://app.example.com}
SERVER_CPUS=${SERVER_CPUS:-}
CLIENT_CPUS=${CLIENT_CPUS:-}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { echo "bench/http: $*" >&2; exit 1; }

for tool in wrk node npm dotnet curl; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is not installed. wrk: 'apt-get install wrk'; Node.js 20+ with npm; the .NET 10 SDK; curl."
done
for n in ROUNDS DURATION WARMUP CONNECTIONS THREADS; do
  [[ ${!n} =~ ^[0-9]+$ ]] && (( ${!n} > 0 )) || fail "$n='${!n}' must be a positive whole number."
done

read -r -a servers <<<"${SERVERS:-corskit builtin none express}"
for name in "${servers[@]}"; do
  case $name in corskit|builtin|none|express) ;; *) fail "SERVERS has '$name'; write any of: corskit builtin none express." ;; esac
done

server_dll=$root/src/CorsKit.Server/bin/Release/net10.0/CorsKit.Server.dll
baselines_dll=$root/bench/CorsKit.HttpBaselines/bin/Release/net10.0/CorsKit.HttpBaselines.dll
wants() { [[ " ${servers[*]} " == *" $1 "* ]]; }
if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "bench/http: building the .NET servers (Release)" >&2
  if wants corskit; then
    [ -f "$root/src/CorsKit.Server/CorsKit.Server.csproj" ] || fail "src/CorsKit.Server is missing from this checkout; the benchmark compares it."
    dotnet build -c Release "$root/src/CorsKit.Server" -v quiet -nologo >&2 || fail "CorsKit.Server does not build (errors above)."
  fi
  if wants builtin || wants none; then
    dotnet build -c Release "$root/bench/CorsKit.HttpBaselines" -v quiet -nologo >&2 || fail "CorsKit.HttpBaselines does not build (errors above)."
  fi
fi
if wants corskit && [ ! -f "$server_dll" ]; then fail "$server_dll not found; run without SKIP_BUILD=1."; fi
if { wants builtin || wants none; } && [ ! -f "$baselines_dll" ]; then fail "$baselines_dll not found; run without SKIP_BUILD=1."; fi
if wants express && [ ! -d "$here/node_modules" ]; then
  echo "bench/http: installing express, cors and dotenv (npm ci)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --silent) || fail "npm ci failed in bench/http."
fi

workdir=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

pin() { if [ -n "$1" ]; then echo "taskset -c $1"; fi; }

declare -A label=([corskit]="CorsKit.Server" [builtin]="ASP.NET Core + built-in CORS" [none]="ASP.NET Core, no CORS" [express]="Express + cors (seed)")
declare -A port

# Every server runs from an empty directory, so no .env or appsettings.json of the checkout changes its policy.
start() {
  local name=$1 p
  p=$(free_port)
  port[$name]=$p
  mkdir -p "$workdir/$name"
  local common=(env -i PATH="$PATH" HOME="${HOME:-/tmp}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    ASPNETCORE_ENVIRONMENT=Production NODE_ENV=production PORT="$p" HOST=127.0.0.1 LOG_LEVEL=Warning)
  local log=$workdir/$name.log
  # Each server is started with exec in its own background subshell, so $! is the server's own process id.
  case $name in
    corskit) (cd "$workdir/$name" && exec $(pin "$SERVER_CPUS") "${common[@]}" CORS_ORIGINS="$ORIGIN" dotnet "$server_dll") >"$log" 2>&1 & ;;
    builtin) (cd "$workdir/$name" && exec $(pin "$SERVER_CPUS") "${common[@]}" CORS_ORIGINS="$ORIGIN" dotnet "$baselines_dll" --cors builtin) >"$log" 2>&1 & ;;
    none)    (cd "$workdir/$name" && exec $(pin "$SERVER_CPUS") "${common[@]}" CORS_ORIGINS="$ORIGIN" dotnet "$baselines_dll" --cors none) >"$log" 2>&1 & ;;
    express) (cd "$workdir/$name" && exec $(pin "$SERVER_CPUS") "${common[@]}" BASE_URL="$ORIGIN" node "$here/express/server.js") >"$log" 2>&1 & ;;
  esac
  pids+=($!)
}

wait_ready() {
  local name=$1
  for _ in $(seq 1 150); do
    if curl -fs --max-time 1 -o /dev/null "http://127.0.0.1:${port[$name]}/healthz"; then return 0; fi
    sleep 0.2
  done
  cat "$workdir/$name.log" >&2
  fail "${label[$name]} did not answer on 127.0.0.1:${port[$name]} within 30 s (its output is above)."
}

allow_origin() { # prints the Access-Control-Allow-Origin of a response, or nothing
  curl -s --max-time 5 -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "access-control-allow-origin" { print $2 }'
}

check() {
  local name=$1 url="http://127.0.0.1:${port[$1]}/" expected=$ORIGIN actual preflight
  [ "$name" = none ] && expected=""
  actual=$(allow_origin -H "Origin: $ORIGIN" "$url")
  preflight=$(allow_origin -X OPTIONS -H "Origin: $ORIGIN" -H "Access-Control-Request-Method: DELETE" \
    -H "Access-Control-Request-Headers: authorization,content-type" "$url")
  [ "$actual" = "$expected" ] || fail "${label[$name]}: GET / with Origin answered Access-Control-Allow-Origin '$actual', expected '${expected:-none}'. Not measuring a misconfigured server."
  [ "$preflight" = "$expected" ] || fail "${label[$name]}: the preflight answered Access-Control-Allow-Origin '$preflight', expected '${expected:-none}'. Not measuring a misconfigured server."
}

measure() { # name kind seconds -> requests/second
  local name=$1 kind=$2 seconds=$3 out rps
  out=$(BENCH_ORIGIN="$ORIGIN" $(pin "$CLIENT_CPUS") wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s \
    -s "$here/$kind.lua" "http://127.0.0.1:${port[$name]}/")
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  [ -n "$rps" ] || fail "wrk printed no Requests/sec for ${label[$name]} ($kind):"$'\n'"$out"
  if grep -q "Non-2xx" <<<"$out" && [ "$name" != none ]; then
    echo "bench/http: warning: ${label[$name]} answered non-2xx responses to $kind:"$'\n'"$out" >&2
  fi
  echo "$rps"
}

for name in "${servers[@]}"; do start "$name"; done
for name in "${servers[@]}"; do wait_ready "$name"; check "$name"; done
echo "bench/http: every server answers the seed's policy as expected" >&2

kinds=(actual preflight)
for name in "${servers[@]}"; do
  for kind in "${kinds[@]}"; do measure "$name" "$kind" "$WARMUP" >/dev/null; done
done

results=$workdir/results.tsv
: >"$results"
for round in $(seq 1 "$ROUNDS"); do
  # Rotate the order each round so no server always runs first or right after the same neighbour.
  shift_by=$(( (round - 1) % ${#servers[@]} ))
  order=("${servers[@]:shift_by}" "${servers[@]:0:shift_by}")
  for kind in "${kinds[@]}"; do
    for name in "${order[@]}"; do
      rps=$(measure "$name" "$kind" "$DURATION")
      printf '%s\t%s\t%s\n' "$name" "$kind" "$rps" >>"$results"
      echo "bench/http: round $round/$ROUNDS  $kind  ${label[$name]}: $rps req/s" >&2
    done
  done
done

median() { # name kind
  awk -F'\t' -v n="$1" -v k="$2" '$1 == n && $2 == k { print $3 }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
declare -A med
for name in "${servers[@]}"; do for kind in "${kinds[@]}"; do med[$name.$kind]=$(median "$name" "$kind"); done; done

ratio() { awk -v a="$1" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }

echo
echo "### HTTP level: requests per second (median of $ROUNDS runs of ${DURATION}s)"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)); .NET $(dotnet --version); Node.js $(node --version); wrk -t$THREADS -c$CONNECTIONS${SERVER_CPUS:+; servers on CPUs $SERVER_CPUS}${CLIENT_CPUS:+; wrk on CPUs $CLIENT_CPUS}"
echo
echo "| Server | GET / with Origin (req/s) | vs no CORS | vs built-in | Preflight (req/s) | vs no CORS | vs built-in |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in "${servers[@]}"; do
  a=${med[$name.actual]} p=${med[$name.preflight]}
  printf '| %s | %.0f | %s | %s | %.0f | %s | %s |\n' "${label[$name]}" "$a" \
    "$(ratio "$a" "${med[none.actual]:-}")" "$(ratio "$a" "${med[builtin.actual]:-}")" \
    "$p" "$(ratio "$p" "${med[none.preflight]:-}")" "$(ratio "$p" "${med[builtin.preflight]:-}")"
done
echo
echo "The no-CORS server answers the preflight with routing's 405 (it has no CORS to answer it); its preflight column is the cost of an OPTIONS request that does no CORS work."
