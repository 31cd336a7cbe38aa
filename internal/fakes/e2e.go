package fakes

import (
	"net/http/httptest"
	"os"
	"testing"
)

// RealClients returns the Claude Code and ccdiag binaries named by
// CCDIAG_E2E_CLAUDE and CCDIAG_E2E_CCDIAG, and skips the test when either is
// unset: the .ci/e2e scripts set them, inside a loopback-only network
// namespace, and name themselves in script for the skip message.
func RealClients(t testing.TB, script string) (claude, ccdiag string) {
	t.Helper()
	claude, ccdiag = os.Getenv("CCDIAG_E2E_CLAUDE"), os.Getenv("CCDIAG_E2E_CCDIAG")
	if claude == "" || ccdiag == "" {
		t.Skip("set CCDIAG_E2E_CLAUDE and CCDIAG_E2E_CCDIAG (run " + script + ")")
	}
	return claude, ccdiag
}

// Session is what a test driving the real Claude Code needs: the two
// binaries, a Claude Code home with onboarding done and the project trusted,
// and a fake Messages API on 127.0.0.1 (closed when the test ends).
type Session struct {
	Claude, CCDiag string
	Home           *ClaudeHome
	API            *MessagesAPI
	BaseURL        string
}

// NewSession sets up a Session, or skips the test as RealClients does.
func NewSession(t testing.TB, script string) *Session {
	t.Helper()
	claude, ccdiag := RealClients(t, script)
	h, err := NewClaudeHome(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := &Session{Claude: claude, CCDiag: ccdiag, Home: h, API: NewMessagesAPI()}
	srv := httptest.NewServer(s.API)
	t.Cleanup(srv.Close)
	s.BaseURL = srv.URL
	return s
}
