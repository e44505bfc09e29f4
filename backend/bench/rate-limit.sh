#!/usr/bin/env bash
# Rate limit benchmark (a script, not a test). Loopback only; every run is bounded.
#
#   backend/bench/rate-limit.sh
#
# (a) What the limiter costs per partner request: a cheap partner GET
#     (/api/v1/structure-kinds) and /q/health/live (the reference: no security, no
#     database), first with the limiter off (RELANCE_RATE_LIMIT_ENABLED=false), then on
#     (default limit out of reach, so that every request is counted and none refused);
#     at CONNECTIONS connections (throughput, so CPU per request) and at 1 (latency).
# (b) A flood: a client limited to 600 requests per minute sends as fast as FLOOD
#     connections allow, while another client (its limit out of reach) sends at VICTIM
#     connections; the other client's p99 with and without the flood.
#
# Environment: DURATION=10s (each measured run, after a 5 s warm-up), CONNECTIONS=8,
#              VICTIM=4, FLOOD=16, SKIP_BUILD=1 (reuse target/quarkus-app)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(cd "$here/.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-8}"
victim="${VICTIM:-4}"
flood="${FLOOD:-16}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$backend/target/quarkus-app/quarkus-run.jar" ]; then
  echo "Building the backend…"
  (cd "$backend" && ./mvnw -B -q -DskipFrontend -DskipTests package)
fi

port=""
for candidate in $(seq 18181 18281); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port in 18181-18281" >&2; exit 1; }
base="http://127.0.0.1:$port"

work="$(mktemp -d)"
app_pid=""
stop_app() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi
}
cleanup() { stop_app; rm -rf "$work"; }
trap cleanup EXIT

start_app() { # rate limits enabled (true|false)
  echo "Starting the app on $base (rate limits enabled: $1)…"
  RELANCE_DATA_DIR="$work/data" RELANCE_RATE_LIMIT_ENABLED="$1" \
    RELANCE_RATE_LIMIT_PARTNER_REQUESTS_PER_MINUTE=1000000000 \
    QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_LOG_LEVEL=WARN \
    java -jar "$backend/target/quarkus-app/quarkus-run.jar" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    if curl -sf "$base/q/health/ready" >/dev/null; then return; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then cat "$work/app.log" >&2; exit 1; fi
    sleep 0.5
  done
  tail -50 "$work/app.log" >&2; exit 1
}

json_field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\\1/"; }
client_token() { # client id, secret
  curl -sf -u "$1:$2" -d grant_type=client_credentials "$base/api/v1/auth/token" | json_field access_token
}

results="$work/results.txt"
wrk_run() { # connections duration token path
  local threads=2
  [ "$1" -ge 2 ] || threads=1
  TOKEN="$3" TARGET="$4" wrk -t$threads -c"$1" -d"$2" -s "$here/rate-limit.lua" "$base" | grep '^RESULT'
}
measure() { # label connections token path
  wrk_run "$2" 5s "$3" "$4" >/dev/null
  echo "$1 | $(wrk_run "$2" "$duration" "$3" "$4") | load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

cost_runs() { # label
  local token
  token="$(client_token partenaire-demo demo-secret)"
  measure "$1: /q/health/live, $connections connections" "$connections" "" /q/health/live
  measure "$1: partner GET /api/v1/structure-kinds, $connections connections" "$connections" "$token" /api/v1/structure-kinds
  measure "$1: /q/health/live, 1 connection" 1 "" /q/health/live
  measure "$1: partner GET /api/v1/structure-kinds, 1 connection" 1 "$token" /api/v1/structure-kinds
}

start_app false
cost_runs "limiter off"
stop_app
start_app true
cost_runs "limiter on"

echo "Creating a client limited to 600 requests per minute…"
admin="$(curl -sf -H 'Content-Type: application/json' -d '{"email":"admin@demo.relance-iae.fr","password":"demo"}' \
  "$base/api/v1/auth/login" | json_field accessToken)"
organisation="$(curl -sf -H "Authorization: Bearer $admin" "$base/api/v1/admin/organisations?q=DREETS" | json_field id)"
secret="$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"clientId\":\"bench-flood\",\"name\":\"Flood\",\"organisationId\":\"$organisation\",\"scopes\":[\"directory:read\"],\"requestsPerMinute\":600}" \
  "$base/api/v1/admin/partner-clients" | json_field clientSecret)"
flooder="$(client_token bench-flood "$secret")"
other="$(client_token partenaire-demo demo-secret)"

measure "flood: other client alone, $victim connections" "$victim" "$other" /api/v1/structure-kinds
flood_seconds=$(( ${duration%s} + 4 ))
TOKEN="$flooder" TARGET=/api/v1/structure-kinds wrk -t2 -c"$flood" -d"${flood_seconds}s" -s "$here/rate-limit.lua" "$base" \
  > "$work/flood.txt" &
flood_pid=$!
sleep 2
echo "flood: other client during the flood, $victim connections | $(wrk_run "$victim" "$duration" "$other" /api/v1/structure-kinds) | load $(cut -d' ' -f1 /proc/loadavg)" \
  | tee -a "$results"
wait "$flood_pid"
echo "flood: the flooding client (limit 600/min), $flood connections, ${flood_seconds} s | $(grep '^RESULT' "$work/flood.txt")" \
  | tee -a "$results"

echo
echo "Summary ($(nproc) cores, embedded PostgreSQL 17, wrk on the same cores; load = 1-minute load average):"
cat "$results"
