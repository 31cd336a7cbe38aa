package doctor_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/internal/doctor"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// leakKey is 113 characters, like the key of the hardening report.
const leakKey = "sk-ant-api03-LEAKyQ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrs-AA"

// renderAll is every form doctor prints: text and JSON.
func renderAll(t *testing.T, r doctor.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := doctor.Render(&b, r, iostreams.NewColorScheme(false)); err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(r)
	return b.String() + string(j)
}

// leaked reports the longest piece (12+ bytes) of secret in out, past its
// public prefix.
func leaked(out, secret string) string {
	const n = 12
	for i := len("sk-ant-api03-"); i+n <= len(secret); i++ {
		if strings.Contains(out, secret[i:i+n]) {
			return secret[i : i+n]
		}
	}
	return ""
}

// TestGatewayQuotingTheKeyPastTheCut is finding 1: a gateway's 401 message
// quotes the key past byte 160 of the message; doctor cut the message before
// masking, and printed 112 of the key's 113 characters.
func TestGatewayQuotingTheKeyPastTheCut(t *testing.T) {
	for pad := 100; pad <= 200; pad += 7 {
		gw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(401)
			msg := strings.Repeat("x", pad) + " invalid key: " + r.Header.Get("x-api-key")
			json.NewEncoder(w).Encode(map[string]any{"type": "error",
				"error": map[string]any{"type": "authentication_error", "message": msg}})
		}))
		w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_BASE_URL", gw.URL, "ANTHROPIC_API_KEY", leakKey)
		out := renderAll(t, w.run())
		gw.Close()
		if l := leaked(out, leakKey); l != "" {
			t.Fatalf("pad %d: doctor printed %q of the key:\n%s", pad, l, out)
		}
	}
}

// TestBaseURLCredentialsNeverPrinted is finding 2: a base URL that does not
// parse is printed raw, password included; a ?key= query never masked.
func TestBaseURLCredentialsNeverPrinted(t *testing.T) {
	for _, base := range []string{
		"https://user:ab/cdPWsecretPASS@gw.example.com",
		"https://user:secretPASS@gw.example.com:99999",
		"https://user:secret PASS@gw.example.com",
		"https://gw.example.com/v1?key=secretPASS",
		"https://gw.example.com/v1?x=1&api_key=secretPASS",
	} {
		t.Run(base, func(t *testing.T) {
			w := newWorld(t, worldOpts{}).setenv("ANTHROPIC_BASE_URL", base, "ANTHROPIC_API_KEY", testKey)
			out := renderAll(t, w.run())
			if strings.Contains(out, "secretPASS") || strings.Contains(out, "PASS@") || strings.Contains(out, "cdPW") {
				t.Errorf("doctor printed the base URL's secret:\n%s", out)
			}
		})
	}
}
