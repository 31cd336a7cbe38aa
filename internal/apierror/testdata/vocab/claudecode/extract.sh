#!/bin/sh
# Regenerates templates.txt from the Claude Code package the CI pins
# (.ci/clients/package.json). Usage: extract.sh [path/to/claude]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
bin=${1:-$root/.ci/clients/node_modules/@anthropic-ai/claude-code/bin/claude.exe}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin") # the extractor runs in extract/
# The version from the package's own package.json (running the binary is not needed).
# (next to it in @anthropic-ai/claude-code-<platform>, one up in @anthropic-ai/claude-code).
version=$(cat "$(dirname "$bin")/package.json" "$(dirname "$bin")/../package.json" 2>/dev/null |
	sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' | head -1)
{
	echo "# Claude Code ${version:-unknown} error and notice templates, extracted by extract.sh from"
	echo "# the @anthropic-ai/claude-code npm package's native binary (bin/claude.exe, .bun section)."
	echo "# Generated: do not edit; classify new lines in expect.txt."
	cd "$here/extract" && go run . "$bin"
} >"$here/templates.txt.new"
mv "$here/templates.txt.new" "$here/templates.txt"
wc -l "$here/templates.txt"
