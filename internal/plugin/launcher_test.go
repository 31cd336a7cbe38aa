package plugin

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

const pinned = "v9.8.7"

var builds = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "ccdiag-launcher-test-")
	if err != nil {
		return "", err
	}
	if err := BuildCcdiag(filepath.Join(dir, "right", "ccdiag"), pinned); err != nil {
		return "", err
	}
	return dir, BuildCcdiag(filepath.Join(dir, "wrong", "ccdiag"), "v0.0.1")
})

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := builds(); err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

type launcherEnv struct {
	t       *testing.T
	root    string // plugin root (holds .claude-plugin)
	data    string // CLAUDE_PLUGIN_DATA
	path    []string
	release string
}

func newLauncher(t *testing.T, sums map[string]string) *launcherEnv {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the launcher is a POSIX shell script")
	}
	if _, err := builds(); err != nil {
		t.Fatal(err)
	}
	e := &launcherEnv{t: t, root: t.TempDir(), data: t.TempDir()}
	if err := CopyPlugin(e.root, pinned, sums); err != nil {
		t.Fatal(err)
	}
	// Only what the launcher needs: no ccdiag, no go.
	bin := t.TempDir()
	for _, tool := range []string{"sh", "sed", "awk", "uname", "dirname", "cat", "mkdir", "rm", "mv", "ln", "chmod", "curl", "sha256sum"} {
		if p, err := exec.LookPath(tool); err == nil {
			os.Symlink(p, filepath.Join(bin, tool))
		}
	}
	e.path = []string{bin}
	return e
}

func (e *launcherEnv) run(stdin string, args ...string) (stdout, stderr string, code int) {
	e.t.Helper()
	cmd := exec.Command(filepath.Join(e.root, ".claude-plugin", "bin", "ccdiag"), args...)
	cmd.Env = []string{"PATH=" + strings.Join(e.path, ":"), "HOME=" + e.t.TempDir(), "CLAUDE_PLUGIN_DATA=" + e.data,
		"CCDIAG_RELEASE_URL=" + e.release, "CCDIAG_STATE_DIR=" + e.t.TempDir(), "CCDIAG_CACHE_DIR=" + e.t.TempDir()}
	cmd.Stdin = strings.NewReader(stdin)
	var o, er strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &er
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		e.t.Fatal(err)
	}
	return o.String(), er.String(), code
}

func (e *launcherEnv) copy() string { return filepath.Join(e.data, "bin", "ccdiag") }

func built(t *testing.T, which string) string {
	dir, _ := builds()
	return filepath.Join(dir, which, "ccdiag")
}

// releaseHost serves the right binary as this platform's asset.
func releaseHost(t *testing.T, body []byte) string {
	mux := http.NewServeMux()
	mux.HandleFunc("/"+pinned+"/"+Asset(), func(w http.ResponseWriter, r *http.Request) { w.Write(body) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestLauncherPath(t *testing.T) {
	e := newLauncher(t, nil)
	e.path = append([]string{filepath.Dir(built(t, "right"))}, e.path...)
	out, errOut, code := e.run("", "--version")
	if code != 0 || !strings.HasPrefix(out, "ccdiag version "+pinned) {
		t.Fatalf("exit %d, %q %q", code, out, errOut)
	}
	// The hooks run the data copy: it now points at the PATH binary.
	if r, err := filepath.EvalSymlinks(e.copy()); err != nil || r != built(t, "right") {
		t.Errorf("data copy = %q, %v", r, err)
	}
}

func TestLauncherWrongVersionOnPathUsesDataCopy(t *testing.T) {
	e := newLauncher(t, nil)
	e.path = append([]string{filepath.Dir(built(t, "wrong"))}, e.path...)
	os.MkdirAll(filepath.Dir(e.copy()), 0o755)
	b, _ := os.ReadFile(built(t, "right"))
	os.WriteFile(e.copy(), b, 0o755)
	out, errOut, code := e.run("", "--version")
	if code != 0 || !strings.HasPrefix(out, "ccdiag version "+pinned) {
		t.Fatalf("exit %d, %q %q", code, out, errOut)
	}
}

func TestLauncherFetchesAndVerifies(t *testing.T) {
	sum, err := SHA256File(built(t, "right"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := os.ReadFile(built(t, "right"))
	t.Run("correct checksum", func(t *testing.T) {
		e := newLauncher(t, map[string]string{Asset(): sum})
		e.release = releaseHost(t, body)
		out, errOut, code := e.run("", "--version")
		if code != 0 || !strings.HasPrefix(out, "ccdiag version "+pinned) {
			t.Fatalf("exit %d, %q %q", code, out, errOut)
		}
		if got, _ := SHA256File(e.copy()); got != sum {
			t.Errorf("data copy sha %s, want %s", got, sum)
		}
	})
	t.Run("tampered binary", func(t *testing.T) {
		e := newLauncher(t, map[string]string{Asset(): sum})
		tampered := append(append([]byte{}, body...), "tampered"...)
		e.release = releaseHost(t, tampered)
		out, errOut, code := e.run("", "--version")
		if code != 1 || out != "" || !strings.Contains(errOut, "refused "+e.release+"/"+pinned+"/"+Asset()+": its SHA-256 is ") ||
			!strings.Contains(errOut, "but the plugin pins "+sum) {
			t.Fatalf("exit %d, %q %q", code, out, errOut)
		}
		if _, err := os.Lstat(e.copy()); err == nil {
			t.Error("the tampered binary was kept")
		}
		if m, _ := filepath.Glob(filepath.Join(e.data, "bin", ".ccdiag.*")); len(m) > 0 {
			t.Errorf("left %v", m)
		}
	})
}

func TestLauncherNothingPossible(t *testing.T) {
	e := newLauncher(t, nil)
	out, errOut, code := e.run("", "mcp")
	want := "ccdiag plugin: no usable ccdiag " + pinned + " binary: see https://github.com/ccdiag/ccdiag#install, or put ccdiag " + pinned + " on PATH, then restart Claude Code\n"
	if code != 1 || out != "" || errOut != want {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// As a hook with no binary yet: silent and exit 0, except one message at
// session start.
func TestLauncherHookWithoutBinary(t *testing.T) {
	e := newLauncher(t, nil)
	for _, ev := range []string{"StopFailure", "UserPromptSubmit", "Stop"} {
		out, errOut, code := e.run(`{"hook_event_name":"`+ev+`","session_id":"s"}`, "hook")
		if code != 0 || out != "" || errOut != "" {
			t.Errorf("%s: exit %d, %q %q", ev, code, out, errOut)
		}
	}
	out, errOut, code := e.run(`{"session_id":"s","hook_event_name":"SessionStart","source":"startup"}`, "hook")
	if code != 0 || errOut != "" || !strings.HasPrefix(out, `{"systemMessage":"ccdiag plugin: the ccdiag `+pinned+` binary is not installed yet`) {
		t.Errorf("SessionStart: exit %d, %q %q", code, out, errOut)
	}
}

// No binary, no pinned checksum, Go present: the launcher builds the pinned
// version with `go install` into the data folder.
func TestLauncherGoInstall(t *testing.T) {
	e := newLauncher(t, nil)
	fake := t.TempDir()
	// A stand-in for the Go toolchain: records its arguments and "builds"
	// the right binary into $GOBIN.
	script := "#!/bin/sh\necho \"$@\" > " + filepath.Join(fake, "args") + "\ncat " + built(t, "right") + " > \"$GOBIN/ccdiag\" && chmod 755 \"$GOBIN/ccdiag\"\n"
	if err := os.WriteFile(filepath.Join(fake, "go"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	e.path = append(e.path, fake)
	out, errOut, code := e.run("", "--version")
	if code != 0 || !strings.HasPrefix(out, "ccdiag version "+pinned) {
		t.Fatalf("exit %d, %q %q", code, out, errOut)
	}
	args, _ := os.ReadFile(filepath.Join(fake, "args"))
	if string(args) != "install github.com/ccdiag/ccdiag/cmd/ccdiag@"+pinned+"\n" {
		t.Errorf("go %s", args)
	}
	if !strings.Contains(errOut, "building ccdiag "+pinned+" with go install (once)") {
		t.Errorf("stderr %q", errOut)
	}
}
