// Package plugin checks the Claude Code plugin kept in .claude-plugin/ (its
// manifest, commands and launcher). The plugin itself is JSON, Markdown and a
// POSIX shell launcher; the Go here is its tests and their helpers.
package plugin

import (
	"os"
	"path/filepath"
)

// Dir is the repository's .claude-plugin folder, found from the working
// directory upwards (tests run in their package folder).
func Dir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, ".claude-plugin")
		if fi, err := os.Stat(filepath.Join(p, "plugin.json")); err == nil && !fi.IsDir() {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", os.ErrNotExist
		}
	}
}
