#!/usr/bin/env bash
# `npm test`: the static checks (scripts/checks.sh: ESLint, Prettier, tsc) and the test suite (vitest run)
# side by side. Alone, the checks leave one of CI's two cores idle for most of their ~90 s (ESLint, the
# longest, is one process: ~73 s CPU of ~116 s in all); the suite's workers fill it. The checks' output
# is printed after the suite's; the command fails when either fails. Arguments go to vitest.
set -uo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
bash scripts/checks.sh >"$log" 2>&1 &
checks=$!
status=0
node_modules/.bin/vitest run "$@" || status=$?
checks_status=0
wait "$checks" || checks_status=$?
echo
echo "npm test: the checks (ESLint, Prettier, tsc):"
cat "$log"
if [ "$checks_status" -ne 0 ]; then
  echo "npm test: the checks failed (exit $checks_status)." >&2
  status=1
fi
exit "$status"
