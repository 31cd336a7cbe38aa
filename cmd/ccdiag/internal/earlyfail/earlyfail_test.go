package earlyfail

import (
	"os/exec"
	"strings"
	"testing"
)

// TestEarlyFailImports keeps this package's dependency closure free of the
// standard packages that sort late in import-path order and are not needed
// by the runtime anyway: each would delay this init behind every heavy
// third-party init in the binary (see the package doc).
func TestEarlyFailImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	banned := []string{"strings", "bytes", "unicode", "fmt", "reflect", "encoding/json", "path/filepath", "regexp",
		"net/url", "net/netip", "os/exec", "hash/fnv", "github.com/tidwall/gjson", "github.com/ccdiag/ccdiag/hooks",
		"github.com/ccdiag/ccdiag/hooks/state", "github.com/ccdiag/ccdiag/internal/apierror"}
	deps := strings.Fields(string(out))
	for _, d := range deps {
		for _, b := range banned {
			if d == b {
				t.Errorf("earlyfail depends on %s", d)
			}
		}
	}
}
