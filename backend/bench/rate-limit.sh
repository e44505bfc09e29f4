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
# (b) A flood: a client limited to 600 requests per minute sends at FLOOD_RATE requests per
#     second (200 times its limit) over FLOOD connections, then as fast as they allow, while
#     another client (its limit out of reach) sends at VICTIM_RATE requests per second over
#     VICTIM connections: that client's p50/p99 alone, during each flood, and alone again.
#
# Environment: DURATION=10s (each measured run, after a 5 s warm-up), CONNECTIONS=8,
#              VICTIM=4, VICTIM_RATE=200, FLOOD=16, FLOOD_RATE=2000,
#              SKIP_BUILD=1 (reuse target/quarkus-app)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(cd "$here/.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-8}"
victim="${VICTIM:-4}"
flood="${FLOOD:-16}"
victim_rate="${VICTIM_RATE:-200}"
flood_rate="${FLOOD_RATE:-2000}"

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
    "$backend/start.sh" >"$work/app.log" 2>&1 &
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
wrk_run() { # connections duration token path [rate]
  local threads=2
  [ "$1" -ge 2 ] || threads=1
  TOKEN="$3" TARGET="$4" RATE="${5:-0}" CONNS="$1" wrk -t$threads -c"$1" -d"$2" -s "$here/rate-limit.lua" "$base" \
    | grep '^RESULT'
}
# CPU time (clock ticks) used so far by the app (1) or by the embedded PostgreSQL's processes (2):
# CPU per request does not depend on what else runs on the machine, unlike throughput.
cpu_ticks() {
  local pids
  if [ "$1" = app ]; then
    pids="$app_pid"
  else
    local postmaster
    postmaster="$(head -1 "$work/data/db/postmaster.pid")"
    pids="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  fi
  local total=0 pid
  for pid in $pids; do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
measure() { # label connections token path
  wrk_run "$2" 5s "$3" "$4" >/dev/null
  local app0 db0 line requests app1 db1 tick
  app0=$(cpu_ticks app); db0=$(cpu_ticks db)
  line="$(wrk_run "$2" "$duration" "$3" "$4")"
  app1=$(cpu_ticks app); db1=$(cpu_ticks db)
  requests=$(echo "$line" | sed -E 's/.*requests=([0-9]+).*/\1/')
  tick=$(getconf CLK_TCK)
  echo "$1 | $line | cpu per request: app $(( (app1 - app0) * 1000000 / tick / requests )) µs, postgres $(( (db1 - db0) * 1000000 / tick / requests )) µs | load $(cut -d' ' -f1 /proc/loadavg)" \
    | tee -a "$results"
}

cost_runs() { # label
  local token
  token="$(client_token partenaire-demo demo-secret)"
  # The JIT compiles the app's paths in the first seconds: warm both up before measuring.
  wrk_run "$connections" 10s "$token" /api/v1/structure-kinds >/dev/null
  wrk_run "$connections" 5s "" /q/health/live >/dev/null
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

pg_port="$(sed -n 4p "$work/data/db/postmaster.pid")"
lib="$backend/target/quarkus-app/lib/main"
classpath="$backend/target/classes:$(ls "$lib"/org.postgresql.postgresql-*.jar | head -1):$(ls "$lib"/jakarta.transaction.jakarta.transaction-api-*.jar | head -1)"
java -cp "$classpath" "$here/CounterStatement.java" \
  "jdbc:postgresql://127.0.0.1:$pg_port/postgres" postgres "" 20000 | sed -E "s/\$/ | load $(cut -d' ' -f1 /proc/loadavg)/" \
  | tee -a "$results"

echo "Creating a client limited to 600 requests per minute…"
admin="$(curl -sf -H 'Content-Type: application/json' -d '{"email":"admin@demo.relance-iae.fr","password":"demo"}' \
  "$base/api/v1/auth/login" | json_field accessToken)"
organisation="$(curl -sf -H "Authorization: Bearer $admin" "$base/api/v1/admin/organisations?q=DREETS" | json_field id)"
secret="$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"clientId\":\"bench-flood\",\"name\":\"Flood\",\"organisationId\":\"$organisation\",\"scopes\":[\"directory:read\"],\"requestsPerMinute\":600}" \
  "$base/api/v1/admin/partner-clients" | json_field clientSecret)"
flooder="$(client_token bench-flood "$secret")"
other="$(client_token partenaire-demo demo-secret)"

victim_run() { # label
  echo "flood: $1 | $(wrk_run "$victim" "$duration" "$other" /api/v1/structure-kinds "$victim_rate") | load $(cut -d' ' -f1 /proc/loadavg)" \
    | tee -a "$results"
}
flood_seconds=$(( ${duration%s} + 4 ))
with_flood() { # flood rate (0: as fast as the connections allow), label, [path: the flooder's partner GET]
  local token="$flooder"
  [ -z "${3:-}" ] || token=""
  TOKEN="$token" TARGET="${3:-/api/v1/structure-kinds}" RATE="$1" CONNS="$flood" \
    wrk -t2 -c"$flood" -d"${flood_seconds}s" -s "$here/rate-limit.lua" "$base" > "$work/flood.txt" &
  local flood_pid=$!
  sleep 2
  victim_run "other client ($victim_rate req/s) during $2"
  wait "$flood_pid"
  echo "flood: the flood, $2 | $(grep '^RESULT' "$work/flood.txt")" | tee -a "$results"
}
wrk_run "$victim" 5s "$other" /api/v1/structure-kinds "$victim_rate" >/dev/null
victim_run "other client ($victim_rate req/s over $victim connections) alone"
with_flood "$flood_rate" "a flood of $flood_rate req/s over $flood connections"
victim_run "other client ($victim_rate req/s) alone again"
# The floor: as many requests as cheap as can be (no security, no limiter, no database).
with_flood "$flood_rate" "$flood_rate req/s of /q/health/live over $flood connections (reference)" /q/health/live
victim_run "other client ($victim_rate req/s) alone again"
with_flood 0 "a flood as fast as $flood connections allow"
victim_run "other client ($victim_rate req/s) alone again"

echo
echo "Summary ($(nproc) cores, embedded PostgreSQL 17, wrk on the same cores; load = 1-minute load average):"
cat "$results"
