package earlyfail_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyfail"
	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyfail/internal/notifygen"
	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/hooks/state"
)

func TestGatewayHintIsClaudeCodes(t *testing.T) {
	b, err := os.ReadFile(notifygen.VocabDir + "/claudecode/templates.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(earlyfail.GatewayHint)) {
		t.Errorf("Claude Code's templates no longer say %q", earlyfail.GatewayHint)
	}
}

func TestNotifyConstantsMatchHooks(t *testing.T) {
	if earlyfail.StaleAfter != hooks.StaleAfter {
		t.Errorf("staleAfter %v, hooks.StaleAfter %v", earlyfail.StaleAfter, hooks.StaleAfter)
	}
	if earlyfail.MaxStreak != notifygen.MaxStreak {
		t.Errorf("maxStreak %d, notifygen.MaxStreak %d", earlyfail.MaxStreak, notifygen.MaxStreak)
	}
}

// TestNotifyTableIsGenerated: the committed table is what the catalogue says
// today (run go generate after changing the catalogue or the advice).
func TestNotifyTableIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates the table")
	}
	want, err := notifygen.Generate(notifygen.VocabDir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("notifytable.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("notifytable.go is stale: run go generate ./cmd/ccdiag/internal/earlyfail")
	}
}

// TestFastNotificationAgrees: for every sample message and kind, alone and
// as a streak of the same failure, the fast path either declines or prints
// exactly what hooks.Notification prints — and it declines where
// hooks.Notification knows more (a streak of different failures, a
// gateway, error details, an open incident).
func TestFastNotificationAgrees(t *testing.T) {
	samples, err := notifygen.Samples(notifygen.VocabDir)
	if err != nil {
		t.Fatal(err)
	}
	// The server's text after Claude Code's wording can change the advice.
	samples = append(samples,
		"API Error: Request rejected (429) · You have reached your specified API usage limits. You will regain access on 2026-01-01 at 00:00 UTC.",
		"API Error: Request rejected (429) · Your credit balance is too low to access the Anthropic API.",
		"API Error: Request rejected (429) · Server is temporarily limiting requests (not your usage limit)",
		"API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check your inference gateway (127.0.0.1:8080).")
	now := time.Now()
	var hits [4]int
	for _, apiKey := range []bool{false, true} {
		dir := t.TempDir()
		env := map[string]string{"CCDIAG_STATE_DIR": dir, "CCDIAG_CACHE_DIR": t.TempDir()}
		if apiKey {
			env["ANTHROPIC_API_KEY"] = "sk-ant-test"
		}
		getenv := func(k string) string { return env[k] }
		for _, kind := range notifygen.Kinds {
			for _, s := range samples {
				p := notifygen.Payload(kind, s)
				// The first failure, then a streak of 2 and 3 (the last a
				// minute after the others).
				for n := 1; n <= 3; n++ {
					at := now.Add(time.Duration(n-3) * time.Minute)
					state.RecordStopFailure(p, dir, at)
					fast, ok := earlyfail.FastNotification(p, getenv, at)
					if !ok {
						continue
					}
					hits[n]++
					want := hooks.Notification(p, hooks.Runtime{Getenv: getenv, Now: func() time.Time { return at }, StateDir: dir})
					if !bytes.Equal(fast, want) {
						t.Errorf("%s %q ×%d: fast %q, hooks.Notification %q", kind, s, n, fast, want)
					}
				}
			}
		}
	}
	if hits[1] < 100 || hits[2] < 100 || hits[3] < 100 {
		t.Errorf("the table covered only %v samples alone, ×2 and ×3", hits[1:])
	}

	msg := "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com."
	dir, cache := t.TempDir(), t.TempDir()
	env := map[string]string{"CCDIAG_STATE_DIR": dir, "CCDIAG_CACHE_DIR": cache}
	getenv := func(k string) string { return env[k] }
	p := notifygen.Payload("server_error", msg)
	state.RecordStopFailure(p, dir, now)
	if _, ok := earlyfail.FastNotification(p, getenv, now); !ok {
		t.Fatal("the first 500 is not in the table")
	}
	env["ANTHROPIC_BASE_URL"] = "http://gw.example"
	if _, ok := earlyfail.FastNotification(p, getenv, now); ok {
		t.Error("a gateway was answered from the table")
	}
	delete(env, "ANTHROPIC_BASE_URL")
	os.WriteFile(cache+"/status.json", []byte(`{"state":"ok","indicator":"major","incidents":[{"name":"Elevated errors"}]}`), 0o600)
	if _, ok := earlyfail.FastNotification(p, getenv, now); ok {
		t.Error("an open incident was answered from the table")
	}
	os.Remove(cache + "/status.json")
	withDetails, _ := json.Marshal(map[string]string{"hook_event_name": "StopFailure", "session_id": "d", "error": "server_error",
		"last_assistant_message": msg, "error_details": `500 {"type":"error"}`})
	if _, ok := earlyfail.FastNotification(withDetails, getenv, now); ok {
		t.Error("error details were answered from the table")
	}
	other := notifygen.Payload("server_error", "API Error: 503 Service Unavailable. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.")
	other = bytes.Replace(other, []byte(gjsonString(other, "session_id")), []byte(gjsonString(p, "session_id")), 1)
	state.RecordStopFailure(other, dir, now)
	state.RecordStopFailure(p, dir, now)
	if _, ok := earlyfail.FastNotification(p, getenv, now); ok {
		t.Error("a streak of two different failures was answered from the table")
	}
	// A streak longer than the table's checked lengths is left to the
	// catalogue too.
	dir = t.TempDir()
	env["CCDIAG_STATE_DIR"] = dir
	for range earlyfail.MaxStreak + 1 {
		state.RecordStopFailure(p, dir, now)
	}
	if _, ok := earlyfail.FastNotification(p, getenv, now); ok {
		t.Errorf("a streak of %d was answered from the table", earlyfail.MaxStreak+1)
	}
	// A state line this binary would not write as it is: package state
	// decides what it means.
	os.WriteFile(state.SessionFile(dir, gjsonString(p, "session_id")), []byte(`{"k":"fail", "t":"2026-12-03T09:00:00Z"}`+"\n"), 0o600)
	state.RecordStopFailure(p, dir, now)
	if _, ok := earlyfail.FastNotification(p, getenv, now); ok {
		t.Error("a hand-written state line was answered from the table")
	}
}

func gjsonString(b []byte, key string) string {
	var m map[string]string
	json.Unmarshal(b, &m)
	return m[key]
}

// BenchmarkFastNotification is the work the interactive StopFailure hook
// adds after its record is written when the table answers (the state tail,
// the cached status, the lookup); hooks/bench/bench.sh times the process.
func BenchmarkFastNotification(b *testing.B) {
	dir := b.TempDir()
	env := map[string]string{"CCDIAG_STATE_DIR": dir, "CCDIAG_CACHE_DIR": b.TempDir()}
	getenv := func(k string) string { return env[k] }
	p := notifygen.Payload("server_error", "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.")
	now := time.Now()
	state.RecordStopFailure(p, dir, now)
	b.ResetTimer()
	for range b.N {
		if _, ok := earlyfail.FastNotification(p, getenv, now); !ok {
			b.Fatal("not in the table")
		}
	}
}
