package jsonguard

import (
	"strings"
	"testing"
)

func TestShallow(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want bool
	}{
		{`{"a":[1,{"b":2}]}`, 3, true},
		{`{"a":[1,{"b":2}]}`, 2, false},
		{`{"a":"[[[[[[[["}`, 1, true},
		{`{"a":"\"[[[[", "b":[]}`, 1, false},
		{`"\\"[`, 0, false},
		{``, 0, true},
	} {
		if got := Shallow(tc.in, tc.max); got != tc.want {
			t.Errorf("Shallow(%q, %d) = %v, want %v", tc.in, tc.max, got, tc.want)
		}
	}
}

// TestDeepNestingIsRefusedNotRecursed is finding 10: millions of '[' used to
// overflow gjson's recursive validator (a fatal error).
func TestDeepNestingIsRefusedNotRecursed(t *testing.T) {
	deep := strings.Repeat("[", 6_000_000) + strings.Repeat("]", 6_000_000)
	if ValidBytes([]byte(deep)) || Valid(deep) {
		t.Error("6 M nested arrays accepted")
	}
	ok := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	if !Valid(ok) {
		t.Errorf("nesting of %d refused", MaxDepth)
	}
}

func FuzzShallow(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":"x\"]"}]}`, `[[[[`, `"\\`, `{"k":"v"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// A flat scan agrees with an explicit count of the nesting gjson
		// would recurse into, for valid JSON.
		if !Valid(s) {
			return
		}
		depth, max := 0, 0
		in := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case in && c == '\\':
				i++
			case c == '"':
				in = !in
			case !in && (c == '[' || c == '{'):
				depth++
				if depth > max {
					max = depth
				}
			case !in && (c == ']' || c == '}'):
				depth--
			}
		}
		if max > MaxDepth {
			t.Errorf("accepted nesting %d > %d", max, MaxDepth)
		}
		if !Shallow(s, MaxDepth) {
			t.Error("Valid but not Shallow")
		}
	})
}
