#!/usr/bin/env bash
# Per-request overhead of a change, build against build: starts two packaged apps
# (each with its own embedded PostgreSQL and the demo data) on loopback ports, warms
# both up, then alternates 8 s wrk runs of a buyer's directory search and of
# /q/health/live on each, three rounds, and prints search req/s as a ratio to
# /q/health/live measured in the same round (machines differ; ratios hold better).
#
#   backend/bench/ab-search.sh OLD_CHECKOUT NEW_CHECKOUT
#
# Each checkout must have been packaged (backend/target/quarkus-app). Loopback only;
# every run is bounded; both apps and their data directories are removed at exit.
set -euo pipefail
old="$(cd "$1" && pwd)"; new="$(cd "$2" && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
pids=(); dirs=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "${dirs[@]}"; }
trap cleanup EXIT
start() { # checkout port
  local dir; dir=$(mktemp -d); dirs+=("$dir")
  RELANCE_DATA_DIR="$dir" QUARKUS_HTTP_PORT=$2 java -jar "$1/backend/target/quarkus-app/quarkus-run.jar" >"$dir/app.log" 2>&1 &
  pids+=($!)
}
start "$old" 18501; start "$new" 18502
for port in 18501 18502; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 1; done
done
token() {
  curl -s -H 'Content-Type: application/json' -d '{"email":"acheteur@demo.relance-iae.fr","password":"demo"}' \
    "http://127.0.0.1:$1/api/v1/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
declare -A tokens=([18501]="$(token 18501)" [18502]="$(token 18502)")
query='/api/v1/structures?q=nettoyage&size=20'
rps() { wrk -t2 -c16 -d"$2" -H "Authorization: Bearer ${tokens[$1]}" "http://127.0.0.1:$1$3" | awk '/Requests\/sec/ {print $2}'; }
for port in 18501 18502 18501 18502; do rps $port 15s "$query" >/dev/null; done # JIT warm-up
for round in 1 2 3; do
  for port in 18501 18502; do
    name=$([ $port = 18501 ] && echo old || echo new)
    search=$(rps $port 8s "$query"); health=$(rps $port 8s /q/health/live)
    echo "$name round $round: search $search req/s, /q/health/live $health req/s, ratio $(awk -v s="$search" -v h="$health" 'BEGIN {printf "%.3f", s / h}')"
  done
done
