package hooks

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

var update = flag.Bool("update", false, "rewrite golden files")

var edit = SettingsEdit{Binary: "/usr/local/bin/ccdiag", StatusLine: true}

// TestInstallGolden installs into each sample settings file and compares
// with testdata/settings/NAME.installed; then checks that a second install
// changes nothing and that uninstall gives back the original bytes.
func TestInstallGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/settings/*.json")
	if len(files) == 0 {
		t.Fatal("no samples")
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".err.json") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out, notes, err := Install(in, edit)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".json") + ".installed"
			if *update {
				os.WriteFile(golden, out, 0o644)
			}
			want, _ := os.ReadFile(golden)
			if !bytes.Equal(out, want) {
				t.Errorf("install output differs from %s:\n%s", golden, out)
			}
			if !json.Valid(out) {
				t.Fatalf("invalid JSON out:\n%s", out)
			}
			// Every unrelated setting survives.
			gjson.ParseBytes(in).ForEach(func(k, v gjson.Result) bool {
				if k.String() != "hooks" && k.String() != "statusLine" && gjson.GetBytes(out, k.String()).Raw != compactRaw(v.Raw) &&
					gjson.GetBytes(out, k.String()).String() != v.String() {
					if !jsonEqual(gjson.GetBytes(out, k.String()).Raw, v.Raw) {
						t.Errorf("setting %s changed", k)
					}
				}
				return true
			})
			for _, ev := range HookEvents() {
				cmds := gjson.GetBytes(out, "hooks."+ev.Name+".#.hooks.#.command").String()
				if strings.Count(cmds, "/usr/local/bin/ccdiag hook") != 1 {
					t.Errorf("%s: ccdiag hook %d times: %s", ev.Name, strings.Count(cmds, "ccdiag hook"), cmds)
				}
			}
			if len(notes) == 0 {
				t.Error("no notes")
			}
			again, notes2, err := Install(out, edit)
			if err != nil || !bytes.Equal(again, out) || len(notes2) > 0 && !strings.Contains(strings.Join(notes2, ""), "kept your status line") {
				t.Errorf("second install changed something: %v %v\n%s", err, notes2, again)
			}
			back, _, err := Uninstall(out, edit)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(filepath.Base(f), "old-") {
				if gjson.GetBytes(back, "hooks").Exists() {
					t.Errorf("old ccdiag hooks left:\n%s", back)
				}
				return
			}
			if len(in) == 0 {
				in = []byte("{}\n") // the command removes a file left as {}
			}
			if !bytes.Equal(back, in) {
				t.Errorf("uninstall is not exact:\n--- got\n%s\n--- want\n%s", back, in)
			}
		})
	}
}

func compactRaw(s string) string {
	var b bytes.Buffer
	json.Compact(&b, []byte(s))
	return b.String()
}

func jsonEqual(a, b string) bool { return compactRaw(a) == compactRaw(b) }

func TestInstallRefusesBadSettings(t *testing.T) {
	cases := map[string]string{
		"invalid-trailing-comma.err.json": "line 5, column 3",
		"invalid-missing-comma.err.json":  "line 1, column 18",
		"not-object.err.json":             "must be a JSON object",
		"hooks-array.err.json":            `"hooks" is not an object`,
	}
	for name, want := range cases {
		in, err := os.ReadFile("testdata/settings/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, op := range []func([]byte, SettingsEdit) ([]byte, []string, error){Install, Uninstall} {
			out, _, err := op(in, edit)
			if err == nil || !strings.Contains(err.Error(), want) || out != nil {
				t.Errorf("%s: err = %v, out = %q; want error containing %q", name, err, out, want)
			}
		}
	}
	var pe *ParseError
	_, _, err := Install([]byte("{\n  \"a\": tru\n}"), edit)
	if !errors.As(err, &pe) || pe.Line != 2 {
		t.Errorf("err = %#v", err)
	}
}

func TestUninstallKeepsOthersAndWrapped(t *testing.T) {
	in := []byte(`{"hooks":{"Stop":[{"hooks":[{"type":"command","command":"notify-send done"},{"type":"command","command":"/x/ccdiag hook","timeout":10}]}]},` +
		`"statusLine":{"type":"command","command":"/x/ccdiag statusline --wrap '~/.claude/my line.sh'"}}`)
	out, notes, err := Uninstall(in, edit)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"hooks":{"Stop":[{"hooks":[{"type":"command","command":"notify-send done"}]}]},"statusLine":{"type":"command","command":"~/.claude/my line.sh"}}`
	if string(out) != want {
		t.Errorf("got  %s\nwant %s\nnotes %v", out, want, notes)
	}
}

func TestInstallNotesExistingStatusLine(t *testing.T) {
	in, _ := os.ReadFile("testdata/settings/statusline.json")
	_, notes, err := Install(in, edit)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(notes, "\n")
	if !strings.Contains(joined, "/usr/local/bin/ccdiag statusline --wrap '~/.claude/statusline.sh'") {
		t.Errorf("notes = %s", joined)
	}
}

func TestShellQuoteAndWords(t *testing.T) {
	for _, p := range []string{"/usr/bin/ccdiag", "/home/a b/ccdiag", "/tmp/it's/ccdiag"} {
		e := SettingsEdit{Binary: p}
		prog, rest := commandWords(e.HookCommand())
		if prog != p || rest != "hook" || !e.isCcdiag(e.HookCommand(), "hook", false) {
			t.Errorf("%q → %q → %q %q", p, e.HookCommand(), prog, rest)
		}
	}
	// A binary with another name is still recognised by its exact path.
	e := SettingsEdit{Binary: "/opt/ccdiag-linux-amd64"}
	out, _, _ := Install(nil, e)
	again, notes, _ := Install(out, e)
	if !bytes.Equal(out, again) || len(notes) != 0 {
		t.Errorf("renamed binary installed twice: %v", notes)
	}
	if (SettingsEdit{}).isCcdiag("ccdiagx hook", "hook", false) || (SettingsEdit{}).isCcdiag("ccdiag hook --x", "hook", false) {
		t.Error("false positive")
	}
}

// Hook commands written before HookEnv are still ccdiag's: install brings
// them up to date in place, uninstall removes them. A prefix of the user's
// own is not install's to rewrite.
func TestHookEnvUpgrade(t *testing.T) {
	for _, c := range []struct {
		cmd  string
		ours bool
	}{
		{"/usr/local/bin/ccdiag hook", true},
		{"ccdiag hook", true},
		{"GOMAXPROCS=1 /usr/local/bin/ccdiag hook", true},
		{"GOMAXPROCS=1  '/usr/local/bin/ccdiag' hook --no-notify", true},
		{"GOMAXPROCS=2 /usr/local/bin/ccdiag hook", false},
		{"FOO=1 ccdiag hook", false},
		{"GOMAXPROCS=1 ccdiagx hook", false},
	} {
		if got := edit.isCcdiagHook(c.cmd); got != c.ours {
			t.Errorf("isCcdiagHook(%q) = %v, want %v", c.cmd, got, c.ours)
		}
	}
	old := []byte(`{"hooks":{"StopFailure":[{"hooks":[{"type":"command","command":"/usr/local/bin/ccdiag hook","timeout":5}]}]}}`)
	out, notes, err := Install(old, edit)
	if err != nil {
		t.Fatal(err)
	}
	if got := gjson.GetBytes(out, "hooks.StopFailure.0.hooks.0.command").String(); got != edit.HookCommand() || len(gjson.GetBytes(out, "hooks.StopFailure").Array()) != 1 {
		t.Errorf("old command became %q:\n%s", got, out)
	}
	if !strings.Contains(strings.Join(notes, "\n"), "updated the StopFailure hook to GOMAXPROCS=1 /usr/local/bin/ccdiag hook") {
		t.Errorf("notes = %v", notes)
	}
	gone, _, err := Uninstall(old, edit)
	if err != nil || strings.Contains(string(gone), "ccdiag") {
		t.Errorf("uninstall of the old form left %s (%v)", gone, err)
	}
}

func TestMCPJSON(t *testing.T) {
	in := []byte("{\n  \"mcpServers\": {\n    \"other\": {\n      \"command\": \"x\"\n    }\n  }\n}\n")
	out, notes, err := InstallMCPJSON(in, "/usr/local/bin/ccdiag")
	if err != nil || len(notes) != 1 {
		t.Fatal(err, notes)
	}
	if gjson.GetBytes(out, "mcpServers.ccdiag.args.0").String() != "mcp" || gjson.GetBytes(out, "mcpServers.other.command").String() != "x" {
		t.Errorf("out:\n%s", out)
	}
	again, notes, _ := InstallMCPJSON(out, "/usr/local/bin/ccdiag")
	if !bytes.Equal(again, out) || len(notes) != 0 {
		t.Error("not idempotent")
	}
	back, _, _ := UninstallMCPJSON(out)
	if !bytes.Equal(back, in) {
		t.Errorf("uninstall not exact:\n%s", back)
	}
}

func TestInstallNoNotify(t *testing.T) {
	quiet := edit
	quiet.NoNotify = true
	out, _, err := Install(nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(out), `"GOMAXPROCS=1 /usr/local/bin/ccdiag hook --no-notify"`); n != len(HookEvents()) {
		t.Fatalf("%d hook commands with --no-notify, want %d:\n%s", n, len(HookEvents()), out)
	}
	// Installing again without the flag turns notifications back on, in place.
	loud, notes, err := Install(out, edit)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(loud), "--no-notify") || strings.Count(string(loud), `"GOMAXPROCS=1 /usr/local/bin/ccdiag hook"`) != len(HookEvents()) {
		t.Errorf("reinstall: %s\nnotes %v", loud, notes)
	}
	// Uninstall recognises the --no-notify form as ccdiag's.
	gone, _, err := Uninstall(out, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(gone), "ccdiag") {
		t.Errorf("uninstall left: %s", gone)
	}
}

// Duplicate keys anywhere Claude Code reads are refused, naming the key and
// where it is (issue: install edited the first "hooks", Claude Code honours
// the last, and install reported success for hooks that never run).
func TestInstallRefusesDuplicateKeys(t *testing.T) {
	cases := []struct{ in, want string }{
		{"{\n  \"hooks\": {},\n  \"model\": \"opus\",\n  \"hooks\": {\"Stop\": []}\n}\n", `duplicate key "hooks" in the top level (line 4, column 3)`},
		{`{"hooks": {"Stop": [], "Stop": []}}`, `duplicate key "Stop" in "hooks" (line 1, column 24)`},
		{`{"hooks": {"Stop": [{"hooks": [], "hooks": []}]}}`, `duplicate key "hooks" in "hooks.Stop[0]"`},
		{`{"statusLine": {"command": "a", "command": "b"}}`, `duplicate key "command" in "statusLine"`},
		{`{"env": {"A": "1", "A": "2"}}`, `duplicate key "A" in "env"`},
	}
	for _, c := range cases {
		for name, op := range map[string]func([]byte, SettingsEdit) ([]byte, []string, error){"install": Install, "uninstall": Uninstall} {
			out, _, err := op([]byte(c.in), edit)
			if err == nil || !strings.Contains(err.Error(), c.want) || out != nil {
				t.Errorf("%s %s: err = %v, out = %q; want %q", name, c.in, err, out, c.want)
			}
		}
	}
	// Same key in different objects is fine.
	if _, _, err := Install([]byte(`{"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 2}]}`), edit); err != nil {
		t.Errorf("distinct objects: %v", err)
	}
}

// CRLF endings and blank lines around the JSON survive install + uninstall.
func TestLayoutKeptAroundJSON(t *testing.T) {
	for _, in := range []string{
		"{\r\n  \"model\": \"opus\"\r\n}\r\n",
		"\n\n{\n  \"model\": \"opus\"\n}\n\n\n",
		"\r\n  {\"model\": \"opus\"}  \r\n\r\n",
	} {
		out, _, err := Install([]byte(in), edit)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(in, "\r\n") && strings.Count(string(out), "\n") != strings.Count(string(out), "\r\n") {
			t.Errorf("%q: lone LF in\n%q", in, out)
		}
		back, _, err := Uninstall(out, edit)
		if err != nil || string(back) != in {
			t.Errorf("round trip of %q gave %q (%v)", in, back, err)
		}
	}
}

// --statusline-only (the plugin's /ccdiag:setup) touches only the status
// line, wraps one that exists, and uninstall gives it back.
func TestStatusLineOnlyWraps(t *testing.T) {
	e := SettingsEdit{Binary: "/data/bin/ccdiag", StatusLine: true, OnlyStatusLine: true, Wrap: true}
	in := []byte("{\n  \"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"ccdiag hook\"}]}]},\n  \"statusLine\": {\"type\": \"command\", \"command\": \"~/bin/line.sh\"}\n}\n")
	out, notes, err := Install(in, e)
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"ccdiag hook\"}]}]},\n  \"statusLine\": {\"type\": \"command\", \"command\": \"/data/bin/ccdiag statusline --wrap '~/bin/line.sh'\"}\n}\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s\nnotes %v", out, want, notes)
	}
	back, _, err := Uninstall(out, e)
	if err != nil || !bytes.Equal(back, in) {
		t.Errorf("uninstall: %v\n%s", err, back)
	}
}

func TestInstallNotesEnabledPlugin(t *testing.T) {
	_, notes, err := Install([]byte(`{"enabledPlugins": {"ccdiag@ccdiag": true}}`), edit)
	if err != nil || !strings.Contains(strings.Join(notes, "\n"), "the ccdiag plugin is enabled here") {
		t.Errorf("notes %v, err %v", notes, err)
	}
	_, notes, _ = Install([]byte(`{"enabledPlugins": {"ccdiag@ccdiag": false, "other@x": true}}`), edit)
	if strings.Contains(strings.Join(notes, "\n"), "plugin") {
		t.Errorf("notes %v", notes)
	}
}
