#!/usr/bin/env bash
# End-to-end: the real Claude Code 2.1.328 (pinned in .ci/clients) against the
# fake Messages API (internal/fakes), with ccdiag's hooks written by
# `ccdiag install` into a throwaway HOME, in a loopback-only namespace.
# Binaries are built outside the namespace (no network inside).
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
# Top-level tests; they read ../../examples, so they run from their folder.
go_e2e hooks-e2e hooks/e2e "" 170s
