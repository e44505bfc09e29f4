#!/usr/bin/env bash
# Activity barometer benchmark (a script, not a test): the packaged app with the demo data, STRUCTURES
# structures (generate.sql, no offers) spread over every department, SURVEYS weekly answers over the
# 52 weeks up to this one (indicators.sql), then IndicatorsBench.java measures, in one run:
# GET /api/v1/indicators/activity over one year (all the answers) with nothing kept in memory (every
# week's count touched before each request, 10 requests), then /q/health/live (the yardstick) and,
# each after a 5 s warm-up, the year as a facilitator and as a partner (suppressed), the year for one
# department, the default 12 weeks, the dashboard's calls (level=WEEK over 12 weeks and a year, one
# week's breakdowns by department and kind, a department's totals) and the CSV export of the year,
# at 1 and CLIENTS clients;
# p50/p99, req/s and the ratio to /q/health/live.
# Issue 12's target: the aggregates over 200,000 surveys within 150 ms.
#
#   backend/bench/indicators.sh
#
# Environment: STRUCTURES=4000, SURVEYS=200000, SECONDS_PER_RUN=10, CLIENTS=4 (the second run of each),
# SKIP_BUILD=1 (reuse target/quarkus-app), PORT=18580 (the first port tried).
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/app.sh"
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
structures="${STRUCTURES:-4000}"
surveys="${SURVEYS:-200000}"
build_app
start_app "${PORT:-18580}"
echo "Generating $structures structures…"
generate_structures "$structures" 0
driver="$(ls "$backend"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dbench.dir="$bench_dir" -cp "$driver" "$bench_dir/IndicatorsBench.java" "http://127.0.0.1:$port" "$jdbc" \
  "$surveys" "${SECONDS_PER_RUN:-10}" "${CLIENTS:-4}" | tee "$work/results.txt"
echo
echo "Summary ($structures structures + the demo's, $surveys surveys, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end):"
grep -E '^(RESULT|INFO|RATIO|FAIL)' "$work/results.txt"
