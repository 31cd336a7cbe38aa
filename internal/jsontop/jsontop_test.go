package jsontop

import (
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"
	"github.com/ccdiag/ccdiag/internal/leandeps"
)

// check compares Get with jsonguard.ValidBytes and gjson.GetManyBytes.
func check(t *testing.T, in string, keys ...string) {
	t.Helper()
	got, valid := Get([]byte(in), keys...)
	if want := jsonguard.ValidBytes([]byte(in)); valid != want {
		t.Fatalf("Get(%q) valid = %v, jsonguard.ValidBytes = %v", in, valid, want)
	}
	if !valid {
		return
	}
	for i, r := range gjson.GetManyBytes([]byte(in), keys...) {
		if got[i].Str != r.String() || got[i].Exists != r.Exists() {
			t.Errorf("Get(%q)[%q] = %q %v, gjson %q %v", in, keys[i], got[i].Str, got[i].Exists, r.String(), r.Exists())
		}
	}
}

var seeds = []string{
	`{"session_id":"s1","hook_event_name":"StopFailure","error":"server_error","last_assistant_message":"API Error: 500 — \u001b[1mx\u001b[0m \ud83c\udf89 \ud800 \"q\" \\ \/","effort":{"level":"high","a":[1,2,{"b":[]}]}}`,
	`{"session_id":"a","session_id":"b","agent_id":null,"error":12,"error_details":-1.5e3,"x":true,"y":false}`,
	`{"ses\u0073ion_id":"escaped key","error":[1, {"a": "}"}], "last_assistant_message": {"k": "v"}}`,
	` {"a" : "b" } `,
	`["session_id", 1]`,
	`"session_id"`,
	`{}`, `[]`, `{"a":}`, `{"a":1,}`, `[1,]`, `{"a":01}`, `{"a":-}`, `{"a":1.}`, `{"a":1e}`, `{"a":"\x"}`,
	`{"a":"\u12"}`, "{\"a\":\"\x01\"}", `{"a":tru}`, `{"a":nul}`, `{"a" "b"}`, `{"a":1} x`, `{'a':1}`, ``, ` `,
	`{"error":"bad utf8 ` + "\xff\xfe" + `"}`, `{"error":1E+2,"msg":0.1,"n":-0,"m":123456789012345678901234567890}`,
}

func TestGetMatchesGJSON(t *testing.T) {
	keys := []string{"session_id", "hook_event_name", "agent_id", "error", "last_assistant_message", "error_details", "effort", "missing", "x", "y", "n", "m", "msg"}
	for _, s := range seeds {
		check(t, s, keys...)
	}
}

// TestDepth: nesting up to MaxDepth is read, deeper is refused without
// recursion (as jsonguard refuses it).
func TestDepth(t *testing.T) {
	for _, n := range []int{MaxDepth - 1, MaxDepth, MaxDepth + 1, 6_000_000} {
		check(t, `{"a":`+strings.Repeat("[", n-1)+strings.Repeat("]", n-1)+`,"b":"c"}`, "a", "b")
	}
	if MaxDepth != jsonguard.MaxDepth {
		t.Errorf("MaxDepth %d, jsonguard.MaxDepth %d", MaxDepth, jsonguard.MaxDepth)
	}
}

func FuzzGetMatchesGJSON(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, "error")
	}
	f.Fuzz(func(t *testing.T, in, key string) {
		if !isName(key) {
			return // a gjson path (or an array index), not a plain name
		}
		check(t, in, key, "session_id", "error")
	})
}

// TestLeanImports: the package links nothing that sorts late in import-path
// order and has init work (strings and bytes bring unicode).
func TestLeanImports(t *testing.T) {
	leandeps.Check(t)
}

// isName reports whether key is a plain name: a letter or '_', then
// letters, digits, '_' or '-'.
func isName(key string) bool {
	for i, c := range key {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && (c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return key != ""
}
