package claudemd

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// MaxImportDepth is Claude Code's limit: the root file is depth 0 and files
// at depth 5 or more are silently not loaded.
const MaxImportDepth = 5

// resolution is how one @import resolved, for the import rules.
type resolution struct {
	target  string // absolute path Claude Code tries
	exists  bool
	isDir   bool
	status  ImportStatus
	depth   int      // depth the target would have
	chain   []string // import chain for cycles, root first
	mention bool     // does not look like a file path: an @mention or a package
	inCode  bool
	// trimmed is the path without trailing punctuation when that exists.
	trimmed  string
	trimmedN int
	// wrongBase is where the path exists relative to the project root.
	wrongBase string
	outside   bool
	sensitive string
}

// textExtensions is Claude Code's list: an import whose extension is not
// here is skipped as non-text (no extension is fine).
var textExtensions = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range strings.Fields(`.md .txt .text .json .yaml .yml .toml .xml .csv .html .htm .css .scss .sass .less
		.js .ts .tsx .jsx .mjs .cjs .mts .cts .py .pyi .pyw .rb .erb .rake .go .rs .java .kt .kts .scala .c .cpp .cc .cxx
		.h .hpp .hxx .cs .swift .sh .bash .zsh .fish .ps1 .bat .cmd .env .ini .cfg .conf .config .properties .sql .graphql
		.gql .proto .vue .svelte .astro .ejs .hbs .pug .jade .php .pl .pm .lua .r .dart .ex .exs .erl .hrl .clj .cljs
		.cljc .edn .hs .lhs .elm .ml .mli .f .f90 .f95 .for .cmake .make .makefile .gradle .sbt .rst .adoc .asciidoc .org
		.tex .latex .lock .log .diff .patch`) {
		m[e] = true
	}
	return m
})

// expandImport turns an import path into the absolute path Claude Code
// reads: ~ is the home directory, relative paths are relative to the
// directory of the importing file (as named, not its symlink target).
func expandImport(p, fromDir, home string) string {
	switch {
	case strings.HasPrefix(p, "~/"):
		return filepath.Join(home, p[2:])
	case filepath.IsAbs(p):
		return filepath.Clean(p)
	}
	return filepath.Join(fromDir, p)
}

// meantAsFile decides from an @token's shape, and from what is around it
// on disk, whether its author meant a file. Claude Code tries every token
// as a path; a token nobody meant as a file (a handle, a package, a
// decorator) failing to load is noise, not a broken import. The rule was
// built from the labelled corpus in testdata/imports (see corpus_test.go):
//
//   - ./ ../ ~/ or / at the start: a path;
//   - a call, a glob or markup inside ("@app.route('/')", "@scope/*"): code;
//   - a dot-file name (".nvmrc", ".claude/STATE.md"): a path;
//   - no extension ("@alice", "@scope/pkg", "@Service", "@import"): a mention;
//   - an extension Claude Code does not read as text ("@app.route",
//     "@pytest.mark.slow", "@jane.doe", "@example.com"): a dotted name;
//   - "scope/name.js" whose first part is not a folder next to the file
//     ("@solana/web3.js"): an npm package;
//   - anything else with a text extension ("@AGENTS.md", "@docs/api.md"): a path.
func meantAsFile(p, dir string, isDir func(string) bool) bool {
	if strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, "/") {
		return true
	}
	p = strings.TrimRight(p, trailingPunct)
	if p == "" || strings.ContainsAny(p, "()[]{}<>=,'\"*|@") {
		return false
	}
	base := p[strings.LastIndexByte(p, '/')+1:]
	if len(base) > 1 && base[0] == '.' || strings.HasPrefix(p, ".") && strings.Contains(p, "/") {
		return true
	}
	dot := strings.LastIndexByte(base, '.')
	if dot <= 0 || dot == len(base)-1 {
		return false
	}
	ext := strings.ToLower(base[dot:])
	if !textExtensions()[ext] {
		return false
	}
	if first, _, ok := strings.Cut(p, "/"); ok && strings.Count(p, "/") == 1 && codeExtensions[ext] && !isDir(filepath.Join(dir, first)) {
		return false
	}
	return true
}

// codeExtensions are the extensions npm package names carry ("web3.js").
var codeExtensions = map[string]bool{".js": true, ".ts": true, ".mjs": true, ".cjs": true, ".jsx": true, ".tsx": true}

// trailingPunct is what prose puts after a path: "see @a.md," or "(@a.md)".
const trailingPunct = ".,:;!?)]}>'\"`*"

// sensitiveDirs are places an import should never reach.
func sensitiveReason(target, home string) string {
	h := func(p string) string { return filepath.Join(home, p) }
	for _, d := range []string{h(".ssh"), h(".aws"), h(".gnupg"), h(".config/gcloud"), h(".kube"), h(".docker"), h(".netrc"), "/etc", "/root", "/var/run/secrets"} {
		if within(d, target) {
			return d
		}
	}
	base := filepath.Base(target)
	if base == ".env" || strings.HasPrefix(base, ".env.") || strings.HasPrefix(base, "id_rsa") || strings.HasPrefix(base, "id_ed25519") {
		return base
	}
	return ""
}

func statPath(p string) (exists, isDir bool) {
	st, err := os.Stat(p)
	if err != nil {
		return false, false
	}
	return true, st.IsDir()
}
