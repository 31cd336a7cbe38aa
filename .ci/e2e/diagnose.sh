#!/usr/bin/env bash
# End-to-end: `ccdiag diagnose` reads what the real Claude Code 2.1.328
# (pinned in .ci/clients) prints — text, json and stream-json output — when the
# fake Messages API (internal/fakes) answers 500, 529, 429, 401, prompt too
# long and credit too low. Runs in a loopback-only namespace; binaries are
# built outside it (no network inside).
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
go_e2e diagnose-e2e internal/apierror/e2e "    " 300s
