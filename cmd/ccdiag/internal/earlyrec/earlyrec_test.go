package earlyrec

import (
	"testing"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/leandeps"
)

// TestLeanImports keeps this package's dependency closure free of the
// standard packages that sort late in import-path order and have init work:
// each would delay this init behind most of the binary's other inits (see
// the package doc).
func TestLeanImports(t *testing.T) {
	leandeps.Check(t, "github.com/ccdiag/ccdiag/hooks", "github.com/ccdiag/ccdiag/hooks/state", "github.com/ccdiag/ccdiag/internal/apierror")
}

func TestNoNotifyNamesMatchHooks(t *testing.T) {
	if noNotifyFlag != hooks.NoNotifyFlag || noNotifyEnv != hooks.NoNotifyEnv {
		t.Errorf("earlyrec's %q/%q differ from hooks' %q/%q", noNotifyFlag, noNotifyEnv, hooks.NoNotifyFlag, hooks.NoNotifyEnv)
	}
}
