package apierror

import "testing"

// TestRestatedInProse: a printed notice, then the reporter's own sentence
// about it: the notice decides (its status, and who it shows answered).
func TestRestatedInProse(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Category
		provider   string
	}{
		{"notice in the title, told again in prose", "API Error: Repeated 529 Overloaded errors\n\nSince Monday I keep running into 529 overloaded errors on every long task, even with quota to spare.", Overloaded, "<nil>"},
		{"prose alone", "Since Monday I keep running into 529 overloaded errors on every long task, even with quota to spare.", Overloaded, "anthropic"},
		{"a printed error of another kind before the prose", "API Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}\n\nAfter fixing the key, I keep running into 529 overloaded errors on every long task today.", Overloaded, "anthropic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Diagnose(tc.text, Options{})
			if d.Category != tc.want || str(d.Provider) != tc.provider {
				t.Errorf("category %s provider %q, want %s %q", d.Category, str(d.Provider), tc.want, tc.provider)
			}
		})
	}
}
