#!/usr/bin/env bash
# One command from a fresh clone to the full test run (unit, worker over HTTP, Chromium e2e).
# Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh || { echo "0 passed, 1 failed"; exit 1; }
if ! { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; }; then
  npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
fi
exec npm test
