#!/usr/bin/env bash
# Directory benchmark (a script, not a test): loads N structures with M offers each
# into a throwaway database, then measures the search at 32 concurrent connections
# with wrk (p50/p95/p99, throughput), with and without facets, and the import of a
# 10,000-row CSV file. Loopback traffic only; every run is bounded (DURATION).
#
#   backend/bench/run.sh [structures=10000] [offers-per-structure=10]
#
# Environment:
#   DURATION=20s      length of each measured wrk run (after a 5 s warm-up)
#   BENCH_PG=host:port  use that PostgreSQL (trust auth, user postgres): a database
#                     relance_bench_<pid> is created and dropped. Default: the app's
#                     embedded PostgreSQL in a temporary data directory.
#   IMPORT_ROWS=10000 rows of the timed import (0 to skip)
#   SKIP_BUILD=1      reuse target/quarkus-app
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(cd "$here/.." && pwd)"
structures="${1:-10000}"
offers="${2:-10}"
duration="${DURATION:-20s}"
import_rows="${IMPORT_ROWS:-10000}"
connections=32

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$backend/target/quarkus-app/quarkus-run.jar" ]; then
  echo "Building the backend…"
  (cd "$backend" && ./mvnw -B -q -DskipFrontend -DskipTests package)
fi
driver="$(ls "$backend"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"

port=""
for candidate in $(seq 18080 18180); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port in 18080-18180" >&2; exit 1; }

work="$(mktemp -d)"
app_pid=""
database=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$database" ]; then psql -h "${BENCH_PG%%:*}" -p "${BENCH_PG##*:}" -U postgres -qc "drop database if exists $database" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${BENCH_PG:-}" ]; then
  database="relance_bench_$$"
  psql -h "${BENCH_PG%%:*}" -p "${BENCH_PG##*:}" -U postgres -qc "create database $database"
  jdbc="jdbc:postgresql://${BENCH_PG}/$database"
  mkdir -p "$work/keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/keys/private.pem" 2>/dev/null
  openssl pkey -in "$work/keys/private.pem" -pubout -out "$work/keys/public.pem"
  export QUARKUS_DATASOURCE_JDBC_URL="$jdbc" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=""
  export SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$work/keys/private.pem"
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$work/keys/public.pem"
  export RELANCE_DEMO_DATA=true
  where="PostgreSQL at $BENCH_PG (database $database)"
else
  export RELANCE_DATA_DIR="$work/data"
  where="embedded PostgreSQL (data in $work/data)"
fi

echo "Starting the app on 127.0.0.1:$port with $where…"
QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_LOG_LEVEL=WARN \
  "$backend/start.sh" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then cat "$work/app.log" >&2; exit 1; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }

if [ -z "${BENCH_PG:-}" ]; then
  pg_port="$(sed -n 4p "$work/data/db/postmaster.pid")"
  jdbc="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
fi

# Heap in use after a full GC (jcmd, from the JDK): what the app keeps, the search index included.
heap_used() {
  jcmd "$app_pid" GC.run >/dev/null && sleep 1
  jcmd "$app_pid" GC.heap_info | sed -nE 's/.*(generation|heap) +total [0-9]+K, used ([0-9]+)K.*/\2/p' | awk '{ k += $1 } END { print k }' | awk '{ printf "%.1f MB", $1 / 1024 }'
}
heap_before="$(heap_used)"

echo "Generating $structures structures with $offers offers each…"
java -Dbench.dir="$here" -cp "$driver" "$here/Generate.java" "$jdbc" postgres "" "$structures" "$offers"

token="$(curl -sf -H 'Content-Type: application/json' \
  -d '{"email":"acheteur@demo.relance-iae.fr","password":"demo"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')"
total="$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/structures?size=1&facets=false" \
  | sed -E 's/.*"totalItems":([0-9]+).*/\1/')"
echo "The directory holds $total active structures."
heap_after="$(heap_used)"
echo "heap after a full GC | $heap_before with the demo data, $heap_after with $total structures indexed" \
  | tee -a "$work/results.txt"

results="$work/results.txt"
measure() { # label mode extra [connections]
  local label="$1" clients="${4:-$connections}" threads=2
  [ "${4:-$connections}" -ge 2 ] || threads=1
  TOKEN="$token" MODE="$2" EXTRA="$3" wrk -t$threads -c"$clients" -d5s -s "$here/queries.lua" \
    "http://127.0.0.1:$port" >/dev/null
  local line
  line="$(TOKEN="$token" MODE="$2" EXTRA="$3" wrk -t$threads -c"$clients" -d"$duration" \
    -s "$here/queries.lua" "http://127.0.0.1:$port" | grep '^RESULT')"
  echo "$label | $line | load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}
echo "Warming up (the JIT compiles the search's code paths; 5 s per kind of query)…"
for mode in two-terms selective one-term filters; do
  TOKEN="$token" MODE="$mode" EXTRA="" wrk -t2 -c"$connections" -d5s -s "$here/queries.lua" "http://127.0.0.1:$port" >/dev/null
done
echo "Measuring ($connections connections, $duration per run)…"
measure "two terms (broad), facets" two-terms ""
measure "two terms (broad), no facets" two-terms "&facets=false"
measure "two terms (kind + place), facets" selective ""
measure "two terms (kind + place), no facets" selective "&facets=false"
measure "one broad term, facets" one-term ""
measure "one broad term, no facets" one-term "&facets=false"
measure "filters only, facets" filters ""
# One connection: the service time of a request, without queueing behind the others.
measure "two terms (broad), facets, 1 connection" two-terms "" 1
measure "two terms (kind + place), facets, 1 connection" selective "" 1

if [ "$import_rows" -gt 0 ]; then
  echo "Timing the import of $import_rows new rows…"
  java "$here/MakeCsv.java" "$import_rows" "$work/import.csv"
  facilitator="$(curl -sf -H 'Content-Type: application/json' \
    -d '{"email":"animateur@demo.relance-iae.fr","password":"demo"}' \
    "http://127.0.0.1:$port/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')"
  java "$here/MakeCsv.java" "$import_rows" "$work/import-renamed.csv" bis
  import_file() { # label file: posts the file, waits for the job, prints the time and the counts
    local start end job state counts
    start=$(date +%s.%N)
    job="$(curl -sf -H "Authorization: Bearer $facilitator" -H 'Content-Type: text/csv' --data-binary "@$2" \
      "http://127.0.0.1:$port/api/v1/structure-imports" | sed -E 's/.*"id":"([^"]+)".*/\1/')"
    while :; do
      state="$(curl -sf -H "Authorization: Bearer $facilitator" "http://127.0.0.1:$port/api/v1/structure-imports/$job")"
      case "$state" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break ;; esac
      sleep 0.2
    done
    end=$(date +%s.%N)
    counts="$(echo "$state" | grep -oE '"(created|updated|unchanged|rejected)":[0-9]+' | tr '\n' ' ')"
    printf 'import %s | %s rows in %.1f s: %s\n' "$1" "$import_rows" "$(awk "BEGIN { print $end - $start }")" "$counts" \
      | tee -a "$results"
  }
  import_file "first (creates)" "$work/import.csv"
  import_file "second (unchanged)" "$work/import.csv"
  # Searches while an import rewrites every row: each search first catches up with the
  # rows committed so far (250 per transaction).
  TOKEN="$token" MODE=selective EXTRA="" wrk -t2 -c"$connections" -d15s -s "$here/queries.lua" \
    "http://127.0.0.1:$port" > "$work/during.txt" &
  wrk_pid=$!
  import_file "third (updates every row), with searches at $connections connections" "$work/import-renamed.csv"
  wait "$wrk_pid"
  echo "two terms (kind + place), facets, during that import (15 s) | $(grep '^RESULT' "$work/during.txt")" \
    | tee -a "$results"
fi

echo
echo "Summary ($structures structures × $offers offers, $connections connections, $(nproc) cores, $where):"
echo "(load = 1-minute load average at the end of each run: other work on the machine competes for its cores)"
cat "$results"
