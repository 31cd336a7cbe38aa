package apierror

import (
	"net/http"
	"testing"
)

// TestReasonPhraseMatchesNetHTTP keeps the local registry in step with
// net/http's for every error status (the test may import net/http; the
// package may not, see reasonPhrase).
func TestReasonPhraseMatchesNetHTTP(t *testing.T) {
	for code := 400; code < 600; code++ {
		if got, want := reasonPhrase(code), http.StatusText(code); got != want {
			t.Errorf("reasonPhrase(%d) = %q, net/http says %q", code, got, want)
		}
	}
}
