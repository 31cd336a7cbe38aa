package doctor_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/doctor"
	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

const (
	testKey   = "sk-ant-api03-PLANTEDKEY0123456789abcdefghij-wxyz"
	testToken = "gateway-bearer-PLANTEDTOKEN-9876543210"
	proxyPass = "pr0xyPASSw0rd"
)

// world is a fake internet on 127.0.0.1: a status page, an API behind TLS
// for api.anthropic.com (signed by a "public" CA the fake system roots
// trust, or by a corporate CA they don't), routing and DNS.
type world struct {
	t        *testing.T
	now      time.Time
	env      map[string]string
	publicCA *fakes.CA
	corpCA   *fakes.CA
	api      *fakes.API
	apiAddr  string
	routes   map[string]string
	dns      map[string][]string
	status   string
}

type worldOpts struct {
	scenario    string // API scenario
	intercepted bool   // the API's certificate comes from the corporate CA
	notAfter    time.Duration
	status      string
}

func newWorld(t *testing.T, o worldOpts) *world {
	t.Helper()
	now := time.Now()
	w := &world{t: t, now: now, env: map[string]string{}, routes: map[string]string{},
		dns: map[string][]string{"api.anthropic.com": {"160.79.104.10"}}, status: o.status}
	if w.status == "" {
		w.status = "operational"
	}
	var err error
	if w.publicCA, err = fakes.NewCA("Public Root CA", now); err != nil {
		t.Fatal(err)
	}
	if w.corpCA, err = fakes.NewCA("Corp Intercept CA", now); err != nil {
		t.Fatal(err)
	}
	if o.scenario == "" {
		o.scenario = fakes.APIOK
	}
	if w.api, err = fakes.NewAPI(o.scenario); err != nil {
		t.Fatal(err)
	}
	ca := w.publicCA
	if o.intercepted {
		ca = w.corpCA
	}
	if o.notAfter == 0 {
		o.notAfter = 90 * 24 * time.Hour
	}
	cert, err := ca.Issue([]string{"api.anthropic.com", "127.0.0.1"}, now.Add(-48*time.Hour), now.Add(o.notAfter))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(w.api)
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	srv.Config.ErrorLog = quietLog() // rejected handshakes are the point of some tests
	srv.StartTLS()
	t.Cleanup(srv.Close)
	w.apiAddr = srv.Listener.Addr().String()
	w.routes["api.anthropic.com:443"] = w.apiAddr
	return w
}

func (w *world) setenv(kv ...string) *world {
	for i := 0; i+1 < len(kv); i += 2 {
		w.env[kv[i]] = kv[i+1]
	}
	return w
}

func (w *world) writeFile(name string, data []byte) string {
	p := filepath.Join(w.t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		w.t.Fatal(err)
	}
	return p
}

func (w *world) deps() doctor.Deps {
	h, err := fakes.NewStatusPage(w.status, func() time.Time { return w.now })
	if err != nil {
		w.t.Fatal(err)
	}
	sp := httptest.NewServer(h)
	w.t.Cleanup(sp.Close)
	d := &net.Dialer{}
	return doctor.Deps{
		Getenv: func(k string) string { return w.env[k] },
		Now:    func() time.Time { return w.now },
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if to, ok := w.routes[addr]; ok {
				addr = to
			}
			host, _, _ := net.SplitHostPort(addr)
			if net.ParseIP(host) == nil {
				return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
			}
			return d.DialContext(ctx, network, addr)
		},
		LookupHost: func(ctx context.Context, host string) ([]string, error) {
			if a, ok := w.dns[host]; ok {
				return a, nil
			}
			return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		},
		SystemRoots: func() (*x509.CertPool, error) { return w.publicCA.Pool(), nil },
		StatusPage: func(ctx context.Context) statuspage.Summary {
			return statuspage.New(statuspage.Options{BaseURLs: []string{sp.URL}, CacheDir: "-",
				Now: func() time.Time { return w.now }}).Fetch(ctx)
		},
		Timeout:      8 * time.Second,
		CheckTimeout: 6 * time.Second,
	}
}

func (w *world) run() doctor.Report {
	w.t.Helper()
	return doctor.Run(context.Background(), w.deps())
}

func get(t *testing.T, r doctor.Report, id string) doctor.Result {
	t.Helper()
	for _, c := range r.Checks {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no check %q", id)
	return doctor.Result{}
}

func all(c doctor.Result) string {
	return c.Detail + "\n" + strings.Join(c.Notes, "\n") + "\n" + c.Fix
}

func expect(t *testing.T, r doctor.Report, id string, st doctor.Status, contains ...string) {
	t.Helper()
	c := get(t, r, id)
	if c.Status != st {
		t.Errorf("%s: %s, want %s\n%s", id, c.Status, st, all(c))
	}
	for _, s := range contains {
		if !strings.Contains(all(c), s) {
			t.Errorf("%s: missing %q in\n%s", id, s, all(c))
		}
	}
}

func TestHealthy(t *testing.T) {
	w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_API_KEY", testKey)
	r := w.run()
	expect(t, r, doctor.CheckStatusPage, doctor.Pass, "All Systems Operational")
	expect(t, r, doctor.CheckDNS, doctor.Pass, "api.anthropic.com → 160.79.104.10")
	expect(t, r, doctor.CheckProxy, doctor.Pass, "direct connection")
	expect(t, r, doctor.CheckTLS, doctor.Pass, "issued by Public Root CA")
	expect(t, r, doctor.CheckAPI, doctor.Pass, "sk-ant-…wxyz accepted", "5 models listed", "request id req_fake")
	expect(t, r, doctor.CheckModels, doctor.Pass, "no model configured")
	expect(t, r, doctor.CheckEnvironment, doctor.Warn, "instead of a claude.ai subscription login")
	if r.Failures() != 0 || r.Counts.Pass != 6 || r.Counts.Warn != 1 {
		t.Errorf("counts %+v", r.Counts)
	}
	reqs := w.api.Requests()
	if len(reqs) != 1 || reqs[0].Path != "/v1/models" || reqs[0].Header.Get("anthropic-version") != "2023-06-01" ||
		reqs[0].Header.Get("x-api-key") != testKey {
		t.Errorf("requests %+v", reqs)
	}
}

func TestHeaders(t *testing.T) {
	w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_AUTH_TOKEN", testToken,
		"ANTHROPIC_CUSTOM_HEADERS", "X-Team: platform\nX-Gateway-Key: gk-SECRETVALUE123\nnot a header")
	r := w.run()
	expect(t, r, doctor.CheckAPI, doctor.Pass, "ANTHROPIC_AUTH_TOKEN gat…3210 accepted")
	expect(t, r, doctor.CheckEnvironment, doctor.Warn, "1 line(s) that are not")
	h := w.api.Requests()[0].Header
	if h.Get("Authorization") != "Bearer "+testToken || h.Get("X-Team") != "platform" || h.Get("x-api-key") != "" {
		t.Errorf("headers %v", h)
	}
	b, _ := json.Marshal(r)
	if strings.Contains(string(b), "SECRETVALUE") {
		t.Errorf("custom header value printed: %s", b)
	}
}

func TestInterception(t *testing.T) {
	w := newWorld(t, worldOpts{intercepted: true}).setenv("ANTHROPIC_API_KEY", testKey)
	r := w.run()
	expect(t, r, doctor.CheckTLS, doctor.Fail, "TLS interception", "Corp Intercept CA",
		"export NODE_EXTRA_CA_CERTS=/path/to/corp-ca.pem")
	expect(t, r, doctor.CheckAPI, doctor.Fail, "TLS verification failed")

	// The fix the check names makes both pass.
	ca := w.writeFile("corp-ca.pem", w.corpCA.PEM())
	w.setenv("NODE_EXTRA_CA_CERTS", ca)
	r = w.run()
	expect(t, r, doctor.CheckTLS, doctor.Pass, "intercepted", "trusted via NODE_EXTRA_CA_CERTS="+ca)
	expect(t, r, doctor.CheckAPI, doctor.Pass)

	// A CA file with the wrong CA says so.
	wrong := w.writeFile("other.pem", w.publicCA.PEM())
	w.setenv("NODE_EXTRA_CA_CERTS", wrong)
	expect(t, w.run(), doctor.CheckTLS, doctor.Fail, "NODE_EXTRA_CA_CERTS="+wrong+" does not hold the CA")

	// Claude Code trusts a CA from SSL_CERT_FILE too (observed with 2.1.328).
	w.setenv("NODE_EXTRA_CA_CERTS", "", "SSL_CERT_FILE", ca)
	r = w.run()
	expect(t, r, doctor.CheckTLS, doctor.Pass, "trusted via SSL_CERT_FILE="+ca)
	expect(t, r, doctor.CheckAPI, doctor.Pass)

	// Unreadable files are named.
	w.setenv("SSL_CERT_FILE", "", "NODE_EXTRA_CA_CERTS", "/nonexistent/ca.pem")
	expect(t, w.run(), doctor.CheckTLS, doctor.Fail, "NODE_EXTRA_CA_CERTS=/nonexistent/ca.pem cannot be read")

	// Turning verification off hides the problem from Claude Code: warn.
	w.setenv("NODE_EXTRA_CA_CERTS", "", "NODE_TLS_REJECT_UNAUTHORIZED", "0")
	r = w.run()
	expect(t, r, doctor.CheckTLS, doctor.Warn, "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off", "unset NODE_TLS_REJECT_UNAUTHORIZED")
	expect(t, r, doctor.CheckAPI, doctor.Pass)
}

func TestCertificateExpiry(t *testing.T) {
	w := newWorld(t, worldOpts{notAfter: 5 * 24 * time.Hour})
	expect(t, w.run(), doctor.CheckTLS, doctor.Warn, "expires in 4 days")
	w = newWorld(t, worldOpts{notAfter: -time.Hour})
	expect(t, w.run(), doctor.CheckTLS, doctor.Fail, "expired certificate", "check the system clock")
}

func TestProxy(t *testing.T) {
	tests := []struct {
		name      string
		user      string
		proxyURL  func(addr string) string
		want      doctor.Status
		contains  []string
		tunnelled bool
	}{
		{"open proxy", "", func(a string) string { return "http://" + a }, doctor.Pass,
			[]string{"opens a tunnel to api.anthropic.com:443"}, true},
		{"bare host:port", "", func(a string) string { return a }, doctor.Pass, []string{"opens a tunnel"}, true},
		{"credentials accepted", "alice", func(a string) string { return "http://alice:" + proxyPass + "@" + a }, doctor.Pass,
			[]string{"HTTPS_PROXY=http://***@"}, true},
		{"credentials rejected", "alice", func(a string) string { return "http://alice:wrong" + proxyPass + "@" + a }, doctor.Fail,
			[]string{"407", "rejected the credentials"}, false},
		{"credentials missing", "alice", func(a string) string { return "http://" + a }, doctor.Fail,
			[]string{"wants credentials"}, false},
		{"socks", "", func(a string) string { return "socks5://" + a }, doctor.Fail, []string{"does not support SOCKS"}, false},
		{"dead proxy", "", func(string) string { return "http://127.0.0.1:1" }, doctor.Fail, []string{"connection refused"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_API_KEY", testKey)
			delete(w.dns, "api.anthropic.com") // only the proxy can resolve it
			p := &fakes.Proxy{User: tt.user, Pass: proxyPass, Upstream: w.apiAddr}
			ps := httptest.NewServer(p)
			defer ps.Close()
			w.setenv("HTTPS_PROXY", tt.proxyURL(ps.Listener.Addr().String()))
			r := w.run()
			expect(t, r, doctor.CheckProxy, tt.want, tt.contains...)
			if tt.tunnelled {
				expect(t, r, doctor.CheckDNS, doctor.Warn, "the proxy, which resolves it")
				expect(t, r, doctor.CheckTLS, doctor.Pass, "checked through the proxy")
				expect(t, r, doctor.CheckAPI, doctor.Pass)
				if got := p.Targets(); len(got) < 3 || got[0] != "api.anthropic.com:443" {
					t.Errorf("tunnels %v", got)
				}
			} else {
				expect(t, r, doctor.CheckAPI, doctor.Fail)
			}
			if b, _ := json.Marshal(r); strings.Contains(string(b), proxyPass) {
				t.Errorf("proxy password printed")
			}
		})
	}
}

func TestProxyPrecedenceAndBypass(t *testing.T) {
	w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_API_KEY", testKey)
	p := &fakes.Proxy{Upstream: w.apiAddr}
	ps := httptest.NewServer(p)
	defer ps.Close()
	// Claude Code reads https_proxy before HTTPS_PROXY (Go's stdlib the other way round).
	w.setenv("https_proxy", "http://"+ps.Listener.Addr().String(), "HTTPS_PROXY", "http://127.0.0.1:1")
	r := w.run()
	expect(t, r, doctor.CheckProxy, doctor.Pass, "https_proxy=http://127.0.0.1", "https_proxy and HTTPS_PROXY differ")
	if !strings.HasPrefix(r.Proxy, "http://127.0.0.1:") || r.Proxy == "http://127.0.0.1:1" {
		t.Errorf("report proxy %q", r.Proxy)
	}

	// The NO_PROXY rules below were observed with the real Claude Code 2.1.328.
	for _, np := range []string{".anthropic.com", "api.anthropic.com", "API.Anthropic.com", "*", "localhost, .anthropic.com",
		"localhost .anthropic.com", "api.anthropic.com:443"} {
		w.setenv("NO_PROXY", np, "https_proxy", "http://127.0.0.1:1", "HTTPS_PROXY", "")
		r = w.run()
		expect(t, r, doctor.CheckProxy, doctor.Pass, "sends api.anthropic.com direct")
		expect(t, r, doctor.CheckAPI, doctor.Pass)
		if r.Proxy != "" {
			t.Errorf("NO_PROXY=%s: proxy %q reported", np, r.Proxy)
		}
	}
	// Not a bypass: a bare parent domain, a "*." wildcard, another port.
	for _, np := range []string{"anthropic.com", "*.anthropic.com", "api.anthropic.com:8443"} {
		w.setenv("NO_PROXY", np)
		expect(t, w.run(), doctor.CheckProxy, doctor.Fail, "connection refused")
	}
	// Either spelling bypasses when it matches.
	w.setenv("NO_PROXY", ".anthropic.com", "no_proxy", "example.org")
	expect(t, w.run(), doctor.CheckProxy, doctor.Pass, "NO_PROXY entry \".anthropic.com\" sends api.anthropic.com direct",
		"no_proxy and NO_PROXY differ")
}

func TestAPIAnswers(t *testing.T) {
	tests := []struct {
		scenario string
		want     doctor.Status
		contains []string
	}{
		{fakes.APIUnauthorized, doctor.Fail, []string{"rejected ANTHROPIC_API_KEY sk-ant-…wxyz", "authentication_error", "request id req_fake", "[authentication]"}},
		{fakes.APIForbiddenHTML, doctor.Fail, []string{"blocked before reaching the API", "[gateway_error]"}},
		{fakes.APINotFound, doctor.Fail, []string{"not found", "check ANTHROPIC_BASE_URL"}},
		{fakes.APIRateLimited, doctor.Warn, []string{"rate limited", "retry-after: 17", "anthropic-ratelimit-requests-remaining: 0", "[rate_limit]"}},
		{fakes.APISpendLimit, doctor.Fail, []string{"spend limit reached", "enforced_spend_limit_reached", "[spend_limit]"}},
		{fakes.APIServerError, doctor.Fail, []string{"server error", "HTTP 500 api_error", "[server_error]"}},
		{fakes.APIOverloaded, doctor.Fail, []string{"overloaded", "HTTP 529 overloaded_error", "[overloaded]"}},
		{fakes.APIHTML200, doctor.Fail, []string{"not the API"}},
	}
	for _, tt := range tests {
		t.Run(tt.scenario, func(t *testing.T) {
			w := newWorld(t, worldOpts{scenario: tt.scenario}).setenv("ANTHROPIC_API_KEY", testKey, "ANTHROPIC_MODEL", "claude-opus-4-6")
			r := w.run()
			expect(t, r, doctor.CheckAPI, tt.want, tt.contains...)
			// Without a model list the models check says so instead of guessing.
			expect(t, r, doctor.CheckModels, doctor.Skip, "not checked against /v1/models")
		})
	}
}

func TestGatewayBaseURL(t *testing.T) {
	api, _ := fakes.NewAPI(fakes.APINotFound)
	srv := httptest.NewServer(api)
	defer srv.Close()
	w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_BASE_URL", srv.URL, "ANTHROPIC_AUTH_TOKEN", testToken)
	r := w.run()
	expect(t, r, doctor.CheckDNS, doctor.Pass, "is an IP address")
	expect(t, r, doctor.CheckTLS, doctor.Skip, "plain http")
	expect(t, r, doctor.CheckAPI, doctor.Warn, "gateway at 127.0.0.1 does not serve /v1/models")
	expect(t, r, doctor.CheckEnvironment, doctor.Warn, "the first suspect")
	expect(t, r, doctor.CheckStatusPage, doctor.Pass, "the gateway is the first suspect")

	w.setenv("ANTHROPIC_BASE_URL", srv.URL+"/v1")
	expect(t, w.run(), doctor.CheckAPI, doctor.Fail, "remove the trailing /v1")
	w.setenv("ANTHROPIC_BASE_URL", "ftp://example.com")
	r = w.run()
	expect(t, r, doctor.CheckAPI, doctor.Fail, "must start with https://")
	expect(t, r, doctor.CheckEnvironment, doctor.Fail)
}

func TestModels(t *testing.T) {
	w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_API_KEY", testKey,
		"ANTHROPIC_MODEL", "claude-opus-4-6",
		"ANTHROPIC_DEFAULT_SONNET_MODEL", "claude-sonnet-4-5-20250929",
		"ANTHROPIC_DEFAULT_HAIKU_MODEL", "claude-haiku-9-9")
	d := w.deps()
	d.Models = []string{"opus", "claude-3-5-sonnet-20241022"}
	d.ProbeModels = true
	r := doctor.Run(context.Background(), d)
	expect(t, r, doctor.CheckModels, doctor.Fail,
		"--model=opus: alias",
		"--model=claude-3-5-sonnet-20241022: retired",
		"ANTHROPIC_MODEL=claude-opus-4-6: listed as active; count_tokens OK",
		"ANTHROPIC_DEFAULT_SONNET_MODEL=claude-sonnet-4-5-20250929: listed as deprecated",
		"ANTHROPIC_DEFAULT_HAIKU_MODEL=claude-haiku-9-9: not listed by /v1/models",
		"set ANTHROPIC_DEFAULT_HAIKU_MODEL to an alias")
	var probes []string
	for _, q := range w.api.Requests() {
		if q.Path == "/v1/messages/count_tokens" {
			probes = append(probes, q.Body)
		}
	}
	if len(probes) != 1 || !strings.Contains(probes[0], `"model":"claude-opus-4-6"`) {
		t.Errorf("count_tokens probes %v", probes)
	}

	// No key: offline knowledge still catches dead ids.
	w = newWorld(t, worldOpts{}).setenv("ANTHROPIC_MODEL", "claude-3-opus-20240229")
	r = w.run()
	expect(t, r, doctor.CheckAPI, doctor.Skip, "export ANTHROPIC_API_KEY=")
	expect(t, r, doctor.CheckModels, doctor.Fail, "retired")
}

func TestEnvironment(t *testing.T) {
	w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_SMALL_FAST_MODEL", "claude-haiku-4-5", "API_TIMEOUT_MS", "5000",
		"CLAUDE_CODE_USE_BEDROCK", "1", "ANTHROPIC_API_KEY", testKey)
	r := w.run()
	expect(t, r, doctor.CheckEnvironment, doctor.Warn, "ANTHROPIC_SMALL_FAST_MODEL is deprecated",
		"ANTHROPIC_DEFAULT_HAIKU_MODEL=claude-haiku-4-5", "API_TIMEOUT_MS=5000 (5 s) is too short", "Amazon Bedrock")
	expect(t, r, doctor.CheckAPI, doctor.Skip, "Amazon Bedrock")
	expect(t, r, doctor.CheckStatusPage, doctor.Pass, "its own status matters")
	if len(w.api.Requests()) != 0 {
		t.Errorf("provider mode still called the first-party API")
	}
	w = newWorld(t, worldOpts{}).setenv("API_TIMEOUT_MS", "soon")
	expect(t, w.run(), doctor.CheckEnvironment, doctor.Warn, "not a positive number")
	w.setenv("API_TIMEOUT_MS", "600000")
	expect(t, w.run(), doctor.CheckEnvironment, doctor.Pass, "no risky settings")
}

func TestStatusPageVerdicts(t *testing.T) {
	tests := map[string]doctor.Status{
		"operational": doctor.Pass, "minor": doctor.Warn, "major": doctor.Fail, "critical": doctor.Fail,
		"major-no-components": doctor.Fail, "maintenance": doctor.Warn, "challenge": doctor.Warn, "garbage": doctor.Warn,
	}
	for scenario, want := range tests {
		t.Run(scenario, func(t *testing.T) {
			w := newWorld(t, worldOpts{status: scenario})
			expect(t, w.run(), doctor.CheckStatusPage, want)
		})
	}
	w := newWorld(t, worldOpts{status: "major"})
	expect(t, w.run(), doctor.CheckStatusPage, doctor.Fail, "Elevated errors on Claude Opus", "https://stspg.io/inc-opus", "the incident names opus")
}

// TestEverythingHangs: DNS, every connection, the status page and the API
// never answer — some of them ignoring their context altogether — and Run
// still returns within its (short, injected) deadline with a verdict per check.
func TestEverythingHangs(t *testing.T) {
	// A listener that accepts and never says a word (TLS and CONNECT hang).
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	block := make(chan struct{})
	defer close(block)
	env := map[string]string{"ANTHROPIC_API_KEY": testKey, "ANTHROPIC_MODEL": "claude-opus-4-6",
		"HTTPS_PROXY": "http://u:" + proxyPass + "@10.0.0.1:3128"}
	d := doctor.Deps{
		Getenv: func(k string) string { return env[k] },
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, network, ln.Addr().String())
		},
		LookupHost:   func(context.Context, string) ([]string, error) { <-block; return nil, errors.New("unreachable") },
		SystemRoots:  func() (*x509.CertPool, error) { return x509.NewCertPool(), nil },
		StatusPage:   func(context.Context) statuspage.Summary { <-block; return statuspage.Summary{} },
		Timeout:      300 * time.Millisecond,
		CheckTimeout: 200 * time.Millisecond,
	}
	done := make(chan doctor.Report, 1)
	go func() { done <- doctor.Run(context.Background(), d) }()
	var r doctor.Report
	select {
	case r = <-done:
	case <-time.After(20 * time.Second): // a safety net for a broken deadline, not a timing assertion
		t.Fatal("Run ignored its deadline")
	}
	expect(t, r, doctor.CheckStatusPage, doctor.Warn, "did not answer within 200ms")
	expect(t, r, doctor.CheckDNS, doctor.Fail, "no answer within 200ms")
	expect(t, r, doctor.CheckProxy, doctor.Fail)
	expect(t, r, doctor.CheckTLS, doctor.Fail)
	expect(t, r, doctor.CheckAPI, doctor.Fail)
	expect(t, r, doctor.CheckModels, doctor.Skip) // the list timed out or the API check failed first
	expect(t, r, doctor.CheckEnvironment, doctor.Warn)
	if b, _ := json.Marshal(r); strings.Contains(string(b), proxyPass) || strings.Contains(string(b), "PLANTEDKEY") {
		t.Errorf("secret printed: %s", b)
	}
}

func TestRender(t *testing.T) {
	w := newWorld(t, worldOpts{intercepted: true}).setenv("ANTHROPIC_API_KEY", testKey)
	r := w.run()
	var plain, color strings.Builder
	if err := doctor.Render(&plain, r, iostreams.NewColorScheme(false)); err != nil {
		t.Fatal(err)
	}
	doctor.Render(&color, r, iostreams.NewColorScheme(true))
	out := plain.String()
	for _, s := range []string{"ccdiag doctor — https://api.anthropic.com", "  FAIL  TLS ", "fix: export NODE_EXTRA_CA_CERTS=",
		"  PASS  DNS ", "passed, 1 warning, 2 failed, 0 skipped"} {
		if !strings.Contains(out, s) {
			t.Errorf("missing %q in\n%s", s, out)
		}
	}
	if strings.Contains(out, "\x1b[") || !strings.Contains(color.String(), "\x1b[31mFAIL") {
		t.Errorf("colour handling wrong")
	}
	if strings.Contains(out, "PLANTEDKEY") {
		t.Errorf("key printed")
	}
}

// quietLog silences a test server's log of rejected TLS handshakes.
func quietLog() *log.Logger { return log.New(io.Discard, "", 0) }
