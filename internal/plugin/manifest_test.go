package plugin

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/hooks"
)

type manifest struct {
	Name     string `json:"name"`
	Version  string `json:"version"`
	Commands string `json:"commands"`
	Hooks    map[string][]struct {
		Hooks []struct {
			Type    string `json:"type"`
			Command string `json:"command"`
			Timeout int    `json:"timeout"`
		} `json:"hooks"`
	} `json:"hooks"`
	MCPServers map[string]struct {
		Command string   `json:"command"`
		Args    []string `json:"args"`
	} `json:"mcpServers"`
}

func readManifest(t *testing.T) (string, manifest) {
	t.Helper()
	dir, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "plugin.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return dir, m
}

// The plugin registers the same events with the same timeouts as
// `ccdiag install`, each running the data copy directly and falling back to
// the launcher, with install's hooks.HookEnv.
func TestHooksMatchInstall(t *testing.T) {
	_, m := readManifest(t)
	want := `[ -x "${CLAUDE_PLUGIN_DATA}/bin/ccdiag" ] && ` + hooks.HookEnv + ` exec "${CLAUDE_PLUGIN_DATA}/bin/ccdiag" hook; ` +
		hooks.HookEnv + ` exec "${CLAUDE_PLUGIN_ROOT}/.claude-plugin/bin/ccdiag" hook`
	if len(m.Hooks) != len(hooks.HookEvents()) {
		t.Errorf("plugin has %d hook events, install has %d", len(m.Hooks), len(hooks.HookEvents()))
	}
	for _, ev := range hooks.HookEvents() {
		groups := m.Hooks[ev.Name]
		if len(groups) != 1 || len(groups[0].Hooks) != 1 {
			t.Errorf("%s: want one hook, got %+v", ev.Name, groups)
			continue
		}
		h := groups[0].Hooks[0]
		if h.Type != "command" || h.Command != want || h.Timeout != ev.Timeout {
			t.Errorf("%s: got %+v, want command %q timeout %d", ev.Name, h, want, ev.Timeout)
		}
	}
}

func TestMCPServerAndCommands(t *testing.T) {
	dir, m := readManifest(t)
	s, ok := m.MCPServers["ccdiag"]
	if !ok || s.Command != "${CLAUDE_PLUGIN_ROOT}/.claude-plugin/bin/ccdiag" || strings.Join(s.Args, " ") != "mcp" {
		t.Errorf("mcpServers.ccdiag = %+v", s)
	}
	fi, err := os.Stat(filepath.Join(dir, "bin", "ccdiag"))
	if err != nil || fi.Mode()&0o111 == 0 {
		t.Errorf("launcher missing or not executable: %v", err)
	}
	for _, c := range []string{"doctor", "diagnose", "lint", "setup"} {
		b, err := os.ReadFile(filepath.Join(dir, "..", m.Commands, c+".md"))
		if err != nil {
			t.Errorf("/ccdiag:%s: %v", c, err)
			continue
		}
		if !strings.HasPrefix(string(b), "---\ndescription: ") {
			t.Errorf("/ccdiag:%s has no description frontmatter", c)
		}
		// Commands reach the binary through the launcher or the MCP server, never a bare ccdiag.
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "!`") && !strings.HasPrefix(line, "!`\"${CLAUDE_PLUGIN_ROOT}/.claude-plugin/bin/ccdiag\" ") {
				t.Errorf("/ccdiag:%s runs %s", c, line)
			}
		}
	}
	if m.Version == "" || !strings.HasPrefix(pinnedVersion(t, dir), "v"+m.Version) {
		t.Errorf("plugin.json version %q and release.txt version %q disagree", m.Version, pinnedVersion(t, dir))
	}
}

func pinnedVersion(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "release.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "version "); ok {
			return v
		}
	}
	t.Fatal("release.txt names no version")
	return ""
}
