package doctor

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"syscall"
)

// proxyError is a failure of the proxy itself (as opposed to the API host).
type proxyError struct {
	status int // HTTP status of the CONNECT answer, 0 when it never came
	msg    string
}

func (e *proxyError) Error() string { return e.msg }

// dialAPI opens a TCP connection to the API host, through a CONNECT tunnel
// when Claude Code would use a proxy. The connection dies with ctx.
func dialAPI(ctx context.Context, d Deps, env *setup) (net.Conn, error) {
	if !env.usesProxy() {
		conn, err := d.Dial(ctx, "tcp", env.addr)
		if err != nil {
			return nil, fmt.Errorf("connecting to %s: %s", env.addr, netReason(err))
		}
		context.AfterFunc(ctx, func() { conn.Close() })
		return conn, nil
	}
	return connectTunnel(ctx, d, env)
}

func proxyAddr(env *setup) string {
	port := env.proxy.Port()
	if port == "" {
		port = "80"
		if env.proxy.Scheme == "https" {
			port = "443"
		}
	}
	return net.JoinHostPort(env.proxy.Hostname(), port)
}

func connectTunnel(ctx context.Context, d Deps, env *setup) (net.Conn, error) {
	if env.proxyErr != "" {
		return nil, &proxyError{msg: env.proxySource + ": " + env.proxyErr}
	}
	paddr := proxyAddr(env)
	conn, err := d.Dial(ctx, "tcp", paddr)
	if err != nil {
		return nil, &proxyError{msg: fmt.Sprintf("connecting to the proxy %s: %s", paddr, netReason(err))}
	}
	context.AfterFunc(ctx, func() { conn.Close() })
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	if env.proxy.Scheme == "https" {
		tc := tls.Client(conn, &tls.Config{ServerName: env.proxy.Hostname()})
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, &proxyError{msg: "TLS to the proxy failed: " + err.Error()}
		}
		conn = tc
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CONNECT %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: ccdiag\r\n", env.addr, env.addr)
	if u := env.proxy.User; u != nil {
		pass, _ := u.Password()
		cred := base64.StdEncoding.EncodeToString([]byte(u.Username() + ":" + pass))
		b.WriteString("Proxy-Authorization: Basic " + cred + "\r\n")
	}
	b.WriteString("\r\n")
	if _, err := conn.Write([]byte(b.String())); err != nil {
		return nil, &proxyError{msg: "writing to the proxy: " + netReason(err)}
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, &http.Request{Method: http.MethodConnect})
	if err != nil {
		return nil, &proxyError{msg: "reading the proxy's answer to CONNECT: " + netReason(err)}
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &proxyError{status: resp.StatusCode,
			msg: fmt.Sprintf("the proxy answered CONNECT %s with %s", env.addr, resp.Status)}
	}
	if br.Buffered() > 0 {
		return nil, &proxyError{msg: "the proxy sent data before the tunnel opened"}
	}
	_ = conn.SetDeadline(timeZero)
	return conn, nil
}

// netReason turns a dial/read error into words a user can act on.
func netReason(err error) string {
	var de *net.DNSError
	switch {
	case errors.As(err, &de):
		if de.IsNotFound {
			return "cannot resolve " + de.Name
		}
		return "DNS lookup failed (" + lastPart(de.Err) + ")"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "network unreachable"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "timed out"
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "timed out"
	}
	if errors.Is(err, net.ErrClosed) {
		return "timed out (connection closed at the deadline)"
	}
	return err.Error()
}
