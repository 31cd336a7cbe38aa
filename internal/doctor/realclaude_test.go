package doctor_test

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/doctor"
	"github.com/ccdiag/ccdiag/internal/fakes"
)

// realClaude returns the real Claude Code binary named by CCDIAG_E2E_CLAUDE;
// .ci/e2e/doctor.sh sets it and runs these tests in a loopback-only namespace.
func realClaude(t *testing.T) string {
	bin := os.Getenv("CCDIAG_E2E_CLAUDE")
	if bin == "" {
		t.Skip("set CCDIAG_E2E_CLAUDE to a Claude Code binary (see .ci/e2e/doctor.sh)")
	}
	return bin
}

// runClaude sends one prompt with no retries; the answer does not matter,
// only where the requests went.
func runClaude(t *testing.T, bin string, env map[string]string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-p", "hi")
	cmd.Dir = t.TempDir()
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "DISABLE_TELEMETRY=1",
		"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1", "DISABLE_AUTOUPDATER=1", "CLAUDE_CODE_MAX_RETRIES=0",
		"ANTHROPIC_API_KEY=sk-ant-api03-e2e-test-key-0000000000wxyz"}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, _ := cmd.CombinedOutput() // it fails: nothing real answers
	t.Logf("claude: %s", strings.TrimSpace(lastLine(string(out))))
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// TestRealClaudeCodeProxyChoice checks that doctor picks the proxy Claude
// Code really uses for the API (or none, when NO_PROXY exempts the host).
// Each case takes ~20 s (Claude Code's startup against the unreachable
// first-party API), so the cases run in parallel; http_proxy over HTTP_PROXY and "anthropic.com" not
// bypassing api.anthropic.com were observed too and are covered offline.
func TestRealClaudeCodeProxyChoice(t *testing.T) {
	bin := realClaude(t)
	names := []string{"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"}
	tests := []struct {
		name string
		set  []string // proxy variables to set (each to its own proxy)
		env  map[string]string
		want string // the variable whose proxy Claude Code uses; "" = direct
	}{
		{"lower https wins", names, nil, "https_proxy"},
		{"upper https over http", []string{"HTTPS_PROXY", "http_proxy"}, nil, "HTTPS_PROXY"},
		{"dot suffix bypasses", []string{"https_proxy"}, map[string]string{"NO_PROXY": ".anthropic.com"}, ""},
		{"star dot does not", []string{"https_proxy"}, map[string]string{"NO_PROXY": "*.anthropic.com"}, "https_proxy"},
		{"host and port bypass", []string{"https_proxy"}, map[string]string{"no_proxy": "api.anthropic.com:443"}, ""},
		{"either spelling bypasses", []string{"https_proxy"}, map[string]string{"no_proxy": ".anthropic.com", "NO_PROXY": "example.org"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // each case mostly waits for Claude Code to give up on the API
			env := map[string]string{}
			proxies := map[string]*fakes.Proxy{}
			urls := map[string]string{}
			for _, n := range tt.set {
				p := &fakes.Proxy{}
				srv := httptest.NewServer(p)
				defer srv.Close()
				proxies[n], urls[n] = p, srv.URL
				env[n] = srv.URL
			}
			for k, v := range tt.env {
				env[k] = v
			}
			runClaude(t, bin, env)
			used := ""
			for n, p := range proxies {
				if len(p.Targets()) > 0 {
					if used != "" {
						t.Fatalf("Claude Code used both %s and %s", used, n)
					}
					used = n
				}
			}
			if used != tt.want {
				t.Fatalf("Claude Code used %q, the case expects %q", used, tt.want)
			}
			rep := doctor.Run(context.Background(), doctor.Deps{Getenv: func(k string) string { return env[k] },
				Timeout: 2 * time.Second})
			wantProxy := ""
			if used != "" {
				wantProxy = urls[used]
			}
			if rep.Proxy != wantProxy {
				t.Errorf("doctor reports proxy %q, Claude Code used %q (%s)", rep.Proxy, wantProxy, used)
			}
		})
	}
}

// TestRealClaudeCodeTrust checks doctor's TLS verdict against whether Claude
// Code accepts a certificate from a private ("corporate") CA.
func TestRealClaudeCodeTrust(t *testing.T) {
	bin := realClaude(t)
	now := time.Now()
	ca, err := fakes.NewCA("Corp Intercept CA", now)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ca.ServerConfig(now, "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	caFile := filepath.Join(t.TempDir(), "corp-ca.pem")
	if err := os.WriteFile(caFile, ca.PEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		trusted bool
		tls     doctor.Status
	}{
		{"no CA", nil, false, doctor.Fail},
		{"NODE_EXTRA_CA_CERTS", map[string]string{"NODE_EXTRA_CA_CERTS": caFile}, true, doctor.Pass},
		{"SSL_CERT_FILE", map[string]string{"SSL_CERT_FILE": caFile}, true, doctor.Pass},
		{"verification off", map[string]string{"NODE_TLS_REJECT_UNAUTHORIZED": "0"}, true, doctor.Warn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api, _ := fakes.NewAPI(fakes.APIOK)
			srv := httptest.NewUnstartedServer(api)
			srv.TLS = cfg
			srv.Config.ErrorLog = quietLog()
			srv.StartTLS()
			defer srv.Close()
			env := map[string]string{"ANTHROPIC_BASE_URL": srv.URL}
			for k, v := range tt.env {
				env[k] = v
			}
			runClaude(t, bin, env)
			reached := len(api.Requests()) > 0
			if reached != tt.trusted {
				t.Fatalf("Claude Code reached the API: %v, the case expects %v", reached, tt.trusted)
			}
			rep := doctor.Run(context.Background(), doctor.Deps{Getenv: func(k string) string { return env[k] },
				Timeout: 3 * time.Second})
			if c := get(t, rep, doctor.CheckTLS); c.Status != tt.tls {
				t.Errorf("doctor TLS %s, want %s: %s", c.Status, tt.tls, all(c))
			}
		})
	}
}
