package main

import (
	"strings"
	"testing"
)

// Every command's help has examples and names its flags' values; each
// command shows only its own flags.
func TestHelpEveryCommand(t *testing.T) {
	s, out := testStreams(t, map[string]string{})
	cmds := newApp(s).Commands
	if len(cmds) < 10 {
		t.Fatalf("%d commands", len(cmds))
	}
	for _, c := range cmds {
		for _, args := range [][]string{{"ccdiag", "help", c.Name}, {"ccdiag", c.Name, "--help"}} {
			out.Reset()
			if code := run(args, s); code != 0 {
				t.Errorf("%v: exit %d", args, code)
			}
			h := out.String()
			if !strings.Contains(h, "Examples:") {
				t.Errorf("%v has no examples", args)
			}
			for _, l := range strings.Split(h, "\n") {
				if strings.HasPrefix(strings.TrimSpace(l), "--") && strings.Contains(l, " value") {
					t.Errorf("%v: placeholder does not say what it is: %s", args, l)
				}
			}
		}
	}
	out.Reset()
	run([]string{"ccdiag", "help", "uninstall"}, s)
	if strings.Contains(out.String(), "--no-notify") {
		t.Errorf("uninstall shows install's flags:\n%s", out)
	}
	out.Reset()
	if code := run([]string{"ccdiag", "help"}, s); code != 0 || !strings.Contains(out.String(), "ccdiag help COMMAND") {
		t.Errorf("ccdiag help: exit %d\n%s", code, out)
	}
}
