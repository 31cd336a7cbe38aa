package main

import (
	"runtime/debug"
	"strings"
)

// Set at link time by .ci/release.sh:
//
//	-ldflags "-X main.version=v1.2.3 -X main.commit=<git sha>"
//
// Without them (go install, go build) the build info fills them in.
var (
	version = ""
	commit  = ""
)

// appVersion is the bare version, for protocol and report headers.
func appVersion() string {
	v, _ := buildVersion(version, commit, readBuildInfo())
	return v
}

// versionLine is what `ccdiag --version` prints after "ccdiag version ":
// the version, then the commit it was built from when known.
func versionLine() string {
	v, c := buildVersion(version, commit, readBuildInfo())
	if c == "" {
		return v
	}
	return v + " (commit " + c + ")"
}

func readBuildInfo() *debug.BuildInfo {
	bi, _ := debug.ReadBuildInfo()
	return bi
}

// buildVersion picks the link-time stamp, else the module version `go install
// …@vX` records, else the VCS revision `go build` records in a checkout
// ("-dirty" when the tree had changes); "(devel)" when nothing is known.
func buildVersion(ldVersion, ldCommit string, bi *debug.BuildInfo) (v, c string) {
	v, c = ldVersion, ldCommit
	dirty := false
	if bi != nil {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if c == "" {
					c = s.Value
				}
			case "vcs.modified":
				dirty = s.Value == "true" && ldCommit == ""
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if len(c) > 12 {
		c = c[:12]
	}
	if c != "" && dirty && !strings.HasSuffix(c, "-dirty") {
		c += "-dirty"
	}
	return v, c
}
