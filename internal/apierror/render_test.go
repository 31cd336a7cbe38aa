package apierror

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestWriteTextGolden renders a few diagnoses as text (plain and coloured)
// and compares them with testdata/golden/*.txt; -update rewrites them.
func TestWriteTextGolden(t *testing.T) {
	tests := []struct {
		name  string
		input string
		opts  Options
		color bool
	}{
		{"overloaded-json", `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZTL4nhJHacjs381KS9GM"}`, Options{Model: "claude-opus-4-7"}, false},
		{"retry-ladder-then-network", "  ⎿  API Error (529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}) · Retrying in 1 seconds… (attempt 1/10)\n  ⎿  API Error (Connection error.) · Retrying in 34 seconds… (attempt 8/10)\n    ⎿  TypeError (fetch failed)", Options{}, false},
		{"usage-limit", "You've hit your session limit · resets 5:40pm (Europe/Berlin)\n/login to switch to an API usage-billed account.", Options{}, false},
		{"gateway-500", "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment.", Options{BaseURL: "https://alice:s3cret@llm-gateway.example.com"}, false},
		{"none", "Tests: 500 passed, 500 total", Options{}, false},
		{"context-color", "Prompt is too long · the request is ~250000 tokens (limit 200000)", Options{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteText(&buf, Diagnose(tt.input, tt.opts), iostreams.NewColorScheme(tt.color)); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", tt.name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("text output differs from %s (run go test -update after checking):\n--- got\n%s\n--- want\n%s", path, buf.Bytes(), want)
			}
		})
	}
}
