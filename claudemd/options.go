package claudemd

import (
	"github.com/ccdiag/ccdiag/internal/models"
)

// Options controls one lint run. Everything environmental (home directory,
// working directory, managed-policy directory, environment) is passed in so
// tests need no real HOME.
type Options struct {
	// Paths are the trees to lint; empty means Cwd.
	Paths []string
	// Cwd is the working directory; relative Paths and displayed paths are
	// relative to it.
	Cwd string
	// Home is the user's home directory (for ~/ imports and --user).
	Home string
	// ManagedDir holds the managed policy CLAUDE.md (/etc/claude-code on Linux).
	ManagedDir string
	// User adds ~/.claude/CLAUDE.md and ~/.claude/rules/ to a tree lint.
	User bool
	// Startup lints what Claude Code loads at startup in Paths[0]: ancestors
	// up to /, user and managed files, minus claudeMdExcludes.
	Startup bool
	// Sections computes per-"##"-section sizes (for --report).
	Sections bool

	// Model and ContextWindow choose the size limits; ContextWindow wins.
	Model         string
	ContextWindow int

	// Config is the parsed .ccdiag.yml (nil: look for one at the first path).
	Config *Config
	// ConfigPath names a config file explicitly.
	ConfigPath string

	// Workers bounds parallel file reads; 0 means GOMAXPROCS.
	Workers int

	// Roots, when set, confine the run: nothing outside these folders is
	// read or even looked up (symlinks resolved). Ancestors, the user's and
	// the managed files are then listed as "outside the roots, not read".
	// The MCP server sets them to the client's roots.
	Roots []string
}

// Limits are Claude Code's size thresholds for one model.
type Limits struct {
	ContextWindow int `json:"context_window_tokens"`
	CharsPerToken int `json:"chars_per_token"`
	FileChars     int `json:"file_limit_chars"`
	TotalChars    int `json:"total_limit_chars"`
}

// ComputeLimits applies Claude Code's rule: per file
// max(40000, round(window × 0.05 × charsPerToken)) chars, in total
// max(120000, per-file limit).
func ComputeLimits(model string, window int) Limits {
	cpt := models.CharsPerToken(model)
	if window <= 0 {
		window = models.ContextWindow(model)
	}
	if window <= 0 {
		window = models.DefaultContextWindow
	}
	// round(x) for a positive product of integers and 0.05 = (w*cpt*5+50)/100.
	file := (window*cpt*5 + 50) / 100
	if file < 40000 {
		file = 40000
	}
	total := file
	if total < 120000 {
		total = 120000
	}
	return Limits{ContextWindow: window, CharsPerToken: cpt, FileChars: file, TotalChars: total}
}

// Tokens estimates tokens from chars the way Claude Code sizes memory.
func (l Limits) Tokens(chars int) int {
	if l.CharsPerToken <= 0 {
		return chars / 4
	}
	return (chars + l.CharsPerToken - 1) / l.CharsPerToken
}
