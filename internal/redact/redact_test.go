package redact

import (
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	tests := map[string]string{
		"sk-ant-api03-abcdefghijklmnopqrstuvwxyz": "sk-ant-…wxyz",
		"sk-ant-oat01-0123456789abcdef":           "sk-ant-…cdef",
		"gateway-token-0123456789":                "gat…6789",
		"short":                                   "(5 chars)",
		"":                                        "(empty)",
	}
	for in, want := range tests {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestURL(t *testing.T) {
	tests := map[string]string{
		"http://user:s3cret@proxy.corp:8080":     "http://***@proxy.corp:8080",
		"http://user@proxy.corp:8080":            "http://***@proxy.corp:8080",
		"http://proxy.corp:8080":                 "http://proxy.corp:8080",
		"proxy.corp:3128":                        "proxy.corp:3128",
		"user:s3cret@proxy.corp:3128":            "***@proxy.corp:3128",
		"http://us%er:p@ss:w@rd@proxy.corp:8080": "http://***@proxy.corp:8080",
	}
	for in, want := range tests {
		got := URL(in)
		if got != want {
			t.Errorf("URL(%q) = %q, want %q", in, got, want)
		}
		if strings.Contains(got, "s3cret") || strings.Contains(got, "rd@") && !strings.Contains(want, "rd@") {
			t.Errorf("URL(%q) leaks: %q", in, got)
		}
	}
}

func TestScrub(t *testing.T) {
	key := "sk-ant-api03-SECRETSECRETSECRET-wxyz"
	got := Scrub("header x-api-key: "+key+" rejected", []string{key, ""})
	if strings.Contains(got, "SECRET") || !strings.Contains(got, "sk-ant-…wxyz") {
		t.Errorf("Scrub = %q", got)
	}
}
