package apierror

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// corpusCase is one real-world paste from testdata/realworld: header lines
// (source, category, retryable, is_api_error, http_status, request_id, note),
// a line "---", then the text exactly as it was published.
type corpusCase struct {
	file, source          string
	category              Category
	retryable, isAPIError bool
	status                int // 0: must be null
	requestID             string
	text                  string
}

func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "realworld", "*.txt"))
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
		c := corpusCase{file: filepath.Base(path), text: strings.TrimSuffix(text, "\n")}
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
			}
		}
		if c.source == "" || !c.category.Valid() {
			t.Fatalf("%s: missing source or bad category %q", path, c.category)
		}
		out = append(out, c)
	}
	return out
}

// TestRealWorld checks every real paste: category, retryable, is_api_error,
// http_status and request_id.
func TestRealWorld(t *testing.T) {
	cases := loadCorpus(t)
	errs, nonErrs, sourced := 0, 0, 0
	for _, c := range cases {
		if c.category == None {
			nonErrs++
		} else {
			errs++
		}
		if strings.HasPrefix(c.source, "https://") {
			sourced++
		}
		t.Run(strings.TrimSuffix(c.file, ".txt"), func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != c.category {
				t.Errorf("category = %s, want %s (%s)", d.Category, c.category, d.Summary)
			}
			if d.Retryable != c.retryable {
				t.Errorf("retryable = %v, want %v", d.Retryable, c.retryable)
			}
			if d.IsAPIError != c.isAPIError {
				t.Errorf("is_api_error = %v, want %v", d.IsAPIError, c.isAPIError)
			}
			got := 0
			if d.HTTPStatus != nil {
				got = *d.HTTPStatus
			}
			if got != c.status {
				t.Errorf("http_status = %d, want %d", got, c.status)
			}
			gotID := ""
			if d.RequestID != nil {
				gotID = *d.RequestID
			}
			if gotID != c.requestID {
				t.Errorf("request_id = %q, want %q", gotID, c.requestID)
			}
		})
	}
	if sourced < 60 || nonErrs < 8 {
		t.Errorf("corpus has %d texts with a source URL and %d non-errors; want ≥ 60 and ≥ 8", sourced, nonErrs)
	}
	t.Logf("%d error texts, %d non-errors", errs, nonErrs)
}
