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
go_e2e doctor-e2e internal/doctor "    " 600s -test.run '^TestRealClaudeCode'
