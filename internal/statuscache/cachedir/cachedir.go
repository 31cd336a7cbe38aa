// Package cachedir is where ccdiag's status-page cache lives, without the
// rest of package statuscache: the StopFailure hook reads the cache during
// package initialisation and must not import path/filepath or os/exec
// (cmd/ccdiag/internal/earlyfail explains why).
package cachedir

import "github.com/ccdiag/ccdiag/internal/safefile"

// File is the cached summary inside the cache directory.
const File = "status.json"

// Dir returns ccdiag's cache directory: $CCDIAG_CACHE_DIR, else
// $XDG_CACHE_HOME/ccdiag, else $HOME/.cache/ccdiag, else "" (no cache).
func Dir(getenv func(string) string) string {
	if d := getenv("CCDIAG_CACHE_DIR"); d != "" {
		return d
	}
	if d := getenv("XDG_CACHE_HOME"); d != "" {
		return safefile.Join(d, "ccdiag")
	}
	if h := getenv("HOME"); h != "" {
		return safefile.Join(h, ".cache", "ccdiag")
	}
	return ""
}

// Path is the cached summary's path, "" when there is no cache directory.
func Path(getenv func(string) string) string {
	d := Dir(getenv)
	if d == "" {
		return ""
	}
	return safefile.Join(d, File)
}
