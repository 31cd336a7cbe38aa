#!/usr/bin/env bash
# End-to-end: the real Claude Code 2.1.328 (pinned in .ci/clients) against the
# fake Messages API (internal/fakes), with ccdiag's hooks written by
# `ccdiag install` into a throwaway HOME, in a loopback-only namespace.
# Binaries are built outside the namespace (no network inside).
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
ensure_clients || { echo "hooks-e2e: 0 passed, 1 failed"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/ccdiag" ./cmd/ccdiag &&
	go test -c -o "$work/hooks-e2e.test" ./hooks/e2e || { echo "hooks-e2e: 0 passed, 1 failed"; exit 1; }

claude=$(command -v claude)
# Run from the package folder, as `go test` would (tests read ../../examples).
cd hooks/e2e
CCDIAG_E2E_CLAUDE="$claude" CCDIAG_E2E_CCDIAG="$work/ccdiag" \
	loopback_only "$work/hooks-e2e.test" -test.v -test.count=1 -test.timeout=170s 2>&1 | tee "$work/out.txt"
rc=${PIPESTATUS[0]}
passed=$(grep -c '^--- PASS' "$work/out.txt")
failed=$(grep -c '^--- FAIL' "$work/out.txt")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "hooks-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
