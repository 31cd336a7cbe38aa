#!/usr/bin/env bash
# End-to-end: does `ccdiag doctor` agree with the real Claude Code 2.1.328
# (pinned in .ci/clients) about which proxy carries API traffic (https_proxy,
# HTTPS_PROXY, http_proxy, HTTP_PROXY, NO_PROXY) and which CA files make a
# private CA trusted? Runs internal/doctor's TestRealClaudeCode* tests with the
# real binary, against fakes (internal/fakes), in a loopback-only namespace.
# The test binary is built outside the namespace (no network inside).
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
ensure_clients || { echo "doctor-e2e: 0 passed, 1 failed"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/doctor.test" ./internal/doctor || { echo "doctor-e2e: 0 passed, 1 failed"; exit 1; }

claude=$(command -v claude)
cd internal/doctor
CCDIAG_E2E_CLAUDE="$claude" \
	loopback_only "$work/doctor.test" -test.run '^TestRealClaudeCode' -test.v -test.count=1 -test.timeout=600s 2>&1 | tee "$work/out.txt"
rc=${PIPESTATUS[0]}
passed=$(grep -c '^    --- PASS' "$work/out.txt")
failed=$(grep -c '^    --- FAIL' "$work/out.txt")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "doctor-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
