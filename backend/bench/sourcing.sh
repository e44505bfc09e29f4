#!/usr/bin/env bash
# Sourcing benchmark (a script, not a test): starts the packaged app with the demo
# data, adds N structures (10 offers each), then measures with SourcingBench.java, at
# 1 and 8 concurrent clients: /q/health/live (the yardstick), the match preview of a
# request over departments and of one over a point + radius, and publishing
# (matching, the solicitations and their e-mails written). Prints p50/p99 and req/s.
#
#   backend/bench/sourcing.sh [structures=10000]
#
# Environment: SECONDS_PER_RUN=10, SKIP_BUILD=1 (reuse target/quarkus-app).
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/app.sh"
structures="${1:-10000}"
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
build_app
start_app 18380
echo "Generating $structures structures…"
generate_structures "$structures" 10
echo "Measuring (${SECONDS_PER_RUN:-10} s per run; publishing: 10 requests per client)…"
java "$bench_dir/SourcingBench.java" "http://127.0.0.1:$port" "${SECONDS_PER_RUN:-10}" | tee "$work/results.txt"
echo
echo "Summary ($structures structures, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end):"
grep -E '^(RESULT|INFO)' "$work/results.txt"
