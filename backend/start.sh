#!/usr/bin/env bash
# Starts the packaged backend (target/quarkus-app, or the folder this script is in when it
# holds quarkus-run.jar, as in the Docker image) with the JVM options its start is measured
# with (backend/bench/RESULTS.md, "Restart"):
#   - the serial garbage collector: the app holds well under 100 MB once started, and G1's
#     set-up and concurrent threads cost a restart about 0.7 s of CPU on 2 cores; a young
#     generation of half the heap (2 collections during a start instead of 4) and room for the
#     classes' metadata from the start (without it, a full collection stops the start for
#     0.17 s when the metadata reach 21 MB);
#   - a class data sharing archive of the classes a start loads, written as the first run
#     with this build and this Java stops, then mapped by every later start (about 1 s less);
#   - C2, the optimising compiler, waits for 10 times as many calls as by default: a start
#     runs much code many times but once only (Hibernate's and the validator's metadata, class
#     loading), which C2 compiled for nothing while the start waited for the CPU; what a
#     request runs is called that often within seconds under load.
# Arguments go to the JVM (-D…, -X…) or to the app. The script becomes the JVM (same pid).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ -f "$here/quarkus-run.jar" ]; then app="$here"; else app="$here/target/quarkus-app"; fi
jar="$app/quarkus-run.jar"
[ -f "$jar" ] || { echo "No packaged app in $app: build it first (backend/run.sh)" >&2; exit 1; }

java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
# An archive fits one build of the app and one Java: its name carries a checksum of that
# Java's release file, and it is used only if newer than the app's jar.
java_id="$( (cksum <"$java_home/release" || echo unknown) 2>/dev/null | cut -d' ' -f1)"
archive="$app/relance-iae-$java_id.jsa"
usable() { [ -s "$1" ] && [ "$1" -nt "$jar" ]; }

# An archive is written by the JVM as it exits, under a name of its own (several instances may
# start at once); the first start after that one moves it into place.
for written in "$app"/relance-iae-"$java_id".jsa.*.tmp; do
  [ -e "$written" ] || continue
  writer="${written%.tmp}"; writer="${writer##*.}"
  if kill -0 "$writer" 2>/dev/null; then continue; fi # still running: not written yet
  if ! usable "$archive" && usable "$written"; then mv -f "$written" "$archive"; else rm -f "$written"; fi
done

options=(-XX:+UseSerialGC -XX:NewRatio=1 -XX:MetaspaceSize=256m -Xlog:cds=off -Xlog:cds+dynamic=off
  -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
  -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000)
if usable "$archive"; then
  options+=("-XX:SharedArchiveFile=$archive")
elif [ -w "$app" ]; then
  options+=("-XX:ArchiveClassesAtExit=$archive.$$.tmp")
fi

jvm_options=()
app_arguments=()
for argument in "$@"; do
  case "$argument" in -D* | -X*) jvm_options+=("$argument") ;; *) app_arguments+=("$argument") ;; esac
done
exec java "${options[@]}" ${jvm_options[@]+"${jvm_options[@]}"} -jar "$jar" ${app_arguments[@]+"${app_arguments[@]}"}
