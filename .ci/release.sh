#!/usr/bin/env bash
# Release build: static, stripped, reproducible ccdiag binaries for
# linux/darwin/windows × amd64/arm64, plus checksums.txt (sha256sum format).
#
#   .ci/release.sh VERSION [OUTDIR]   build into OUTDIR (default dist/VERSION)
#   .ci/release.sh --pin OUTDIR       copy OUTDIR/checksums.txt into the
#                                     plugin's .claude-plugin/release.txt
#
# Publishing is manual: upload OUTDIR's files to the GitHub release named
# VERSION, then commit the pinned release.txt (the binaries do not depend on
# it, so the pin can follow the tag). A short script rather than goreleaser:
# six `go build`s and a checksum file need nothing that is not already here.
set -euo pipefail
cd "$(dirname "$0")/.."

targets="linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64"

if [ "${1:-}" = --pin ]; then
	out=${2:?usage: .ci/release.sh --pin OUTDIR}
	version=$(cat "$out/VERSION")
	{
		sed -n '/^#/p' .claude-plugin/release.txt
		echo "version $version"
		cat "$out/checksums.txt"
	} >.claude-plugin/release.txt.new
	mv .claude-plugin/release.txt.new .claude-plugin/release.txt
	echo "pinned $version in .claude-plugin/release.txt"
	exit 0
fi

version=${1:?usage: .ci/release.sh VERSION [OUTDIR]}
out=${2:-dist/$version}
commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
mkdir -p "$out"
rm -f "$out"/ccdiag_* "$out/checksums.txt"
echo "$version" >"$out/VERSION"

build() {
	local os=${1%/*} arch=${1#*/} ext=
	[ "$os" = windows ] && ext=.exe
	CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -buildvcs=false \
		-ldflags "-s -w -buildid= -X main.version=$version -X main.commit=$commit" \
		-o "$out/ccdiag_${os}_${arch}$ext" ./cmd/ccdiag
}

# Two at a time: each go build already uses every core for compiling.
pids=() rc=0
for t in $targets; do
	build "$t" &
	pids+=($!)
	if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}" || rc=1; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || rc=1; done
[ $rc -eq 0 ] || { echo "release: a build failed" >&2; exit 1; }

(cd "$out" && sha256sum ccdiag_* >checksums.txt)
cat "$out/checksums.txt"
