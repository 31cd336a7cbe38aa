package mcp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/mark3labs/mcp-go/server"
)

// EndpointPath is where the streamable HTTP transport listens.
const EndpointPath = "/mcp"

// ServeStdio serves s over in/out until in closes or ctx is cancelled.
// Only JSON-RPC messages are written to out; diagnostics go to logw.
func ServeStdio(ctx context.Context, s *server.MCPServer, in io.Reader, out, logw io.Writer) error {
	ss := server.NewStdioServer(s)
	ss.SetErrorLogger(log.New(logw, "ccdiag mcp: ", 0))
	err := ss.Listen(ctx, &lineLimit{r: in, max: DefaultHTTPLimits.MaxMessageBytes}, out)
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

// IsLoopback reports whether a listen address ("127.0.0.1:8080",
// "[::1]:0", "localhost:9000") binds to loopback only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// HTTPHandler is the streamable HTTP transport at EndpointPath, with
// DNS-rebinding protection on: a request that reaches a loopback listener
// with a non-loopback Host header is refused with 403.
// It enforces DefaultHTTPLimits.
func HTTPHandler(s *server.MCPServer) http.Handler { return HTTPHandlerWith(s, DefaultHTTPLimits) }

// HTTPHandlerWith is HTTPHandler with explicit limits.
func HTTPHandlerWith(s *server.MCPServer, lim HTTPLimits) http.Handler {
	t := &sessionTable{ids: map[string]struct{}{}, max: lim.MaxSessions}
	mux := http.NewServeMux()
	mux.Handle(EndpointPath, limitHTTP(server.NewStreamableHTTPServer(s, server.WithEndpointPath(EndpointPath),
		server.WithSessionIdManager(t), server.WithSessionIdleTTL(lim.IdleTTL)), t, lim))
	return mux
}

// ServeHTTP listens on addr and serves HTTPHandler until ctx is cancelled.
// ready is called with the URL once the listener is open (port 0 picks one).
func ServeHTTP(ctx context.Context, s *server.MCPServer, addr string, ready func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: HTTPHandler(s), ReadHeaderTimeout: 10 * time.Second}
	if ready != nil {
		ready(fmt.Sprintf("http://%s%s", ln.Addr(), EndpointPath))
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		return nil
	}
}
