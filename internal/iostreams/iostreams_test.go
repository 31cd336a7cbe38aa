package iostreams

import "testing"

func TestColorEnabled(t *testing.T) {
	tests := []struct {
		name string
		tty  bool
		env  map[string]string
		want bool
	}{
		{"tty", true, nil, true},
		{"pipe", false, nil, false},
		{"no_color on tty", true, map[string]string{"NO_COLOR": "1"}, false},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, false},
		{"forced on pipe", false, map[string]string{"CLICOLOR_FORCE": "1"}, true},
		{"force zero", false, map[string]string{"CLICOLOR_FORCE": "0"}, false},
		{"no_color beats force", false, map[string]string{"CLICOLOR_FORCE": "1", "NO_COLOR": "x"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &IOStreams{StdoutIsTTY: tt.tty, Getenv: func(k string) string { return tt.env[k] }}
			if got := s.ColorEnabled(); got != tt.want {
				t.Errorf("ColorEnabled() = %v, want %v", got, tt.want)
			}
			red := s.ColorScheme().Red("x")
			if colored := red != "x"; colored != tt.want {
				t.Errorf("Red(x) = %q, colored=%v want %v", red, colored, tt.want)
			}
		})
	}
}
