package apierror

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// corpusCase is one real-world paste from a corpus folder: header lines
// (source, category, retryable, is_api_error, http_status, request_id,
// provider, note), a line "---", then the text exactly as it was published.
type corpusCase struct {
	file, source          string
	category              Category
	retryable, isAPIError bool
	status                int // 0: must be null
	requestID             string
	// provider is checked only when the file has a provider line ("none":
	// must be null); the older folders predate the field.
	provider    string
	hasProvider bool
	// corrected names the fields whose first label a `corrected:` line
	// replaced (the first label stays in the file, for anyone to judge).
	corrected []string
	text      string
}

// corpusDirs are the folders of real pastes: realworld was used while the
// engine was written; heldout was collected afterwards from other sources to
// check that the engine generalises.
var corpusDirs = []string{"realworld", "heldout"}

// loadCorpus reads every corpus folder.
func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	var out []corpusCase
	for _, dir := range corpusDirs {
		out = append(out, loadCorpusDir(t, dir)...)
	}
	return out
}

// loadCorpusDir reads the pastes in testdata/<dir>.
func loadCorpusDir(t testing.TB, dir string) []corpusCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusCase
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		head, text, ok := strings.Cut(string(raw), "\n---\n")
		if !ok {
			t.Fatalf("%s: no --- line", path)
		}
		c := corpusCase{file: filepath.Join(dir, filepath.Base(path)), text: strings.TrimSuffix(text, "\n")}
		var corrections []string
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ":")
			v = strings.TrimSpace(v)
			switch k {
			case "source":
				c.source = v
			case "category":
				c.category = Category(v)
			case "retryable":
				c.retryable = v == "true"
			case "is_api_error":
				c.isAPIError = v == "true"
			case "http_status":
				c.status, _ = strconv.Atoi(v)
			case "request_id":
				c.requestID = v
			case "provider":
				c.provider, c.hasProvider = v, true
				if v == "none" {
					c.provider = ""
				}
			case "corrected":
				corrections = append(corrections, v)
			}
		}
		// Corrections apply after every first label is read, whatever the
		// order of the lines.
		for _, v := range corrections {
			if err := c.correct(v); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		}
		if c.source == "" || !c.category.Valid() {
			t.Fatalf("%s: missing source or bad category %q", path, c.category)
		}
		out = append(out, c)
	}
	return out
}

// correct applies one `corrected: FIELD VALUE — REASON` line: the label a
// later reader found wrong, replaced for the test while the first label
// stays in the file. VALUE is written as the field's own header line would
// be ("none" for no status, request id or provider). A correction needs a
// reason a stranger can check (what the text means, with its primary
// source), must change the first label, and may correct a field once.
func (c *corpusCase) correct(line string) error {
	spec, reason, ok := strings.Cut(line, "—")
	if !ok || len(strings.Fields(reason)) < 5 {
		return fmt.Errorf("corrected: %q gives no reason (want \"FIELD VALUE — why, with its source\")", line)
	}
	f := strings.Fields(spec)
	if len(f) != 2 {
		return fmt.Errorf("corrected: %q: want exactly a field and a value before the reason", line)
	}
	field, v := f[0], f[1]
	empty := v
	if v == "none" {
		empty = ""
	}
	if slices.Contains(c.corrected, field) {
		return fmt.Errorf("corrected: %s is corrected twice", field)
	}
	before := *c
	switch field {
	case "category":
		c.category = Category(v)
		if !c.category.Valid() {
			return fmt.Errorf("corrected: unknown category %q", v)
		}
	case "retryable", "is_api_error":
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("corrected: %s %q: %v", field, v, err)
		}
		if field == "retryable" {
			c.retryable = b
		} else {
			c.isAPIError = b
		}
	case "http_status":
		c.status = 0
		if v != "none" {
			n, err := strconv.Atoi(v)
			if err != nil || !validStatus(n) {
				return fmt.Errorf("corrected: http_status %q is not a status", v)
			}
			c.status = n
		}
	case "request_id":
		c.requestID = empty
	case "provider":
		c.provider, c.hasProvider = empty, true
	default:
		return fmt.Errorf("corrected: unknown field %q", field)
	}
	if c.category == before.category && c.retryable == before.retryable && c.isAPIError == before.isAPIError &&
		c.status == before.status && c.requestID == before.requestID && c.provider == before.provider && c.hasProvider == before.hasProvider {
		return fmt.Errorf("corrected: %q changes nothing: the first label already says so", line)
	}
	c.corrected = append(c.corrected, field)
	return nil
}

// TestRealWorld checks every paste of testdata/realworld: category,
// retryable, is_api_error, http_status and request_id.
func TestRealWorld(t *testing.T) {
	errs, nonErrs, sourced := checkCorpus(t, loadCorpusDir(t, "realworld"))
	if sourced < 60 || nonErrs < 8 {
		t.Errorf("corpus has %d texts with a source URL and %d non-errors; want ≥ 60 and ≥ 8", sourced, nonErrs)
	}
	t.Logf("%d error texts, %d non-errors", errs, nonErrs)
}

// TestHeldout checks the held-out pastes of testdata/heldout the same way.
func TestHeldout(t *testing.T) {
	cases := loadCorpusDir(t, "heldout")
	errs, nonErrs, sourced := checkCorpus(t, cases)
	if len(cases) < 60 || sourced < len(cases) || nonErrs < 5 {
		t.Errorf("held-out corpus has %d texts, %d with a source URL, %d non-errors; want ≥ 60, all, ≥ 5", len(cases), sourced, nonErrs)
	}
	t.Logf("%d error texts, %d non-errors", errs, nonErrs)
}

// checkCorpus runs one subtest per paste and counts error texts, non-errors
// and texts with a source URL.
func checkCorpus(t *testing.T, cases []corpusCase) (errs, nonErrs, sourced int) {
	t.Helper()
	for _, c := range cases {
		if c.category == None {
			nonErrs++
		} else {
			errs++
		}
		if strings.HasPrefix(c.source, "https://") {
			sourced++
		}
		t.Run(strings.TrimSuffix(filepath.Base(c.file), ".txt"), func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			for _, m := range c.mismatches(d) {
				if m.field == "category" {
					t.Errorf("%s (%s)", m, d.Summary)
					continue
				}
				t.Error(m)
			}
		})
	}
	return errs, nonErrs, sourced
}

// mismatch is one labelled field the engine got wrong.
type mismatch struct {
	field, got, want string
}

func (m mismatch) String() string {
	return fmt.Sprintf("%s = %s, want %s", m.field, m.got, m.want)
}

// mismatches compares a diagnosis with the case's labels, field by field.
func (c corpusCase) mismatches(d Diagnosis) []mismatch {
	var out []mismatch
	check := func(field, got, want string) {
		if got != want {
			out = append(out, mismatch{field, got, want})
		}
	}
	check("category", string(d.Category), string(c.category))
	check("retryable", strconv.FormatBool(d.Retryable), strconv.FormatBool(c.retryable))
	check("is_api_error", strconv.FormatBool(d.IsAPIError), strconv.FormatBool(c.isAPIError))
	status := 0
	if d.HTTPStatus != nil {
		status = *d.HTTPStatus
	}
	check("http_status", strconv.Itoa(status), strconv.Itoa(c.status))
	check("request_id", str(d.RequestID), orNil(c.requestID))
	if c.hasProvider {
		check("provider", str(d.Provider), orNil(c.provider))
	}
	return out
}

// orNil spells an empty label the way str spells a nil field.
func orNil(label string) string {
	if label == "" {
		return "<nil>"
	}
	return label
}
