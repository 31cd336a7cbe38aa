package main

import (
	"runtime/debug"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	tests := []struct {
		name         string
		ldV, ldC     string
		bi           *debug.BuildInfo
		wantV, wantC string
	}{
		{"release stamp wins", "v0.2.0", "0123456789abcdef0123", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-x"}, Settings: vcs("ffff", "true")}, "v0.2.0", "0123456789ab"},
		{"go install @version", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.1.0"}}, "v0.1.0", ""},
		{"go build in a clean checkout", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203090000-0123456789ab"}, Settings: vcs("0123456789abcdef", "false")}, "v0.0.0-20261203090000-0123456789ab", "0123456789ab"},
		{"go build with local changes", "", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("0123456789abcdef", "true")}, "(devel)", "0123456789ab-dirty"},
		{"nothing known", "", "", nil, "(devel)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, c := buildVersion(tt.ldV, tt.ldC, tt.bi)
			if v != tt.wantV || c != tt.wantC {
				t.Errorf("got %q %q, want %q %q", v, c, tt.wantV, tt.wantC)
			}
		})
	}
}
