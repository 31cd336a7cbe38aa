// Package redact makes secrets printable: API keys and tokens become a short
// fingerprint (sk-ant-…wxyz) and credentials in URLs are masked. ccdiag never
// prints a key, a token or a proxy password; everything that might carry one
// goes through here.
package redact

import (
	"net/url"
	"strings"
)

// Key returns a fingerprint of an API key or token that is safe to print:
// the well-known prefix (sk-ant-) or the first 3 characters, an ellipsis and
// the last 4 characters; short values show only their length.
func Key(key string) string {
	key = strings.TrimSpace(key)
	if key == "" {
		return "(empty)"
	}
	if len(key) < 16 {
		return "(" + itoa(len(key)) + " chars)"
	}
	prefix := key[:3]
	if strings.HasPrefix(key, "sk-ant-") {
		prefix = "sk-ant-"
	}
	return prefix + "…" + key[len(key)-4:]
}

// URL masks the user information of a URL ("http://user:pass@host" →
// "http://***@host"). Unparseable input is masked up to its last '@'.
func URL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		if i := strings.LastIndexByte(raw, '@'); i >= 0 {
			j := strings.Index(raw, "://")
			if j >= 0 && j < i {
				return raw[:j+3] + "***" + raw[i:]
			}
			return "***" + raw[i:]
		}
		return raw
	}
	if u.User == nil {
		return raw
	}
	u.User = nil
	s := u.String()
	return strings.Replace(s, "://", "://***@", 1)
}

// Scrub replaces every occurrence of each secret in s with its fingerprint;
// the last line of defence for text that may quote one.
func Scrub(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= 4 && strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, Key(sec))
		}
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
