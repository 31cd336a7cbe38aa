package apierror

import (
	"strings"
	"testing"
)

// rewrap wraps every line longer than width at exactly width bytes (even
// mid-word, mid-JSON), indenting continuations, like a narrow terminal.
func rewrap(text string, width int) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		for len(l) > width {
			cut := width
			for cut > 0 && l[cut]&0xc0 == 0x80 {
				cut--
			}
			b.WriteString(l[:cut] + "\n")
			l = "     " + l[cut:]
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// TestRealWorldRewrapped checks that narrower terminal wrapping and ANSI
// colour do not change the category of any real paste.
func TestRealWorldRewrapped(t *testing.T) {
	for _, c := range loadCorpus(t) {
		for _, w := range []int{60, 80, 100} {
			text := "\x1b[2m" + rewrap(c.text, w) + "\x1b[0m"
			if d := Diagnose(text, Options{}); d.Category != c.category {
				t.Errorf("%s wrapped at %d: category %s, want %s", c.file, w, d.Category, c.category)
			}
		}
	}
}
