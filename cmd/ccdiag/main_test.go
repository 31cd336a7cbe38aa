package main

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"ccdiag": func() { os.Exit(run(os.Args, iostreams.System())) },
	})
}

// TestScripts runs the end-to-end CLI scripts in testdata/script: each one
// drives the real binary the way the README does.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// Keep every script away from the developer's real HOME and caches.
			home := env.WorkDir + "/home"
			env.Setenv("HOME", home)
			env.Setenv("XDG_CACHE_HOME", home+"/.cache")
			env.Setenv("XDG_STATE_HOME", home+"/.local/state")
			env.Setenv("XDG_CONFIG_HOME", home+"/.config")
			return os.MkdirAll(home, 0o755)
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exitcode":  cmdExitCode,
			"padfile":   cmdPadFile,
			"appendpad": cmdAppendPad,
		},
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
	})
}

// cmdExitCode runs a program and checks its exact exit code:
//
//	exitcode 2 ccdiag diagnose
//
// testscript's own "! exec" only tells zero from non-zero, and our exit codes
// carry meaning (1 findings, 2 usage, 3 internal).
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d", got, want)
	}
}

// cmdPadFile writes a file of N filler bytes followed by another file:
//
//	padfile big.txt 1200000 tail.txt
func cmdPadFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: padfile OUT N FILE")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		ts.Fatalf("padfile: bad size %q", args[1])
	}
	tail := ts.ReadFile(args[2])
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), append(filler(n), tail...), 0o644))
}

// cmdAppendPad appends N filler bytes to a file: appendpad big.txt 1200000
func cmdAppendPad(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: appendpad FILE N")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		ts.Fatalf("appendpad: bad size %q", args[1])
	}
	f, err := os.OpenFile(ts.MkAbs(args[0]), os.O_APPEND|os.O_WRONLY, 0)
	ts.Check(err)
	_, err = f.Write(filler(n))
	ts.Check(err)
	ts.Check(f.Close())
}

// filler is n bytes of harmless log lines.
func filler(n int) []byte {
	const l = "INFO build step finished in 12 ms\n"
	b := make([]byte, 0, n+len(l))
	for len(b) < n {
		b = append(b, l...)
	}
	return b[:n]
}
