package earlyrec

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/hooks"
)

// TestLeanImports keeps this package's dependency closure free of the
// standard packages that sort late in import-path order and have init work:
// each would delay this init behind most of the binary's other inits (see
// the package doc).
func TestLeanImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	banned := []string{"strings", "bytes", "unicode", "fmt", "reflect", "encoding/json", "path/filepath", "regexp",
		"net/url", "os/exec", "github.com/tidwall/gjson", "github.com/ccdiag/ccdiag/hooks",
		"github.com/ccdiag/ccdiag/hooks/state", "github.com/ccdiag/ccdiag/internal/apierror"}
	for _, d := range strings.Fields(string(out)) {
		for _, b := range banned {
			if d == b {
				t.Errorf("earlyrec depends on %s", d)
			}
		}
	}
}

func TestNoNotifyNamesMatchHooks(t *testing.T) {
	if noNotifyFlag != hooks.NoNotifyFlag || noNotifyEnv != hooks.NoNotifyEnv {
		t.Errorf("earlyrec's %q/%q differ from hooks' %q/%q", noNotifyFlag, noNotifyEnv, hooks.NoNotifyFlag, hooks.NoNotifyEnv)
	}
}
