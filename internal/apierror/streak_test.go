package apierror

import (
	"fmt"
	"strings"
	"testing"
)

// retryLadder writes Claude Code's retry notices: n529 overloaded attempts,
// then nConn connection errors.
func retryLadder(n529, nConn int) string {
	var b strings.Builder
	a := 1
	for i := 0; i < n529; i++ {
		fmt.Fprintf(&b, "  ⎿  API Error (529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}) · Retrying in %d seconds… (attempt %d/10)\n", 1<<i, a)
		a++
	}
	for i := 0; i < nConn; i++ {
		fmt.Fprintf(&b, "  ⎿  API Error (Connection error.) · Retrying in 34 seconds… (attempt %d/10)\n    ⎿  TypeError (fetch failed)\n", a)
		a++
	}
	return b.String()
}

// TestRetryStreakWeighs: a streak of 529s ended by one connection error is
// an overload with a blip; two connection errors at the end are a network
// problem; a single 529 before a connection error is not a streak.
func TestRetryStreakWeighs(t *testing.T) {
	for _, c := range []struct {
		n529, nConn int
		want        Category
		alsoSeen    Category
	}{
		{7, 1, Overloaded, Network},
		{3, 1, Overloaded, Network},
		{7, 2, Network, Overloaded},
		{1, 1, Network, Overloaded},
		{0, 3, Network, ""},
	} {
		t.Run(fmt.Sprintf("%dx529+%dxconn", c.n529, c.nConn), func(t *testing.T) {
			d := Diagnose(retryLadder(c.n529, c.nConn), Options{})
			if d.Category != c.want {
				t.Errorf("category %s, want %s", d.Category, c.want)
			}
			found := c.alsoSeen == ""
			for _, b := range d.AlsoSeen {
				if b.Category == c.alsoSeen {
					found = true
				}
			}
			if !found {
				t.Errorf("also_seen %+v lacks %s", d.AlsoSeen, c.alsoSeen)
			}
		})
	}
}
