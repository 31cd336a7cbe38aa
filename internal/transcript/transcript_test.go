package transcript

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func readFixture(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/session.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadTailFixture(t *testing.T) {
	tail, err := ReadTail("testdata/session.jsonl", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tail.Streak != 2 || len(tail.Errors) != 2 || !tail.LastTurnFailed {
		t.Fatalf("streak=%d errors=%d lastFailed=%v, want 2 2 true", tail.Streak, len(tail.Errors), tail.LastTurnFailed)
	}
	e0, e1 := tail.Errors[0], tail.Errors[1]
	if e0.Status != 529 || e0.Type != "overloaded_error" || e0.Error != "server_error" || e0.RequestID != "req_e1" ||
		e0.Model != "claude-opus-4-5-20251101" || e0.Retries != 2 || !strings.HasPrefix(e0.Message, "API Error: Repeated 529") {
		t.Errorf("first error = %+v", e0)
	}
	if e1.Status != 400 || !strings.Contains(e1.Details, "prompt is too long") || e1.UUID != "e2" || e1.Model != "claude-sonnet-4-5-20250929" ||
		!e1.Time.Equal(time.Date(2026, 11, 25, 9, 2, 1, 0, time.UTC)) || e1.SessionID != "s1" {
		t.Errorf("second error = %+v", e1)
	}
	u := tail.LastUsage
	if u == nil || u.ContextTokens() != 151030 || u.Model != "claude-opus-4-5-20251101" {
		t.Fatalf("usage = %+v", u)
	}
	// It stopped at the last success: the first prompt is older than that.
	if tail.Prompts != 2 {
		t.Errorf("prompts = %d, want 2 (stops at the last success)", tail.Prompts)
	}
	if got := len(tail.StreakErrors()); got != 2 {
		t.Errorf("StreakErrors = %d", got)
	}
}

func TestParseTailCases(t *testing.T) {
	fixture := readFixture(t)
	lines := bytes.SplitAfter(fixture, []byte("\n"))
	success := lines[2]
	err500 := []byte(`{"type":"assistant","message":{"model":"<synthetic>","content":[{"type":"text","text":"API Error: 500 Internal server error."}]},"requestId":"req_x","error":"server_error","isApiErrorMessage":true,"apiErrorStatus":500,"apiErrorType":"api_error","timestamp":"2026-11-25T10:00:00Z"}` + "\n")
	cases := []struct {
		name       string
		data       []byte
		all        bool
		streak     int
		errors     int
		lastFailed bool
		usage      bool
	}{
		{"empty", nil, false, 0, 0, false, false},
		{"garbage", []byte("\x00\x01\xff{{{\nnot json\n[1,2]\n"), false, 0, 0, false, false},
		{"success only", success, false, 0, 0, false, true},
		{"error then success ends the streak", append(append([]byte{}, err500...), success...), false, 0, 0, false, true},
		{"error then success, all", append(append([]byte{}, err500...), success...), true, 0, 1, false, true},
		{"success then error", append(append([]byte{}, success...), err500...), false, 1, 1, true, true},
		{"truncated last line is skipped", append(append([]byte{}, err500...), success[:40]...), false, 1, 1, true, false},
		{"no trailing newline", bytes.TrimSuffix(err500, []byte("\n")), false, 1, 1, true, false},
		{"whole fixture", fixture, true, 2, 2, true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tail := ParseTail(c.data, c.all)
			if tail.Streak != c.streak || len(tail.Errors) != c.errors || tail.LastTurnFailed != c.lastFailed || (tail.LastUsage != nil) != c.usage {
				t.Errorf("got streak=%d errors=%d lastFailed=%v usage=%v", tail.Streak, len(tail.Errors), tail.LastTurnFailed, tail.LastUsage != nil)
			}
		})
	}
}

func TestReadTailChunkBoundaries(t *testing.T) {
	// Lines straddling the 64 KiB chunk edges must still be read whole.
	var buf bytes.Buffer
	pad := strings.Repeat("x", 3000)
	for buf.Len() < 3*chunkSize {
		buf.WriteString(`{"type":"attachment","pad":"` + pad + `"}` + "\n")
	}
	fixture := readFixture(t)
	buf.Write(fixture)
	for buf.Len() < 5*chunkSize {
		buf.WriteString(`{"type":"user","message":{"content":[{"type":"tool_result","content":"` + pad + `"}]}}` + "\n")
	}
	p := filepath.Join(t.TempDir(), "t.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	tail, err := ReadTail(p, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(tail.Errors) != 2 || tail.LastUsage == nil || !tail.LastTurnFailed {
		t.Fatalf("errors=%d usage=%v lastFailed=%v", len(tail.Errors), tail.LastUsage, tail.LastTurnFailed)
	}
	// A window that ends inside the fixture sees only what is inside it.
	small, err := ReadTail(p, Options{MaxBytes: int64(buf.Len() - 3*chunkSize)})
	if err != nil {
		t.Fatal(err)
	}
	if !small.Partial {
		t.Errorf("expected a partial read")
	}
}

func TestReadTailHostile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	zero := filepath.Join(dir, "zero.jsonl")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	dirPath := filepath.Join(dir, "adir")
	if err := os.Mkdir(dirPath, 0o700); err != nil {
		t.Fatal(err)
	}
	// 100 MB: a sparse file of NUL bytes (binary garbage) with a real tail.
	big := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(append([]byte("\n"), readFixture(t)...), 100<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	garbage := filepath.Join(dir, "garbage.jsonl")
	g := bytes.Repeat([]byte{0xff, 0x00, '{', '"', '\n', 0x7f}, 200_000)
	if err := os.WriteFile(garbage, g, 0o600); err != nil {
		t.Fatal(err)
	}

	// Finding 10: one 4 MiB line of nested arrays (gjson's validator
	// recursed into it: 1.1 s, 930 MB) before the real entries.
	deep := filepath.Join(dir, "deep.jsonl")
	nest := `{"type":"user","x":` + strings.Repeat("[", 2<<20) + strings.Repeat("]", 2<<20) + "}\n"
	if err := os.WriteFile(deep, append([]byte(nest), readFixture(t)...), 0o600); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name    string
		path    string
		wantErr error
		errors  int
	}{
		{"4 MiB nested line", deep, nil, 2},
		{"missing", filepath.Join(dir, "nope.jsonl"), os.ErrNotExist, 0},
		{"fifo", fifo, ErrNotRegular, 0},
		{"symlink to /dev/zero", zero, ErrNotRegular, 0},
		{"directory", dirPath, ErrNotRegular, 0},
		{"100 MB", big, nil, 2},
		{"binary garbage", garbage, nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tail, err := ReadTail(c.path, Options{All: true})
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("err = %v, want %v", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(tail.Errors) != c.errors {
				t.Errorf("errors = %d, want %d", len(tail.Errors), c.errors)
			}
		})
	}
}

func TestReadTailUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	p := filepath.Join(t.TempDir(), "x.jsonl")
	if err := os.WriteFile(p, []byte("{}\n"), 0); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadTail(p, Options{}); !errors.Is(err, os.ErrPermission) {
		t.Fatalf("err = %v", err)
	}
}

func TestRecent(t *testing.T) {
	dir := t.TempDir()
	fixture := readFixture(t)
	if err := os.WriteFile(filepath.Join(dir, "s1.jsonl"), fixture, 0o600); err != nil {
		t.Fatal(err)
	}
	other := `{"type":"assistant","message":{"model":"<synthetic>","content":[{"type":"text","text":"API Error: 500"}]},"requestId":"req_z","error":"server_error","isApiErrorMessage":true,"apiErrorStatus":500,"apiErrorType":"api_error","timestamp":"2026-11-25T11:00:00Z"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "s2.jsonl"), []byte(other), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte(other), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Recent(dir, RecentOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].RequestID != "req_z" || got[0].SessionID != "s2" || got[2].RequestID != "req_e1" {
		t.Fatalf("got %+v", got)
	}
	got, _ = Recent(dir, RecentOptions{Since: time.Date(2026, 11, 25, 9, 1, 30, 0, time.UTC), Limit: 1})
	if len(got) != 1 || got[0].RequestID != "req_z" {
		t.Fatalf("since+limit: %+v", got)
	}
	if got, err := Recent(filepath.Join(dir, "missing"), RecentOptions{}); err != nil || len(got) != 0 {
		t.Fatalf("missing dir: %v %v", got, err)
	}
}

func TestProjectKey(t *testing.T) {
	cases := map[string]string{
		"/work/wt/hooks":   "-work-wt-hooks",
		"/home/a.b/my_app": "-home-a-b-my-app",
	}
	for in, want := range cases {
		if got := ProjectKey(in); got != want {
			t.Errorf("ProjectKey(%q) = %q, want %q", in, got, want)
		}
	}
	if got := ProjectDir("/h", "/p"); got != "/h/.claude/projects/-p" {
		t.Errorf("ProjectDir = %q", got)
	}
}

func FuzzTranscriptTail(f *testing.F) {
	f.Add(readFixture(f), false)
	f.Add([]byte("{\"type\":\"assistant\",\"isApiErrorMessage\":true}\n{"), true)
	f.Add([]byte("\n\n\x00"), false)
	f.Fuzz(func(t *testing.T, data []byte, all bool) {
		tail := ParseTail(data, all)
		if tail.Streak > len(tail.Errors) || len(tail.Errors) > maxErrors {
			t.Fatalf("streak %d > errors %d", tail.Streak, len(tail.Errors))
		}
		_ = tail.StreakErrors()
	})
}

func BenchmarkReadTail100MB(b *testing.B) {
	p := filepath.Join(b.TempDir(), "big.jsonl")
	f, _ := os.Create(p)
	line := []byte(`{"type":"user","message":{"content":[{"type":"tool_result","content":"` + strings.Repeat("y", 2000) + `"}]}}` + "\n")
	for i := 0; i < (100<<20)/len(line); i++ {
		f.Write(line)
	}
	fix, _ := os.ReadFile("testdata/session.jsonl")
	f.Write(fix)
	f.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ReadTail(p, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestUsageLimitResetsAt(t *testing.T) {
	// Trimmed from Claude Code 2.1.328 (subscription login, a 429 with
	// anthropic-ratelimit-unified-status: rejected).
	line := `{"type":"assistant","timestamp":"2026-12-03T08:58:33.037Z","message":{"model":"<synthetic>","role":"assistant","content":[{"type":"text","text":"You've hit your 5-hour limit · resets 8:59am (UTC)"}]},"requestId":"req_fake1","apiError":"usage_limit_reached","apiErrorParams":{"rate_limit_info":{"status":"rejected","resetsAt":1796288341,"rateLimitType":"five_hour"}},"quotaLimits":{"status":"rejected","resetsAt":1796288341,"rateLimitType":"five_hour"},"error":"rate_limit","isApiErrorMessage":true,"apiErrorStatus":429,"apiErrorType":"rate_limit_error"}` + "\n"
	tail := ParseTail([]byte(line), false)
	if len(tail.Errors) != 1 {
		t.Fatalf("errors: %+v", tail.Errors)
	}
	if got, want := tail.Errors[0].ResetsAt, time.Unix(1796288341, 0).UTC(); !got.Equal(want) {
		t.Errorf("ResetsAt = %s, want %s", got, want)
	}
	if tail.Errors[0].Status != 429 {
		t.Errorf("status %d", tail.Errors[0].Status)
	}
}
