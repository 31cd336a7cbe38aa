package main

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
	"gopkg.in/yaml.v3"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// checkCcdiagCommand fails unless line (a shell command) runs an existing
// ccdiag subcommand with flags that subcommand defines.
func checkCcdiagCommand(t *testing.T, app *cli.App, line string) {
	t.Helper()
	words := strings.Fields(strings.TrimPrefix(line, hooks.HookEnv+" "))
	if len(words) < 2 || !strings.HasSuffix(words[0], "ccdiag") {
		t.Errorf("not a ccdiag command: %q", line)
		return
	}
	var cmd *cli.Command
	for _, c := range app.Commands {
		if c.Name == words[1] {
			cmd = c
		}
	}
	if cmd == nil {
		t.Errorf("%q: no such command %q", line, words[1])
		return
	}
	defined := map[string]bool{"help": true, "h": true}
	for _, f := range cmd.Flags {
		for _, n := range f.Names() {
			defined[n] = true
		}
	}
	for _, w := range words[2:] {
		if w == "--" {
			break // what follows is another program's command line
		}
		if !strings.HasPrefix(w, "-") || w == "-" {
			continue
		}
		name := strings.TrimLeft(w, "-")
		if i := strings.IndexByte(name, '='); i >= 0 {
			name = name[:i]
		}
		if !defined[name] {
			t.Errorf("%q: ccdiag %s has no flag %s", line, cmd.Name, w)
		}
	}
}

func TestExampleSettings(t *testing.T) {
	app := newApp(iostreams.System())
	data, err := os.ReadFile("../../examples/settings.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Hooks map[string][]struct {
			Matcher string `json:"matcher"`
			Hooks   []struct {
				Type    string `json:"type"`
				Command string `json:"command"`
				Timeout int    `json:"timeout"`
			} `json:"hooks"`
		} `json:"hooks"`
		StatusLine struct {
			Type    string `json:"type"`
			Command string `json:"command"`
		} `json:"statusLine"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	// The example registers exactly what `ccdiag install` registers.
	for _, ev := range hooks.HookEvents() {
		groups := s.Hooks[ev.Name]
		if len(groups) != 1 || len(groups[0].Hooks) != 1 {
			t.Fatalf("%s: want one group with one hook, got %+v", ev.Name, groups)
		}
		h := groups[0].Hooks[0]
		if h.Type != "command" || h.Command != (hooks.SettingsEdit{Binary: "ccdiag"}).HookCommand() || h.Timeout != ev.Timeout {
			t.Errorf("%s: %+v", ev.Name, h)
		}
		checkCcdiagCommand(t, app, h.Command)
	}
	if len(s.Hooks) != len(hooks.HookEvents()) {
		t.Errorf("example has %d events, install registers %d", len(s.Hooks), len(hooks.HookEvents()))
	}
	if s.StatusLine.Type != "command" {
		t.Errorf("statusLine type %q", s.StatusLine.Type)
	}
	checkCcdiagCommand(t, app, s.StatusLine.Command)
	// And install over the example changes nothing but the binary path.
	out, notes, err := hooks.Install(data, hooks.SettingsEdit{Binary: "/usr/local/bin/ccdiag", StatusLine: true})
	if err != nil || strings.Contains(strings.Join(notes, "\n"), "added") ||
		strings.ReplaceAll(string(out), "/usr/local/bin/ccdiag", "ccdiag") != string(data) {
		t.Errorf("install over the example: %v %v\n%s", err, notes, out)
	}
}

func TestExampleMCPJSON(t *testing.T) {
	app := newApp(iostreams.System())
	data, err := os.ReadFile("../../examples/.mcp.json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		MCPServers map[string]struct {
			Type    string   `json:"type"`
			Command string   `json:"command"`
			Args    []string `json:"args"`
		} `json:"mcpServers"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	srv, ok := m.MCPServers["ccdiag"]
	if !ok || srv.Type != "stdio" || srv.Command != "ccdiag" || len(srv.Args) == 0 {
		t.Fatalf("mcpServers.ccdiag = %+v", srv)
	}
	checkCcdiagCommand(t, app, srv.Command+" "+strings.Join(srv.Args, " "))
	// It is what `ccdiag install --scope project` writes without claude.
	out, _, err := hooks.InstallMCPJSON(nil, "ccdiag")
	if err != nil || string(out) != string(data) {
		t.Errorf("InstallMCPJSON gives\n%s\nwant\n%s", out, data)
	}
}

func TestExampleWorkflow(t *testing.T) {
	app := newApp(iostreams.System())
	data, err := os.ReadFile("../../examples/github-actions.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Name string         `yaml:"name"`
		On   map[string]any `yaml:"on"`
		Jobs map[string]struct {
			RunsOn string `yaml:"runs-on"`
			Needs  any    `yaml:"needs"`
			Steps  []struct {
				Name string            `yaml:"name"`
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				If   string            `yaml:"if"`
				Env  map[string]string `yaml:"env"`
				With map[string]any    `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	if wf.Name == "" || len(wf.On) == 0 || len(wf.Jobs) != 2 {
		t.Fatalf("workflow shape: %+v", wf)
	}
	ccdiagCmd := regexp.MustCompile(`(?m)(?:^|\s)(ccdiag\s[^|&;\n]*)`)
	var sawLint, sawInstall, sawClaude, sawRun bool
	for name, job := range wf.Jobs {
		if job.RunsOn == "" || len(job.Steps) == 0 {
			t.Errorf("job %s: no runs-on or steps", name)
		}
		for _, st := range job.Steps {
			if (st.Uses == "") == (st.Run == "") {
				t.Errorf("job %s step %q: exactly one of uses/run", name, st.Name)
			}
			for _, m := range ccdiagCmd.FindAllStringSubmatch(st.Run, -1) {
				line := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[1]), "\\"))
				line = strings.TrimSuffix(line, " ||")
				checkCcdiagCommand(t, app, line)
				sawLint = sawLint || strings.HasPrefix(line, "ccdiag lint")
				sawInstall = sawInstall || strings.HasPrefix(line, "ccdiag install")
				sawRun = sawRun || strings.HasPrefix(line, "ccdiag run") && strings.HasSuffix(line, " --")
			}
			if strings.Contains(st.Run, "claude -p") {
				sawClaude = true
				if st.Env["ANTHROPIC_API_KEY"] == "" {
					t.Errorf("claude -p step without ANTHROPIC_API_KEY")
				}
			}
		}
	}
	if !sawLint || !sawInstall || !sawClaude || !sawRun {
		t.Errorf("workflow must lint, install the hook and run claude -p through ccdiag run (lint=%v install=%v claude=%v run=%v)",
			sawLint, sawInstall, sawClaude, sawRun)
	}
}
