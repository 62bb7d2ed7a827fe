#!/usr/bin/env bash
# Requests per second through nginx, Caddy and HAProxy with corskit export's CORS against the same engine without
# it, same upstream (an nginx answering 200 "ok"), interleaved rounds on loopback. Needs nginx caddy haproxy wrk
# (sudo apt-get install -y nginx caddy haproxy wrk) and a built CLI (dotnet build -c Release).
# Each round measures both modes back to back, in the opposite order from the round before, so that drift of the
# shared machine falls on both alike.
# Usage: bench/edge/run.sh [seconds per round, default 5] [rounds, default 10] [engines, default "nginx caddy haproxy"]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}; rounds=${2:-10}; engines=${3:-nginx caddy haproxy}
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
corskit="dotnet src/CorsKit.Cli/bin/Release/net10.0/CorsKit.Cli.dll"
export CORS_ORIGINS=https://app.example.com

mkdir -p "$work/upstream"
cat > "$work/upstream/nginx.conf" <<'CONF'
worker_processes 1; pid nginx.pid; error_log stderr; events { worker_connections 4096; }
http { access_log off; server { listen 127.0.0.1:19000; location / { return 200 "ok"; } } }
CONF
nginx -p "$work/upstream" -c "$work/upstream/nginx.conf" -e stderr -g 'daemon off;' & 

start() { # engine port with_cors
  local dir="$work/$1-$3"; mkdir -p "$dir"
  local file="$dir/$1.conf"
  $corskit export "$1" --listen "$2" --upstream http://127.0.0.1:19000 --out "$file" 2>/dev/null
  if [ "$3" = plain ]; then
    case $1 in
      nginx) printf 'worker_processes 1; pid nginx.pid; error_log stderr; events { worker_connections 4096; }\nhttp { access_log off; server { listen 127.0.0.1:%s; location / { proxy_pass http://127.0.0.1:19000; } } }\n' "$2" > "$file" ;;
      caddy) printf '{\n\tadmin off\n\tauto_https off\n}\nhttp://:%s {\n\tbind 127.0.0.1\n\treverse_proxy 127.0.0.1:19000\n}\n' "$2" > "$file" ;;
      haproxy) printf 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\nfrontend f\n    bind 127.0.0.1:%s\n    default_backend b\nbackend b\n    server u 127.0.0.1:19000\n' "$2" > "$file" ;;
    esac
  fi
  case $1 in
    nginx) nginx -p "$dir" -c "$file" -e stderr -g 'daemon off;' 2>/dev/null & ;;
    caddy) XDG_CONFIG_HOME="$dir" XDG_DATA_HOME="$dir" caddy run --config "$file" --adapter caddyfile >/dev/null 2>&1 & ;;
    haproxy) haproxy -f "$file" -db >/dev/null 2>&1 & ;;
  esac
}

port=19100
declare -A ports
for engine in $engines; do
  for mode in plain cors; do port=$((port + 1)); ports[$engine-$mode]=$port; start "$engine" "$port" "$mode"; done
done
sleep 3

declare -A sums ratios
for round in $(seq "$rounds"); do
  order="plain cors"; [ $((round % 2)) = 0 ] && order="cors plain"
  for engine in $engines; do
    declare -A rate
    for mode in $order; do
      rate[$mode]=$(wrk -t1 -c32 -d"${seconds}s" -H "Origin: https://app.example.com" "http://127.0.0.1:${ports[$engine-$mode]}/api/items" | awk '/Requests\/sec/ { print $2 }')
      sums[$engine-$mode]=$(echo "${sums[$engine-$mode]:-0} + ${rate[$mode]}" | bc)
    done
    ratios[$engine]="${ratios[$engine]:-} $(echo "scale=3; ${rate[cors]} / ${rate[plain]}" | bc)"
    echo "round $round $engine plain ${rate[plain]} cors ${rate[cors]}"
  done
done
echo
# The ratio is the median of the rounds' ratios: each round's two runs are back to back, so a slow stretch of the
# machine moves both, where it would move one mean more than the other.
echo "| engine | without CORS (req/s, mean) | with corskit export (req/s, mean) | ratio (median of $rounds rounds) |"
echo "|---|---:|---:|---:|"
for engine in $engines; do
  plain=$(echo "${sums[$engine-plain]} / $rounds" | bc); cors=$(echo "${sums[$engine-cors]} / $rounds" | bc)
  median=$(printf '%s\n' ${ratios[$engine]} | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  echo "| $engine | $plain | $cors | $median |"
done
