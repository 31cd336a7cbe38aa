package mcp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/claudemd"
)

// LintFinding is one lint finding.
type LintFinding struct {
	Rule     string `json:"rule" jsonschema:"stable rule id"`
	Severity string `json:"severity" jsonschema:"error, warning or info"`
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Message  string `json:"message"`
}

// LintFile is one memory file in the startup report.
type LintFile struct {
	Path       string `json:"path"`
	Kind       string `json:"kind" jsonschema:"project, local, rules, nested, ancestor, user, managed or import"`
	Loaded     string `json:"loaded" jsonschema:"startup, lazy or skipped"`
	Chars      int    `json:"chars" jsonschema:"characters Claude Code counts (UTF-16)"`
	Tokens     int    `json:"tokens" jsonschema:"estimated tokens (chars / chars-per-token)"`
	Depth      int    `json:"depth" jsonschema:"import depth; 0 for files loaded directly"`
	SkipReason string `json:"skip_reason,omitempty"`
}

// LintStartup is what Claude Code loads at startup in the linted directory.
type LintStartup struct {
	Dir           string     `json:"dir"`
	Files         []LintFile `json:"files"`
	StartupFiles  int        `json:"startup_files"`
	StartupChars  int        `json:"startup_chars"`
	StartupTokens int        `json:"startup_tokens" jsonschema:"estimated"`
	FileLimit     int        `json:"file_limit_chars" jsonschema:"Claude Code's per-file warning threshold"`
	TotalLimit    int        `json:"total_limit_chars" jsonschema:"Claude Code's total warning threshold"`
	CharsPerToken int        `json:"chars_per_token"`
	ContextWindow int        `json:"context_window_tokens"`
}

// LintResult is lint_claude_md's structured result.
type LintResult struct {
	Path     string        `json:"path" jsonschema:"the file or directory linted"`
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Infos    int           `json:"infos"`
	Findings []LintFinding `json:"findings"`
	Startup  LintStartup   `json:"startup" jsonschema:"the startup size report: every file Claude Code loads at startup there, with sizes and limits"`
}

func lintClaudeMDTool(d *Deps) server.ServerTool {
	opts := append([]mcpgo.ToolOption{
		mcpgo.WithDescription("Lint CLAUDE.md memory files the way Claude Code loads them (CLAUDE.md, .claude/CLAUDE.md, CLAUDE.local.md, .claude/rules/, nested files, @imports): " +
			"findings as path:line:col with stable rule ids, and the startup size report — every file loaded at startup with chars, estimated tokens and Claude Code's limits. " +
			"Nothing outside the client's MCP roots (or the server's working directory when the client declares none) is read: " +
			"ancestors, ~/.claude and managed policy files outside them are listed as \"outside the roots, not read\"."),
		mcpgo.WithString("path", mcpgo.Description("A directory or memory file to lint; relative paths start at the first root. Default: the first root.")),
		mcpgo.WithString("model", mcpgo.Description("Model id or alias whose context window and chars-per-token set the size limits, e.g. claude-opus-4-6 or sonnet[1m].")),
		mcpgo.WithOutputSchema[LintResult](),
		alwaysArrays("findings"),
	}, readOnly("Lint CLAUDE.md", false)...)
	return server.ServerTool{
		Tool: mcpgo.NewTool("lint_claude_md", opts...),
		Handler: func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			roots, ask := allowedRoots(ctx, req, d)
			if ask != nil {
				return ask, nil
			}
			abs, err := confine(req.GetString("path", "."), roots)
			if err != nil {
				return mcpgo.NewToolResultError(err.Error()), nil
			}
			dir := abs
			if st, err := os.Stat(abs); err == nil && !st.IsDir() {
				dir = filepath.Dir(abs)
			}
			// Roots confine both runs: the startup view lists ancestors, the
			// user's and the managed files outside them as not read.
			base := claudemd.Options{Cwd: dir, Home: d.Home, ManagedDir: d.ManagedDir, Model: req.GetString("model", ""), Roots: roots}
			lintOpts := base
			lintOpts.Paths = []string{abs}
			res, err := claudemd.Lint(lintOpts)
			if err == nil {
				startOpts := base
				startOpts.Paths, startOpts.Startup, startOpts.Sections = []string{dir}, true, true
				var rep *claudemd.Result
				if rep, err = claudemd.Lint(startOpts); err == nil {
					out := lintResult(abs, dir, res, rep)
					return mcpgo.NewToolResultStructured(out, lintText(res, rep)), nil
				}
			}
			var ce *claudemd.ConfigError
			var pe *claudemd.PathError
			if errors.As(err, &ce) || errors.As(err, &pe) {
				return mcpgo.NewToolResultError("cannot lint " + abs + ": " + err.Error()), nil
			}
			return nil, err
		},
	}
}

func lintResult(abs, dir string, res, rep *claudemd.Result) LintResult {
	out := LintResult{Path: abs, Findings: []LintFinding{},
		Errors: res.Totals.Errors, Warnings: res.Totals.Warnings, Infos: res.Totals.Infos}
	for _, f := range res.Findings {
		out.Findings = append(out.Findings, LintFinding{Rule: f.Rule, Severity: f.Severity.String(), Path: f.Path,
			Line: f.Line, Column: f.Column, Message: f.Message})
	}
	t := rep.Totals
	out.Startup = LintStartup{Dir: dir, Files: []LintFile{}, StartupFiles: t.StartupFiles, StartupChars: t.StartupChars,
		StartupTokens: t.StartupTokens, FileLimit: t.FileLimit, TotalLimit: t.TotalLimit,
		CharsPerToken: t.CharsPerToken, ContextWindow: t.ContextWindow}
	for _, f := range rep.Files {
		out.Startup.Files = append(out.Startup.Files, LintFile{Path: f.Path, Kind: string(f.Kind), Loaded: string(f.Loaded),
			Chars: f.Chars, Tokens: f.Tokens, Depth: f.Depth, SkipReason: f.SkipReason})
	}
	return out
}

func lintText(res, rep *claudemd.Result) string {
	var b strings.Builder
	_ = (&claudemd.TextPrinter{}).Print(&b, res)
	b.WriteByte('\n')
	// The report alone: its findings would repeat the ones above.
	startup := *rep
	startup.Findings = nil
	_ = claudemd.ReportPrinter{Dir: rep.Root}.Print(&b, &startup)
	return strings.TrimRight(b.String(), "\n")
}
