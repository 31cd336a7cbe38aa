#!/usr/bin/env bash
# End-to-end: the ccdiag plugin in the real Claude Code 2.1.328 (pinned in
# .ci/clients): `claude plugin validate --strict` of this repository, then
# marketplace add + plugin install into throwaway HOMEs, with the binary
# reaching the plugin through each launcher path, in a loopback-only namespace.
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
ensure_clients || { echo "plugin-e2e: 0 passed, 1 failed"; exit 1; }
validated=0 invalid=0
for args in "--strict" "--strict --profile directory"; do
	# shellcheck disable=SC2086
	if HOME=$(mktemp -d) loopback_only claude plugin validate $args . >/tmp/ccdiag-validate.$$ 2>&1; then
		validated=$((validated + 1))
	else
		invalid=$((invalid + 1))
		echo "claude plugin validate $args . failed:"
		cat /tmp/ccdiag-validate.$$
	fi
	rm -f /tmp/ccdiag-validate.$$
done
echo "plugin-validate: $validated passed, $invalid failed"
version=$(sed -n 's/^version //p' .claude-plugin/release.txt)
CCDIAG_E2E_VERSION=$version GO_E2E_LDFLAGS="-X main.version=$version" go_e2e plugin-e2e internal/plugin/e2e "" 170s
rc=$?
[ "$invalid" -eq 0 ] && [ $rc -eq 0 ]
