// Package leandeps holds what "lean" means for the packages on the
// StopFailure record path, so every such package's test checks the same
// list. Go initialises packages in import-path order among those whose
// imports are done: a package that links strings or bytes waits for
// unicode, which sorts late, and with it every ready package sorting before
// it (crypto, compress, encoding/json, …) — about 0.7 ms before the record
// (hooks/bench, hooks/CHANNELS.md).
package leandeps

import (
	"os/exec"
	"strings"
	"testing"
)

// Heavy are the packages the record path must not link: those that bring
// unicode or sort late with init work, and the catalogue's readers.
var Heavy = []string{
	"strings", "bytes", "unicode", "fmt", "reflect", "encoding/json", "path/filepath", "regexp",
	"net/url", "os/exec", "github.com/tidwall/gjson",
}

// Check fails t for every package in Heavy, or in extra, that the package
// in the current directory links (go list -deps).
func Check(t testing.TB, extra ...string) {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	banned := append(append([]string(nil), Heavy...), extra...)
	for _, d := range strings.Fields(string(out)) {
		for _, b := range banned {
			if d == b {
				t.Errorf("links %s, which delays the StopFailure record (see package leandeps)", d)
			}
		}
	}
}
