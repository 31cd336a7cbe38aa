package apierror

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDiagnose: whatever the input, Diagnose returns a valid category, a
// summary and actions, and its JSON is valid UTF-8 that decodes back.
func FuzzDiagnose(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "realworld", "*.txt"))
	for _, p := range files {
		if raw, err := os.ReadFile(p); err == nil {
			if _, text, ok := strings.Cut(string(raw), "\n---\n"); ok {
				f.Add(text, "")
			}
		}
	}
	f.Add("\xff\xfe\x00API Error: 5", "http://user:pw@[::1]:x")
	f.Add(`{"error":{"metadata":{"raw":"{\"error\":{\"message\":\"{\\\"type\\\":\\\"error\\\""}}}`, "")
	f.Add("\x1b[31m\x1b]8;;http://x\x07⎿ ⏺ ● │ ╭─╮ {\"type\":", "https://gw.example.com")
	f.Fuzz(func(t *testing.T, text, baseURL string) {
		d := Diagnose(text, Options{BaseURL: baseURL, Model: text[:min(len(text), 20)]})
		if !d.Category.Valid() {
			t.Fatalf("invalid category %q", d.Category)
		}
		if d.Summary == "" || len(d.Actions) == 0 || d.AlsoSeen == nil {
			t.Fatalf("incomplete diagnosis: %+v", d)
		}
		if d.Category == None && d.IsAPIError {
			t.Fatalf("none but is_api_error")
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			t.Fatalf("JSON is not valid UTF-8: %q", b)
		}
		var back Diagnosis
		if err := json.Unmarshal(b, &back); err != nil || back.Category != d.Category {
			t.Fatalf("JSON does not round-trip: %v", err)
		}
		s := FromStatus(len(text)%600, text[:min(len(text), 30)], "", text, Options{BaseURL: baseURL})
		if !s.Category.Valid() {
			t.Fatalf("FromStatus: invalid category %q", s.Category)
		}
	})
}
