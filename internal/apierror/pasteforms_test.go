package apierror

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pasteForms are ways the same paste reaches ccdiag: colours kept by a
// terminal copy, Windows line ends, and (for errors) indentation under a
// list item or a UI gutter. None of them changes what failed.
var pasteForms = []struct {
	name       string
	errorsOnly bool
	apply      func(string) string
}{
	{"ansi", false, func(s string) string {
		return "\x1b[31m" + strings.ReplaceAll(s, "\n", "\x1b[0m\n\x1b[1;31m") + "\x1b[0m"
	}},
	{"crlf", false, func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"indent", true, func(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") }},
}

// TestPasteFormsKeepTheDiagnosis: every labelled paste of every corpus
// folder that the engine reads right is read the same in each paste form.
func TestPasteFormsKeepTheDiagnosis(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, dir := range dirs {
		name := filepath.Base(dir)
		if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil || name == "vocab" {
			continue // not a folder of labelled pastes
		}
		for _, c := range loadCorpusDir(t, name) {
			want := Diagnose(c.text, Options{})
			if want.Category != c.category {
				continue // a known miss: TestBlind and TestRealWorld hold it
			}
			n++
			for _, f := range pasteForms {
				if f.errorsOnly && c.category == None {
					continue
				}
				if got := Diagnose(f.apply(c.text), Options{}); got.Category != want.Category || str(got.RequestID) != str(want.RequestID) {
					t.Errorf("%s as %s: %s %s, plain %s %s", c.file, f.name, got.Category, str(got.RequestID), want.Category, str(want.RequestID))
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d labelled pastes read right; the corpus folders were not found", n)
	}
}

// TestFramedBodyIsRead: a pretty-printed error body behind a frame on every
// line — an issue's markdown quote ("> {", ">   \"type\": …"), a logger's
// timestamp ("2026-12-04T10:11:12.123Z {") — is still that body.
func TestFramedBodyIsRead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Category
	}{
		{"Claude Code stopped with this:\n\n> {\n>   \"type\": \"error\",\n>   \"error\": {\n>     \"type\": \"overloaded_error\",\n>     \"message\": \"Overloaded\"\n>   },\n>   \"request_id\": \"req_011CWquoteQuoteQuote12345\"\n> }\n\nIs anyone else seeing it?", Overloaded},
		{"Got this after the update\n> API Error: 500\n> {\n>   \"type\": \"error\",\n>   \"error\": { \"type\": \"api_error\", \"message\": \"Internal server error\" }\n> }\n", ServerError},
		{"2026-12-04T10:11:12.120Z anthropic call failed\n2026-12-04T10:11:12.121Z {\n2026-12-04T10:11:12.121Z   \"type\": \"error\",\n2026-12-04T10:11:12.121Z   \"error\": {\n2026-12-04T10:11:12.121Z     \"type\": \"not_found_error\",\n2026-12-04T10:11:12.121Z     \"message\": \"model: claude-sonnet-9\"\n2026-12-04T10:11:12.121Z   }\n2026-12-04T10:11:12.121Z }\n", NotFound},
		{"2026/12/04 10:11:12,120 ERROR request failed\n2026/12/04 10:11:12,121 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\n2026/12/04 10:11:12,121 \"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}\n", RateLimit},
		// A date alone opens a diary line, not a log: nothing is stripped.
		{"2026-12-04 was a quiet day; no 529 since the fix.", None},
		// A prompt, then the next prompt: two items, neither an error.
		{"> what does a 529 mean?\n\n> and a 429?\n", None},
	} {
		if d := Diagnose(tc.text, Options{}); d.Category != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, d.Category, tc.want)
		}
	}
}
