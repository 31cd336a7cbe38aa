#!/usr/bin/env bash
# End-to-end: the Claude Code vocabulary stays true to the pinned package.
# 1. templates.txt is what extract.sh makes of the pinned Claude Code today
#    (a new pin shows its new messages as a diff here, then as unclassified
#    templates in TestClaudeCodeTemplates once regenerated);
# 2. what the real Claude Code prints against the fake API (observe.sh,
#    loopback-only) is still listed in claudecode-real.txt (digits aside).
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
ensure_clients >/dev/null || { echo "vocab: 0 passed, 1 failed"; exit 1; }
dir=internal/apierror/testdata/vocab
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

bin=.ci/clients/node_modules/@anthropic-ai/claude-code/bin/claude.exe
if (cd "$dir/claudecode/extract" && go run . "$OLDPWD/$bin") >"$work/templates.txt" &&
	diff <(grep -v '^# ' "$dir/claudecode/templates.txt") "$work/templates.txt" >"$work/templates.diff"; then
	passed=$((passed + 1))
else
	failed=$((failed + 1))
	echo "templates.txt differs from the pinned Claude Code (run $dir/claudecode/extract.sh):"
	head -40 "$work/templates.diff"
fi

if bash "$dir/claudecode/observe.sh" >"$work/observed.txt"; then
	# Compare wordings with digits (ports, token counts) blanked.
	sed 's/ => .*//; s/[0-9]\+/N/g' "$dir/claudecode-real.txt" | grep -v '^#' >"$work/known.txt"
	while IFS= read -r line; do
		text=$(printf '%s\n' "${line#*: }" | sed 's/[0-9]\+/N/g')
		if grep -qxF -- "$text" "$work/known.txt"; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
			echo "not in claudecode-real.txt: $line"
		fi
	done <"$work/observed.txt"
else
	failed=$((failed + 1))
	echo "observe.sh failed"
fi
echo "vocab: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
