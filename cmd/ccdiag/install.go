package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

type installOptions struct {
	Scope        string
	DryRun       bool
	Binary       string
	NoStatusLine bool
	NoMCP        bool
	NoNotify     bool
}

func installFlags(opts *installOptions) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "scope", Value: "user", Usage: "settings to edit: user (~/.claude/settings.json), project (.claude/settings.json) or local (.claude/settings.local.json)", Destination: &opts.Scope},
		&cli.BoolFlag{Name: "dry-run", Usage: "print the changes as a diff and write nothing", Destination: &opts.DryRun},
		&cli.StringFlag{Name: "binary", Usage: "ccdiag path to write into the commands (default: this executable)", Destination: &opts.Binary},
		&cli.BoolFlag{Name: "no-statusline", Usage: "leave the status line alone", Destination: &opts.NoStatusLine},
		&cli.BoolFlag{Name: "no-mcp", Usage: "do not register the MCP server", Destination: &opts.NoMCP},
		&cli.BoolFlag{Name: "no-notify", Usage: "no desktop notification when a turn fails (writes `ccdiag hook --no-notify`)", Destination: &opts.NoNotify},
	}
}

func installCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &installOptions{}
	return &cli.Command{
		Name:  "install",
		Usage: "add ccdiag's hooks, status line and MCP server to Claude Code's settings",
		Description: "Adds the StopFailure, UserPromptSubmit, SessionStart and Stop hooks (absolute path, short timeouts),\n" +
			"the status line when none is set, and registers the MCP server (claude mcp add; .mcp.json for project\n" +
			"scope without claude on PATH; CCDIAG_CLAUDE names another claude binary). Edits keep formatting, key order and unrelated settings; a second\n" +
			"install changes nothing; the old file is kept as FILE.ccdiag.bak and the new one replaces it atomically.\n" +
			"Invalid JSON is refused with its position, and nothing is written.\n\n" +
			"Exit codes: 0 done, 2 bad flags or unreadable/invalid settings, 3 write failure.",
		Flags: installFlags(opts),
		Action: func(c *cli.Context) error {
			return runInstall(c.Context, io, opts, false)
		},
	}
}

func uninstallCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &installOptions{}
	return &cli.Command{
		Name:  "uninstall",
		Usage: "remove exactly what `ccdiag install` added",
		Description: "Removes ccdiag's hook commands (and groups and events they leave empty), a ccdiag status line\n" +
			"(a --wrap one gives your command back) and the MCP registration. Other settings are untouched.\n\n" +
			"Exit codes: 0 done, 2 bad flags or unreadable/invalid settings, 3 write failure.",
		Flags: installFlags(opts),
		Action: func(c *cli.Context) error {
			return runInstall(c.Context, io, opts, true)
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
				return "", errors.New("HOME is not set")
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

func runInstall(ctx context.Context, s *iostreams.IOStreams, opts *installOptions, uninstall bool) error {
	path, err := settingsPath(opts.Scope, s.Getenv)
	if err != nil {
		return err
	}
	bin := opts.Binary
	if bin == "" {
		if bin, err = os.Executable(); err != nil {
			return fmt.Errorf("finding this executable: %w", err)
		}
		if r, err := filepath.EvalSymlinks(bin); err == nil {
			bin = r
		}
	}
	if !filepath.IsAbs(bin) {
		return usageErrorf("--binary must be an absolute path, not %q", bin)
	}
	edit := hooks.SettingsEdit{Binary: bin, StatusLine: !opts.NoStatusLine, NoNotify: opts.NoNotify}
	op := hooks.Install
	if uninstall {
		op = hooks.Uninstall
	}
	changed, err := editFile(s, path, opts.DryRun, func(b []byte) ([]byte, []string, error) { return op(b, edit) })
	if err != nil {
		return err
	}
	if !changed && !opts.DryRun {
		fmt.Fprintf(s.Out, "%s: nothing to change\n", path)
	}
	if !opts.NoMCP {
		registerMCP(ctx, s, opts, bin, uninstall)
	}
	return nil
}

// editFile applies fn to the file at path (a missing file is empty) and
// writes the result atomically with a backup, or prints the diff on a dry run.
func editFile(s *iostreams.IOStreams, path string, dryRun bool, fn func([]byte) ([]byte, []string, error)) (bool, error) {
	// Edit what a symlink points to (dotfile managers), not the link.
	target := path
	if r, err := filepath.EvalSymlinks(path); err == nil {
		target = r
	}
	old, err := os.ReadFile(target)
	existed := err == nil
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return false, inputError(fmt.Errorf("reading %s: %w", path, err))
	}
	out, notes, err := fn(old)
	if err != nil {
		return false, inputError(fmt.Errorf("%s: %w; nothing was written", path, err))
	}
	// A file left as {} by uninstall is removed when nothing else is in it.
	remove := existed && bytes.Equal(bytes.TrimSpace(out), []byte("{}")) && !bytes.Equal(bytes.TrimSpace(old), []byte("{}"))
	if bytes.Equal(out, old) || (!existed && len(notes) == 0) {
		return false, nil
	}
	if dryRun {
		newName := path + " (after)"
		if remove {
			out, newName = nil, "/dev/null"
		}
		s.Out.Write(diff.Diff(path, old, newName, out))
		for _, n := range notes {
			fmt.Fprintf(s.Out, "# %s\n", n)
		}
		return true, nil
	}
	if existed {
		if err := writeAtomic(target+".ccdiag.bak", old); err != nil {
			return false, fmt.Errorf("backing up %s: %w", path, err)
		}
	}
	if remove {
		if err := os.Remove(target); err != nil {
			return false, err
		}
		notes = append(notes, "removed the file (nothing else was in it)")
	} else if err := writeAtomic(target, out); err != nil {
		return false, fmt.Errorf("writing %s: %w", path, err)
	}
	fmt.Fprintf(s.Out, "%s:\n", path)
	for _, n := range notes {
		fmt.Fprintf(s.Out, "  %s\n", n)
	}
	if existed {
		fmt.Fprintf(s.Out, "  backup: %s.ccdiag.bak\n", target)
	}
	return true, nil
}

// writeAtomic replaces path with data via a temp file in the same folder
// and a rename, keeping the old file's permissions.
func writeAtomic(path string, data []byte) error {
	mode := os.FileMode(0o600)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr, os.Chmod(tmp, mode)); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
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
	switch {
	case opts.DryRun:
		if lookErr == nil {
			fmt.Fprintf(s.Out, "# would run: %s\n", shown)
		} else if opts.Scope == "project" {
			fmt.Fprintln(s.Out, "# would edit .mcp.json:")
			_, _ = editFile(s, ".mcp.json", true, mcpJSONEdit(bin, uninstall))
		} else {
			fmt.Fprintf(s.Out, "# MCP server: run %s\n", shown)
		}
	case lookErr == nil:
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
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
