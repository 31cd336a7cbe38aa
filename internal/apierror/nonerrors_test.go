package apierror

import (
	"path/filepath"
	"testing"
)

// TestNonErrors checks the texts of testdata/nonerrors: documentation,
// articles, release notes, pull requests, design docs and status-page
// updates that talk about Claude API errors without any failure in them.
// A user pastes such text, or a tool hands it to the MCP tool, and must be
// told there is no error, not to wait or to switch models. The folder is a
// development set: the engine was tuned on it.
func TestNonErrors(t *testing.T) {
	cases := loadCorpusDir(t, "nonerrors")
	flagged := 0
	for _, c := range cases {
		if c.category != None {
			t.Fatalf("%s: labelled %s; this folder holds only non-errors", c.file, c.category)
		}
		d := Diagnose(c.text, Options{})
		checkInvariants(t, d)
		if ms := c.mismatches(d); len(ms) > 0 {
			flagged++
			t.Errorf("%s: %v (%s)", filepath.Base(c.file), ms, d.Summary)
		}
	}
	if len(cases) < 30 {
		t.Errorf("nonerrors has %d texts; want ≥ 30", len(cases))
	}
	t.Logf("%d non-errors, %d flagged", len(cases), flagged)
}
