// Package e2e installs the ccdiag plugin into the real Claude Code (npm
// @anthropic-ai/claude-code, pinned in .ci/clients) from this repository as a
// marketplace, with the binary reaching the plugin through each of the
// launcher's paths, and checks advice after a 529 and the plugin's MCP
// server. It only runs when CCDIAG_E2E_CLAUDE and CCDIAG_E2E_CCDIAG (a ccdiag
// stamped with the plugin's pinned version) are set, inside a loopback-only
// network namespace (see .ci/e2e/plugin.sh).
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/plugin"
)

type env struct {
	t       *testing.T
	claude  string
	ccdiag  string // stamped with the pinned version
	home    string
	project string
	api     *fakes.MessagesAPI
	baseURL string
	path    string // PATH: no ccdiag, no go unless a test adds them
	extra   []string

	claudeHome *fakes.ClaudeHome
}

func setup(t *testing.T) *env {
	t.Helper()
	s := fakes.NewSession(t, ".ci/e2e/plugin.sh")
	return &env{t: t, claude: s.Claude, ccdiag: s.CCDiag, home: s.Home.Home, project: s.Home.Project,
		path: "/usr/bin:/bin", api: s.API, baseURL: s.BaseURL, claudeHome: s.Home}
}

func (e *env) environ() []string {
	env := append(e.claudeHome.Env(e.baseURL), "PATH="+e.path, "CLAUDE_CODE_MAX_RETRIES=2")
	return append(env, e.extra...)
}

// claudeCmd runs the real claude with args and returns its combined output.
func (e *env) claudeCmd(args ...string) (string, int) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.claude, args...)
	cmd.Env = e.environ()
	cmd.Dir = e.project
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		e.t.Fatalf("claude %v: %v\n%s", args, err, out)
	}
	return string(out), code
}

// installPlugin adds the marketplace at root and installs ccdiag from it.
func (e *env) installPlugin(root string) {
	e.t.Helper()
	if out, code := e.claudeCmd("plugin", "marketplace", "add", root); code != 0 {
		e.t.Fatalf("marketplace add: exit %d\n%s", code, out)
	}
	if out, code := e.claudeCmd("plugin", "install", "ccdiag@ccdiag"); code != 0 || !strings.Contains(out, "Successfully installed plugin: ccdiag@ccdiag") {
		e.t.Fatalf("plugin install: exit %d\n%s", code, out)
	}
}

// dataDir is ${CLAUDE_PLUGIN_DATA} of the installed plugin (observed layout).
func (e *env) dataDir() string {
	return filepath.Join(e.home, ".claude", "plugins", "data", "ccdiag-ccdiag")
}

// run runs `claude -p` with stream-json output and returns the informational
// system messages (hook output shown to the user) and the raw output.
func (e *env) run(args ...string) (msgs []string, raw string, code int) {
	e.t.Helper()
	all := append([]string{"-p"}, args...)
	all = append(all, "--output-format", "stream-json", "--verbose")
	raw, code = e.claudeCmd(all...)
	sc := bufio.NewScanner(strings.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var ev map[string]any
		if json.Unmarshal(sc.Bytes(), &ev) == nil && ev["type"] == "system" && ev["subtype"] == "informational" {
			if c, ok := ev["content"].(string); ok {
				msgs = append(msgs, c)
			}
		}
	}
	return msgs, raw, code
}

// overloadThenContinue fails a turn with 529s, then continues the session
// and returns the advice ccdiag gave (empty when none).
func (e *env) overloadThenContinue(extra ...string) (string, string) {
	e.t.Helper()
	e.api.SetDefault(fakes.MessagesOverloaded())
	_, raw, code := e.run(append(extra, "--model", "opus", "say hi")...)
	if code != 1 {
		e.t.Fatalf("529 turn: exit %d, want 1\n%s", code, raw)
	}
	e.api.SetDefault(fakes.MessagesSuccess("ok"))
	msgs, raw, code := e.run(append(extra, "--continue", "--model", "opus", "again")...)
	if code != 0 {
		e.t.Fatalf("--continue: exit %d\n%s", code, raw)
	}
	for _, m := range msgs {
		if strings.HasPrefix(m, "UserPromptSubmit says: ccdiag: ") {
			return m, raw
		}
	}
	return "", raw
}

func (e *env) wantAdvice(extra ...string) {
	e.t.Helper()
	adv, raw := e.overloadThenContinue(extra...)
	if !strings.Contains(adv, "/model sonnet") {
		e.t.Fatalf("no /model advice after a 529 turn:\n%s", raw)
	}
	e.t.Logf("advice: %s", adv)
}

// mcpList returns the plugin server's line of `claude mcp list`.
func (e *env) mcpList() string {
	e.t.Helper()
	out, _ := e.claudeCmd("mcp", "list")
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "plugin:ccdiag:ccdiag: ") {
			return l
		}
	}
	e.t.Fatalf("plugin server not listed:\n%s", out)
	return ""
}

func (e *env) wantConnected() {
	e.t.Helper()
	if l := e.mcpList(); !strings.HasSuffix(l, "✔ Connected") {
		e.t.Fatalf("MCP server: %s", l)
	}
}

func repoRoot(t *testing.T) string {
	dir, err := plugin.Dir()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(dir)
}

// ccdiag on PATH, plugin installed from this checkout as a marketplace.
func TestMarketplacePathBinary(t *testing.T) {
	e := setup(t)
	e.installPlugin(repoRoot(t))
	e.path = filepath.Dir(e.ccdiag) + ":" + e.path
	e.wantConnected()
	e.wantAdvice()
}

// No ccdiag on PATH: a copy already in ${CLAUDE_PLUGIN_DATA}.
func TestMarketplaceDataCopy(t *testing.T) {
	e := setup(t)
	e.installPlugin(repoRoot(t))
	b, err := os.ReadFile(e.ccdiag)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(e.dataDir(), "bin"), 0o755)
	if err := os.WriteFile(filepath.Join(e.dataDir(), "bin", "ccdiag"), b, 0o755); err != nil {
		t.Fatal(err)
	}
	e.wantConnected()
	e.wantAdvice()
}

// releaseMarketplace is a marketplace holding only the plugin, with this
// test's binary pinned, and a release host on 127.0.0.1 serving body.
func (e *env) releaseMarketplace(body []byte) string {
	e.t.Helper()
	sum, err := plugin.SHA256File(e.ccdiag)
	if err != nil {
		e.t.Fatal(err)
	}
	version := strings.TrimSpace(os.Getenv("CCDIAG_E2E_VERSION"))
	root := e.t.TempDir()
	if err := plugin.CopyPlugin(root, version, map[string]string{plugin.Asset(): sum}); err != nil {
		e.t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/"+version+"/"+plugin.Asset(), func(w http.ResponseWriter, r *http.Request) { w.Write(body) })
	srv := httptest.NewServer(mux)
	e.t.Cleanup(srv.Close)
	e.extra = append(e.extra, "CCDIAG_RELEASE_URL="+srv.URL)
	return root
}

// No binary anywhere: the launcher downloads the pinned release binary when
// the MCP server starts, and the hooks use it.
func TestReleaseDownload(t *testing.T) {
	e := setup(t)
	b, _ := os.ReadFile(e.ccdiag)
	e.installPlugin(e.releaseMarketplace(b))
	e.wantConnected()
	if got, _ := plugin.SHA256File(filepath.Join(e.dataDir(), "bin", "ccdiag")); got == "" {
		t.Fatal("no binary downloaded into the plugin data folder")
	}
	e.wantAdvice()
}

// A tampered download is refused: the server does not start, hooks stay
// silent (no error on every prompt), and the launcher says why.
func TestReleaseTampered(t *testing.T) {
	e := setup(t)
	b, _ := os.ReadFile(e.ccdiag)
	root := e.releaseMarketplace(append(b, "tampered"...))
	e.installPlugin(root)
	if l := e.mcpList(); !strings.Contains(l, "✘ Failed to connect") {
		t.Fatalf("MCP server with a tampered binary: %s", l)
	}
	if _, err := os.Lstat(filepath.Join(e.dataDir(), "bin", "ccdiag")); err == nil {
		t.Fatal("the tampered binary was kept")
	}
	adv, raw := e.overloadThenContinue()
	if adv != "" || strings.Contains(raw, "hook failed") || strings.Contains(raw, "ccdiag plugin: refused") {
		t.Fatalf("hooks were not silent without a binary: %q\n%s", adv, raw)
	}
	// What the user sees when running a plugin command (same launcher).
	cmd := exec.Command(filepath.Join(root, ".claude-plugin", "bin", "ccdiag"), "doctor")
	cmd.Env = append(e.environ(), "CLAUDE_PLUGIN_DATA="+e.dataDir())
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "ccdiag plugin: refused http://127.0.0.1:") ||
		!strings.Contains(string(out), "its SHA-256 is ") || !strings.Contains(string(out), "(a tampered or wrong download)") {
		t.Fatalf("launcher: %v\n%s", err, out)
	}
	t.Logf("launcher says: %s", bytes.TrimSpace(out))
}

// --plugin-dir loads the plugin for one session, no marketplace.
func TestPluginDirSession(t *testing.T) {
	e := setup(t)
	e.path = filepath.Dir(e.ccdiag) + ":" + e.path
	e.wantAdvice("--plugin-dir", repoRoot(t))
}

// A plugin command: /ccdiag:doctor runs the launcher (allowed-tools, `!`
// expansion, ${CLAUDE_PLUGIN_ROOT}) and its report reaches the model.
func TestCommandDoctor(t *testing.T) {
	e := setup(t)
	e.installPlugin(repoRoot(t))
	e.path = filepath.Dir(e.ccdiag) + ":" + e.path
	e.api.SetDefault(fakes.MessagesSuccess("summary"))
	if _, raw, code := e.run("/ccdiag:doctor"); code != 0 {
		t.Fatalf("exit %d\n%s", code, raw)
	}
	for _, r := range e.api.Requests() {
		if bytes.Contains(r.Body, []byte("Output of `ccdiag doctor` on this machine")) {
			if !bytes.Contains(r.Body, []byte("ccdiag doctor — "+e.baseURL)) {
				t.Fatalf("the command's text reached the model without doctor's report:\n%s", r.Body)
			}
			return
		}
	}
	t.Fatalf("no request carried /ccdiag:doctor (%d requests)", len(e.api.Requests()))
}
