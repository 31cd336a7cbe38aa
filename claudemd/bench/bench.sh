#!/usr/bin/env bash
# Benchmarks `ccdiag lint` in every output format on two generated trees of
# 2,001 CLAUDE.md files — ≈23 MB of realistic text, and the same with a
# root paragraph repeated in every file (≈28,000 findings) — next to
# claude-code-lint@0.5.0 (`claudelint check-all`) in the same hyperfine run,
# then prints per-format medians, ratios and peak RSS. Not run by CI. Needs hyperfine and GNU time
# (apt-get install -y hyperfine time), Go, and npm for the peer.
#
#   bash claudemd/bench/bench.sh            # defaults: 2001 files, 11500 bytes each
#   FILES=200 bash claudemd/bench/bench.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
FILES=${FILES:-2001}
SIZE=${SIZE:-11500}
RUNS=${RUNS:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/ccdiag-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

for tool in hyperfine /usr/bin/time go npm; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y hyperfine time)" >&2; exit 2; }
done

echo "bench: generating two trees of $FILES CLAUDE.md files in $work (plain, and one repeating a root paragraph)" >&2
awk -v root="$work/tree" -v files="$FILES" -v size="$SIZE" -f "$here/gen.awk"
awk -v root="$work/dup" -v files="$FILES" -v size="$SIZE" -v dup=1 -f "$here/gen.awk"
for t in tree dup; do
  count=$(find "$work/$t" -name CLAUDE.md | wc -l)
  bytes=$(find "$work/$t" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  echo "bench: $t: $count CLAUDE.md files, $bytes bytes of Markdown" >&2
done

go build -o "$work/ccdiag" "$repo/cmd/ccdiag"
echo "bench: installing claude-code-lint@0.5.0 into $work/peer" >&2
npm install --prefix "$work/peer" --silent --no-audit --no-fund claude-code-lint@0.5.0 >/dev/null
peer="$work/peer/node_modules/.bin/claudelint"

# One hyperfine run per tree: every ccdiag format next to the peer, so the
# ratios compare runs made under the same load.
for t in tree dup; do
  args=()
  for f in text json sarif github; do
    args+=(--command-name "ccdiag-$f" "$work/ccdiag lint --fail-on error --format $f $work/$t")
  done
  args+=(--command-name claude-code-lint "$peer check-all --no-cache --cwd $work/$t")
  hyperfine --warmup 2 --runs "$RUNS" -N -i --output=pipe --export-json "$work/h-$t.json" "${args[@]}" >&2
  for f in text json sarif github; do
    /usr/bin/time -v "$work/ccdiag" lint --fail-on error --format $f "$work/$t" >"$work/out-$t-$f" 2>"$work/rss-$t-$f" || true
  done
  /usr/bin/time -v $peer check-all --no-cache --cwd "$work/$t" >/dev/null 2>"$work/rss-$t-peer" || true
done

echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times inflate under load; CPU times less so)" >&2
python3 - "$work" <<'PY'
import json, re, sys, os
work = sys.argv[1]
def rss(p):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(p).read())
    return int(m.group(1)) / 1024 if m else float("nan")
for t, label in (("tree", "plain tree"), ("dup", "28k-finding tree")):
    h = {r["command"]: r for r in json.load(open(f"{work}/h-{t}.json"))["results"]}
    peer = h["claude-code-lint"]
    findings = sum(1 for l in open(f"{work}/out-{t}-text") if re.match(r"^\S+:\d+:\d+: ", l))
    print(f"{label}: {findings} findings shown")
    for f in ("text", "json", "sarif", "github"):
        r = h[f"ccdiag-{f}"]
        size = os.path.getsize(f"{work}/out-{t}-{f}") / 1e6
        print(f"  ccdiag --format {f:6s} median {r['median']*1000:7.1f} ms  mean {r['mean']*1000:7.1f} ms  "
              f"CPU {(r['user']+r['system'])*1000:7.1f} ms  peak RSS {rss(f'{work}/rss-{t}-{f}'):5.1f} MB  "
              f"output {size:5.1f} MB  ratio {peer['median']/r['median']:5.1f}x (median), "
              f"{(peer['user']+peer['system'])/(r['user']+r['system']):5.1f}x (CPU)")
    print(f"  claude-code-lint       median {peer['median']*1000:7.1f} ms  mean {peer['mean']*1000:7.1f} ms  "
          f"CPU {(peer['user']+peer['system'])*1000:7.1f} ms  peak RSS {rss(f'{work}/rss-{t}-peer'):5.1f} MB")
PY
