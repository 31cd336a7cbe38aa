package fakes

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestMessagesAPIScript(t *testing.T) {
	f := NewMessagesAPI().Then(MessagesError500(), MessagesOverloaded())
	srv := httptest.NewServer(f)
	defer srv.Close()
	post := func(body string) *http.Response {
		resp, err := http.Post(srv.URL+"/v1/messages?beta=true", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	for _, want := range []struct {
		status int
		typ    string
	}{{500, "api_error"}, {529, "overloaded_error"}} {
		resp := post(`{"model":"claude-opus-4-5","stream":true,"messages":[]}`)
		var e struct {
			Type      string                `json:"type"`
			Error     struct{ Type string } `json:"error"`
			RequestID string                `json:"request_id"`
		}
		json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != want.status || e.Error.Type != want.typ || e.Type != "error" ||
			e.RequestID == "" || resp.Header.Get("request-id") != e.RequestID {
			t.Fatalf("got %d %+v", resp.StatusCode, e)
		}
	}
	// Then the default success, streamed.
	resp := post(`{"model":"claude-opus-4-5","stream":true,"messages":[{"role":"user","content":"MARKER-1"}]}`)
	defer resp.Body.Close()
	var types []string
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if l := sc.Text(); strings.HasPrefix(l, "event: ") {
			types = append(types, strings.TrimPrefix(l, "event: "))
		}
	}
	want := "message_start content_block_start content_block_delta content_block_stop message_delta message_stop"
	if strings.Join(types, " ") != want || resp.Header.Get("content-type") != "text/event-stream" {
		t.Fatalf("events %v", types)
	}
	reqs := f.Requests()
	if len(reqs) != 3 || !strings.Contains(string(reqs[2].Body), "MARKER-1") || reqs[0].Reply != 500 || reqs[2].Model != "claude-opus-4-5" {
		t.Fatalf("log %+v", reqs)
	}
	// Non-streaming and unknown paths.
	resp2 := post(`{"model":"m","stream":false}`)
	b, _ := io.ReadAll(resp2.Body)
	if !strings.Contains(string(b), `"stop_reason":"end_turn"`) {
		t.Fatalf("non-streaming: %s", b)
	}
	resp3, _ := http.Get(srv.URL + "/v1/other")
	if resp3.StatusCode != 404 {
		t.Fatalf("other path: %d", resp3.StatusCode)
	}
}
