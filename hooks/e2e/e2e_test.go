// Package e2e drives the real Claude Code (npm @anthropic-ai/claude-code,
// pinned in .ci/clients) against the fake Messages API with ccdiag installed
// by `ccdiag install` into a throwaway HOME. It only runs when
// CCDIAG_E2E_CLAUDE and CCDIAG_E2E_CCDIAG name the two binaries, inside a
// loopback-only network namespace (see .ci/e2e/hooks.sh).
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/fakes"
)

type env struct {
	t       *testing.T
	claude  string
	ccdiag  string
	home    string
	project string
	api     *fakes.MessagesAPI
	baseURL string
	extra   []string

	claudeHome *fakes.ClaudeHome
}

func setup(t *testing.T) *env {
	t.Helper()
	s := fakes.NewSession(t, ".ci/e2e/hooks.sh")
	return &env{t: t, claude: s.Claude, ccdiag: s.CCDiag, home: s.Home.Home, project: s.Home.Project,
		api: s.API, baseURL: s.BaseURL, claudeHome: s.Home}
}

func (e *env) environ() []string {
	env := append(e.claudeHome.Env(e.baseURL), "PATH="+os.Getenv("PATH"), "CLAUDE_CODE_MAX_RETRIES=0", "TERM=xterm-256color")
	return append(env, e.extra...)
}

// install runs `ccdiag install` into the throwaway HOME (user scope).
func (e *env) install() string {
	e.t.Helper()
	cmd := exec.Command(e.ccdiag, "install", "--no-mcp", "--binary", e.ccdiag)
	cmd.Env = e.environ()
	cmd.Dir = e.project
	out, err := cmd.CombinedOutput()
	if err != nil {
		e.t.Fatalf("ccdiag install: %v\n%s", err, out)
	}
	return string(out)
}

// writeSettings replaces ~/.claude/settings.json (for channel experiments).
func (e *env) writeSettings(s string) {
	e.t.Helper()
	os.MkdirAll(filepath.Join(e.home, ".claude"), 0o700)
	if err := os.WriteFile(filepath.Join(e.home, ".claude", "settings.json"), []byte(s), 0o600); err != nil {
		e.t.Fatal(err)
	}
}

// run runs `claude -p` with stream-json output and returns the events.
func (e *env) run(args ...string) (events []map[string]any, raw string, code int) {
	e.t.Helper()
	return e.runFormat([]string{"--output-format", "stream-json", "--verbose"}, args...)
}

// runFormat runs `claude -p ARGS… FORMAT…`; events are the JSON lines of stdout.
func (e *env) runFormat(format []string, args ...string) (events []map[string]any, raw string, code int) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	all := append([]string{"-p"}, args...)
	all = append(all, format...)
	cmd := exec.CommandContext(ctx, e.claude, all...)
	cmd.Env = e.environ()
	cmd.Dir = e.project
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		e.t.Fatalf("claude: %v\n%s", err, stderr.String())
	}
	sc := bufio.NewScanner(bytes.NewReader(stdout.Bytes()))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var ev map[string]any
		if json.Unmarshal(sc.Bytes(), &ev) == nil {
			events = append(events, ev)
		}
	}
	return events, stdout.String() + stderr.String(), code
}

// hookMessages returns the informational system messages of a run
// ("UserPromptSubmit says: …").
func hookMessages(events []map[string]any) []string {
	var out []string
	for _, ev := range events {
		if ev["type"] == "system" && ev["subtype"] == "informational" {
			if c, ok := ev["content"].(string); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

func findAdvice(msgs []string) string {
	for _, m := range msgs {
		if i := strings.Index(m, "ccdiag: "); i >= 0 {
			return m
		}
	}
	return ""
}

func (e *env) stateFile() string {
	matches, _ := filepath.Glob(filepath.Join(e.home, "state", "sessions", "*.jsonl"))
	var b strings.Builder
	for _, m := range matches {
		data, _ := os.ReadFile(m)
		b.Write(data)
	}
	return b.String()
}

func TestServerErrorThenContinue(t *testing.T) {
	e := setup(t)
	e.install()
	e.api.Then(fakes.MessagesError500())
	_, raw, code := e.run("say hi")
	if code != 1 {
		t.Fatalf("first run exit %d, want 1 (API error)\n%s", code, raw)
	}
	if st := e.stateFile(); !strings.Contains(st, `"src":"StopFailure"`) {
		t.Logf("StopFailure did not record (killed early?): state=%q", st)
	}
	events, raw, code := e.run("--continue", "try again")
	if code != 0 {
		t.Fatalf("continue exit %d\n%s", code, raw)
	}
	msgs := hookMessages(events)
	adv := findAdvice(msgs)
	// ANTHROPIC_BASE_URL points at the fake, which ccdiag rightly treats as
	// a gateway: the advice names it first.
	if !strings.HasPrefix(adv, "UserPromptSubmit says: ccdiag: ") || !strings.Contains(adv, "500") ||
		!strings.Contains(adv, strings.TrimPrefix(e.baseURL, "http://")) {
		t.Fatalf("no 500 advice in %q\n%s", msgs, raw)
	}
	t.Logf("advice: %s", adv)
	// The advice is for the user: it must not reach the model.
	for _, r := range e.api.Requests() {
		if bytes.Contains(r.Body, []byte("ccdiag: ")) {
			t.Errorf("advice leaked into the request body to the model")
		}
	}
	// Delivered once: a third prompt gets no advice.
	events, _, _ = e.run("--continue", "and again")
	if adv := findAdvice(hookMessages(events)); adv != "" {
		t.Errorf("advice repeated: %q", adv)
	}
}

func TestOverloadedNamesModel(t *testing.T) {
	e := setup(t)
	e.install()
	e.api.SetDefault(fakes.MessagesOverloaded())
	// Claude Code tries a 529 three times (with retries allowed) before the turn fails.
	e.extra = append(e.extra, "CLAUDE_CODE_MAX_RETRIES=2")
	_, raw, code := e.run("--model", "opus", "say hi")
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, raw)
	}
	n529 := 0
	for _, r := range e.api.Requests() {
		if r.Reply == 529 {
			n529++
		}
	}
	e.api.SetDefault(fakes.MessagesSuccess("ok"))
	events, raw, _ := e.run("--continue", "--model", "opus", "again")
	adv := findAdvice(hookMessages(events))
	if !strings.Contains(adv, "/model sonnet") || !strings.Contains(adv, "overloaded for opus") || n529 != 3 {
		t.Fatalf("no /model advice (529 answered %d times): %q\n%s", n529, adv, raw)
	}
	t.Logf("529 answered %d times; advice: %s", n529, adv)
}

func TestPromptTooLong(t *testing.T) {
	e := setup(t)
	e.install()
	e.api.Then(fakes.MessagesPromptTooLong())
	_, raw, code := e.run("summarise everything")
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, raw)
	}
	events, raw, _ := e.run("--continue", "shorter please")
	adv := findAdvice(hookMessages(events))
	if !strings.Contains(adv, "/compact") && !strings.Contains(adv, "/clear") {
		t.Fatalf("no /compact or /clear advice: %q\n%s", adv, raw)
	}
	t.Logf("advice: %s", adv)
}

func TestSuccessfulTurnNoAdvice(t *testing.T) {
	e := setup(t)
	e.install()
	events, raw, code := e.run("say hi")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, raw)
	}
	events2, _, _ := e.run("--continue", "again")
	for _, m := range append(hookMessages(events), hookMessages(events2)...) {
		if strings.Contains(m, "ccdiag") {
			t.Errorf("advice on a clean session: %q", m)
		}
	}
	if st := e.stateFile(); st != "" {
		t.Errorf("state written for a clean session: %q", st)
	}
}

// TestServeFake is not a test: with CCDIAG_E2E_SERVE=127.0.0.1:PORT it serves
// the fake Messages API until killed, for the bench script and for manual
// (tmux) runs. CCDIAG_E2E_SCRIPT is a comma list of replies to queue
// (500, 529, 429, 401, ptl, credit, ok); CCDIAG_E2E_DEFAULT the reply after
// it (ok by default). Request bodies go to CCDIAG_E2E_LOG (one JSON a line).
func TestServeFake(t *testing.T) {
	addr := os.Getenv("CCDIAG_E2E_SERVE")
	if addr == "" {
		t.Skip("set CCDIAG_E2E_SERVE to serve the fake API")
	}
	api := fakes.NewMessagesAPI()
	for _, name := range strings.Split(os.Getenv("CCDIAG_E2E_SCRIPT"), ",") {
		if r, ok := replyNamed(name); ok {
			api.Then(r)
		}
	}
	if r, ok := replyNamed(os.Getenv("CCDIAG_E2E_DEFAULT")); ok {
		api.SetDefault(r)
	}
	var handler http.Handler = api
	if p := os.Getenv("CCDIAG_E2E_LOG"); p != "" {
		logf, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			api.ServeHTTP(w, r)
			reqs := api.Requests()
			last := reqs[len(reqs)-1]
			b, _ := json.Marshal(map[string]any{"time": last.Time, "path": last.Path, "model": last.Model, "reply": last.Reply, "body": json.RawMessage(validOr(last.Body))})
			logf.Write(append(b, '\n'))
		})
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("serving the fake Messages API on http://%s", ln.Addr())
	http.Serve(ln, handler)
}

func validOr(b []byte) []byte {
	if json.Valid(b) {
		return b
	}
	q, _ := json.Marshal(string(b))
	return q
}

func replyNamed(name string) (fakes.MessagesReply, bool) {
	switch strings.TrimSpace(name) {
	case "ok":
		return fakes.MessagesSuccess("Hello from the fake API."), true
	case "500":
		return fakes.MessagesError500(), true
	case "529":
		return fakes.MessagesOverloaded(), true
	case "429":
		return fakes.MessagesRateLimited(), true
	case "401":
		return fakes.MessagesUnauthorized(), true
	case "ptl":
		return fakes.MessagesPromptTooLong(), true
	case "credit":
		return fakes.MessagesCreditTooLow(), true
	case "usage":
		return fakes.MessagesUsageLimit(time.Now().Add(30 * time.Second)), true
	}
	return fakes.MessagesReply{}, false
}

// TestChannels pins down what Claude Code 2.1.328 does with hook output
// (hooks/CHANNELS.md): a UserPromptSubmit systemMessage is shown and not sent
// to the model; additionalContext (UserPromptSubmit and SessionStart) is sent
// to the model; a SessionStart systemMessage on --continue is not shown.
func TestChannels(t *testing.T) {
	e := setup(t)
	dir := t.TempDir()
	script := func(name, out string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("#!/bin/sh\ncat >/dev/null\necho '"+out+"'\n"), 0o755)
		return p
	}
	ups := script("ups.sh", `{"systemMessage":"UPS-SYS-MARKER","hookSpecificOutput":{"hookEventName":"UserPromptSubmit","additionalContext":"UPS-CTX-MARKER"}}`)
	ss := script("ss.sh", `{"systemMessage":"SS-SYS-MARKER","hookSpecificOutput":{"hookEventName":"SessionStart","additionalContext":"SS-CTX-MARKER"}}`)
	e.writeSettings(`{"hooks":{"UserPromptSubmit":[{"hooks":[{"type":"command","command":"` + ups + `"}]}],` +
		`"SessionStart":[{"hooks":[{"type":"command","command":"` + ss + `"}]}]}}`)
	if _, raw, code := e.run("first"); code != 0 {
		t.Fatalf("exit %d\n%s", code, raw)
	}
	events, raw, _ := e.run("--continue", "second")
	msgs := strings.Join(hookMessages(events), "\n")
	if !strings.Contains(msgs, "UserPromptSubmit says: UPS-SYS-MARKER") {
		t.Errorf("UserPromptSubmit systemMessage not shown: %q", msgs)
	}
	if strings.Contains(msgs, "SS-SYS-MARKER") {
		t.Errorf("SessionStart systemMessage shown on --continue (behaviour changed; revisit CHANNELS.md): %q", msgs)
	}
	if !strings.Contains(raw, `"hook_name":"SessionStart:resume"`) {
		t.Errorf("SessionStart:resume did not run")
	}
	reqs := e.api.Requests()
	last := string(reqs[len(reqs)-1].Body)
	for _, m := range []string{"UPS-CTX-MARKER", "SS-CTX-MARKER"} {
		if !strings.Contains(last, m) {
			t.Errorf("%s did not reach the model", m)
		}
	}
	if strings.Contains(last, "SYS-MARKER") {
		t.Errorf("a systemMessage reached the model")
	}
}

// TestChannelsByOutputFormat pins down which -p output formats carry a
// UserPromptSubmit systemMessage (claudeargs.ShowsHookMessages follows it).
func TestChannelsByOutputFormat(t *testing.T) {
	e := setup(t)
	dir := t.TempDir()
	ups := filepath.Join(dir, "ups.sh")
	os.WriteFile(ups, []byte("#!/bin/sh\ncat >/dev/null\necho '{\"systemMessage\":\"UPS-SYS-MARKER\"}'\n"), 0o755)
	e.writeSettings(`{"hooks":{"UserPromptSubmit":[{"hooks":[{"type":"command","command":"` + ups + `"}]}]}}`)
	for _, tc := range []struct {
		format []string
		shown  bool
	}{
		{[]string{"--output-format", "text"}, false},
		{[]string{"--output-format", "json"}, false},
		{[]string{"--output-format", "json", "--verbose"}, true},
		{[]string{"--output-format", "stream-json", "--verbose"}, true},
	} {
		_, raw, code := e.runFormat(tc.format, "hi")
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", tc.format, code, raw)
		}
		if got := strings.Contains(raw, "UserPromptSubmit says: UPS-SYS-MARKER"); got != tc.shown {
			t.Errorf("%v: systemMessage shown = %v, want %v (behaviour changed; revisit CHANNELS.md and claudeargs)", tc.format, got, tc.shown)
		}
	}
}

// TestAdviceWaitsForAFormatThatShowsIt: advice printed into `-p` text output
// (where nobody sees it) is not marked delivered; the next stream-json run
// of the still-failing session shows it.
func TestAdviceWaitsForAFormatThatShowsIt(t *testing.T) {
	e := setup(t)
	e.install()
	e.api.Then(fakes.MessagesError500(), fakes.MessagesError500())
	text := []string{"--output-format", "text"}
	if _, raw, code := e.runFormat(text, "say hi"); code != 1 {
		t.Fatalf("first run exit %d\n%s", code, raw)
	}
	if _, raw, code := e.runFormat(text, "--continue", "again"); code != 1 || strings.Contains(raw, "ccdiag: ") {
		t.Fatalf("text run: exit %d, advice in output %v\n%s", code, strings.Contains(raw, "ccdiag: "), raw)
	}
	if st := e.stateFile(); strings.Contains(st, `"k":"advised"`) {
		t.Fatalf("advice marked delivered in -p text output: %s", st)
	}
	events, raw, _ := e.run("--continue", "and again")
	if adv := findAdvice(hookMessages(events)); !strings.Contains(adv, "500") {
		t.Fatalf("stream-json run: no advice\n%s", raw)
	}
	if st := e.stateFile(); !strings.Contains(st, `"k":"advised"`) {
		t.Errorf("advice shown in stream-json but not marked delivered: %s", st)
	}
}

// TestExampleWorkflowClaudeFlags checks that every flag the example CI
// workflow passes to `claude` exists in the pinned Claude Code.
func TestExampleWorkflowClaudeFlags(t *testing.T) {
	e := setup(t)
	wf, err := os.ReadFile("../../examples/github-actions.yml")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(e.claude, "--help")
	cmd.Env = e.environ()
	help, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("claude --help: %v\n%s", err, help)
	}
	text := strings.ReplaceAll(string(wf), "\\\n", " ")
	n := 0
	for _, line := range strings.Split(text, "\n") {
		i := strings.Index(line, "claude -p")
		if i < 0 {
			continue
		}
		for _, w := range strings.Fields(line[i:]) {
			if strings.HasPrefix(w, "-") {
				n++
				if !strings.Contains(string(help), w+" ") && !strings.Contains(string(help), w+",") {
					t.Errorf("claude has no flag %s", w)
				}
			}
		}
	}
	if n < 3 {
		t.Fatalf("found only %d claude flags in the workflow", n)
	}
}

// TestInstallRegistersMCPWithClaude runs `ccdiag install` with the real
// claude on PATH: the MCP server lands in ~/.claude.json with the absolute
// path, a second install is a no-op, and uninstall removes it again.
func TestInstallRegistersMCPWithClaude(t *testing.T) {
	e := setup(t)
	e.extra = append(e.extra, "CCDIAG_CLAUDE="+e.claude)
	ccdiagRun := func(args ...string) string {
		cmd := exec.Command(e.ccdiag, args...)
		cmd.Env = e.environ()
		cmd.Dir = e.project
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("ccdiag %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	mcpCommand := func() string {
		b, _ := os.ReadFile(filepath.Join(e.home, ".claude.json"))
		var cfg struct {
			MCPServers map[string]struct {
				Command string   `json:"command"`
				Args    []string `json:"args"`
			} `json:"mcpServers"`
		}
		json.Unmarshal(b, &cfg)
		s, ok := cfg.MCPServers["ccdiag"]
		if !ok {
			return ""
		}
		return s.Command + " " + strings.Join(s.Args, " ")
	}
	// The binary lives in a temporary folder: install refuses it unless named.
	out := ccdiagRun("install", "--binary", e.ccdiag)
	if !strings.Contains(out, "MCP server: ran claude mcp add -s user ccdiag -- ") {
		t.Fatalf("install output:\n%s", out)
	}
	if got := mcpCommand(); got != e.ccdiag+" mcp" {
		t.Fatalf("~/.claude.json mcpServers.ccdiag = %q, want %q", got, e.ccdiag+" mcp")
	}
	if out := ccdiagRun("install", "--binary", e.ccdiag); !strings.Contains(out, "nothing to change") || !strings.Contains(out, "MCP server: already registered") {
		t.Errorf("second install:\n%s", out)
	}
	// A dry run asks claude, and says there is nothing to do.
	if out := ccdiagRun("install", "--binary", e.ccdiag, "--dry-run"); !strings.Contains(out, "settings.json: nothing to change") ||
		!strings.Contains(out, "MCP server: already registered; nothing to change") || strings.Contains(out, "would run") {
		t.Errorf("dry run of an installed setup:\n%s", out)
	}
	ccdiagRun("uninstall", "--binary", e.ccdiag)
	if got := mcpCommand(); got != "" {
		t.Errorf("still registered after uninstall: %q", got)
	}
	if _, err := os.Stat(filepath.Join(e.home, ".claude", "settings.json")); !os.IsNotExist(err) {
		t.Errorf("settings.json left after uninstall: %v", err)
	}
}
