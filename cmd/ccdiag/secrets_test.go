package main

import (
	"bytes"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// TestSecretsNeverPrinted plants an API key, a bearer token, a proxy password,
// a custom-header secret and status-mirror credentials, runs status and
// doctor (text and JSON) against fakes that really receive them, and checks
// that no output contains any of them — while the redacted forms do appear.
func TestSecretsNeverPrinted(t *testing.T) {
	const (
		key       = "sk-ant-api03-PLANTED0KEY0abcdefghijklmnop-wxyz"
		token     = "bearer-PLANTED0TOKEN-0123456789"
		proxyPass = "PLANTED0PROXY0PASS"
		header    = "PLANTED0HEADER0SECRET"
		mirrorPW  = "PLANTED0MIRROR0PW"
	)
	now := time.Now()
	ca, err := fakes.NewCA("Corp Intercept CA", now)
	if err != nil {
		t.Fatal(err)
	}
	tlsCfg, err := ca.ServerConfig(now, "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	api, _ := fakes.NewAPI(fakes.APIOK)
	apiSrv := httptest.NewUnstartedServer(api)
	apiSrv.TLS = tlsCfg
	apiSrv.StartTLS()
	defer apiSrv.Close()
	proxy := &fakes.Proxy{User: "alice", Pass: proxyPass}
	proxySrv := httptest.NewServer(proxy)
	defer proxySrv.Close()
	sp, _ := fakes.NewStatusPage("major", nil)
	statusSrv := httptest.NewServer(sp)
	defer statusSrv.Close()
	caFile := filepath.Join(t.TempDir(), "corp-ca.pem")
	if err := os.WriteFile(caFile, ca.PEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"ANTHROPIC_BASE_URL":       apiSrv.URL,
		"ANTHROPIC_API_KEY":        key,
		"ANTHROPIC_AUTH_TOKEN":     token,
		"ANTHROPIC_CUSTOM_HEADERS": "X-Gateway-Secret: " + header,
		"HTTPS_PROXY":              "http://alice:" + proxyPass + "@" + proxySrv.Listener.Addr().String(),
		"NODE_EXTRA_CA_CERTS":      caFile,
		"CCDIAG_STATUS_URL":        strings.Replace(statusSrv.URL, "http://", "http://mirror:"+mirrorPW+"@", 1),
		"CCDIAG_CACHE_DIR":         t.TempDir(),
		"ANTHROPIC_MODEL":          "claude-opus-4-6",
	}
	var all strings.Builder
	for _, args := range [][]string{
		{"status"}, {"status", "--json"}, {"doctor"}, {"doctor", "--json"}, {"doctor", "--probe-models"},
	} {
		var out, errOut bytes.Buffer
		io := &iostreams.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut,
			Getenv: func(k string) string { return env[k] }}
		code := run(append([]string{"ccdiag"}, args...), io)
		all.WriteString(out.String() + errOut.String())
		for _, secret := range []string{key, token, proxyPass, header, mirrorPW} {
			if strings.Contains(out.String()+errOut.String(), secret) {
				t.Errorf("ccdiag %s (exit %d) printed a secret %q:\n%s%s", strings.Join(args, " "), code, secret, out.String(), errOut.String())
			}
		}
	}
	// The secrets did reach the fakes (so the test can fail) and show redacted.
	if n := len(api.Requests()); n < 2 || api.Requests()[0].Header.Get("x-api-key") != key {
		t.Fatalf("the fake API saw %d requests", n)
	}
	if len(proxy.Targets()) == 0 {
		t.Fatal("nothing went through the proxy")
	}
	for _, want := range []string{"sk-ant-…wxyz", "http://***@127.0.0.1", "trusted via NODE_EXTRA_CA_CERTS", "Elevated errors on Claude Opus"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, all.String())
		}
	}
}
