package hooks

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"
	"github.com/tidwall/sjson"
)

// HookEvent is one event ccdiag registers for, with its timeout in seconds.
type HookEvent struct {
	Name    string
	Timeout int
}

// HookEvents are the events `ccdiag install` registers. StopFailure is
// killed early by Claude Code whatever the timeout; the others stay short
// so a stuck disk can never hold up a prompt for long.
func HookEvents() []HookEvent {
	return []HookEvent{{"StopFailure", 5}, {"UserPromptSubmit", 10}, {"SessionStart", 10}, {"Stop", 10}}
}

// SettingsEdit describes an install or uninstall.
type SettingsEdit struct {
	// Binary is the absolute path of ccdiag written into the commands.
	Binary string
	// StatusLine adds (install) or removes (uninstall) the status line.
	StatusLine bool
	// NoNotify writes the hook command with --no-notify: no desktop
	// notification (OSC 9) when a turn fails.
	NoNotify bool
	// OnlyStatusLine leaves the hooks alone (the plugin brings its own).
	OnlyStatusLine bool
	// Wrap makes install wrap a status line that is not ccdiag's
	// (ccdiag statusline --wrap 'CMD') instead of only saying how.
	Wrap bool
}

// ParseError is invalid JSON in an existing settings file.
type ParseError struct {
	Line, Col int
	Msg       string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("invalid JSON at line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

// ShellQuote quotes a path for the shell Claude Code runs hook commands in.
func ShellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-+:@%=,", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// HookEnv starts every hook command install writes (and the plugin's). With
// one P the Go runtime starts no second worker thread while the binary
// faults its pages in at start-up: StopFailure's p50 is ~0.4 ms (~12 %)
// lower (hooks/bench/bench.sh measures the command as installed). It is
// POSIX shell syntax like the rest of the command: Claude Code runs hooks
// with sh -c, and with Git Bash on Windows.
const HookEnv = "GOMAXPROCS=1"

// HookCommand is the hook command install writes.
func (e SettingsEdit) HookCommand() string {
	if e.NoNotify {
		return HookEnv + " " + ShellQuote(e.Binary) + " hook " + NoNotifyFlag
	}
	return HookEnv + " " + ShellQuote(e.Binary) + " hook"
}

// NoNotifyFlag turns the failure notification off for one hook command;
// the environment variable NoNotifyEnv (any non-empty value) does too.
const (
	NoNotifyFlag = "--no-notify"
	NoNotifyEnv  = "CCDIAG_NO_NOTIFY"
)

// isCcdiagHook reports whether cmd is ccdiag's hook command, with or without --no-notify.
func (e SettingsEdit) isCcdiagHook(cmd string) bool {
	return e.isCcdiag(cmd, "hook", false) || e.isCcdiag(cmd, "hook "+NoNotifyFlag, false)
}

// StatusLineCommand is the status-line command install writes.
func (e SettingsEdit) StatusLineCommand() string { return ShellQuote(e.Binary) + " statusline" }

// commandWords splits a command the way install writes them: HookEnv or
// nothing, a possibly single-quoted program, plain words.
func commandWords(cmd string) (prog string, rest string) {
	cmd = strings.TrimSpace(cmd)
	if after, ok := strings.CutPrefix(cmd, HookEnv+" "); ok {
		cmd = strings.TrimLeft(after, " \t")
	}
	if strings.HasPrefix(cmd, "'") {
		var b strings.Builder
		i := 1
		for i < len(cmd) {
			switch {
			case strings.HasPrefix(cmd[i:], `'\''`):
				b.WriteByte('\'')
				i += 4
			case cmd[i] == '\'':
				return b.String(), strings.TrimSpace(cmd[i+1:])
			default:
				b.WriteByte(cmd[i])
				i++
			}
		}
		return b.String(), ""
	}
	if i := strings.IndexAny(cmd, " \t"); i >= 0 {
		return cmd[:i], strings.TrimSpace(cmd[i+1:])
	}
	return cmd, ""
}

// isCcdiag reports whether cmd runs ccdiag (a binary named ccdiag, or
// e.Binary) with the given subcommand (exactly, or followed by flags when
// prefix is true).
func (e SettingsEdit) isCcdiag(cmd, sub string, prefix bool) bool {
	prog, rest := commandWords(cmd)
	if filepath.Base(prog) != "ccdiag" && (e.Binary == "" || prog != e.Binary) {
		return false
	}
	return rest == sub || prefix && strings.HasPrefix(rest, sub+" ")
}

// checkSettings validates an existing settings document: JSON, an object,
// and the parts install touches have the expected shapes.
func checkSettings(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	if !jsonguard.Shallow(data, jsonguard.MaxDepth) {
		return fmt.Errorf("nests arrays and objects more than %d levels deep", jsonguard.MaxDepth)
	}
	if !gjson.ValidBytes(data) {
		var v any
		err := json.Unmarshal(data, &v)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := position(data, se.Offset)
			return &ParseError{Line: line, Col: col, Msg: se.Error()}
		}
		if err == nil {
			err = errors.New("not valid JSON")
		}
		return &ParseError{Line: 1, Col: 1, Msg: err.Error()}
	}
	root := gjson.ParseBytes(data)
	if !root.IsObject() {
		return errors.New("settings must be a JSON object")
	}
	if err := duplicateKey(data); err != nil {
		return err
	}
	if h := root.Get("hooks"); h.Exists() {
		if !h.IsObject() {
			return errors.New(`"hooks" is not an object`)
		}
		var bad error
		h.ForEach(func(k, v gjson.Result) bool {
			if !v.IsArray() {
				bad = fmt.Errorf(`"hooks.%s" is not an array`, k.String())
				return false
			}
			return true
		})
		if bad != nil {
			return bad
		}
	}
	if s := root.Get("statusLine"); s.Exists() && !s.IsObject() && s.Type != gjson.Null {
		return errors.New(`"statusLine" is not an object`)
	}
	return nil
}

// position turns encoding/json's offset (just past the offending byte) into
// the 1-based line and column of that byte.
func position(data []byte, off int64) (line, col int) {
	if off > 0 {
		off--
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col = 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// Install adds ccdiag's hooks (and the status line when none is set) to a
// settings document and returns the new document and what changed. It
// edits in place (sjson), so formatting, key order and every unrelated
// setting survive; running it twice changes nothing the second time.
func Install(data []byte, e SettingsEdit) ([]byte, []string, error) {
	return withLayout(data, func(b []byte) ([]byte, []string, error) { return install(b, e) })
}

func install(data []byte, e SettingsEdit) ([]byte, []string, error) {
	if err := checkSettings(data); err != nil {
		return nil, nil, err
	}
	orig := data
	if len(bytes.TrimSpace(data)) == 0 {
		data = []byte("{}")
	}
	var notes []string
	var err error
	events := HookEvents()
	if e.OnlyStatusLine {
		events = nil
	} else if pluginEnabled(data) {
		notes = append(notes, "the ccdiag plugin is enabled here and brings these hooks too: keep one of them "+
			"(ccdiag uninstall, then ccdiag install --statusline-only; or disable the plugin)")
	}
	for _, ev := range events {
		arr := gjson.GetBytes(data, "hooks."+ev.Name)
		found := false
		for gi, g := range arr.Array() {
			for hi, h := range g.Get("hooks").Array() {
				if !e.isCcdiagHook(h.Get("command").String()) {
					continue
				}
				found = true
				if h.Get("command").String() != e.HookCommand() {
					data, err = sjson.SetBytes(data, fmt.Sprintf("hooks.%s.%d.hooks.%d.command", ev.Name, gi, hi), e.HookCommand())
					if err != nil {
						return nil, nil, err
					}
					notes = append(notes, "updated the "+ev.Name+" hook to "+e.HookCommand())
				}
			}
		}
		if found {
			continue
		}
		group := fmt.Sprintf(`{"hooks":[{"type":"command","command":%s,"timeout":%d}]}`, jsonString(e.HookCommand()), ev.Timeout)
		switch {
		case arr.Exists():
			data, err = addMember(data, "hooks."+ev.Name, "", group)
		case gjson.GetBytes(data, "hooks").Exists():
			data, err = addMember(data, "hooks", ev.Name, "["+group+"]")
		default:
			data, err = addMember(data, "", "hooks", `{`+jsonString(ev.Name)+`:[`+group+`]}`)
		}
		if err != nil {
			return nil, nil, err
		}
		notes = append(notes, fmt.Sprintf("added the %s hook (timeout %ds)", ev.Name, ev.Timeout))
	}
	if e.StatusLine {
		sl := gjson.GetBytes(data, "statusLine")
		cmd := sl.Get("command").String()
		switch {
		case !sl.Exists() || sl.Type == gjson.Null:
			line := `{"type":"command","command":` + jsonString(e.StatusLineCommand()) + `,"padding":0}`
			if sl.Exists() {
				data, err = replaceValue(data, "statusLine", line)
			} else {
				data, err = addMember(data, "", "statusLine", line)
			}
			if err != nil {
				return nil, nil, err
			}
			notes = append(notes, "added the status line")
		case e.isCcdiag(cmd, "statusline", true):
			// Already ours (maybe wrapping the user's own).
		case e.Wrap:
			wrapped := e.StatusLineCommand() + " --wrap " + ShellQuote(cmd)
			if data, err = sjson.SetBytes(data, "statusLine.command", wrapped); err != nil {
				return nil, nil, err
			}
			notes = append(notes, "wrapped your status line: "+wrapped)
		default:
			notes = append(notes, fmt.Sprintf("kept your status line; to add ccdiag's segment to it, set its command to: %s --wrap %s",
				e.StatusLineCommand(), ShellQuote(cmd)))
		}
	}
	return reformat(orig, data), notes, nil
}

// Uninstall removes exactly what Install added: ccdiag's hook commands (and
// groups and events left empty by that), and a ccdiag status line (a
// wrapping one gives the wrapped command back).
func Uninstall(data []byte, e SettingsEdit) ([]byte, []string, error) {
	return withLayout(data, func(b []byte) ([]byte, []string, error) { return uninstall(b, e) })
}

func uninstall(data []byte, e SettingsEdit) ([]byte, []string, error) {
	if err := checkSettings(data); err != nil {
		return nil, nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return data, nil, nil
	}
	orig := data
	var notes []string
	var err error
	hooksObj := gjson.GetBytes(data, "hooks")
	var events []string
	if !e.OnlyStatusLine {
		hooksObj.ForEach(func(k, _ gjson.Result) bool { events = append(events, k.String()); return true })
	}
	for _, name := range events {
		path := "hooks." + escapeKey(name)
		groups := gjson.GetBytes(data, path).Array()
		removed := false
		// Walk backwards so deleting keeps the earlier indexes valid.
		for gi := len(groups) - 1; gi >= 0; gi-- {
			hs := groups[gi].Get("hooks").Array()
			ours := 0
			for hi := len(hs) - 1; hi >= 0; hi-- {
				if e.isCcdiagHook(hs[hi].Get("command").String()) {
					ours++
					if data, err = sjson.DeleteBytes(data, fmt.Sprintf("%s.%d.hooks.%d", path, gi, hi)); err != nil {
						return nil, nil, err
					}
				}
			}
			if ours > 0 {
				removed = true
				if ours == len(hs) {
					if data, err = sjson.DeleteBytes(data, fmt.Sprintf("%s.%d", path, gi)); err != nil {
						return nil, nil, err
					}
				}
			}
		}
		if removed {
			notes = append(notes, "removed the "+name+" hook")
			if len(gjson.GetBytes(data, path).Array()) == 0 {
				if data, err = sjson.DeleteBytes(data, path); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	if h := gjson.GetBytes(data, "hooks"); h.Exists() && h.IsObject() && len(h.Map()) == 0 && len(notes) > 0 {
		if data, err = sjson.DeleteBytes(data, "hooks"); err != nil {
			return nil, nil, err
		}
	}
	if e.StatusLine {
		cmd := gjson.GetBytes(data, "statusLine.command").String()
		if e.isCcdiag(cmd, "statusline", true) {
			_, rest := commandWords(cmd)
			if wrapped, ok := wrappedCommand(rest); ok {
				data, err = sjson.SetBytes(data, "statusLine.command", wrapped)
				notes = append(notes, "gave the status line back to "+wrapped)
			} else {
				data, err = sjson.DeleteBytes(data, "statusLine")
				notes = append(notes, "removed the status line")
			}
			if err != nil {
				return nil, nil, err
			}
		}
	}
	return reformat(orig, data), notes, nil
}

// pluginEnabled reports whether settings enable the ccdiag plugin from any
// marketplace ("enabledPlugins": {"ccdiag@…": true}).
func pluginEnabled(data []byte) bool {
	on := false
	gjson.GetBytes(data, "enabledPlugins").ForEach(func(k, v gjson.Result) bool {
		on = strings.HasPrefix(k.String(), "ccdiag@") && v.Type == gjson.True
		return !on
	})
	return on
}

// wrappedCommand extracts CMD from "statusline --wrap 'CMD'".
func wrappedCommand(rest string) (string, bool) {
	const flag = "statusline --wrap "
	if !strings.HasPrefix(rest, flag) {
		return "", false
	}
	arg := strings.TrimSpace(rest[len(flag):])
	if strings.HasPrefix(arg, "'") {
		w, tail := commandWords(arg)
		return w, tail == ""
	}
	return arg, arg != "" && !strings.ContainsAny(arg, " \t")
}

// InstallMCPJSON adds the ccdiag MCP server to a project's .mcp.json.
func InstallMCPJSON(data []byte, binary string) ([]byte, []string, error) {
	return withLayout(data, func(b []byte) ([]byte, []string, error) { return installMCPJSON(b, binary) })
}

func installMCPJSON(data []byte, binary string) ([]byte, []string, error) {
	if err := checkSettings(data); err != nil {
		return nil, nil, err
	}
	orig := data
	if len(bytes.TrimSpace(data)) == 0 {
		data = []byte("{}")
	}
	cur := gjson.GetBytes(data, "mcpServers.ccdiag")
	if cur.Get("command").String() == binary && len(cur.Get("args").Array()) == 1 && cur.Get("args.0").String() == "mcp" {
		return orig, nil, nil
	}
	server := `{"type":"stdio","command":` + jsonString(binary) + `,"args":["mcp"],"env":{}}`
	var out []byte
	var err error
	switch {
	case cur.Exists():
		out, err = replaceValue(data, "mcpServers.ccdiag", server)
	case gjson.GetBytes(data, "mcpServers").Exists():
		out, err = addMember(data, "mcpServers", "ccdiag", server)
	default:
		out, err = addMember(data, "", "mcpServers", `{"ccdiag":`+server+`}`)
	}
	if err != nil {
		return nil, nil, err
	}
	return reformat(orig, out), []string{"registered the ccdiag MCP server in .mcp.json"}, nil
}

// UninstallMCPJSON removes the ccdiag MCP server from a .mcp.json.
func UninstallMCPJSON(data []byte) ([]byte, []string, error) {
	return withLayout(data, uninstallMCPJSON)
}

func uninstallMCPJSON(data []byte) ([]byte, []string, error) {
	if err := checkSettings(data); err != nil {
		return nil, nil, err
	}
	if !gjson.GetBytes(data, "mcpServers.ccdiag").Exists() {
		return data, nil, nil
	}
	out, err := sjson.DeleteBytes(data, "mcpServers.ccdiag")
	if err != nil {
		return nil, nil, err
	}
	if m := gjson.GetBytes(out, "mcpServers"); m.IsObject() && len(m.Map()) == 0 {
		if out, err = sjson.DeleteBytes(out, "mcpServers"); err != nil {
			return nil, nil, err
		}
	}
	return reformat(data, out), []string{"removed the ccdiag MCP server from .mcp.json"}, nil
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// escapeKey escapes gjson/sjson path syntax in an object key.
func escapeKey(k string) string {
	var b strings.Builder
	for _, r := range k {
		if strings.ContainsRune(`.*?|#@\!=<>%`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// reformat keeps the file's look: a new or canonically indented file is
// indented the same way after the edit; any other layout is left as sjson
// made it (unrelated bytes untouched). The trailing newline is kept.
func reformat(orig, edited []byte) []byte {
	trimmed := bytes.TrimSpace(orig)
	indent := "  "
	canonical := len(trimmed) == 0 || string(trimmed) == "{}"
	if !canonical {
		if ind, ok := detectIndent(trimmed); ok {
			var c, again bytes.Buffer
			if json.Compact(&c, trimmed) == nil && json.Indent(&again, c.Bytes(), "", ind) == nil &&
				bytes.Equal(again.Bytes(), trimmed) {
				canonical, indent = true, ind
			}
		}
	}
	out := edited
	if canonical {
		var c, pretty bytes.Buffer
		if json.Compact(&c, edited) == nil && json.Indent(&pretty, c.Bytes(), "", indent) == nil {
			out = pretty.Bytes()
		}
	}
	out = bytes.TrimRight(out, " \t\r\n")
	if len(orig) == 0 || bytes.HasSuffix(orig, []byte("\n")) {
		out = append(out, '\n')
	}
	return out
}

// detectIndent returns the indentation unit of the first indented line.
func detectIndent(b []byte) (string, bool) {
	lines := bytes.Split(b, []byte("\n"))
	if len(lines) < 2 {
		// One line: canonical only if it is compact JSON ("{}" or minified).
		return "", false
	}
	l := lines[1]
	n := len(l) - len(bytes.TrimLeft(l, " \t"))
	if n == 0 {
		return "", false
	}
	return string(l[:n]), true
}
