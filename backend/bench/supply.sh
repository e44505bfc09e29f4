#!/usr/bin/env bash
# Supplies benchmark (a script, not a test): two instances of the packaged app sharing one
# PostgreSQL — A with its embedded server and the demo data, B pointed at A's server and keys —
# then SupplyBench.java:
#  1. a product with STOCK units, ORDERS draft orders of 1–10 units on it (demand above the
#     stock), all submitted by CLIENTS concurrent clients, half on A and half on B; submissions/s,
#     p50/p99, and /q/health/live measured the same way before and after (the ratio);
#  2. in SQL: nothing oversold, every line's reserved + backordered = asked, the ledger's sums =
#     the products' totals (per product and per line);
#  3. BACKORDERS backordered orders (inserted in SQL, the demo structures in turn) × PRODUCTS
#     products, half their need received: an allocation run proposed (dry run, twice), applied
#     (on B), more stock, then proposed and applied at once, each timed (target ≤ 2 s); the
#     checks again. Any failed request or check: "FAIL" and exit status 1.
#
#   backend/bench/supply.sh
#
# Environment: ORDERS=5000, STOCK=20000, CLIENTS=64, SECONDS_PER_RUN=10 (each /q/health/live
# run), BACKORDERS=10000, PRODUCTS=20, SKIP_BUILD=1 (reuse target/quarkus-app),
# JFR=1 (record the allocation phase on A: a profile left in $JFR_OUT, default /tmp/supply-alloc.jfr),
# KEEP_LOGS=<dir> (the two instances' logs copied there at the end).
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/app.sh"
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
build_app
start_app 18480
start_replica $((port + 1))
driver="$(ls "$backend"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
if [ -n "${JFR:-}" ]; then
  jcmd "$app_pid" JFR.start name=supply settings=profile >/dev/null
  jcmd "$replica_pid" JFR.start name=supply settings=profile >/dev/null
fi
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
java -cp "$driver" "$bench_dir/SupplyBench.java" "http://127.0.0.1:$port" "http://127.0.0.1:$replica_port" "$jdbc" \
  "${ORDERS:-5000}" "${STOCK:-20000}" "${CLIENTS:-64}" "${SECONDS_PER_RUN:-10}" "${BACKORDERS:-10000}" \
  "${PRODUCTS:-20}" | tee "$work/results.txt"
status=${PIPESTATUS[0]}
set -e
if [ -n "${JFR:-}" ]; then
  jcmd "$app_pid" JFR.dump name=supply filename="${JFR_OUT:-/tmp/supply-alloc.jfr}" >/dev/null
  jcmd "$replica_pid" JFR.dump name=supply filename="${JFR_OUT:-/tmp/supply-alloc.jfr}.b" >/dev/null
  echo "Profiles: ${JFR_OUT:-/tmp/supply-alloc.jfr} (A) and .b (B): jfr print --events jdk.ExecutionSample …"
fi
if [ "$status" -ne 0 ]; then
  echo "Errors logged by the instances:"
  grep -h -A25 -m3 ' ERROR ' "$work/app.log" "$work/replica.log" | head -120 || true
fi
echo
echo "Summary ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end):"
grep -E '^(RESULT|INFO|CHECK FAIL|FAIL)' "$work/results.txt"
exit "$status"
