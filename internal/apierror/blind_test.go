package apierror

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBlind checks every blind corpus, testdata/blind-*: real pastes
// labelled before the engine first ran on them, each folder scored on its
// own. A case listed in a folder's KNOWN_FAILURES must fail in exactly the
// listed fields and no others, so the list can neither hide a new miss nor
// keep a case the engine now gets right.
func TestBlind(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "blind-*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		n++
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) { checkBlindDir(t, name) })
	}
	if n == 0 {
		t.Fatal("no testdata/blind-* folder")
	}
}

// checkBlindDir checks one blind folder against its KNOWN_FAILURES and logs
// its scores.
func checkBlindDir(t *testing.T, dir string) {
	cases := loadCorpusDir(t, dir)
	known := loadKnownFailures(t, filepath.Join("testdata", dir, "KNOWN_FAILURES"))
	var nonErrs, flagged, catOK, ids, idsOK, falseIDs, provs, provOK int
	for _, c := range cases {
		name := filepath.Base(c.file)
		d := Diagnose(c.text, Options{})
		checkInvariants(t, d)
		var fields []string
		for _, m := range c.mismatches(d) {
			fields = append(fields, m.field)
			if want, ok := known[name]; !ok || !slices.Contains(want, m.field) {
				t.Errorf("%s: %s", name, m)
			}
		}
		for _, f := range known[name] {
			if !slices.Contains(fields, f) {
				t.Errorf("%s: %s is listed in KNOWN_FAILURES but is now right; take it off the list", name, f)
			}
		}
		delete(known, name)
		if c.category == None {
			nonErrs++
			if d.IsAPIError || d.Category != None {
				flagged++
			}
		}
		if d.Category == c.category {
			catOK++
		}
		if c.hasProvider {
			provs++
			if str(d.Provider) == orNil(c.provider) {
				provOK++
			}
		}
		switch {
		case c.requestID != "":
			ids++
			if str(d.RequestID) == c.requestID {
				idsOK++
			}
		case d.RequestID != nil:
			falseIDs++
		}
	}
	for name := range known {
		t.Errorf("KNOWN_FAILURES lists %s, which is not in the corpus", name)
	}
	if len(cases) < 60 || nonErrs < 8 {
		t.Errorf("blind corpus has %d texts and %d non-errors; want ≥ 60 and ≥ 8", len(cases), nonErrs)
	}
	t.Logf("%s: category %d/%d, request ids %d/%d (+%d reported where none is labelled), non-errors flagged %d/%d, provider %d/%d",
		dir, catOK, len(cases), idsOK, ids, falseIDs, flagged, nonErrs, provOK, provs)
}

// loadKnownFailures reads lines "file.txt: field,field — why"; blank lines
// and lines starting with # are ignored.
func loadKnownFailures(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, rest, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("%s: bad line %q", path, l)
		}
		list, _, _ := strings.Cut(rest, "—")
		for _, f := range strings.Split(list, ",") {
			if f = strings.TrimSpace(f); f != "" {
				out[name] = append(out[name], f)
			}
		}
		if len(out[name]) == 0 {
			t.Fatalf("%s: %s lists no field", path, name)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
