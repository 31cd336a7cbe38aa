#!/usr/bin/env bash
# Runs the pinned Claude Code headless (`claude -p`) against the fake Messages
# API of hooks/e2e (TestServeFake), once per failure the fake can play, in a
# loopback-only network namespace (needs root for unshare), and prints what
# Claude Code printed: the source of ../claudecode-real.txt.
# Usage: observe.sh  (from anywhere in the repository)
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../../.." && pwd)
cd "$root"
. .ci/lib.sh
ensure_clients >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/fake.test" ./hooks/e2e
cat >"$work/run.sh" <<RUN
#!/bin/sh
key=sk-ant-test-key-observe-0123456789abcdefgh
mkdir -p "$work/home/.claude" "$work/proj"
printf '{"hasCompletedOnboarding":true,"customApiKeyResponses":{"approved":["%s"]},"projects":{"%s":{"hasTrustDialogAccepted":true}}}' "\$(printf %s "\$key" | tail -c 20)" "$work/proj" >"$work/home/.claude.json"
port=18191
for mode in 500 529 429 401 ptl credit usage; do
	CCDIAG_E2E_SERVE=127.0.0.1:\$port CCDIAG_E2E_DEFAULT=\$mode "$work/fake.test" -test.run TestServeFake >/dev/null 2>&1 &
	fake=\$!
	sleep 0.5
	out=\$(cd "$work/proj" && HOME="$work/home" ANTHROPIC_BASE_URL=http://127.0.0.1:\$port ANTHROPIC_API_KEY=\$key \
		CLAUDE_CODE_MAX_RETRIES=0 DISABLE_TELEMETRY=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 DISABLE_AUTOUPDATER=1 \
		timeout 60 claude -p hi 2>&1 || true)
	printf '%s: %s\n' "\$mode" "\$out"
	kill \$fake
	port=\$((port + 1))
done
# Failures Claude Code words itself, with no answer at all: nothing listening
# at the base URL, and a proxy it cannot speak to (SOCKS).
for mode in refused socks; do
	proxy=
	[ \$mode = socks ] && proxy=socks5://127.0.0.1:\$((port + 1))
	out=\$(cd "$work/proj" && HOME="$work/home" ANTHROPIC_BASE_URL=http://127.0.0.1:\$port ANTHROPIC_API_KEY=\$key \
		HTTPS_PROXY=\$proxy HTTP_PROXY=\$proxy \
		CLAUDE_CODE_MAX_RETRIES=0 DISABLE_TELEMETRY=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 DISABLE_AUTOUPDATER=1 \
		timeout 60 claude -p hi 2>&1 || true)
	printf '%s: %s\n' "\$mode" "\$out"
done
RUN
loopback_only sh "$work/run.sh"
