package guardtest

import "testing"

func TestLeak(t *testing.T) {
	key := "sk-ant-api03-0123456789abcdefghij"
	for _, tc := range []struct{ out, want string }{
		{"key sk-ant-api03-0123456789ab…", "0123456789ab"},
		{"…56789abcdefg redacted", "56789abcdefg"},
		{"sk-ant-api03-012345678 (11 bytes past the prefix)", ""},
		{"nothing here", ""},
	} {
		if got := Leak(tc.out, "other-secret-value", key); got != tc.want {
			t.Errorf("Leak(%q) = %q, want %q", tc.out, got, tc.want)
		}
	}
}

func TestControl(t *testing.T) {
	if got := Control("title " + Esc); got != "\x1b" {
		t.Errorf("Control(Esc) = %q", got)
	}
	if got := Control("safe \\x1b text"); got != "" {
		t.Errorf("Control(escaped) = %q", got)
	}
}

func TestJSONStrings(t *testing.T) {
	got := JSONStrings(map[string]any{"k": []any{"a", 1.0, map[string]any{"b": "c"}}})
	if len(got) != 4 {
		t.Errorf("JSONStrings = %q, want k, a, b, c", got)
	}
}
