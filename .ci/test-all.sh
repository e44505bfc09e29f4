#!/usr/bin/env bash
# Runs every test of Relance IAE: frontend (API types, lint, format, type check,
# unit tests), backend (JUnit + REST Assured on a real embedded PostgreSQL), and
# the browser end-to-end tests against the packaged app started on a free port
# with a throwaway data directory. This is the README's test command.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. "$root/.ci/check-env.sh"

echo "==> Checking the tools"
check_java
check_node

chromium_path="${CHROMIUM_PATH:-}"
if [ -z "$chromium_path" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then chromium_path=$(command -v "$candidate"); break; fi
  done
fi
if [ -z "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing Chromium from Debian's packages (browser tests)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    chromium_path=$(command -v chromium)
  else
    echo "Chromium is needed for the browser tests: install it (Debian/Ubuntu: 'sudo apt-get install chromium')" >&2
    echo "or set CHROMIUM_PATH to a Chromium or Chrome executable." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH="$chromium_path"

echo "==> Frontend: install, API types, lint, format, type check, unit tests, build"
(cd frontend && npm ci --no-audit --no-fund && npm run verify && npm run build)

echo "==> Backend: tests on an embedded PostgreSQL, then the packaged app (with the web app)"
# The SPA was just built: package ships frontend/dist without running npm again.
(cd backend && ./mvnw -B verify -DskipNpm)

echo "==> Browser end-to-end tests against the packaged app"
port=$(free_port)
data_dir=$(mktemp -d -t relance-iae-e2e.XXXXXX)
log_file="$data_dir/app.log"
RELANCE_DATA_DIR="$data_dir" QUARKUS_HTTP_PORT="$port" \
  backend/start.sh >"$log_file" 2>&1 &
app_pid=$!
cleanup() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap cleanup EXIT
if ! wait_until_ready "http://127.0.0.1:$port/q/health/ready" 180; then
  echo "---- app log ----"; cat "$log_file"; exit 1
fi
if ! (cd frontend && E2E_BASE_URL="http://127.0.0.1:$port" npm run e2e); then
  echo "---- app log (last 80 lines) ----"; tail -n 80 "$log_file"; exit 1
fi
echo "==> All tests passed"
