package claudeargs

import (
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		argv              string
		prompt            string // "" = from stdin
		session, resume   string
		cont              bool
		model, format     string
		first, resumedCmd string
	}{
		{argv: "claude -p hello", prompt: "hello", format: "text",
			first: "claude -p --session-id ID hello", resumedCmd: "claude -p GO --resume ID"},
		{argv: "claude -p --output-format stream-json --verbose hello", prompt: "hello", format: "stream-json",
			first: "claude -p --session-id ID --output-format stream-json --verbose hello", resumedCmd: "claude -p GO --resume ID --output-format stream-json --verbose"},
		{argv: "claude --allowedTools Read Edit -p fix --model opus", prompt: "fix", model: "opus", format: "text",
			first: "claude --allowedTools Read Edit -p --session-id ID fix --model opus", resumedCmd: "claude --allowedTools Read Edit -p GO --resume ID --model opus"},
		{argv: "claude -p --allowedTools Read Edit", prompt: "", format: "text",
			first: "claude -p --session-id ID --allowedTools Read Edit", resumedCmd: "claude -p GO --resume ID --allowedTools Read Edit"},
		{argv: "claude -p --session-id 0b94eb68-2d50-4026-bfe0-b11faabc9e4e step", prompt: "step", session: "0b94eb68-2d50-4026-bfe0-b11faabc9e4e", format: "text",
			first: "claude -p --session-id 0b94eb68-2d50-4026-bfe0-b11faabc9e4e step", resumedCmd: "claude -p GO --resume ID"},
		{argv: "claude -p --resume abc next --output-format=json", prompt: "next", resume: "abc", format: "json",
			first: "claude -p --resume abc next --output-format=json", resumedCmd: "claude -p GO --resume ID --output-format=json"},
		{argv: "claude -c -p again", prompt: "again", cont: true, format: "text",
			first: "claude -c -p again", resumedCmd: "claude -p GO --resume ID"},
		{argv: "claude -p --resume --verbose -- -dash-prompt", prompt: "-dash-prompt", cont: true, format: "text",
			first: "claude -p --resume --verbose -- -dash-prompt", resumedCmd: "claude -p GO --resume ID --verbose"},
		{argv: "claude -p --model=opus hi", prompt: "hi", model: "opus", format: "text",
			first: "claude -p --session-id ID --model=opus hi", resumedCmd: "claude -p GO --resume ID --model=opus"},
	} {
		t.Run(tc.argv, func(t *testing.T) {
			c, err := Parse(strings.Fields(tc.argv))
			if err != nil {
				t.Fatal(err)
			}
			prompt := ""
			if c.Prompt >= 0 {
				prompt = c.Argv[c.Prompt]
			}
			if prompt != tc.prompt || c.SessionID != tc.session || c.Resume != tc.resume || c.Continue != tc.cont ||
				c.Model != tc.model || c.OutputFormat != tc.format {
				t.Errorf("Parse = prompt %q session %q resume %q continue %v model %q format %q", prompt, c.SessionID, c.Resume, c.Continue, c.Model, c.OutputFormat)
			}
			if got := strings.Join(c.First("ID"), " "); got != tc.first {
				t.Errorf("First:\n got %s\nwant %s", got, tc.first)
			}
			if got := strings.Join(c.Resumed("ID", "GO", ""), " "); got != tc.resumedCmd {
				t.Errorf("Resumed:\n got %s\nwant %s", got, tc.resumedCmd)
			}
		})
	}
}

func TestResumedSwitchesModel(t *testing.T) {
	c, _ := Parse([]string{"claude", "--model", "opus", "-p", "task", "--output-format", "json"})
	got := c.Resumed("ID", "continue", "sonnet")
	want := []string{"claude", "-p", "continue", "--resume", "ID", "--model", "sonnet", "--output-format", "json"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Resumed = %q\nwant %q", got, want)
	}
	if got := c.Compact("ID", ""); !reflect.DeepEqual(got, []string{"claude", "--model", "opus", "-p", "/compact", "--resume", "ID", "--output-format", "json"}) {
		t.Errorf("Compact = %q", got)
	}
}

func TestParseNeedsPrint(t *testing.T) {
	if _, err := Parse([]string{"claude", "hello"}); err != ErrNotPrint {
		t.Errorf("err = %v, want ErrNotPrint", err)
	}
}

func TestShowsHookMessages(t *testing.T) {
	for argv, want := range map[string]bool{
		"claude -p hi":                                                        false,
		"claude -p hi --output-format text":                                   false,
		"claude -p hi --output-format json":                                   false,
		"claude -p hi --output-format json --verbose":                         true,
		"claude -p hi --output-format stream-json --verbose":                  true,
		"claude -p --output-format=stream-json --verbose hi":                  true,
		"claude --allowedTools Read -p --output-format stream-json --verbose": true,
	} {
		c, err := Parse(strings.Fields(argv))
		if err != nil {
			t.Fatal(err)
		}
		if got := c.ShowsHookMessages(); got != want {
			t.Errorf("%s: ShowsHookMessages = %v, want %v", argv, got, want)
		}
	}
	if c, _ := Parse([]string{"claude"}); !c.ShowsHookMessages() {
		t.Errorf("an interactive session shows hook messages")
	}
}

func TestArity(t *testing.T) {
	for name, want := range map[string]string{"--model": "required", "--allowedTools": "variadic", "--resume": "optional", "--verbose": "flag"} {
		if got := Arity(name); got != want {
			t.Errorf("Arity(%s) = %s, want %s", name, got, want)
		}
	}
}
