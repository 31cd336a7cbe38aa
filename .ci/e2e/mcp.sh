#!/usr/bin/env bash
# End-to-end: `ccdiag mcp` against real MCP clients, all pinned in .ci/clients
# and run in a loopback-only namespace with a throwaway HOME:
#   - MCP Inspector 2.12.0 CLI: tools/list (--strict), every tool called in
#     both protocol eras, an isError call;
#   - the TypeScript SDK 1.32.2 client (mcp-smoke.mjs): list, call, isError,
#     cancellation, the status deadline;
#   - the conformance suite 0.1.16 against --http on loopback, with a baseline
#     of fixture-only scenarios (mcp-conformance-baseline.yml);
#   - Claude Code 2.1.328: `claude mcp list` shows ✔ Connected, plain and with
#     MCP_PROTOCOL_NEGOTIATION=legacy; and `claude -p` against a fake Messages
#     API calls diagnose_error and sends the diagnosis back (mcp/e2e).
# Ends with "mcp-e2e: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. .ci/lib.sh

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -n 20 | sed 's/^/     /'; return 0; }
finish() { echo "mcp-e2e: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

ensure_clients || { fail "install real clients"; finish; }

work=$(mktemp -d)
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
bin=$work/ccdiag
go build -o "$bin" ./cmd/ccdiag && go test -c -o "$work/mcp-e2e.test" ./mcp/e2e || { fail "go build"; finish; }

# A throwaway project and HOME; nothing may reach beyond loopback, and the
# status page and API point at a closed port (the tools must still answer).
project=$work/project
mkdir -p "$project" "$work/home"
printf '# Project\n\nBuild with `make`. See @docs/setup.md.\n' >"$project/CLAUDE.md"
printf '{"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"hi"}]}\n' >"$project/req.json"
export HOME=$work/home XDG_CACHE_HOME=$work/home/.cache CCDIAG_CACHE_DIR=$work/home/.cache/ccdiag
export CCDIAG_STATUS_URL=http://127.0.0.1:1 ANTHROPIC_BASE_URL=http://127.0.0.1:1
unset ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN
# A Claude Code transcript for the project with one failed turn (the shape
# Claude Code 2.1.x writes), for recent_api_errors and the prompt.
tdir=$HOME/.claude/projects/$(printf '%s' "$project" | sed 's/[^A-Za-z0-9]/-/g')
mkdir -p "$tdir"
cat >"$tdir/e2e-session.jsonl" <<'JSONL'
{"type":"user","message":{"role":"user","content":"refactor the parser"},"timestamp":"2026-11-25T09:00:00.000Z","sessionId":"e2e-session","version":"2.1.328"}
{"type":"assistant","isApiErrorMessage":true,"apiErrorStatus":529,"apiErrorType":"overloaded_error","error":"server_error","requestId":"req_011E2EOverloadedRequestId","message":{"model":"<synthetic>","role":"assistant","content":[{"type":"text","text":"API Error: Repeated 529 Overloaded errors"}]},"timestamp":"2026-11-25T09:00:30.000Z","sessionId":"e2e-session","version":"2.1.328"}
JSONL
export DISABLE_TELEMETRY=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 DISABLE_AUTOUPDATER=1

# jsonq FILE EXPR: evaluates a JS expression over the parsed JSON `j`.
jsonq() { node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); const v=eval(process.argv[2]); if(!v){process.exit(1)}' "$1" "$2"; }

inspector() { (cd "$project" && loopback_only mcp-inspector --cli --format json "$@"); }

# --- MCP Inspector -----------------------------------------------------------
for era in legacy modern; do
	if inspector --protocol-era "$era" --strict "$bin" mcp --method tools/list >"$work/list.json" 2>"$work/list.err"; then
		if jsonq "$work/list.json" 'j.result.tools.length >= 5 && j.result.tools.every(t => t.outputSchema && t.annotations && t.annotations.destructiveHint === false)'; then
			ok "inspector $era: tools/list --strict exits 0 ($(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).result.tools.map(t=>t.name).join(" "))' "$work/list.json"))"
		else
			fail "inspector $era: tools/list shape" "$(head -c 600 "$work/list.json")"
		fi
	else
		fail "inspector $era: tools/list --strict exit $?" "$(cat "$work/list.err")"
	fi
done

# One successful call per tool, in both eras; the JS check runs on the result.
calls=(
	'validate_request|{"path":"req.json"}|j.result.structuredContent.valid === true'
	'validate_request|{"payload":"{\"messages\":[]}"}|j.result.structuredContent.errors >= 2'
	'estimate_tokens|{"text":"abcdabcdabcdabcd"}|j.result.structuredContent.tokens === 4 && j.result.structuredContent.exact === false'
	'estimate_tokens|{"path":"CLAUDE.md","model":"claude-opus-4-6"}|j.result.structuredContent.tokens > 0'
	'lint_claude_md|{}|j.result.structuredContent.findings.some(f => f.rule === "import-missing")'
	'recent_api_errors|{"limit":5}|j.result.structuredContent.errors[0].request_id === "req_011E2EOverloadedRequestId" && /2\.1\.328/.test(j.result.structuredContent.ticket)'
	'check_api_status|{}|j.result.structuredContent.state === "unknown"'
)
if jsonq "$work/list.json" 'j.result.tools.some(t => t.name === "diagnose_error")'; then
	calls+=('diagnose_error|{"text":"API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"}|j.result.structuredContent.category === "overloaded"')
fi
for era in legacy modern; do
	for c in "${calls[@]}"; do
		IFS='|' read -r tool args check <<<"$c"
		if inspector --protocol-era "$era" "$bin" mcp --method tools/call --tool-name "$tool" --tool-args-json "$args" >"$work/call.json" 2>"$work/call.err" &&
			jsonq "$work/call.json" "!j.result.isError && ($check)"; then
			ok "inspector $era: $tool $args"
		else
			fail "inspector $era: $tool $args" "$(head -c 800 "$work/call.json"; head -c 800 "$work/call.err")"
		fi
	done
	# An expected failure is an isError result: the Inspector exits 5.
	inspector --protocol-era "$era" "$bin" mcp --method tools/call --tool-name lint_claude_md --tool-args-json '{"path":"/etc"}' >"$work/call.json" 2>"$work/call.err"
	rc=$?
	if [ "$rc" -eq 5 ] && jsonq "$work/call.json" 'j.result.isError === true && /outside the allowed roots/.test(j.result.content[0].text)'; then
		ok "inspector $era: path outside the roots is an isError result"
	else
		fail "inspector $era: path outside the roots (exit $rc)" "$(head -c 600 "$work/call.json"; cat "$work/call.err")"
	fi
done
if inspector "$bin" mcp --method prompts/list >"$work/prompts.json" 2>"$work/prompts.err"; then
	if jsonq "$work/prompts.json" 'j.result.prompts.some(p => p.name === "diagnose-last-error")'; then
		if inspector "$bin" mcp --method prompts/get --prompt-name diagnose-last-error >"$work/prompt.json" 2>"$work/prompt.err" &&
			jsonq "$work/prompt.json" '/req_011E2EOverloadedRequestId/.test(j.result.messages[0].content.text)'; then
			ok "inspector: prompts/get diagnose-last-error"
		else
			fail "inspector: prompts/get diagnose-last-error" "$(cat "$work/prompt.json" "$work/prompt.err")"
		fi
	fi
fi

# --- TypeScript SDK client ---------------------------------------------------
if (cd "$project" && loopback_only node "$root/.ci/e2e/mcp-smoke.mjs" "$bin" "$project") >"$work/smoke.out" 2>&1; then
	ok "typescript sdk smoke ($(grep -c '^ok' "$work/smoke.out") checks; $(grep -o 'answered in [0-9]* ms' "$work/smoke.out"))"
else
	fail "typescript sdk smoke" "$(grep -v '^ok' "$work/smoke.out")"
fi

# --- Conformance suite over streamable HTTP on loopback ------------------------
conformance_run() {
	"$bin" mcp --http 127.0.0.1:0 2>"$work/http.err" &
	local pid=$! url="" i
	for i in $(seq 1 50); do
		url=$(grep -o 'http://127.0.0.1:[0-9]*/mcp' "$work/http.err" | head -n 1)
		[ -n "$url" ] && break
		sleep 0.1
	done
	[ -n "$url" ] || { echo "server did not start: $(cat "$work/http.err")"; kill "$pid"; return 1; }
	conformance server --url "$url" --expected-failures "$root/.ci/e2e/mcp-conformance-baseline.yml"
	local rc=$?
	kill "$pid"
	wait "$pid" 2>/dev/null
	return $rc
}
export bin work root
# (dash, which loopback_only runs, drops exported bash functions: pass the source.)
if (cd "$work" && loopback_only bash -c "$(declare -f conformance_run); conformance_run") >"$work/conf.out" 2>&1; then
	ok "conformance suite: $(grep -E '^Total:' "$work/conf.out" | head -n 1) (failures all in the baseline)"
else
	fail "conformance suite" "$(tail -n 20 "$work/conf.out")"
fi

# --- Claude Code ---------------------------------------------------------------
if (cd "$project" && loopback_only claude mcp add -s user ccdiag -- "$bin" mcp) >"$work/add.out" 2>&1; then
	for mode in plain legacy; do
		env=()
		[ "$mode" = legacy ] && env=(MCP_PROTOCOL_NEGOTIATION=legacy)
		(cd "$project" && env "${env[@]}" bash -c '. "$0"/.ci/lib.sh; loopback_only claude mcp list' "$root") >"$work/list.out" 2>&1
		if grep -q 'ccdiag: .*✔ Connected' "$work/list.out"; then
			ok "claude mcp list ($mode): $(grep 'ccdiag:' "$work/list.out")"
		else
			fail "claude mcp list ($mode)" "$(cat "$work/list.out")"
		fi
	done
else
	fail "claude mcp add" "$(cat "$work/add.out")"
fi

# Claude Code calls diagnose_error for real: a fake Messages API (mcp/e2e)
# answers with a tool_use and checks the tool_result Claude Code sends back.
if (cd mcp/e2e && CCDIAG_E2E_CLAUDE=$(command -v claude) CCDIAG_E2E_CCDIAG=$bin \
	loopback_only "$work/mcp-e2e.test" -test.v -test.count=1 -test.timeout=120s) >"$work/cc.out" 2>&1; then
	ok "claude -p calls mcp__ccdiag__diagnose_error and gets the diagnosis ($(grep -c '^    --- PASS' "$work/cc.out") protocol modes)"
else
	fail "claude -p calls mcp__ccdiag__diagnose_error" "$(grep -v '^        {' "$work/cc.out" | tail -n 20)"
fi

finish
