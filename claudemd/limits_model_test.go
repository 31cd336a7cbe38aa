package claudemd

import (
	"testing"

	"github.com/ccdiag/ccdiag/internal/tokens"
)

// lint --model and ccdiag tokens size a model the same way, and as Claude
// Code 2.1.328 does: its aliases name 5.x models with a 1M window and 3
// chars/token, so the per-file warning starts at 150,000 chars.
func TestLimitsAgreeWithTokens(t *testing.T) {
	for _, tt := range []struct {
		model      string
		window     int
		cpt, chars int
	}{
		{"opus", 1_000_000, 3, 150_000},
		{"sonnet", 1_000_000, 3, 150_000},
		{"haiku", 1_000_000, 3, 150_000},
		{"claude-sonnet-4-6", 200_000, 4, 40_000},
		{"claude-haiku-4-5", 200_000, 4, 40_000},
		{"", 200_000, 4, 40_000},
	} {
		l := ComputeLimits(tt.model, 0)
		if l.ContextWindow != tt.window || l.CharsPerToken != tt.cpt || l.FileChars != tt.chars {
			t.Errorf("ComputeLimits(%q) = %+v, want window %d, %d chars/token, %d chars per file", tt.model, l, tt.window, tt.cpt, tt.chars)
		}
		c := tokens.Estimate([]byte("x"), tt.model)
		if c.ContextWindow != l.ContextWindow || c.CharsPerToken != l.CharsPerToken {
			t.Errorf("%q: tokens says window %d, %d chars/token; lint %d, %d", tt.model, c.ContextWindow, c.CharsPerToken, l.ContextWindow, l.CharsPerToken)
		}
	}
}
