package earlyfail

import (
	"testing"

	"github.com/ccdiag/ccdiag/internal/leandeps"
)

// TestEarlyFailImports keeps this package's dependency closure free of the
// standard packages that sort late in import-path order and are not needed
// by the runtime anyway: each would delay this init behind every heavy
// third-party init in the binary (see the package doc).
func TestEarlyFailImports(t *testing.T) {
	leandeps.Check(t, "net/netip", "hash/fnv", "github.com/ccdiag/ccdiag/hooks", "github.com/ccdiag/ccdiag/hooks/state", "github.com/ccdiag/ccdiag/internal/apierror")
}
