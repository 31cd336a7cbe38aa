// Package claudeargs reads and rewrites Claude Code command lines the way its
// own parser reads them: which word is the prompt, which session and model
// options are set, and the command that resumes or compacts the session.
package claudeargs

import (
	"errors"
	"strings"
)

// arity is how a Claude Code option takes its value, as its commander-based
// parser does: a required value takes the next word whatever it is, an
// optional one only when it does not start with '-', a variadic one every
// following word up to the next that starts with '-'.
type arity int

const (
	boolean arity = iota
	required
	optional
	variadic
)

// optionArity knows the options of Claude Code 2.1.328 that take a value
// (`claude --help`; the e2e test checks this table against the real binary).
// Every other option is a flag. Knowing them is what lets ccdiag find the
// prompt among the arguments without guessing.
func optionArity(name string) arity {
	switch name {
	case "--agent", "--agents", "--append-system-prompt", "--append-system-prompt-file", "--autocompact",
		"--debug-file", "--effort", "--environment", "--fallback-model", "--input-format", "--json-schema",
		"--max-budget-usd", "--max-turns", "--model", "-n", "--name", "--output-format", "--permission-mode",
		"--permission-prompts", "--permission-prompt-tool", "--plugin-dir", "--plugin-url",
		"--remote-control-session-name-prefix", "--session-id", "--setting-sources", "--settings",
		"--system-prompt", "--system-prompt-file", "--system-prompt-snapshot":
		return required
	case "--add-dir", "--allowedTools", "--allowed-tools", "--betas", "--disallowedTools", "--disallowed-tools",
		"--file", "--mcp-config", "--tools":
		return variadic
	case "--cloud", "-d", "--debug", "--from-pr", "--prompt-suggestions", "--remote-control", "-r", "--resume",
		"--teleport", "-w", "--worktree":
		return optional
	}
	return boolean
}

// Arity names how option name takes a value: "flag" (none), "required",
// "optional" or "variadic".
func Arity(name string) string {
	return [...]string{boolean: "flag", required: "required", optional: "optional", variadic: "variadic"}[optionArity(name)]
}

// Command is a parsed Claude Code command line.
type Command struct {
	// Argv is the command as given, program first.
	Argv []string
	// Print is the index of -p/--print in Argv (-1 when absent).
	Print int
	// Prompt is the index of the prompt argument (-1: the prompt is read from stdin).
	Prompt int
	// SessionID is --session-id's value; Resume is --resume's (a session id
	// or name, "" when absent).
	SessionID, Resume string
	// Continue is true for -c/--continue, and for --resume without a value.
	Continue bool
	// Model is --model's value, "" when absent.
	Model string
	// OutputFormat is --output-format's value ("text" when absent).
	OutputFormat string
	// Verbose is true for --verbose.
	Verbose bool
	// drop marks the words a resumed run leaves out (session options and the prompt).
	drop []bool
}

// ShowsHookMessages reports whether a hook's systemMessage reaches the
// output of this command. Verified with Claude Code 2.1.328 (hooks/CHANNELS.md):
// interactive sessions show it under the prompt; under -p only stream-json
// and `--output-format json --verbose` (an array of every event) carry it,
// while text and plain json print nothing of it.
func (c Command) ShowsHookMessages() bool {
	if c.Print < 0 {
		return true
	}
	return c.OutputFormat == "stream-json" || c.OutputFormat == "json" && c.Verbose
}

// ErrNotPrint is returned for a command without -p/--print: ccdiag run
// drives headless runs only.
var ErrNotPrint = errors.New("the command has no -p/--print: ccdiag run drives headless `claude -p` runs")

// Parse reads a Claude Code command line (program first).
func Parse(argv []string) (Command, error) {
	c := Command{Argv: argv, Print: -1, Prompt: -1, OutputFormat: "text", drop: make([]bool, len(argv))}
	if len(argv) == 0 {
		return c, errors.New("no command to run")
	}
	value := func(i int, v string, inline bool) {
		name := argv[i]
		if inline {
			name = name[:strings.IndexByte(name, '=')]
		}
		switch name {
		case "--session-id":
			c.SessionID = v
			c.drop[i] = true
		case "-r", "--resume":
			c.Resume = v
			c.Continue = c.Continue || v == ""
			c.drop[i] = true
		case "--model":
			c.Model = v
		case "--output-format":
			c.OutputFormat = v
		}
	}
	for i := 1; i < len(argv); i++ {
		a := argv[i]
		switch {
		case a == "--":
			if i+1 < len(argv) && c.Prompt < 0 {
				c.Prompt = i + 1
			}
			i = len(argv)
			continue
		case a == "-p" || a == "--print":
			c.Print = i
			continue
		case a == "-c" || a == "--continue":
			c.Continue = true
			c.drop[i] = true
			continue
		case a == "--verbose":
			c.Verbose = true
			continue
		case a == "--fork-session":
			c.drop[i] = true // a resumed run continues the same session
			continue
		case strings.HasPrefix(a, "--") && strings.Contains(a, "="):
			value(i, a[strings.IndexByte(a, '=')+1:], true)
			continue
		case !strings.HasPrefix(a, "-") || a == "-":
			if c.Prompt < 0 {
				c.Prompt = i
			}
			continue
		}
		switch optionArity(a) {
		case required:
			if i+1 < len(argv) {
				value(i, argv[i+1], false)
				c.drop[i+1] = c.drop[i]
				i++
			}
		case optional:
			if i+1 < len(argv) && !strings.HasPrefix(argv[i+1], "-") {
				value(i, argv[i+1], false)
				c.drop[i+1] = c.drop[i]
				i++
			} else {
				value(i, "", false)
			}
		case variadic:
			for i+1 < len(argv) && !strings.HasPrefix(argv[i+1], "-") {
				i++
			}
		}
	}
	if c.Print < 0 {
		return c, ErrNotPrint
	}
	if c.Prompt >= 0 {
		c.drop[c.Prompt] = true
	}
	return c, nil
}

// First is the command of the first run: the user's words untouched, plus
// --session-id id right after -p when they named no session (id == "" adds
// nothing).
func (c Command) First(id string) []string {
	if id == "" || c.SessionID != "" || c.Resume != "" || c.Continue {
		return append([]string(nil), c.Argv...)
	}
	out := append([]string(nil), c.Argv[:c.Print+1]...)
	out = append(out, "--session-id", id)
	return append(out, c.Argv[c.Print+1:]...)
}

// Resumed is the command that resumes session id with prompt: the user's
// options kept, their prompt and session options left out, --model set to
// model when not "". The prompt goes right after -p, so a variadic option
// (--allowedTools a b) cannot swallow it.
func (c Command) Resumed(id, prompt, model string) []string {
	out := []string{c.Argv[0]}
	for i := 1; i < len(c.Argv); i++ {
		a := c.Argv[i]
		if c.drop[i] {
			continue
		}
		if model != "" && (a == "--model" || strings.HasPrefix(a, "--model=")) {
			if a == "--model" {
				i++
			}
			continue
		}
		if a == "--" {
			break // only the prompt follows
		}
		out = append(out, a)
		if i == c.Print {
			out = append(out, prompt, "--resume", id)
			if model != "" {
				out = append(out, "--model", model)
			}
		}
	}
	return out
}

// Compact is the command that runs /compact on session id: the user's
// options kept, like Resumed, with /compact as the prompt.
func (c Command) Compact(id, model string) []string {
	return c.Resumed(id, "/compact", model)
}
