#!/usr/bin/env bash
# Benchmarks `ccdiag lint` on a generated tree of 2,001 CLAUDE.md files
# (≈23 MB of realistic text) next to claude-code-lint@0.5.0
# (`claudelint check-all`) in the same hyperfine run, then prints the ratio
# and each tool's peak RSS. Not run by CI. Needs hyperfine and GNU time
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

echo "bench: generating $FILES CLAUDE.md files in $work/tree" >&2
awk -v root="$work/tree" -v files="$FILES" -v size="$SIZE" -f "$here/gen.awk"
count=$(find "$work/tree" -name CLAUDE.md | wc -l)
bytes=$(find "$work/tree" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "bench: $count CLAUDE.md files, $bytes bytes of Markdown" >&2

go build -o "$work/ccdiag" "$repo/cmd/ccdiag"
echo "bench: installing claude-code-lint@0.5.0 into $work/peer" >&2
npm install --prefix "$work/peer" --silent --no-audit --no-fund claude-code-lint@0.5.0 >/dev/null
peer="$work/peer/node_modules/.bin/claudelint"

ours="$work/ccdiag lint --fail-on error $work/tree"
theirs="$peer check-all --no-cache --cwd $work/tree"
hyperfine --warmup 2 --runs "$RUNS" -N -i --export-json "$work/h.json" \
  --command-name ccdiag "$ours" --command-name claude-code-lint "$theirs" >&2

echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times inflate under load; CPU times less so)" >&2
rss() { /usr/bin/time -v "$@" >/dev/null 2>"$work/rss" || true; awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$work/rss"; }
ours_rss=$(rss $ours)
theirs_rss=$(rss $theirs)
python3 - "$work/h.json" "$ours_rss" "$theirs_rss" <<'PY'
import json, sys
h = json.load(open(sys.argv[1]))["results"]
m = {r["command"]: r for r in h}
o, t = m["ccdiag"], m["claude-code-lint"]
def line(name, r, rss):
    cpu = (r["user"] + r["system"]) * 1000
    print(f"{name:22s} mean {r['mean']*1000:8.1f} ms  median {r['median']*1000:8.1f} ms  min {r['min']*1000:8.1f} ms  "
          f"CPU (user+sys) {cpu:8.1f} ms  peak RSS {int(rss)/1024:6.1f} MB")
line("ccdiag lint", o, sys.argv[2])
line("claudelint check-all", t, sys.argv[3])
print(f"ratio (mean wall time): ccdiag is {t['mean']/o['mean']:.1f}x faster; by CPU time {(t['user']+t['system'])/(o['user']+o['system']):.1f}x")
PY
