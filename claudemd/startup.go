package claudemd

import (
	"encoding/json"
	"path/filepath"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/ccdiag/ccdiag/internal/safefile"
)

// claudeMdExcludes merges the claudeMdExcludes globs of every settings
// layer Claude Code reads for a session in dir.
func claudeMdExcludes(dir, home, managed string, conf *confinement) []string {
	var files []string
	if home != "" {
		files = append(files, filepath.Join(home, dirClaude, "settings.json"))
	}
	files = append(files, filepath.Join(dir, dirClaude, "settings.json"), filepath.Join(dir, dirClaude, "settings.local.json"))
	if managed != "" {
		files = append(files, filepath.Join(managed, "managed-settings.json"))
	}
	var out []string
	for _, f := range files {
		if !conf.allowsReal(f) {
			continue // a confined run reads no settings outside its roots
		}
		b, err := safefile.ReadFile(f, safefile.Settings)
		if err != nil {
			continue
		}
		var s struct {
			ClaudeMdExcludes []string `json:"claudeMdExcludes"`
		}
		if json.Unmarshal(b, &s) == nil {
			out = append(out, s.ClaudeMdExcludes...)
		}
	}
	return out
}

// excluded matches an absolute path against claudeMdExcludes globs
// (picomatch with dot:true in Claude Code; doublestar here).
func excluded(path string, globs []string) bool {
	p := filepath.ToSlash(path)
	for _, g := range globs {
		if ok, _ := doublestar.Match(filepath.ToSlash(g), p); ok {
			return true
		}
	}
	return false
}
