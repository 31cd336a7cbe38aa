package apierror

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestNonErrors checks the texts of testdata/nonerrors: documentation,
// articles, release notes, pull requests, design docs and status-page
// updates that talk about Claude API errors without any failure in them.
// A user pastes such text, or a tool hands it to the MCP tool, and must be
// told there is no error, not to wait or to switch models. The folder is a
// development set: the genre rules were written while reading it. A text
// listed in its KNOWN_FAILURES must fail in exactly the listed fields.
func TestNonErrors(t *testing.T) {
	cases := loadCorpusDir(t, "nonerrors")
	known := loadKnownFailures(t, filepath.Join("testdata", "nonerrors", "KNOWN_FAILURES"))
	flagged := 0
	for _, c := range cases {
		name := filepath.Base(c.file)
		if c.category != None {
			t.Fatalf("%s: labelled %s; this folder holds only non-errors", name, c.category)
		}
		d := Diagnose(c.text, Options{})
		checkInvariants(t, d)
		var fields []string
		for _, m := range c.mismatches(d) {
			fields = append(fields, m.field)
			if !slices.Contains(known[name], m.field) {
				t.Errorf("%s: %s (%s)", name, m, d.Summary)
			}
		}
		for _, f := range known[name] {
			if !slices.Contains(fields, f) {
				t.Errorf("%s: %s is listed in KNOWN_FAILURES but is now right; take it off the list", name, f)
			}
		}
		delete(known, name)
		if len(fields) > 0 {
			flagged++
		}
	}
	for name := range known {
		t.Errorf("KNOWN_FAILURES lists %s, which is not in the folder", name)
	}
	if len(cases) < 30 {
		t.Errorf("nonerrors has %d texts; want ≥ 30", len(cases))
	}
	t.Logf("%d non-errors, %d flagged", len(cases), flagged)
}
