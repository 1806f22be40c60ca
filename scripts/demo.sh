#!/usr/bin/env bash
# One command from a fresh clone to the running demo: system packages, npm packages (which also
# compile the code-set index), then `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund
exec npm start
