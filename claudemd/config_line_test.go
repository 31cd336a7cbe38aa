package claudemd

import (
	"strings"
	"testing"
)

// .ccdiag.yml errors name the line of the value at fault.
func TestConfigErrorsNameTheLine(t *testing.T) {
	for _, tt := range []struct {
		yml, want string
	}{
		{"model: sonnet\nrules:\n  bom: warning\n  no-such-rule: off\n", ".ccdiag.yml:4: unknown rule"},
		{"rules:\n  bom: warning\n  crlf: loud\n", ".ccdiag.yml:3: rule crlf"},
		{"rules:\n  bom:\n    severity: error\n    max: 3\n", ".ccdiag.yml:4: rule bom takes no max"},
		{"ignore:\n  - vendor/**\n  - \"[\"\n", ".ccdiag.yml:3: invalid ignore pattern"},
		{"\n\ncontext-window: -5\n", ".ccdiag.yml:3: context-window"},
		{"rules:\n  bom: warning\n  bogus-key: [\n", ".ccdiag.yml: yaml: line 3"},
	} {
		_, err := ParseConfig(".ccdiag.yml", []byte(tt.yml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want it to contain %q", tt.yml, err, tt.want)
		}
	}
}
