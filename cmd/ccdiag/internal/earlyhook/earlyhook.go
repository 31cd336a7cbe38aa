// Package earlyhook runs `ccdiag hook` and `ccdiag statusline` during
// package initialisation, before the heavy third-party packages the binary
// also links (mcp-go's JSON-schema compiler, goldmark, …) run their init
// functions. Claude Code kills a StopFailure hook ~17 ms after spawning it,
// and those inits alone take several milliseconds on a 2-core machine; the
// prompt hook and the status line run on every prompt and every message.
//
// It works because Go initialises packages in import-path order among those
// whose imports are done (Go spec, "Package initialization"): this package
// and its imports (stdlib, hooks, gjson) are ready before
// github.com/santhosh-tekuri/… and github.com/yuin/goldmark are, so its init
// runs first. cmd/ccdiag/testdata/script/hook.txtar checks that order with
// GODEBUG=inittrace=1.
//
// StopFailure itself is recorded even earlier, by package earlyrec, whose
// imports are lighter still, and a first failure's notification comes from
// package earlyfail's table; this package handles the rest with the stdin
// earlyrec read.
//
// Only cmd/ccdiag imports it. It handles exactly `ccdiag hook` (stdin not a
// terminal) and `ccdiag statusline [--wrap CMD]`; anything else falls through
// to the normal command tree.
package earlyhook

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	_ "github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyfail" // the notification table, before this init
	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyrec"
	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/statuscache"
)

// maxInput bounds what is read from stdin.
const maxInput = 8 << 20

// HookDeadline ends `ccdiag hook` (exit 0, nothing printed) if it is still
// running: far under Claude Code's 60 s hook timeout, far over its normal
// few milliseconds.
const HookDeadline = 5 * time.Second

// watchdog calls exit(0) after d unless the process ended first.
func watchdog(d time.Duration, exit func(int)) *time.Timer {
	return time.AfterFunc(d, func() { exit(0) })
}

// WrapTimeout is the default deadline of a --wrap status-line command.
const WrapTimeout = 2 * time.Second

func init() {
	args := os.Args[1:]
	switch {
	case earlyrec.IsHook(args):
		// earlyrec (imported below, so initialised first) read stdin and
		// already recorded a StopFailure, and earlyfail answered its
		// notification when its table could; everything else lands here.
		if !earlyrec.Read {
			return // run by hand: let the normal path print nothing
		}
		// Whatever a file system does (an NFS state folder that stops
		// answering), the hook ends well inside Claude Code's hook timeout.
		watchdog(HookDeadline, os.Exit)
		rt := Runtime(os.Getenv, os.Stderr)
		if earlyrec.Notify {
			os.Stdout.Write(hooks.Notification(earlyrec.Payload, rt))
			os.Exit(0)
		}
		os.Stdout.Write(hooks.Handle(earlyrec.Payload, rt))
		os.Exit(0)
	case len(args) >= 1 && args[0] == "statusline":
		wrap, ok := wrapArg(args[1:])
		if !ok {
			return // other flags (or --help): the normal path parses them
		}
		watchdog(WrapTimeout+3*time.Second, os.Exit) // the wrapped command has its own, shorter deadline
		var in []byte
		if !isTerminal(os.Stdin) {
			in, _ = io.ReadAll(io.LimitReader(os.Stdin, maxInput))
		}
		Statusline(context.Background(), in, os.Stdout, os.Stderr, os.Getenv, wrap, WrapTimeout)
		os.Exit(0)
	}
}

// wrapArg accepts no flags, `--wrap CMD` or `--wrap=CMD` (one or two dashes).
func wrapArg(args []string) (string, bool) {
	switch {
	case len(args) == 0:
		return "", true
	case len(args) == 2 && (args[0] == "--wrap" || args[0] == "-wrap"):
		return args[1], true
	case len(args) == 1 && (strings.HasPrefix(args[0], "--wrap=") || strings.HasPrefix(args[0], "-wrap=")):
		return args[0][strings.IndexByte(args[0], '=')+1:], true
	}
	return "", false
}

// Runtime is the hook runtime of a real run: real clock, state dir and
// environment, the status-page cache read from disk (a stale cache starts a
// detached `ccdiag status --refresh-cache`).
func Runtime(getenv func(string) string, stderr io.Writer) hooks.Runtime {
	cache := hooks.StatusCache{Dir: statuscache.Dir(getenv), Refresh: statuscache.SpawnRefresh}
	return hooks.Runtime{
		Getenv:   getenv,
		Now:      time.Now,
		StateDir: state.Dir(getenv),
		Status:   cache.Read,
		Stderr:   stderr,
		ClaudeArgs: func() []string {
			return claudeArgs(getenv("CLAUDE_PID"))
		},
		Build: buildStamp,
	}
}

// buildStamp names the running binary by its path, size and modification
// time: an upgrade or a rebuild of ccdiag changes it, so advice cached by the
// previous binary is computed again. "" when the binary cannot be found.
func buildStamp() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return exe + "|" + strconv.FormatInt(fi.Size(), 10) + "|" + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
}

// claudeArgs reads the command line of Claude Code's process (CLAUDE_PID,
// set for every hook) from /proc; nil where there is no /proc or no such
// process.
func claudeArgs(pid string) []string {
	if pid == "" || strings.Trim(pid, "0123456789") != "" {
		return nil
	}
	f, err := os.Open("/proc/" + pid + "/cmdline")
	if err != nil {
		return nil
	}
	defer f.Close()
	b, _ := io.ReadAll(io.LimitReader(f, 256<<10))
	b = bytes.TrimSuffix(b, []byte{0})
	if len(b) == 0 {
		return nil
	}
	return strings.Split(string(b), "\x00")
}

// Statusline prints the status line for the status-line JSON in: ccdiag's
// segment, appended to the first line of wrap's output when wrap is set.
func Statusline(ctx context.Context, in []byte, out, errOut io.Writer, getenv func(string) string, wrap string, timeout time.Duration) {
	// Claude Code renders ANSI colours although stdout is a pipe: only
	// NO_COLOR turns them off here.
	cs := iostreams.NewColorScheme(getenv("NO_COLOR") == "")
	line := hooks.StatusLine(in, Runtime(getenv, nil), cs)
	if wrap != "" {
		line = hooks.JoinStatusLines(runWrapped(ctx, wrap, timeout, in, errOut), line, cs)
	}
	io.WriteString(out, line+"\n")
}

// maxWrapped bounds what is kept of the wrapped command's output: a status
// line is one short line.
const maxWrapped = 64 << 10

// runWrapped runs the user's own status-line command with the same input;
// a failure or timeout gives "" (ccdiag's segment still prints). The
// command runs in its own process group, killed whole at the deadline (a
// pipeline's other members would outlive sh), and its output stops being
// read past maxWrapped: the writer refuses more, the pipe closes, and the
// producer gets SIGPIPE.
func runWrapped(ctx context.Context, command string, timeout time.Duration, stdin []byte, stderr io.Writer) string {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", command)
	cmd.Stdin = bytes.NewReader(stdin)
	out := &cappedWriter{max: maxWrapped}
	cmd.Stdout = out
	cmd.Stderr = &cappedWriter{w: stderr, max: maxWrapped}
	cmd.WaitDelay = 100 * time.Millisecond
	ownGroup(cmd)
	_ = cmd.Run()
	killGroup(cmd) // whatever it left running in the background
	return out.buf.String()
}

// cappedWriter keeps (or passes on to w) the first max bytes, then fails.
type cappedWriter struct {
	w   io.Writer
	buf bytes.Buffer
	n   int
	max int
}

func (c *cappedWriter) Write(p []byte) (int, error) {
	room := c.max - c.n
	if room <= 0 {
		return 0, io.ErrShortWrite
	}
	short := len(p) > room
	p = p[:min(len(p), room)]
	c.n += len(p)
	if c.w != nil {
		c.w.Write(p)
	} else {
		c.buf.Write(p)
	}
	if short {
		return len(p), io.ErrShortWrite
	}
	return len(p), nil
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err != nil || fi.Mode()&os.ModeCharDevice != 0
}
