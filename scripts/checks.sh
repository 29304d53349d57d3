#!/usr/bin/env bash
# The static checks of `npm test`: ESLint (type-aware, the slowest) on one core while Prettier and then
# tsc run on the other. Exits non-zero when any of the three fails, after all three have finished.
set -uo pipefail
cd "$(dirname "$0")/.."
npm run --silent lint &
lint=$!
status=0
npm run --silent format:check || status=$?
npm run --silent typecheck || status=$?
wait "$lint" || status=$?
exit "$status"
