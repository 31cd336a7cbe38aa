package models

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in           string
		family       string
		major, minor int
		oneM, alias  bool
	}{
		{"", "", 0, 0, false, false},
		{"opus", Opus, 0, 0, false, true},
		{"sonnet[1m]", Sonnet, 0, 0, true, true},
		{"opusplan", Opus, 0, 0, false, true},
		{"default", "", 0, 0, false, true},
		{"claude-opus-4-5-20251101", Opus, 4, 5, false, false},
		{"claude-opus-4-20250514", Opus, 4, 0, false, false},
		{"claude-sonnet-4-6", Sonnet, 4, 6, false, false},
		{"claude-3-5-sonnet-20241022", Sonnet, 3, 5, false, false},
		{"claude-3-opus-20240229", Opus, 3, 0, false, false},
		{"claude-haiku-4-5", Haiku, 4, 5, false, false},
		{"us.anthropic.claude-sonnet-4-5-20250929-v1:0", Sonnet, 4, 5, false, false},
		{"claude-sonnet-4@20250514", Sonnet, 4, 0, false, false},
		{"anthropic/claude-opus-4.1", Opus, 4, 1, false, false},
		{"Claude-Opus-4-7", Opus, 4, 7, false, false},
		{"claude-fable-1", Fable, 1, 0, false, false},
		{"gpt-4o", "", 0, 0, false, false},
	}
	for _, tt := range tests {
		n := Parse(tt.in)
		if n.Family != tt.family || n.Major != tt.major || n.Minor != tt.minor || n.OneMillion != tt.oneM || n.Alias != tt.alias {
			t.Errorf("Parse(%q) = %+v, want family=%q %d.%d 1m=%v alias=%v", tt.in, n, tt.family, tt.major, tt.minor, tt.oneM, tt.alias)
		}
	}
}

func TestSwitchAlias(t *testing.T) {
	for in, want := range map[string]string{
		"claude-opus-4-5": Sonnet, "opus": Sonnet, "": Sonnet, "claude-haiku-4-5": Sonnet,
		"claude-sonnet-4-6": Opus, "sonnet[1m]": Opus,
	} {
		if got := SwitchAlias(in); got != want {
			t.Errorf("SwitchAlias(%q) = %q, want %q", in, got, want)
		}
		if !IsAlias(SwitchAlias(in)) {
			t.Errorf("SwitchAlias(%q) is not an alias", in)
		}
	}
}

func TestSizes(t *testing.T) {
	tests := []struct {
		model       string
		cpt, window int
		maxOut      int
	}{
		// Windows and chars/token as Claude Code 2.1.328's baked catalog and
		// its chars-per-token list have them; aliases name 5.x models.
		{"", 4, 200_000, 0},
		{"sonnet", 3, 1_000_000, 0},
		{"haiku", 3, 1_000_000, 0},
		{"default", 3, 1_000_000, 0},
		{"claude-sonnet-5", 3, 1_000_000, 0},
		{"claude-haiku-5-5", 3, 1_000_000, 0},
		{"claude-sonnet-4-5", 4, 200_000, 64_000},
		{"claude-3-5-sonnet-20241022", 4, 200_000, 8_192},
		{"claude-opus-4-1-20250805", 4, 200_000, 32_000},
		{"claude-sonnet-4-6", 4, 200_000, 64_000},
		{"claude-opus-4-6", 4, 200_000, 128_000},
		{"claude-haiku-4-5", 4, 200_000, 64_000},
		{"claude-opus-4-7", 3, 1_000_000, 64_000},
		{"claude-sonnet-4-5[1m]", 4, 1_000_000, 64_000},
		{"opus[1m]", 3, 1_000_000, 0},
		{"claude-fable-1", 3, 200_000, 0},
		{"claude-opus-5-5", 3, 1_000_000, 0},
	}
	for _, tt := range tests {
		if got := CharsPerToken(tt.model); got != tt.cpt {
			t.Errorf("CharsPerToken(%q) = %d, want %d", tt.model, got, tt.cpt)
		}
		if got := ContextWindow(tt.model); got != tt.window {
			t.Errorf("ContextWindow(%q) = %d, want %d", tt.model, got, tt.window)
		}
		if got := MaxOutputTokens(tt.model); got != tt.maxOut {
			t.Errorf("MaxOutputTokens(%q) = %d, want %d", tt.model, got, tt.maxOut)
		}
	}
}

func TestLifecycle(t *testing.T) {
	tests := map[string]State{
		"opus":                                       AliasName,
		"claude-opus-4-1-20250805":                   Retired,
		"claude-opus-4-20250514":                     Retired,
		"claude-sonnet-4-20250514":                   Retired,
		"claude-3-5-sonnet-latest":                   Retired,
		"claude-3-7-sonnet-20250219":                 Retired,
		"claude-2.1":                                 Retired,
		"claude-sonnet-4-5":                          Deprecated,
		"claude-opus-4-5-20251101":                   Deprecated,
		"claude-haiku-4-20250514":                    NeverExisted,
		"claude-mythos-1":                            InvitationOnly,
		"claude-sonnet-4-6":                          Unknown,
		"us.anthropic.claude-sonnet-4-20250514-v1:0": Retired,
	}
	for id, want := range tests {
		if got := Lifecycle(id).State; got != want {
			t.Errorf("Lifecycle(%q) = %s, want %s", id, got, want)
		}
	}
}

func TestSuggestable(t *testing.T) {
	active := map[string]bool{"claude-sonnet-4-6": true, "claude-opus-4-1-20250805": true}
	tests := map[string]bool{
		"sonnet":                   true,
		"claude-sonnet-4-6":        true,
		"claude-opus-4-7":          false, // not listed
		"claude-opus-4-1-20250805": false, // retired beats a stale list
		"claude-mythos-1":          false,
	}
	for id, want := range tests {
		if got := Suggestable(id, active); got != want {
			t.Errorf("Suggestable(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestDuringIncidents(t *testing.T) {
	for _, tc := range []struct {
		name      string
		family    string
		incidents [][]string
		want      Move
		at        int
	}{
		{"no incidents", Opus, nil, NoIncident, -1},
		{"incident names the failing family", Opus, [][]string{{Opus}}, SwitchFamily, 0},
		{"incident names another family only", Opus, [][]string{{Sonnet}}, NoIncident, -1},
		{"incident on every model", Opus, [][]string{{}}, WaitIncident, 0},
		{"every-model incident wins over a family one", Opus, [][]string{{Opus}, {}}, WaitIncident, 1},
		{"family unknown: any incident means wait", "", [][]string{{Opus}}, WaitIncident, 0},
		{"second incident names the family", Sonnet, [][]string{{Opus}, {Haiku, Sonnet}}, SwitchFamily, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, at := DuringIncidents(tc.family, tc.incidents)
			if got != tc.want || at != tc.at {
				t.Errorf("DuringIncidents(%q, %v) = %v, %d; want %v, %d", tc.family, tc.incidents, got, at, tc.want, tc.at)
			}
		})
	}
}
