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
	var nonErrs, flagged, catOK, ids, idsOK, falseIDs, provs, provOK, corrected int
	for _, c := range cases {
		name := filepath.Base(c.file)
		corrected += len(c.corrected)
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
	t.Logf("%s: category %d/%d, request ids %d/%d (+%d reported where none is labelled), non-errors flagged %d/%d, provider %d/%d; %d first labels corrected",
		dir, catOK, len(cases), idsOK, ids, falseIDs, flagged, nonErrs, provOK, provs, corrected)
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

// TestCorrectedLabel checks the `corrected:` header: it replaces one first
// label for the test, and only with a reason, once per field, and only when
// it changes something.
func TestCorrectedLabel(t *testing.T) {
	first := corpusCase{category: RateLimit, retryable: true, isAPIError: true, status: 503, requestID: "ca47a5ce-e260-4824-aa0e-2e62669d5d6e", provider: "bedrock", hasProvider: true}
	for _, tc := range []struct {
		lines []string
		want  func(c corpusCase) bool
		err   string
	}{
		{lines: []string{"category overloaded — Bedrock documents HTTP 503 as ServiceUnavailableException, capacity rather than the account's quota"},
			want: func(c corpusCase) bool { return c.category == Overloaded && c.status == 503 }},
		{lines: []string{"request_id none — an AWS request id is Bedrock's, reported as provider_request_id (diagnosis.go)"},
			want: func(c corpusCase) bool { return c.requestID == "" }},
		{lines: []string{"http_status none — the number is not in the text: the README labels a status only when it is"},
			want: func(c corpusCase) bool { return c.status == 0 }},
		{lines: []string{"provider none — nothing in the text shows who answered the request at all"},
			want: func(c corpusCase) bool { return c.provider == "" && c.hasProvider }},
		{lines: []string{"category overloaded"}, err: "gives no reason"},
		{lines: []string{"category overloaded — because"}, err: "gives no reason"},
		{lines: []string{"category rate_limit — the first label already says this, so nothing changes"}, err: "changes nothing"},
		{lines: []string{"category busy — a category that the catalogue does not define at all"}, err: "unknown category"},
		{lines: []string{"colour blue — a field that the corpus format does not have at all"}, err: "unknown field"},
		{lines: []string{"retryable false — first reason for the change, with a source", "retryable true — second reason for the change, with a source"}, err: "corrected twice"},
	} {
		c := first
		c.corrected = nil
		var err error
		for _, l := range tc.lines {
			if err = c.correct(l); err != nil {
				break
			}
		}
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want one saying %q", tc.lines, err, tc.err)
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.lines, err)
		case tc.err == "" && !tc.want(c):
			t.Errorf("%q: got %+v", tc.lines, c)
		}
	}
}
