#!/usr/bin/env bash
# End-to-end: `ccdiag run` around the real Claude Code 2.1.328 (pinned in
# .ci/clients) against the fake Messages API (internal/fakes), with ccdiag's
# hooks installed into a throwaway HOME, in a loopback-only namespace: waits,
# model switches, compaction, stops and usage-limit resets, in every output
# format, with stdout byte-identical to Claude Code's.
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
go_e2e run-e2e internal/headless/e2e "    " 240s
