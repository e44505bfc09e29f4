#!/usr/bin/env bash
# Regenerates the root openapi.yaml (the API contract) from the backend, then the
# frontend's API types from it. Run after changing any resource or DTO.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
./mvnw -B -q -DskipFrontend test -Dtest=OpenApiContractTest -Dupdate-contract=true -Dsurefire.failIfNoSpecifiedTests=false
if [ -d ../frontend/node_modules ]; then
  (cd ../frontend && npm run gen:api)
else
  echo "frontend/node_modules is missing: run 'npm ci && npm run gen:api' in frontend/ to refresh the API types."
fi
