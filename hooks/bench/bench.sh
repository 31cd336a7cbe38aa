#!/usr/bin/env bash
# Benchmarks for the hook and the status line (not run by CI; needs root for
# `unshare -n`, hyperfine from apt, and the pinned Claude Code in .ci/clients).
#
#   bash hooks/bench/bench.sh [RUNS]    # RUNS real `claude -p` failures per hook (default 20)
#
# 1. Capture rate: RUNS headless failures (fake API answering 500,
#    CLAUDE_CODE_MAX_RETRIES=0) with `ccdiag hook` as the StopFailure hook,
#    then RUNS with a plain `cat >> file` hook; counts how many failures each
#    recorded before Claude Code killed it (~17 ms after spawning).
# 2. hyperfine: `ccdiag hook` on StopFailure; on UserPromptSubmit with a
#    100 MB transcript; `ccdiag statusline`. Plus max RSS of the 100 MB case.
# 3. The StopFailure variants and floors again, interleaved run by run
#    (testdata/interleave: fork/exec from Go, no shell to subtract).
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/lib.sh
ensure_clients >/dev/null
RUNS=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The binary users run: static like .ci/release.sh's (CGO_ENABLED=0, stripped)
# and like the plugin's `go install`. A plain `go build` where a C compiler is
# installed links libc dynamically (net and os/user use cgo): measured too.
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$work/ccdiag" ./cmd/ccdiag
go build -o "$work/ccdiag-cgo" ./cmd/ccdiag
go test -c -o "$work/fake.test" ./hooks/e2e
go build -o "$work/minimal" ./hooks/bench/testdata/minimal
# How the kernel holds a binary's file pages changes its start-up by up to
# ~1 ms here (2-core VM), the bigger the binary the more: pages that exec
# faulted in (the steady state after a reboot) cost more to map than pages
# that read(2) or write(2) brought in (a download, a cp; the linker's mmap
# writes are in between, and a `go build` served from the build cache is a
# copy). So every binary starts from the same state: evicted, then faulted
# in by its first run; and -p and the floor are also measured as fresh copies.
cp "$work/ccdiag" "$work/ccdiag-copied"
cp "$work/minimal" "$work/minimal-copied"
sync
python3 - "$work/ccdiag" "$work/ccdiag-cgo" "$work/minimal" <<'PY'
import os, sys
for f in sys.argv[1:]:
    fd = os.open(f, os.O_RDONLY)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)
PY
claude=$(command -v claude)
# Every hook run below is the command `ccdiag install` writes (hooks.HookEnv,
# then the binary); one line also runs the bare binary, to show what HookEnv saves.
mkdir -p "$work/install-home"
HOME="$work/install-home" "$work/ccdiag" install --binary "$work/ccdiag" --no-mcp --no-statusline >/dev/null
hook=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["hooks"]["StopFailure"][0]["hooks"][0]["command"])' "$work/install-home/.claude/settings.json")
case "$hook" in *"$work/ccdiag hook") ;; *) echo "unexpected hook command: $hook"; exit 1 ;; esac
env=${hook%"$work/ccdiag hook"}
echo "hook command as installed: $hook"
echo "ccdiag binary: $(stat -c %s "$work/ccdiag") bytes (static), $(stat -c %s "$work/ccdiag-cgo") bytes (go build, cgo); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. capture rate with the real Claude Code -------------------------------
capture() { # $1 = label, $2 = StopFailure hook command
	local home="$work/home-$1" proj="$work/proj-$1"
	mkdir -p "$home/.claude" "$proj"
	local key=sk-ant-test-key-bench-0123456789abcdefghij
	printf '{"hasCompletedOnboarding":true,"customApiKeyResponses":{"approved":["%s"]},"projects":{"%s":{"hasTrustDialogAccepted":true}}}' \
		"${key: -20}" "$proj" >"$home/.claude.json"
	printf '{"hooks":{"StopFailure":[{"hooks":[{"type":"command","command":"%s","timeout":5}]}]}}' "$2" >"$home/.claude/settings.json"
	cat >"$work/run-$1.sh" <<RUN
#!/bin/sh
CCDIAG_E2E_SERVE=127.0.0.1:18090 CCDIAG_E2E_DEFAULT=500 "$work/fake.test" -test.run TestServeFake >/dev/null 2>&1 &
fake=\$!
sleep 0.5
i=0
while [ \$i -lt $RUNS ]; do
	(cd "$proj" && HOME="$home" ANTHROPIC_BASE_URL=http://127.0.0.1:18090 ANTHROPIC_API_KEY=$key \
		CLAUDE_CODE_MAX_RETRIES=0 DISABLE_TELEMETRY=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 DISABLE_AUTOUPDATER=1 \
		CCDIAG_STATE_DIR="$work/state-$1" "$claude" -p "fail \$i" >/dev/null 2>&1) || true
	i=\$((i + 1))
done
kill \$fake
RUN
	loopback_only sh "$work/run-$1.sh"
}
capture ccdiag "$hook"
got_ccdiag=$(cat "$work"/state-ccdiag/sessions/*.jsonl 2>/dev/null | grep -c '"src":"StopFailure"' || true)
capture cat "cat >> $work/cat.jsonl; echo >> $work/cat.jsonl"
got_cat=$(grep -c '"hook_event_name":"StopFailure"' "$work/cat.jsonl" 2>/dev/null || true)
echo "capture: ccdiag hook recorded $got_ccdiag of $RUNS headless failures; cat >> file recorded $got_cat of $RUNS"

# --- 2. hyperfine ------------------------------------------------------------
export CCDIAG_STATE_DIR="$work/bench-state" CCDIAG_CACHE_DIR="$work/cache"
printf '%s' '{"session_id":"bench-sf","transcript_path":"/nonexistent","cwd":"/p","hook_event_name":"StopFailure","error":"server_error","last_assistant_message":"API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com."}' >"$work/sf.json"

# A 100 MB transcript: tool results, then a success and a 529 at the end.
python3 - "$work/big.jsonl" <<'PY'
import json, sys, datetime
out = open(sys.argv[1], "w")
# Recent timestamps: failures older than the hook's StaleAfter get no advice.
now = datetime.datetime.now(datetime.timezone.utc)
ts = lambda ago: (now - datetime.timedelta(seconds=ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
pad = "x" * 4000
line = json.dumps({"type": "user", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t", "content": pad}]}}) + "\n"
n = 0
while n < 100 * 1024 * 1024:
    out.write(line); n += len(line)
out.write(json.dumps({"type": "assistant", "timestamp": ts(120), "message": {"model": "claude-opus-4-5-20251101", "content": [{"type": "text", "text": "ok"}], "usage": {"input_tokens": 10, "cache_read_input_tokens": 120000, "output_tokens": 50}}}) + "\n")
out.write(json.dumps({"type": "user", "timestamp": ts(60), "message": {"role": "user", "content": "again"}}) + "\n")
out.write(json.dumps({"type": "assistant", "timestamp": ts(55), "isApiErrorMessage": True, "apiErrorStatus": 529, "apiErrorType": "overloaded_error", "error": "server_error", "requestId": "req_1", "message": {"model": "<synthetic>", "content": [{"type": "text", "text": "API Error: Repeated 529 Overloaded errors."}]}}) + "\n")
PY
echo "transcript: $(stat -c %s "$work/big.jsonl") bytes"
printf '{"session_id":"bench-ups","transcript_path":"%s","cwd":"/p","hook_event_name":"UserPromptSubmit","prompt":"again"}' "$work/big.jsonl" >"$work/ups.json"
printf '{"session_id":"bench-ups","transcript_path":"%s","model":{"id":"claude-opus-4-5-20251101","display_name":"Opus 4.5"},"context_window":{"context_window_size":200000,"current_usage":{"input_tokens":1000,"cache_read_input_tokens":89000}}}' "$work/big.jsonl" >"$work/sl.json"

# The first run delivers the advice; later runs do the same reads (state
# file, transcript tail, cached status) and print nothing.
"$work/ccdiag" hook <"$work/ups.json" | grep -q 'ccdiag: ' || { echo "UserPromptSubmit gave no advice"; exit 1; }

# StopFailure under `claude -p` (no notification: -p ignores it); interactive
# with `--no-notify`; interactive with the OSC 9 notification, the first
# failure of a session and the second failure in a row (a streak of the same
# failure), both answered from earlyfail's generated table; and a streak of
# two different failures (a 529, then a 500), which the table leaves to
# hooks.Notification (the catalogue, after the heavy inits). Each run is its
# session's first failure: the session's state file is removed before it (the state folder
# stays, as it does after the first hook run on a machine), so the
# first-failure runs never see a streak; the minimal appender's file is
# removed too, so both create the file they append to. One more line: the
# very first record on a machine, which also creates the state folders.
printf '%s' '{"session_id":"bench-sf2","transcript_path":"/nonexistent","cwd":"/p","hook_event_name":"StopFailure","error":"server_error","last_assistant_message":"API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com."}' >"$work/sf2.json"
printf '%s' '{"session_id":"bench-sf3","transcript_path":"/nonexistent","cwd":"/p","hook_event_name":"StopFailure","error":"server_error","last_assistant_message":"API Error: Repeated 529 Overloaded errors. The API is at capacity — try again."}' >"$work/sf3-529.json"
sed 's/bench-sf2/bench-sf3/' "$work/sf2.json" >"$work/sf3.json"
S=$work/bench-state
fresh="rm -f $S/sessions/bench-sf.jsonl; mkdir -p $S/sessions"
streak="rm -f $S/sessions/bench-sf2.jsonl; CLAUDE_CODE_ENTRYPOINT=sdk-cli $hook < $work/sf2.json"
mixed="rm -f $S/sessions/bench-sf3.jsonl; CLAUDE_CODE_ENTRYPOINT=sdk-cli $hook < $work/sf3-529.json"
# The floors and the StopFailure variants, in three rounds of 100 runs each,
# so that the machine's load drifting during the bench weighs on every
# variant alike; p50 over the 300 runs of each.
for round in 1 2 3; do
hyperfine --warmup 10 --runs 100 --export-json "$work/hf-sf-$round.json" \
	--prepare "$fresh" -n "StopFailure (-p)" "CLAUDE_CODE_ENTRYPOINT=sdk-cli $hook < $work/sf.json" \
	--prepare "$fresh" -n "StopFailure (-p), bare binary" "CLAUDE_CODE_ENTRYPOINT=sdk-cli $work/ccdiag hook < $work/sf.json" \
	--prepare "$fresh" -n "StopFailure --no-notify (interactive)" "CLAUDE_CODE_ENTRYPOINT=cli $hook --no-notify < $work/sf.json" \
	--prepare "$fresh" -n "StopFailure + notification (table)" "CLAUDE_CODE_ENTRYPOINT=cli $hook < $work/sf.json" \
	--prepare "$streak" -n "StopFailure + notification (streak)" "CLAUDE_CODE_ENTRYPOINT=cli $hook < $work/sf2.json" \
	--prepare "$mixed" -n "StopFailure + notification (2 kinds)" "CLAUDE_CODE_ENTRYPOINT=cli $hook < $work/sf3.json" \
	--prepare "$fresh" -n "StopFailure (-p), go build with cgo" "CLAUDE_CODE_ENTRYPOINT=sdk-cli $env$work/ccdiag-cgo hook < $work/sf.json" \
	--prepare "rm -rf $work/new-state" -n "StopFailure (-p), no state folder yet" "CCDIAG_STATE_DIR=$work/new-state CLAUDE_CODE_ENTRYPOINT=sdk-cli $hook < $work/sf.json" \
	--prepare "rm -f $work/min.jsonl" -n "floor: minimal Go appender" "$work/minimal $work/min.jsonl < $work/sf.json" \
	--prepare "rm -f $work/min.jsonl" -n "floor: minimal Go appender, HookEnv" "$env$work/minimal $work/min.jsonl < $work/sf.json" \
	--prepare "$fresh" -n "StopFailure (-p), copied binary" "CLAUDE_CODE_ENTRYPOINT=sdk-cli $env$work/ccdiag-copied hook < $work/sf.json" \
	--prepare "rm -f $work/min.jsonl" -n "floor: minimal Go appender, copied" "$work/minimal-copied $work/min.jsonl < $work/sf.json" \
	--prepare "$fresh" -n "floor: /bin/true" "/bin/true < $work/sf.json" >/dev/null
done
# The same StopFailure variants once more, interleaved run by run (a new
# random order each round) and spawned with fork/exec from a Go parent, no
# shell to subtract: hyperfine's blocks of 100 and its shell correction move
# these few-ms figures by a few tenths of a ms between runs of the bench.
go build -o "$work/interleave" ./hooks/bench/testdata/interleave
{
	printf 'StopFailure (-p)\t%s\tCLAUDE_CODE_ENTRYPOINT=sdk-cli %s < %s\n' "$fresh" "$hook" "$work/sf.json"
	printf 'StopFailure (-p), bare binary\t%s\tCLAUDE_CODE_ENTRYPOINT=sdk-cli %s hook < %s\n' "$fresh" "$work/ccdiag" "$work/sf.json"
	printf 'StopFailure + notification (table)\t%s\tCLAUDE_CODE_ENTRYPOINT=cli %s < %s\n' "$fresh" "$hook" "$work/sf.json"
	printf 'StopFailure + notification (streak)\t%s\tCLAUDE_CODE_ENTRYPOINT=cli %s < %s\n' "$streak" "$hook" "$work/sf2.json"
	printf 'floor: minimal Go appender\trm -f %s\t%s %s < %s\n' "$work/min.jsonl" "$work/minimal" "$work/min.jsonl" "$work/sf.json"
	printf 'floor: minimal Go appender, HookEnv\trm -f %s\t%s%s %s < %s\n' "$work/min.jsonl" "$env" "$work/minimal" "$work/min.jsonl" "$work/sf.json"
	printf 'floor: /bin/true\t\t/bin/true < %s\n' "$work/sf.json"
} >"$work/interleave.tsv"
"$work/interleave" -runs 300 "$work/interleave.tsv" | tee "$work/interleave.out"
awk '/^StopFailure \(-p\) +p50/ {p=$4} /^floor: minimal Go appender +p50/ {f=$6} /^floor: minimal Go appender, HookEnv +p50/ {fe=$7}
	END {printf "interleaved: StopFailure (-p) p50 %.2f ms (%s the 3 ms budget), / minimal Go appender %.2f, / minimal Go appender with HookEnv %.2f\n", p, (p <= 3 ? "within" : "OVER"), p/f, p/fe}' "$work/interleave.out"
hyperfine --warmup 10 --runs 200 --export-json "$work/hf-ups.json" -n "UserPromptSubmit, 100 MB transcript" "$hook < $work/ups.json" >/dev/null
hyperfine --warmup 10 --runs 200 --export-json "$work/hf-sl.json" -n statusline "$work/ccdiag statusline < $work/sl.json" >/dev/null
# A 401 recorded by StopFailure and no transcript: the failure stays pending
# on the status line until a turn succeeds.
printf '%s' '{"session_id":"bench-401","transcript_path":"","cwd":"/p","hook_event_name":"StopFailure","error":"authentication_failed","last_assistant_message":"Invalid API key · Fix external API key"}' | CLAUDE_CODE_ENTRYPOINT=sdk-cli "$work/ccdiag" hook
printf '{"session_id":"bench-401","transcript_path":"","model":{"id":"claude-opus-4-5-20251101","display_name":"Opus 4.5"}}' >"$work/sl401.json"
"$work/ccdiag" statusline <"$work/sl401.json" | grep -q ' → ' || { echo "statusline shows no pending 401"; exit 1; }
hyperfine --warmup 10 --runs 200 --export-json "$work/hf-sl401.json" -n "statusline, 401 pending" "$work/ccdiag statusline < $work/sl401.json" >/dev/null
python3 - "$work"/hf-sf-[123].json "$work"/hf-ups.json "$work"/hf-sl.json "$work"/hf-sl401.json <<'PY'
import json, sys
runs = {}  # command → [times, user+sys per round]
for p in sys.argv[1:]:
    for r in json.load(open(p))["results"]:
        t, cpu = runs.setdefault(r["command"], ([], []))
        t.extend(r["times"]); cpu.append(r["user"] + r["system"])
p50 = {}
for name, (t, cpu) in runs.items():
    t = sorted(t); n = len(t)
    p50[name] = t[n//2]
    print(f"{name[:40]:40s} p50 {t[n//2]*1e3:5.2f} ms  p99 {t[min(n-1, int(n*.99))]*1e3:5.2f} ms  mean {sum(t)/n*1e3:5.2f} ms  user+sys {sum(cpu)/len(cpu)*1e3:5.2f} ms  (n={n})")
for name, t in p50.items():
    if name.startswith("StopFailure"):
        floor = "floor: minimal Go appender" + (", copied" if name.endswith("copied binary") else "")
        print(f"{name:40s} p50 {t*1e3:5.2f} ms  / {floor[7:]:28s} {t/p50[floor]:4.2f}  ({'within' if t <= 3e-3 else 'OVER'} the 3 ms budget)")
# The same settings for both: the installed hook against the floor run with HookEnv.
t, f = p50["StopFailure (-p)"], p50["floor: minimal Go appender, HookEnv"]
print(f"{'StopFailure (-p)':40s} p50 {t*1e3:5.2f} ms  / {'minimal Go appender, HookEnv':28s} {t/f:4.2f}")
PY
echo "load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
rss=$( { /usr/bin/time -f '%M' "$work/ccdiag" hook <"$work/ups.json" >/dev/null; } 2>&1 | tail -1)
echo "max RSS, UserPromptSubmit with the 100 MB transcript: ${rss} KB"
CLAUDE_CODE_ENTRYPOINT=sdk-cli GODEBUG=inittrace=1 "$work/ccdiag" hook <"$work/sf.json" 2>&1 >/dev/null |
	awk '/^init /{n++; ms+=$5} END {printf "package inits run before the StopFailure record is written: %d, %.2f ms (GODEBUG=inittrace=1)\n", n, ms}'
GODEBUG=inittrace=1 "$work/ccdiag" --version 2>&1 >/dev/null |
	awk '/^init /{n++; ms+=$5} END {printf "package inits of a normal command (ccdiag --version): %d, %.2f ms\n", n, ms}'
GODEBUG=inittrace=1 "$work/ccdiag" --version 2>&1 >/dev/null | sort -k5 -nr | head -4 | sed 's/^/  heaviest: /' || true
