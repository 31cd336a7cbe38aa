package mcp

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func post(t *testing.T, url, session, body string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+EndpointPath, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	if session != "" {
		req.Header.Set("Mcp-Session-Id", session)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

const pingBody = `{"jsonrpc":"2.0","id":2,"method":"ping"}`

// TestHTTPSessionsExpireAndAreCapped is finding 14: 40 k initialize calls
// held 508 MB because sessions never expired and had no cap.
func TestHTTPSessionsExpireAndAreCapped(t *testing.T) {
	lim := HTTPLimits{IdleTTL: time.Second, MaxSessions: 3, MaxMessageBytes: 1 << 20}
	srv := httptest.NewServer(HTTPHandlerWith(NewServer(testDeps(t)), lim))
	defer srv.Close()
	var ids []string
	for i := range 3 {
		resp, body := post(t, srv.URL, "", initBody)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("initialize %d: %d %s", i, resp.StatusCode, body)
		}
		ids = append(ids, resp.Header.Get("Mcp-Session-Id"))
	}
	if resp, _ := post(t, srv.URL, "", initBody); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("initialize past the cap: status %d, want 503", resp.StatusCode)
	}
	if resp, body := post(t, srv.URL, ids[0], pingBody); resp.StatusCode != http.StatusOK {
		t.Fatalf("ping in a live session: %d %s", resp.StatusCode, body)
	}
	if resp, _ := post(t, srv.URL, "ccdiag-00000000000000000000000000000000", pingBody); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown session: status %d, want 404", resp.StatusCode)
	}
	// Idle sessions are swept (the sweeper runs every second): poll, with
	// a generous safety net rather than a timing assertion.
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, _ := post(t, srv.URL, "", initBody)
		if resp.StatusCode == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("idle sessions never expired")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if resp, _ := post(t, srv.URL, ids[1], pingBody); resp.StatusCode != http.StatusNotFound {
		t.Errorf("expired session still served: %d", resp.StatusCode)
	}
}

// TestHTTPMessageSizeLimit is finding 14: a 100 MB line was accepted.
func TestHTTPMessageSizeLimit(t *testing.T) {
	lim := HTTPLimits{IdleTTL: time.Minute, MaxSessions: 4, MaxMessageBytes: 64 << 10}
	srv := httptest.NewServer(HTTPHandlerWith(NewServer(testDeps(t)), lim))
	defer srv.Close()
	big := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"pad":"` + strings.Repeat("x", 128<<10) + `"}}`
	if resp, body := post(t, srv.URL, "", big); resp.StatusCode == http.StatusOK && !strings.Contains(body, "error") {
		t.Errorf("oversized message accepted: %d %.200s", resp.StatusCode, body)
	}
	// Chunked (no Content-Length) is cut by the reader itself.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+EndpointPath, io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode == http.StatusOK && !strings.Contains(string(b), "error") {
		t.Errorf("oversized chunked message accepted: %d %.200s", resp.StatusCode, b)
	}
	if resp, body := post(t, srv.URL, "", initBody); resp.StatusCode != http.StatusOK {
		t.Errorf("normal initialize after the big ones: %d %s", resp.StatusCode, body)
	}
}

// TestStdioLineLimit: a line over the cap reaches the transport cut short
// (it then fails to parse); the lines after it arrive whole.
func TestStdioLineLimit(t *testing.T) {
	in := strings.Repeat("x", 100) + "\n" + strings.Repeat("y", 5000) + "\nnext\n"
	got, err := io.ReadAll(&lineLimit{r: strings.NewReader(in), max: 1000})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Repeat("x", 100) + "\n" + strings.Repeat("y", 1000) + "\nnext\n"
	if string(got) != want {
		t.Errorf("got %d bytes, want %d", len(got), len(want))
	}
}
