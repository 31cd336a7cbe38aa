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
	status  string
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

// looksLikeFile is the noise rule for missing imports: a target that does
// not exist is reported only when the author plainly meant a file — it
// starts with ./ ../ ~/ or /, or its last element has a file extension
// (a dot then a letter and up to nine letters or digits). So "@alice",
// "@alice-bob", "@scope/pkg", "@v2" and "@team." are mentions, not imports.
func looksLikeFile(p string) bool {
	if strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, "/") {
		return true
	}
	p = strings.TrimRight(p, trailingPunct)
	base := p[strings.LastIndexByte(p, '/')+1:]
	dot := strings.LastIndexByte(base, '.')
	if dot <= 0 || dot == len(base)-1 || len(base)-dot-1 > 10 {
		return false
	}
	ext := base[dot+1:]
	c := ext[0]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return false
	}
	for i := 1; i < len(ext); i++ {
		c := ext[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

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
