#!/usr/bin/env bash
# Match preview benchmark, in memory (a script, not a test; no HTTP endpoint exists yet):
# MatchBench.java times what Matcher.match runs on its snapshot over N structures shaped
# like generate.sql's, at 1 and 8 concurrent callers. Target (issue 10): p99 <= 50 ms.
#
#   backend/bench/match.sh [structures=10000] [offers-per-structure=10] [seconds-per-run=5]
#
# Needs target/classes (./mvnw -DskipFrontend compile) and Lucene in ~/.m2 (matching reads text
# with the directory's French analyser); nothing else is loaded.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(cd "$here/.." && pwd)"
cd "$backend"
if [ ! -f target/classes/fr/relanceiae/sourcing/matching/MatchRanking.class ]; then
  ./mvnw -B -q -DskipFrontend compile
fi
lucene="$(sed -n 's:.*<lucene.version>\(.*\)</lucene.version>.*:\1:p' pom.xml)"
repo="${MAVEN_REPO:-$HOME/.m2/repository}/org/apache/lucene"
classpath="target/classes:$repo/lucene-core/$lucene/lucene-core-$lucene.jar"
classpath="$classpath:$repo/lucene-analysis-common/$lucene/lucene-analysis-common-$lucene.jar"
java -Xmx1g -cp "$classpath" "$here/MatchBench.java" "${1:-10000}" "${2:-10}" "${3:-5}"
