#!/usr/bin/env bash
# End-to-end: `ccdiag diagnose` reads what the real Claude Code 2.1.328
# (pinned in .ci/clients) prints — text, json and stream-json output — when the
# fake Messages API (internal/fakes) answers 500, 529, 429, 401, prompt too
# long and credit too low. Runs in a loopback-only namespace; binaries are
# built outside it (no network inside).
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
ensure_clients || { echo "diagnose-e2e: 0 passed, 1 failed"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/ccdiag" ./cmd/ccdiag &&
	go test -c -o "$work/diagnose-e2e.test" ./internal/apierror/e2e || { echo "diagnose-e2e: 0 passed, 1 failed"; exit 1; }

CCDIAG_E2E_CLAUDE="$(command -v claude)" CCDIAG_E2E_CCDIAG="$work/ccdiag" \
	loopback_only "$work/diagnose-e2e.test" -test.v -test.count=1 -test.timeout=300s 2>&1 | tee "$work/out.txt"
rc=${PIPESTATUS[0]}
passed=$(grep -c '^    --- PASS' "$work/out.txt")
failed=$(grep -c -- '--- FAIL' "$work/out.txt")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "diagnose-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
