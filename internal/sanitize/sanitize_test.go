package sanitize

import (
	"strings"
	"testing"
)

const planted = "sk-ant-api03-Zq8xR2mN5vB7cK1pL4wT9yH3jF6gD0sA-XyZaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU-wxyzAA"

func TestRedactShapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"key " + planted + " rejected", "key sk-ant-…yzAA rejected"},
		{"sk-ant-api03-abc", "sk-ant-…"},
		{"Authorization: Bearer abcdefghijklmnop", "Authorization: *** ***"},
		{`{"x-api-key": "gw-1234567890"}`, `{"x-api-key": "***"}`},
		{"https://user:s3cret@gw.example.com/v1", "https://***@gw.example.com/v1"},
		{"https://user:ab/cdPW@gw.example.com", "https://***@gw.example.com"},
		{"https://user:ab cdPW@gw.example.com:99999", "https://***@gw.example.com:99999"},
		{"https://gw.example.com/v1?key=AIzaSECRET&x=1", "https://gw.example.com/v1?key=***&x=1"},
		{"https://s3/x?X-Amz-Signature=deadbeef&sig=abc", "https://s3/x?X-Amz-Signature=***&sig=***"},
		{"https://registry.npmjs.org/@scope/pkg", "https://registry.npmjs.org/@scope/pkg"},
		{"ANTHROPIC_API_KEY=foo123456", "ANTHROPIC_API_KEY=***"},
		{"max_tokens: 4096, input_tokens=12", "max_tokens: 4096, input_tokens=12"},
		{"ghp_abcdefghijklmnopqrstuvwxyz0123", "ghp_…0123"},
		{"plain text about a task: done", "plain text about a task: done"},
		{"request_id: req_011CSHoEeqs5C35K2UUqR7Fy", "request_id: req_011CSHoEeqs5C35K2UUqR7Fy"},
	} {
		if got := (&Redactor{}).Redact(tc.in).String(); got != tc.want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestRedactThenCut is finding 1 of the hardening issue: a message quoting
// the key past the cut point must not print what is left of it.
func TestRedactThenCut(t *testing.T) {
	r := New("gw-secret-0123456789abcdefghijklmnop")
	msg := strings.Repeat("x", 150) + " invalid key gw-secret-0123456789abcdefghijklmnop"
	for n := 0; n < len(msg); n++ {
		got := r.Redact(msg).Cut(n).String()
		if strings.Contains(got, "0123456789") {
			t.Fatalf("Cut(%d) leaks: %q", n, got)
		}
	}
}

func TestRedactFragmentsOfKnownSecrets(t *testing.T) {
	secret := "gw-secret-0123456789abcdefghijklmnop"
	r := FromEnv(func(k string) string {
		return map[string]string{"ANTHROPIC_AUTH_TOKEN": secret,
			"ANTHROPIC_CUSTOM_HEADERS": "X-Gateway-Auth: hdr-value-ABCDEFGHIJ\nX-Team: t1",
			"ANTHROPIC_BASE_URL":       "https://bob:pa ss/word99@gw.example.com"}[k]
	})
	for i := 0; i <= len(secret); i++ {
		for _, s := range []string{secret[:i], secret[i:]} {
			for _, in := range []string{"got '" + s + "'", `{"message":"bad ` + s + `"}`, "token=" + s} {
				out := r.Redact(in).String()
				if leak := longestCommon(out, secret); leak >= gram {
					t.Errorf("Redact(%q) = %q leaks %d bytes", in, out, leak)
				}
			}
		}
	}
	for _, in := range []string{"header hdr-value-ABCDEFGHIJ refused", "https://bob:pa ss/word99@gw.example.com failed", "pass pa ss/word99"} {
		out := r.Redact(in).String()
		if strings.Contains(out, "ABCDEFGHIJ") || strings.Contains(out, "word99") {
			t.Errorf("Redact(%q) = %q", in, out)
		}
	}
}

// longestCommon is the length of the longest substring of secret found in s.
func longestCommon(s, secret string) int {
	best := 0
	for i := range secret {
		for j := i + best + 1; j <= len(secret); j++ {
			if !strings.Contains(s, secret[i:j]) {
				break
			}
			best = j - i
		}
	}
	return best
}

func TestTerminalNeutralisesControls(t *testing.T) {
	r := &Redactor{}
	for _, tc := range []struct{ in, term, line string }{
		{"ok\tfine\n", "ok\tfine\n", "ok fine "},
		{"\x1b[2J\x1b]0;pwned\x07title", `\x1b[2J\x1b]0;pwned\x07title`, `\x1b[2J\x1b]0;pwned\x07title`},
		{"progress\rOVERWRITE", `progress\x0dOVERWRITE`, `progress\x0dOVERWRITE`},
		{"c1 \u009b31m", `c1 \u009b31m`, `c1 \u009b31m`},
		{"bidi \u202eevil\u2066", `bidi \u202eevil\u2066`, `bidi \u202eevil\u2066`},
		{"bad \xff byte", `bad \xff byte`, `bad \xff byte`},
		{"héllo ✓", "héllo ✓", "héllo ✓"},
	} {
		if got := r.Redact(tc.in).Terminal(); got != tc.term {
			t.Errorf("Terminal(%q) = %q, want %q", tc.in, got, tc.term)
		}
		if got := r.Redact(tc.in).Line(); got != tc.line {
			t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.line)
		}
	}
}

func TestCutOnRuneBoundary(t *testing.T) {
	got := (&Redactor{}).Redact("héllo wörld").Cut(2).String()
	if got != "h…" {
		t.Errorf("Cut = %q", got)
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"sk-ant-api03-abcdefghijklmnopqrstuvwxyz": "sk-ant-…wxyz",
		"gateway-token-0123456789":                "gat…6789",
		"short":                                   "(5 chars)",
		"":                                        "(empty)",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFromEnvironMasksSecretLookingNames(t *testing.T) {
	r := FromEnviron([]string{"MY_DB_PASSWORD=hunter2hunter2", "PATH=/usr/bin:/bin", "TEAM_TOKEN=tt-abcdef-123"})
	out := r.Redact("pw hunter2hunter2 tok tt-abcdef-123 path /usr/bin").String()
	if strings.Contains(out, "hunter2") || strings.Contains(out, "abcdef") || !strings.Contains(out, "/usr/bin") {
		t.Errorf("got %q", out)
	}
}

func FuzzRedactIdempotent(f *testing.F) {
	f.Add("https://u:p@h/?key=v Bearer abcdefghijk " + planted)
	f.Fuzz(func(t *testing.T, s string) {
		r := New("fuzz-secret-0123456789abcdef")
		once := r.Redact(s).String()
		if twice := r.Redact(once).String(); twice != once {
			t.Errorf("not idempotent: %q → %q → %q", s, once, twice)
		}
	})
}

func TestStringsWalksEverything(t *testing.T) {
	type kind string
	type inner struct {
		Msg  string
		Tags []string
	}
	v := struct {
		Kind    kind
		In      inner
		Ptr     *inner
		M       map[string]any
		private string
	}{
		Kind:    kind("x \x1b[2J"),
		In:      inner{Msg: "key " + planted, Tags: []string{"ok", "\x1b]0;t\x07"}},
		Ptr:     &inner{Msg: "Bearer abcdefghijklmnop"},
		M:       map[string]any{"a": "sk-ant-api03-xyz", "b": []any{"\r"}, "sk-ant-api03-k": 1},
		private: "sk-ant-api03-private",
	}
	if !(&Redactor{}).Strings(&v) {
		t.Fatal("nothing reported changed")
	}
	if v.Kind != `x \x1b[2J` || strings.Contains(v.In.Msg, "Zq8x") || v.In.Tags[1] != `\x1b]0;t\x07` ||
		v.Ptr.Msg != "Bearer ***" || v.M["a"] != "sk-ant-…" || v.M["b"].([]any)[0] != `\x0d` {
		t.Errorf("got %+v %+v", v, *v.Ptr)
	}
	if _, ok := v.M["sk-ant-…"]; !ok {
		t.Errorf("map key not cleaned: %v", v.M)
	}
	clean := struct{ A string }{"fine"}
	if (&Redactor{}).Strings(&clean) {
		t.Error("clean value reported changed")
	}
}

func TestTwoURLsOnOneLine(t *testing.T) {
	in := "ccdiag doctor — https://127.0.0.1:41 via proxy http://alice:pw@127.0.0.1:3128 and http://h:1 x@y"
	got := (&Redactor{}).Redact(in).String()
	if want := "ccdiag doctor — https://127.0.0.1:41 via proxy http://***@127.0.0.1:3128 and http://***@y"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestRedactGluedFragments(t *testing.T) {
	secret := "gw-secret-0123456789abcdefghijklmnop"
	r := New(secret)
	for _, in := range []string{"@./missing-" + secret[5:30] + ".md", "/tmp/x/" + secret[3:] + "/y", "k=" + secret[:20] + "&z"} {
		out := r.Redact(in).String()
		if l := longestCommon(out, secret); l >= gram {
			t.Errorf("Redact(%q) = %q leaks %d bytes", in, out, l)
		}
	}
}
