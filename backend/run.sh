#!/usr/bin/env bash
# Builds the web app and the backend, then starts the whole product on
# http://localhost:8080 with an embedded PostgreSQL and demo data (README: "Run").
# Data lives in ~/.relance-iae (RELANCE_DATA_DIR to change it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../.ci/check-env.sh"
check_java
check_node
cd "$here"
./mvnw -B -q package -DskipTests
port="${QUARKUS_HTTP_PORT:-8080}"
cat <<INFO

  Relance IAE starts on http://localhost:$port  (API: /api/v1, Swagger UI: /q/swagger-ui)
  Demo accounts (password "demo"):
    acheteur@demo.relance-iae.fr   buyer (Ville de Montreuil)
    siae@demo.relance-iae.fr       inclusion enterprise
    animateur@demo.relance-iae.fr  facilitator (Club ASR)
    admin@demo.relance-iae.fr      administrator
  Partner API client: partenaire-demo / demo-secret
  Stop with Ctrl+C.

INFO
exec "$here/start.sh"
