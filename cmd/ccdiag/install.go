package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// installOptions are the flags of install and uninstall (each command
// declares only the ones it has).
type installOptions struct {
	Scope          string
	DryRun         bool
	Binary         string
	NoStatusLine   bool
	NoMCP          bool
	NoNotify       bool
	StatusLineOnly bool
}

func scopeFlag(opts *installOptions) cli.Flag {
	return &cli.StringFlag{Name: "scope", Value: "user", Usage: "settings to edit: user (~/.claude/settings.json), project (.claude/settings.json, shared with your team) or local (.claude/settings.local.json)", Destination: &opts.Scope}
}

func installCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &installOptions{}
	return &cli.Command{
		Name:      "install",
		Usage:     "add ccdiag's hooks, status line and MCP server to Claude Code's settings",
		UsageText: "ccdiag install [--scope user|project|local] [--dry-run] [--binary PATH] [--no-statusline] [--no-mcp] [--no-notify]\nccdiag install --statusline-only [--binary PATH]",
		Description: "Adds the StopFailure, UserPromptSubmit, SessionStart and Stop hooks (short timeouts), the status line\n" +
			"when none is set, and registers the MCP server (claude mcp add; .mcp.json for project scope without claude\n" +
			"on PATH; CCDIAG_CLAUDE names another claude binary).\n\n" +
			"Edits follow the file's own layout (indentation, separators, line endings) and leave every other byte as it\n" +
			"was; a second install changes nothing. A symlinked settings file is edited where it points. The file is\n" +
			"replaced atomically, and only if nobody changed it meanwhile; a read-only file or one with duplicate keys is\n" +
			"refused. The previous version is kept in ccdiag's state folder, never next to your files.\n\n" +
			"User and local scope write this executable's absolute path, and refuse one that lives in the Go build cache\n" +
			"or a temporary folder (`go run`): install it first, or pass --binary. Project scope writes plain `ccdiag`,\n" +
			"so the committed files work on every teammate's machine that has ccdiag on PATH (or the ccdiag plugin).\n\n" +
			"Examples:\n" +
			"  ccdiag install --dry-run                 # show exactly what would change\n" +
			"  ccdiag install                           # hooks, status line and MCP server for your user\n" +
			"  ccdiag install --scope project --no-mcp  # hooks for everyone working on this repository\n" +
			"  ccdiag install --statusline-only         # only the status line (wraps yours if you have one)\n\n" +
			"Exit codes: 0 done (or nothing to do), 2 bad flags or settings that cannot be edited safely (nothing is\n" +
			"written), 3 write failure.",
		Flags: []cli.Flag{
			scopeFlag(opts),
			&cli.BoolFlag{Name: "dry-run", Usage: "print what would change (a diff, or \"nothing\") and write nothing", Destination: &opts.DryRun},
			&cli.StringFlag{Name: "binary", Usage: "the ccdiag `PATH` to write into the commands (default: this executable; project scope: a command name on PATH)", Destination: &opts.Binary},
			&cli.BoolFlag{Name: "no-statusline", Usage: "leave the status line alone", Destination: &opts.NoStatusLine},
			&cli.BoolFlag{Name: "no-mcp", Usage: "do not register the MCP server", Destination: &opts.NoMCP},
			&cli.BoolFlag{Name: "no-notify", Usage: "no desktop notification when a turn fails (writes `ccdiag hook --no-notify`)", Destination: &opts.NoNotify},
			&cli.BoolFlag{Name: "statusline-only", Usage: "only set the status line, wrapping one you already have (the plugin's /ccdiag:setup)", Destination: &opts.StatusLineOnly},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("install takes no arguments")
			}
			return runInstall(c.Context, io, opts, false)
		},
	}
}

// settingsPath is the file a scope edits.
func settingsPath(scope string, getenv func(string) string) (string, error) {
	switch scope {
	case "user":
		dir := getenv("CLAUDE_CONFIG_DIR")
		if dir == "" {
			home := getenv("HOME")
			if home == "" {
				return "", usageErrorf("HOME is not set")
			}
			dir = filepath.Join(home, ".claude")
		}
		return filepath.Join(dir, "settings.json"), nil
	case "project", "local":
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		if scope == "local" {
			return filepath.Join(wd, ".claude", "settings.local.json"), nil
		}
		return filepath.Join(wd, ".claude", "settings.json"), nil
	}
	return "", usageErrorf("--scope must be user, project or local, not %q", scope)
}

// portableCommand is what project scope writes: files meant to be committed
// name ccdiag as every teammate's shell finds it.
const portableCommand = "ccdiag"

// installBinary decides the ccdiag command written into the settings.
func installBinary(s *iostreams.IOStreams, opts *installOptions, uninstall bool) (string, error) {
	if opts.Scope == "project" {
		switch {
		case opts.Binary == "":
			return portableCommand, nil
		case strings.ContainsAny(opts.Binary, `/\`):
			return "", usageErrorf("project settings are shared: --binary must be a command name found on PATH (e.g. ccdiag), not a path on this machine (%s)", opts.Binary)
		}
		return opts.Binary, nil
	}
	if opts.Binary != "" {
		if !filepath.IsAbs(opts.Binary) {
			return "", usageErrorf("--binary must be an absolute path, not %q", opts.Binary)
		}
		return opts.Binary, nil
	}
	bin, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("finding this executable: %w", err)
	}
	if r, err := filepath.EvalSymlinks(bin); err == nil {
		bin = r
	}
	if where := transientPlace(bin, s.Getenv); where != "" && !uninstall {
		return "", usageErrorf("this ccdiag runs from %s (%s), which is cleaned up: hooks pointing there would break.\n"+
			"Install it first (go install github.com/ccdiag/ccdiag/cmd/ccdiag@latest, or a release binary) and run that,\n"+
			"or pass --binary /path/to/ccdiag. Nothing was written.", where, bin)
	}
	return bin, nil
}

// transientPlace names where bin lives when that place gets cleaned: the
// Go build cache or `go run`'s work folder, or a temporary folder.
func transientPlace(bin string, getenv func(string) string) string {
	for _, part := range strings.Split(filepath.ToSlash(bin), "/") {
		if strings.HasPrefix(part, "go-build") {
			return "the Go build cache"
		}
	}
	if c := getenv("GOCACHE"); c != "" && within(c, bin) {
		return "the Go build cache"
	}
	for _, tmp := range []string{os.TempDir(), getenv("TMPDIR"), "/tmp", "/var/tmp"} {
		if tmp != "" && within(tmp, bin) {
			return "a temporary folder"
		}
	}
	return ""
}

func within(dir, path string) bool {
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		dir = r
	}
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && !strings.HasPrefix(rel, "..")
}

func runInstall(ctx context.Context, s *iostreams.IOStreams, opts *installOptions, uninstall bool) error {
	path, err := settingsPath(opts.Scope, s.Getenv)
	if err != nil {
		return err
	}
	bin, err := installBinary(s, opts, uninstall)
	if err != nil {
		return err
	}
	edit := hooks.SettingsEdit{Binary: bin, StatusLine: !opts.NoStatusLine || opts.StatusLineOnly, NoNotify: opts.NoNotify,
		OnlyStatusLine: opts.StatusLineOnly, Wrap: opts.StatusLineOnly}
	op := hooks.Install
	if uninstall {
		op = hooks.Uninstall
	}
	if _, err := editFile(s, path, opts.DryRun, func(b []byte) ([]byte, []string, error) { return op(b, edit) }); err != nil {
		return err
	}
	if !opts.NoMCP && !opts.StatusLineOnly {
		registerMCP(ctx, s, opts, bin, uninstall)
	}
	if opts.Scope == "project" && !uninstall && !opts.DryRun {
		fmt.Fprintf(s.Out, "Teammates need `%s` on PATH (go install github.com/ccdiag/ccdiag/cmd/ccdiag@latest, or a release\n"+
			"binary), or the ccdiag plugin: /plugin marketplace add ccdiag/ccdiag, then /plugin install ccdiag@ccdiag.\n", bin)
		if _, err := exec.LookPath(bin); err != nil {
			fmt.Fprintf(s.ErrOut, "ccdiag: note: `%s` is not on this machine's PATH either; the hooks stay silent until it is.\n", bin)
		}
	}
	return nil
}

// registerMCP adds or removes the MCP server: through `claude mcp` when
// claude is on PATH, else in .mcp.json for project scope, else it prints
// the command to run.
func registerMCP(ctx context.Context, s *iostreams.IOStreams, opts *installOptions, bin string, uninstall bool) {
	args := []string{"mcp", "add", "-s", opts.Scope, "ccdiag", "--", bin, "mcp"}
	if uninstall {
		args = []string{"mcp", "remove", "-s", opts.Scope, "ccdiag"}
	}
	shown := "claude " + strings.Join(quoteAll(args), " ")
	// CCDIAG_CLAUDE names the claude CLI to use (default: claude on PATH).
	claudeName := s.Getenv("CCDIAG_CLAUDE")
	if claudeName == "" {
		claudeName = "claude"
	}
	claude, lookErr := exec.LookPath(claudeName)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	switch {
	case opts.DryRun && lookErr == nil:
		registered := mcpRegistered(ctx, claude, bin)
		switch {
		case registered && !uninstall:
			fmt.Fprintln(s.Out, "MCP server: already registered; nothing to change")
		case !registered && uninstall:
			fmt.Fprintln(s.Out, "MCP server: not registered; nothing to change")
		default:
			fmt.Fprintf(s.Out, "MCP server: would run %s\n", shown)
		}
	case opts.DryRun && opts.Scope == "project":
		_, _ = editFile(s, ".mcp.json", true, mcpJSONEdit(bin, uninstall))
	case opts.DryRun:
		fmt.Fprintf(s.Out, "MCP server: claude is not on PATH; would print: run %s\n", shown)
	case lookErr == nil:
		out, err := exec.CommandContext(ctx, claude, args...).CombinedOutput()
		msg := strings.TrimSpace(string(out))
		switch {
		case err == nil:
			fmt.Fprintf(s.Out, "MCP server: ran %s\n", shown)
		case !uninstall && strings.Contains(msg, "already exists"):
			fmt.Fprintln(s.Out, "MCP server: already registered")
		case uninstall && (strings.Contains(msg, "No ") || strings.Contains(msg, "not found")):
			fmt.Fprintln(s.Out, "MCP server: not registered")
		default:
			fmt.Fprintf(s.ErrOut, "ccdiag: %s failed: %v: %s\nRun it yourself once the problem is fixed.\n", shown, err, firstLine(msg))
		}
	case opts.Scope == "project":
		if _, err := editFile(s, ".mcp.json", false, mcpJSONEdit(bin, uninstall)); err != nil {
			fmt.Fprintf(s.ErrOut, "ccdiag: %v\n", err)
		}
	default:
		verb := "register"
		if uninstall {
			verb = "unregister"
		}
		fmt.Fprintf(s.Out, "MCP server: claude is not on PATH; to %s it, run:\n  %s\n", verb, shown)
	}
}

// mcpRegistered asks claude whether a ccdiag MCP server running bin is
// registered (`claude mcp get` exits 0 and shows its command).
func mcpRegistered(ctx context.Context, claude, bin string) bool {
	out, err := exec.CommandContext(ctx, claude, "mcp", "get", "ccdiag").CombinedOutput()
	return err == nil && strings.Contains(string(out), "Command: "+bin+"\n")
}

func mcpJSONEdit(bin string, uninstall bool) func([]byte) ([]byte, []string, error) {
	if uninstall {
		return hooks.UninstallMCPJSON
	}
	return func(b []byte) ([]byte, []string, error) { return hooks.InstallMCPJSON(b, bin) }
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = hooks.ShellQuote(a)
	}
	return out
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
