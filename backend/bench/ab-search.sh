#!/usr/bin/env bash
# Per-request overhead of a change, build against build: starts two packaged apps
# (each with its own embedded PostgreSQL and the demo data) on loopback ports, warms
# both up, then alternates 8 s wrk runs of a buyer's directory search and of
# /q/health/live on each, three rounds, and prints search req/s as a ratio to
# /q/health/live measured in the same round (machines differ; ratios hold better).
#
#   backend/bench/ab-search.sh OLD_CHECKOUT NEW_CHECKOUT
#
# Environment (defaults: the demo data and q=nettoyage, as before):
#   STRUCTURES=10000  also load that many benchmark structures into each app (each
#                     checkout's own bench/generate.sql, as run.sh does)
#   OFFERS=10         offers per benchmark structure
#   MODE=two-terms    rotate over queries.lua's queries of that mode (two-terms,
#                     selective, one-term, filters) instead of q=nettoyage
#   EXTRA=&facets=false  appended to each of MODE's queries
#   ROUNDS=3 RUN=8s CONNECTIONS=16 WARMUP=60s (each app's search, twice, before the rounds)
#
# Each checkout must have been packaged (backend/target/quarkus-app); each app is started by
# its checkout's backend/start.sh when there is one (with its JVM options). Loopback only;
# every run is bounded; both apps and their data directories are removed at exit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
old="$(cd "$1" && pwd)"; new="$(cd "$2" && pwd)"
structures="${STRUCTURES:-0}"; offers="${OFFERS:-10}"; mode="${MODE:-}"; extra="${EXTRA:-}"
rounds="${ROUNDS:-3}"; run="${RUN:-8s}"; connections="${CONNECTIONS:-16}"; warmup="${WARMUP:-60s}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
pids=(); dirs=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "${dirs[@]}"; }
trap cleanup EXIT
declare -A checkout=([18501]="$old" [18502]="$new") data=()
start() { # port
  local dir; dir=$(mktemp -d); dirs+=("$dir"); data[$1]="$dir"
  # Each build as its own checkout starts it: backend/start.sh (its JVM options) where it has one.
  local launch=(java -jar "${checkout[$1]}/backend/target/quarkus-app/quarkus-run.jar")
  [ -x "${checkout[$1]}/backend/start.sh" ] && launch=("${checkout[$1]}/backend/start.sh")
  RELANCE_DATA_DIR="$dir" QUARKUS_HTTP_PORT=$1 "${launch[@]}" >"$dir/app.log" 2>&1 &
  pids+=($!)
}
start 18501; start 18502
for port in 18501 18502; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 1; done
done
token() {
  curl -s -H 'Content-Type: application/json' -d '{"email":"acheteur@demo.relance-iae.fr","password":"demo"}' \
    "http://127.0.0.1:$1/api/v1/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
declare -A tokens=([18501]="$(token 18501)" [18502]="$(token 18502)")
if [ "$structures" -gt 0 ]; then
  for port in 18501 18502; do
    bench="${checkout[$port]}/backend/bench"
    driver="$(ls "${checkout[$port]}"/backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
    pg_port="$(sed -n 4p "${data[$port]}/db/postmaster.pid")"
    java -Dbench.dir="$bench" -cp "$driver" "$bench/Generate.java" "jdbc:postgresql://127.0.0.1:$pg_port/postgres" \
      postgres "" "$structures" "$offers"
    # The first search catches the index up with the new rows.
    curl -sf -H "Authorization: Bearer ${tokens[$port]}" "http://127.0.0.1:$port/api/v1/structures?size=1&facets=false" \
      | sed -E 's/.*"totalItems":([0-9]+).*/port '"$port"': \1 active structures/'
  done
fi
query='/api/v1/structures?q=nettoyage&size=20'
rps() { # port duration path (the path is ignored with MODE)
  if [ -n "$mode" ] && [ "$3" != /q/health/live ]; then
    TOKEN="${tokens[$1]}" MODE="$mode" EXTRA="$extra" wrk -t2 -c"$connections" -d"$2" -s "$here/queries.lua" \
      "http://127.0.0.1:$1" | sed -nE 's/^RESULT .*rps=([0-9]+).*errors=([0-9]+).*/\1 \2/p' \
      | awk '$2 > 0 { print "errors: " $2 > "/dev/stderr" } { print $1 }'
  else
    wrk -t2 -c"$connections" -d"$2" -H "Authorization: Bearer ${tokens[$1]}" "http://127.0.0.1:$1$3" | awk '/Requests\/sec/ {print $2}'
  fi
}
# A first start leaves work running for a minute or two (the demo data's e-mails, sent by the
# outbox): wait until both apps are idle (under 5 % of a core over 5 s, at most 5 minutes).
idle_ticks=$(($(getconf CLK_TCK) * 5 / 20)) # 5 % of one core's clock ticks over 5 s
for pid in "${pids[@]}"; do
  for _ in $(seq 1 60); do
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat"); sleep 5; after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    [ $((after - before)) -lt "$idle_ticks" ] && break
  done
done
# JIT warm-up: on 2 busy cores the search reaches its plateau only after a minute or more of load.
for port in 18501 18502 18501 18502; do rps $port "$warmup" "$query" >/dev/null; done
for round in $(seq 1 "$rounds"); do
  for port in 18501 18502; do
    name=$([ $port = 18501 ] && echo old || echo new)
    search=$(rps $port "$run" "$query"); health=$(rps $port "$run" /q/health/live)
    echo "$name round $round: search${mode:+ ($mode$extra)} $search req/s, /q/health/live $health req/s, ratio $(awk -v s="$search" -v h="$health" 'BEGIN {printf "%.3f", s / h}')"
  done
done
