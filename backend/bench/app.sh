# Shared by the benchmark scripts (sourced, not run): builds the backend unless
# SKIP_BUILD=1, starts the packaged app on a free loopback port with the embedded
# PostgreSQL and the demo data in a temporary directory, and stops it on exit.
# After `start_app FIRST_PORT`: $port, $app_pid, $work, $jdbc (the embedded database).
# After `start_replica FIRST_PORT` (once start_app has run): $replica_port, $replica_pid, a
# second instance on the first's embedded PostgreSQL and JWT keys (two replicas, one database).

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
backend="$(cd "$bench_dir/.." && pwd)"

build_app() {
  if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$backend/target/quarkus-app/quarkus-run.jar" ]; then
    echo "Building the backend…"
    (cd "$backend" && ./mvnw -B -q -DskipFrontend -DskipTests package)
  fi
}

start_app() { # first-port
  port=""
  for candidate in $(seq "$1" $(($1 + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "no free port from $1" >&2; exit 1; }
  work="$(mktemp -d)"
  app_pid=""
  trap 'stop_app' EXIT
  echo "Starting the app on 127.0.0.1:$port (embedded PostgreSQL, demo data in $work)…"
  RELANCE_DATA_DIR="$work/data" RELANCE_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$port \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_LOG_LEVEL=WARN \
    "$backend/start.sh" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
  jdbc="jdbc:postgresql://127.0.0.1:$(sed -n 4p "$work/data/db/postmaster.pid")/postgres"
}

# A second instance sharing the first's database and keys: what a deployment with two replicas
# behind a load balancer looks like (no demo data of its own; migrations already applied).
start_replica() { # first-port
  replica_port=""
  for candidate in $(seq "$1" $(($1 + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then replica_port=$candidate; break; fi
  done
  [ -n "$replica_port" ] || { echo "no free port from $1" >&2; exit 1; }
  echo "Starting a second instance on 127.0.0.1:$replica_port (the first one's database, $jdbc)…"
  QUARKUS_DATASOURCE_JDBC_URL="$jdbc" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/data/keys/private.pem" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/data/keys/public.pem" \
    RELANCE_DATA_DIR="$work/replica" RELANCE_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$replica_port \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_LOG_LEVEL=WARN \
    "$backend/start.sh" >"$work/replica.log" 2>&1 &
  replica_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$replica_port/q/health/ready" >/dev/null && break
    kill -0 "$replica_pid" 2>/dev/null || { cat "$work/replica.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -sf "http://127.0.0.1:$replica_port/q/health/ready" >/dev/null || { tail -50 "$work/replica.log" >&2; exit 1; }
}

stop_app() {
  # the replica first: it would otherwise lose its database under it
  if [ -n "${replica_pid:-}" ]; then kill "$replica_pid" 2>/dev/null || true; wait "$replica_pid" 2>/dev/null || true; fi
  if [ -n "${app_pid:-}" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  # KEEP_LOGS=<dir>: the instances' logs are copied there before the work directory goes
  if [ -n "${KEEP_LOGS:-}" ] && [ -n "${work:-}" ]; then mkdir -p "$KEEP_LOGS" && cp "$work"/*.log "$KEEP_LOGS"/ 2>/dev/null || true; fi
  [ -n "${work:-}" ] && rm -rf "$work"
}

# Generates N structures with M offers each in the app's database (bench/Generate.java).
generate_structures() { # structures offers
  local driver
  driver="$(ls "$backend"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)"
  java -Dbench.dir="$bench_dir" -cp "$driver" "$bench_dir/Generate.java" "$jdbc" postgres "" "$1" "$2"
}
