package mcp

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	mcpgo "github.com/mark3labs/mcp-go/mcp"
)

const initBody = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}`

// TestHTTPRefusesForeignHost: DNS-rebinding protection — a request reaching
// the loopback listener with a foreign Host header is refused.
func TestHTTPRefusesForeignHost(t *testing.T) {
	srv := httptest.NewServer(HTTPHandler(NewServer(testDeps(t))))
	defer srv.Close()
	for _, tc := range []struct {
		host string
		want int
	}{
		{"evil.example.com", http.StatusForbidden},
		{"evil.example.com:80", http.StatusForbidden},
		{"", http.StatusOK}, // the listener's own 127.0.0.1:PORT
		{"localhost", http.StatusOK},
	} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+EndpointPath, strings.NewReader(initBody))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if tc.host != "" {
			req.Host = tc.host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("Host %q: status %d, want %d (%s)", tc.host, resp.StatusCode, tc.want, body)
		}
	}
}

// TestHTTPBothEras drives the streamable HTTP transport with mcp-go's own
// client in both protocol eras.
func TestHTTPBothEras(t *testing.T) {
	srv := httptest.NewServer(HTTPHandler(NewServer(testDeps(t))))
	defer srv.Close()
	for _, era := range eras {
		t.Run(era.name, func(t *testing.T) {
			tr, err := transport.NewStreamableHTTP(srv.URL + EndpointPath)
			if err != nil {
				t.Fatal(err)
			}
			c := client.NewClient(tr, era.opts...)
			ctx := context.Background()
			if err := c.Start(ctx); err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			init := mcpgo.InitializeRequest{}
			init.Params.ClientInfo = mcpgo.Implementation{Name: "t", Version: "1"}
			res, err := c.Initialize(ctx, init)
			if err != nil {
				t.Fatal(err)
			}
			if res.ProtocolVersion != era.version {
				t.Errorf("negotiated %s, want %s", res.ProtocolVersion, era.version)
			}
			list, err := c.ListTools(ctx, mcpgo.ListToolsRequest{})
			if err != nil || len(list.Tools) != len(tools(&Deps{})) {
				t.Fatalf("tools/list: %v, %d tools", err, len(list.Tools))
			}
			r := call(t, c, "validate_request", map[string]any{"payload": `{}`})
			if r.IsError || !strings.Contains(firstText(t, r), "max_tokens_missing") {
				t.Errorf("unexpected result: %s", firstText(t, r))
			}
		})
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8765": true, "[::1]:0": true, "localhost:9000": true, "127.1.2.3:80": true,
		"0.0.0.0:8765": false, ":8765": false, "192.168.1.5:80": false, "example.com:80": false, "127.0.0.1": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}
