#!/usr/bin/env bash
# Everyday calls side by side (a script, not a test): starts the packaged app with the
# embedded PostgreSQL and the demo data in a temporary directory, logs in as the demo
# buyer, warms every call up, then measures each with wrk (32 connections, 2 threads,
# DURATION each) in one run: /q/health/live (first and last), /me, the reference lists,
# the communes autocomplete at 1-, 4- and 5-letter prefixes and a two-term search.
# Prints req/s, p50/p99 and req/s as a ratio of /q/health/live (the mean of its two
# runs), the figure that holds from one machine to another. Loopback only; bounded.
#
#   backend/bench/everyday.sh
#
# Environment: DURATION=8s (each measured run), SKIP_BUILD=1 (reuse target/quarkus-app),
# ACCEPT_ENCODING (default "gzip, deflate, br, zstd", what a browser sends: the reference
# lists then come gzipped; ACCEPT_ENCODING= sends none, as the runs before 1 December evening).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
duration="${DURATION:-8s}"
connections=32

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
# shellcheck source=app.sh
source "$here/app.sh"
build_app
start_app 18280
token="$(curl -sf -H 'Content-Type: application/json' \
  -d '{"email":"acheteur@demo.relance-iae.fr","password":"demo"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')"

calls=(
  "/q/health/live"
  "/api/v1/me"
  "/api/v1/sectors"
  "/api/v1/departments"
  "/api/v1/structure-kinds"
  "/api/v1/presta-types"
  "/api/v1/structure-labels"
  "/api/v1/structure-networks"
  "/api/v1/communes?q=m"
  "/api/v1/communes?q=mont"
  "/api/v1/communes?q=saint"
  "/api/v1/structures?q=nettoyage%20bureaux"
)
run() { # path duration → "req/s p50 p99 errors"
  TOKEN="$token" ACCEPT_ENCODING="${ACCEPT_ENCODING-gzip, deflate, br, zstd}" wrk -t2 -c$connections -d"$2" -s "$here/everyday.lua" "http://127.0.0.1:$port$1" \
    | sed -n 's/^RESULT //p'
}
echo "Warming up (3 s per call)…"
for call in "${calls[@]}"; do run "$call" 3s >/dev/null; done

echo "Measuring ($connections connections, $duration per call)…"
declare -A results
for call in "${calls[@]}" "/q/health/live#end"; do
  results["$call"]="$(run "${call%#end}" "$duration")"
done
health="$(awk -v a="$(echo "${results[/q/health/live]}" | cut -d' ' -f1)" \
  -v b="$(echo "${results[/q/health/live#end]}" | cut -d' ' -f1)" 'BEGIN { print (a + b) / 2 }')"

echo
echo "$(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-45s %9s %9s %9s %7s %6s\n' call req/s p50-ms p99-ms ratio errors
for call in "${calls[@]}" "/q/health/live#end"; do
  read -r rps p50 p99 errors <<<"${results[$call]}"
  printf '%-45s %9s %9s %9s %7s %6s\n' "${call/\#end/ (again)}" "$rps" "$p50" "$p99" \
    "$(awk -v r="$rps" -v h="$health" 'BEGIN { printf "%.2f", r / h }')" "$errors"
done
