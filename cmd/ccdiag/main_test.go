package main

import (
	"errors"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"ccdiag":     func() { os.Exit(run(os.Args, iostreams.System())) },
		"fakeclaude": func() { os.Exit(fakeClaude()) },
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
			"exitcode":   cmdExitCode,
			"fakestatus": cmdFakeStatus,
			"fakeapi":    cmdFakeAPI,
			"fakeproxy":  cmdFakeProxy,
			"waitfile":   cmdWaitFile,
			"padfile":    cmdPadFile,
			"appendpad":  cmdAppendPad,
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

// cmdFakeStatus starts a fake status page on 127.0.0.1 serving one of
// fakes.StatusScenarios() and points CCDIAG_STATUS_URL at it:
//
//	fakestatus major
//
// The server lives until the script ends.
func cmdFakeStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: fakestatus SCENARIO")
	}
	h, err := fakes.NewStatusPage(args[0], nil)
	if err != nil {
		ts.Fatalf("fakestatus: %v", err)
	}
	srv := httptest.NewServer(h)
	ts.Defer(srv.Close)
	ts.Setenv("CCDIAG_STATUS_URL", srv.URL)
}

// cmdFakeAPI starts a fake Anthropic API on 127.0.0.1 answering one of
// fakes.APIScenarios() and points ANTHROPIC_BASE_URL at it (plain http):
//
//	fakeapi ok
func cmdFakeAPI(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: fakeapi SCENARIO")
	}
	api, err := fakes.NewAPI(args[0])
	if err != nil {
		ts.Fatalf("fakeapi: %v", err)
	}
	srv := httptest.NewServer(api)
	ts.Defer(srv.Close)
	ts.Setenv("ANTHROPIC_BASE_URL", srv.URL)
}

// cmdFakeProxy starts a fake HTTP proxy on 127.0.0.1 (CONNECT and plain
// forwarding), optionally demanding USER and PASSWORD, and sets HTTPS_PROXY
// to it with the credentials (or with SENT_PASSWORD instead, to test a
// wrong one):
//
//	fakeproxy alice s3cret [wrong]
func cmdFakeProxy(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 1 || len(args) > 3 {
		ts.Fatalf("usage: fakeproxy [USER PASSWORD [SENT_PASSWORD]]")
	}
	p := &fakes.Proxy{}
	cred := ""
	if len(args) >= 2 {
		p.User, p.Pass = args[0], args[1]
		cred = args[0] + ":" + args[len(args)-1] + "@"
	}
	srv := httptest.NewServer(p)
	ts.Defer(srv.Close)
	ts.Setenv("HTTPS_PROXY", "http://"+cred+srv.Listener.Addr().String())
}

// cmdWaitFile waits (up to 20 s) until a file exists, for work a command
// leaves to a detached background process:
//
//	waitfile $WORK/home/.cache/ccdiag/status.json
func cmdWaitFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfile PATH")
	}
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
			return
		}
	}
	ts.Fatalf("waitfile: %s never appeared", args[0])
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
