#!/usr/bin/env bash
# The StopFailure hook as the plugin runs it (not run by CI; needs hyperfine).
#
#   bash hooks/bench/plugin.sh
#
# Claude Code runs a hook command with `/bin/sh -c COMMAND`. This compares, on
# the same StopFailure payload:
# the floor (sh running /bin/true), the command `ccdiag install` writes, the
# plugin.json hook (binary in ${CLAUDE_PLUGIN_DATA}), and a shell launcher
# that resolves the binary on every call (what the plugin avoids on this path).
# Wall-clock figures move with the machine's load; "cpu" (user + system, mean)
# much less.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's/^version //p' .claude-plugin/release.txt)
mkdir -p "$work/data/bin" "$work/root"
# Static, as the release binaries and the launcher's go install are.
CGO_ENABLED=0 go build -ldflags "-X main.version=$version" -o "$work/data/bin/ccdiag" ./cmd/ccdiag
go build -o "$work/minimal" ./hooks/bench/testdata/minimal
cp -r .claude-plugin "$work/root/"
# The launcher without its hook shortcut, so `launcher hook` resolves and execs.
sed '/^if \[ "${1:-}" = hook \]; then/,/^fi$/d' .claude-plugin/bin/ccdiag >"$work/root/.claude-plugin/bin/resolving"
chmod +x "$work/root/.claude-plugin/bin/resolving"
export CLAUDE_PLUGIN_DATA="$work/data" CLAUDE_PLUGIN_ROOT="$work/root"
export CCDIAG_STATE_DIR="$work/state" CCDIAG_CACHE_DIR="$work/cache" PATH="$PATH"
# As under `claude -p` (where Claude Code kills the hook ~17 ms after spawning
# it): no desktop notification to compute. Interactive sessions (cli) add it.
export CLAUDE_CODE_ENTRYPOINT=${CLAUDE_CODE_ENTRYPOINT:-sdk-cli}
hookcmd=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["hooks"]["StopFailure"][0]["hooks"][0]["command"])' .claude-plugin/plugin.json)
hookcmd=${hookcmd//'${CLAUDE_PLUGIN_DATA}'/$CLAUDE_PLUGIN_DATA}
hookcmd=${hookcmd//'${CLAUDE_PLUGIN_ROOT}'/$CLAUDE_PLUGIN_ROOT}
mkdir -p "$work/install-home"
HOME="$work/install-home" "$work/data/bin/ccdiag" install --binary "$work/data/bin/ccdiag" --no-mcp --no-statusline >/dev/null
installed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["hooks"]["StopFailure"][0]["hooks"][0]["command"])' "$work/install-home/.claude/settings.json")
printf '%s' '{"session_id":"bench-plugin","transcript_path":"/nonexistent","cwd":"/p","hook_event_name":"StopFailure","error":"server_error","last_assistant_message":"API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com."}' >"$work/sf.json"
echo "CLAUDE_CODE_ENTRYPOINT=$CLAUDE_CODE_ENTRYPOINT; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg); /bin/sh is $(readlink -f /bin/sh)"
# Every command reads the payload on stdin (`exec <file` first), as from Claude Code's pipe.
in="exec <$work/sf.json;"
hyperfine -N --warmup 20 --runs "${RUNS:-300}" --export-json "$work/h.json" \
	-n "sh -c 'exec /bin/true' (floor)" "/bin/sh -c '$in exec /bin/true'" \
	-n "sh -c 'minimal Go appender' (floor for a Go hook)" "/bin/sh -c '$in $work/minimal $work/min.jsonl'" \
	-n "sh -c 'ccdiag hook' (as ccdiag install writes it)" "/bin/sh -c '$in $installed'" \
	-n "sh -c '<plugin.json hook>' (binary in CLAUDE_PLUGIN_DATA)" "/bin/sh -c '$in $hookcmd'" \
	-n "sh -c 'launcher hook' (shell launcher resolving each call)" "/bin/sh -c '$in $work/root/.claude-plugin/bin/resolving hook'" >/dev/null
python3 - "$work/h.json" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
for r in res:
    t = sorted(r["times"])
    p50, p99 = t[len(t) // 2] * 1e3, t[int(len(t) * 0.99) - 1] * 1e3
    cpu = (r["user"] + r["system"]) * 1e3
    print(f"{r['command']:60s} p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  cpu {cpu:5.2f} ms")
PY
n=$(cat "$work"/state/sessions/*.jsonl | grep -c '"src":"StopFailure"' || true)
echo "records written: $n"
