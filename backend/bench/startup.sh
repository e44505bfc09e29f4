#!/usr/bin/env bash
# Start times (a script, not a test): the packaged app with the embedded PostgreSQL in
# a temporary data directory, timed from the JVM's launch to /q/health/ready (polled
# every 50 ms). First start (migrations, communes, demo data), then STRUCTURES more
# structures generated (Generate.java; 300 demo + 3,700 = 4,000 by default), then
# RESTARTS restarts on that data. After the last one, a search warm-up (wrk, 32
# connections, six windows of 5 s, each one's req/s printed) and the heap in use after a full
# GC (jcmd) and the process RSS. The app is started by backend/start.sh (its JVM options).
#
#   backend/bench/startup.sh
#
# Environment: STRUCTURES=3700, RESTARTS=3, SKIP_BUILD=1 (reuse target/quarkus-app).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(cd "$here/.." && pwd)"
structures="${STRUCTURES:-3700}"
restarts="${RESTARTS:-3}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$backend/target/quarkus-app/quarkus-run.jar" ]; then
  (cd "$backend" && ./mvnw -B -q -DskipFrontend -DskipTests package)
fi
driver="$(ls "$backend"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
port=""
for candidate in $(seq 18380 18480); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port in 18380-18480" >&2; exit 1; }
work="$(mktemp -d)"
app_pid=""
stop() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi
}
trap 'stop; rm -rf "$work"' EXIT

start() { # label → prints the time to ready
  local begin end
  begin=$(date +%s%N)
  RELANCE_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    "$backend/start.sh" >>"$work/app.log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
    kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  printf '%-40s %6.2f s  (load %s)\n' "$1" "$(awk -v n=$((end - begin)) 'BEGIN { print n / 1e9 }')" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

start "first start (fresh data directory)"
if [ "$structures" -gt 0 ]; then
  pg_port="$(sed -n 4p "$work/data/db/postmaster.pid")"
  java -Dbench.dir="$here" -cp "$driver" "$here/Generate.java" "jdbc:postgresql://127.0.0.1:$pg_port/postgres" \
    postgres "" "$structures" 2 >/dev/null
fi
stop
for i in $(seq 1 "$restarts"); do
  start "restart $i ($((structures + 300)) structures)"
  [ "$i" -lt "$restarts" ] && stop
done
grep -E "Reference data read|Directory search index built|Demo data|Installed features|started in" "$work/app.log" \
  | tail -5 | sed 's/^/  log: /'

token="$(curl -sf -H 'Content-Type: application/json' \
  -d '{"email":"acheteur@demo.relance-iae.fr","password":"demo"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')"
# The search from the restart on: how fast it warms up (two-term queries, 6 windows of 5 s).
windows=""
for _ in 1 2 3 4 5 6; do
  windows="$windows $(TOKEN="$token" MODE=two-terms EXTRA="" wrk -t2 -c32 -d5s -s "$here/queries.lua" \
    "http://127.0.0.1:$port" | sed -nE 's/^RESULT .*rps=([0-9]+).*/\1/p')"
done
echo "two-term search from the restart, req/s in 5 s windows:$windows"
jcmd "$app_pid" GC.run >/dev/null && sleep 1
heap="$(jcmd "$app_pid" GC.heap_info | sed -nE 's/.*(generation|heap) +total [0-9]+K, used ([0-9]+)K.*/\2/p' | awk '{ k += $1 } END { print k }')"
rss="$(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' "/proc/$app_pid/status")"
printf 'after a search warm-up: heap used %.0f MB (after a full GC), RSS %.0f MB (JVM process only)\n' \
  "$(awk -v k="$heap" 'BEGIN { print k / 1024 }')" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
