#!/usr/bin/env bash
# Match preview benchmark, in memory (a script, not a test; no HTTP endpoint exists yet):
# MatchBench.java times what Matcher.match runs on its snapshot over N structures shaped
# like generate.sql's, at 1 and 8 concurrent callers. Target (issue 10): p99 <= 50 ms.
#
#   backend/bench/match.sh [structures=10000] [offers-per-structure=10] [seconds-per-run=5]
#
# Needs target/classes (./mvnw -DskipFrontend compile) and the dependencies in ~/.m2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(cd "$here/.." && pwd)"
cd "$backend"
if [ ! -f target/classes/fr/relanceiae/sourcing/matching/MatchRanking.class ]; then
  ./mvnw -B -q -DskipFrontend compile
fi
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=compile >/dev/null
java -Xmx1g -cp "target/classes:$(cat "$classpath_file")" "$here/MatchBench.java" "${1:-10000}" "${2:-10}" "${3:-5}"
