package apierror

import (
	"slices"
	"testing"
)

// TestDenseRowsChangeNothing: the dense rows (built for long scans) find
// exactly what the sparse automaton finds.
func TestDenseRowsChangeNothing(t *testing.T) {
	rs := rules.get()
	lines := normalise(messyPaste(t))
	type hit struct{ id, end, line, at int }
	collect := func(dt *denseTable) []hit {
		var out []hit
		rs.matcher.scanWith(lines, dt, func(id int32, end, li, at int) { out = append(out, hit{int(id), end, li, at}) })
		return out
	}
	sparse, dense := collect(nil), collect(rs.matcher.table())
	if len(sparse) < 20 || !slices.Equal(sparse, dense) {
		t.Errorf("sparse scan found %d hits, dense %d; they must be equal (and many)", len(sparse), len(dense))
	}
}
