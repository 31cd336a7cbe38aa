package main

import (
	"strings"
	"sync"

	"github.com/urfave/cli/v2"
)

// examples are shown at the end of each command's help (`ccdiag help CMD`,
// `ccdiag CMD --help`) unless its description already has its own.
var examples = map[string][]string{
	"status": {
		"ccdiag status                     # overall state, components, open incidents",
		"ccdiag status --json              # the same for scripts",
		"ccdiag status --watch --interval 30s",
	},
	"doctor": {
		"ccdiag doctor                     # every check; exit 1 when one fails",
		"ccdiag doctor --json | jq .counts # how many passed, warned, failed, skipped",
		"ccdiag doctor --model claude-opus-4-5 --probe-models",
	},
	"hook": {
		"echo '{\"hook_event_name\":\"StopFailure\",…}' | ccdiag hook   # what Claude Code runs; see `ccdiag install`",
	},
	"statusline": {
		"ccdiag statusline < status.json             # what Claude Code runs after each reply",
		"ccdiag statusline --wrap '~/bin/my-line.sh' # your own status line, then ccdiag's segment",
	},
	"lint": {
		"ccdiag lint                       # the CLAUDE.md files Claude Code loads from here",
		"ccdiag lint --format sarif . > lint.sarif",
		"ccdiag lint --fix docs/CLAUDE.md",
	},
	"mcp": {
		"claude mcp add ccdiag -- ccdiag mcp        # register with Claude Code (stdio)",
		"ccdiag mcp --http 127.0.0.1:8787            # streamable HTTP at http://127.0.0.1:8787/mcp",
	},
	"run": {
		"ccdiag run -- claude -p 'fix the failing tests'",
		"ccdiag run --max-wait 1h --switch-after 1 -- claude -p --model opus 'write the release notes'",
	},
	"validate": {
		"ccdiag validate request.json",
		"cat request.json | ccdiag validate --model claude-sonnet-4-5 -",
	},
	"tokens": {
		"ccdiag tokens CLAUDE.md",
		"git diff | ccdiag tokens --model sonnet -",
	},
}

// placeholders name what a flag's value is, where urfave/cli would print
// "value"; flags not listed are named by their type.
var placeholders = map[string]string{
	"scope":           "SCOPE",
	"model":           "MODEL",
	"format":          "FORMAT",
	"fail-on":         "SEVERITY",
	"config":          "FILE",
	"wrap":            "COMMAND",
	"continue-prompt": "TEXT",
	"context-window":  "TOKENS",
}

var flagStringer = sync.OnceFunc(func() {
	def := cli.FlagStringer
	cli.FlagStringer = func(f cli.Flag) string {
		s := def(f)
		head, tail, _ := strings.Cut(s, "\t")
		p := placeholders[f.Names()[0]]
		if p == "" {
			switch f.(type) {
			case *cli.DurationFlag:
				p = "DURATION"
			case *cli.IntFlag, *cli.Int64Flag, *cli.UintFlag:
				p = "N"
			default:
				p = "VALUE"
			}
		}
		return strings.ReplaceAll(head, " value", " "+p) + "\t" + tail
	}
})

// addHelp gives every command its examples and real placeholders.
func addHelp(cmds []*cli.Command) {
	flagStringer()
	for _, c := range cmds {
		if ex := examples[c.Name]; len(ex) > 0 && !strings.Contains(c.Description, "Examples:") {
			d := strings.TrimRight(c.Description, "\n")
			if d != "" {
				d += "\n\n"
			}
			c.Description = d + "Examples:\n  " + strings.Join(ex, "\n  ")
		}
		addHelp(c.Subcommands)
	}
}
