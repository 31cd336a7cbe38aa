package jsonwrite

import (
	"bytes"
	"encoding/json"
	"testing"
)

// trickyStrings are the strings the encoder is checked on.
var trickyStrings = []string{"", "plain", `quote " and \ backslash`, "tab\tnl\ncr\r bs\b ff\f", "\x00\x01\x1b[2J\x7f",
	"<html> & 'x'", "é ü 中文 🎉", "bad \xff\xfe utf8 \xc3", "line\u2028sep\u2029para", "\ufeffbom"}

// encodeStd is encoding/json's answer with HTML escaping off.
func encodeStd(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return buf.String()
}

func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range trickyStrings {
		if got, want := string(AppendString(nil, s))+"\n", encodeStd(s); got != want {
			t.Errorf("%q: got %s want %s", s, got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendString(nil, s))+"\n", encodeStd(s); got != want {
			t.Errorf("%q: got %s want %s", s, got, want)
		}
	})
}
