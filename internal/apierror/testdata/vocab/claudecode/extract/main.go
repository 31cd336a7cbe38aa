// Command extract lists the user-facing error and notice templates of a
// Claude Code release. Claude Code ships as a Bun-compiled binary whose .bun
// section holds the JavaScript sources of its modules ("// @bun" headers);
// this program parses each module, collects every string and template
// literal (a template's ${…} parts become {}), and prints, sorted, the ones
// the filter below calls an error or notice template, one per line, escaped
// like a Go string without its quotes.
//
// Usage: go run . path/to/claude > ../templates.txt (see ../extract.sh).
//
// It is its own module so that the JavaScript parser it needs is not a
// dependency of ccdiag itself.
package main

import (
	"bytes"
	"debug/elf"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: extract path/to/claude")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if f, err := elf.NewFile(bytes.NewReader(data)); err == nil {
		if s := f.Section(".bun"); s != nil {
			data = data[s.Offset : s.Offset+s.Size]
		}
	}
	seen := map[string]bool{}
	var flows []*flow
	fails, modules := 0, 0
	for _, src := range sources(data) {
		modules++
		// The parser predates explicit resource management; a using
		// declaration reads the same as a let for finding literals.
		src = usingDecl.ReplaceAll(src, []byte("${1}let ${2}="))
		ast, err := js.Parse(parse.NewInputBytes(src), js.Options{})
		if err != nil {
			fails++
			fmt.Fprintf(os.Stderr, "module %d: %.200s\n", modules, err)
			continue
		}
		js.Walk(collector{seen}, ast)
		flows = append(flows, newFlow(ast))
	}
	fmt.Fprintf(os.Stderr, "%d modules, %d not parsed, %d literals\n", modules, fails, len(seen))
	if modules == 0 || fails > 0 {
		// A module left out would silently shorten the list.
		os.Exit(1)
	}
	prog := newProgram(flows)
	shown, errs, thrown := prog.messages(), prog.errorValues(), prog.thrown()
	var out []string
	for s := range seen {
		// An error property's value and a thrown error's message are
		// errors by construction, but most of them belong to other
		// features or to bundled libraries: keep those that speak of
		// what the API vocabulary names.
		if template(s) || shown[s] && message(s) || (errs[s] || thrown[s]) && message(s) && vocabulary.MatchString(s) && !other.MatchString(s) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	for _, s := range out {
		q := strconv.Quote(s)
		fmt.Println(q[1 : len(q)-1])
	}
}

var usingDecl = regexp.MustCompile(`([;{}()\s])(?:await\s+)?using\s+([A-Za-z_$][\w$]*)\s*=`)

// collector records every string and template literal it walks over.
type collector struct{ seen map[string]bool }

func (c collector) Enter(n js.INode) js.IVisitor {
	switch n := n.(type) {
	case *js.LiteralExpr:
		if n.TokenType == js.StringToken {
			c.seen[unescape(n.Data[1:len(n.Data)-1])] = true
		}
	case *js.TemplateExpr:
		c.seen[templateString(n)] = true
	}
	return c
}
func (c collector) Exit(js.INode) {}

// templateString is a template literal's text, each ${…} part written {}.
func templateString(n *js.TemplateExpr) string {
	var b strings.Builder
	for _, p := range n.List {
		b.WriteString(unescape(trimTemplate(p.Value)))
		b.WriteString("{}")
	}
	b.WriteString(unescape(trimTemplate(n.Tail)))
	return b.String()
}

// trimTemplate drops a template part's delimiters (` or } before, ${ or ` after).
func trimTemplate(b []byte) []byte {
	if len(b) > 0 && (b[0] == '`' || b[0] == '}') {
		b = b[1:]
	}
	if bytes.HasSuffix(b, []byte("${")) {
		b = b[:len(b)-2]
	} else if bytes.HasSuffix(b, []byte("`")) {
		b = b[:len(b)-1]
	}
	return b
}

// sources cuts the module sources out of the .bun section: each starts with
// a "// @bun" header and ends at a NUL byte.
func sources(data []byte) [][]byte {
	var out [][]byte
	mark := []byte("// @bun")
	for {
		i := bytes.Index(data, mark)
		if i < 0 {
			return out
		}
		data = data[i:]
		j := bytes.IndexByte(data, 0)
		if j < 0 {
			j = len(data)
		}
		out = append(out, data[:j])
		data = data[j:]
	}
}

// unescape decodes the escapes of a JavaScript string literal.
func unescape(src []byte) string {
	var b strings.Builder
	for i := 0; i < len(src); {
		if src[i] != '\\' || i+1 >= len(src) {
			b.WriteByte(src[i])
			i++
			continue
		}
		s, n := unescapeAt(src, i)
		b.WriteString(s)
		i = n
	}
	return b.String()
}

func unescapeAt(src []byte, i int) (string, int) {
	c := src[i+1]
	switch c {
	case 'n':
		return "\n", i + 2
	case 't':
		return "\t", i + 2
	case 'r':
		return "\r", i + 2
	case 'x':
		if i+4 <= len(src) {
			if v, err := strconv.ParseUint(string(src[i+2:i+4]), 16, 32); err == nil {
				return string(rune(v)), i + 4
			}
		}
	case 'u':
		if i+2 < len(src) && src[i+2] == '{' {
			if e := bytes.IndexByte(src[i:], '}'); e > 0 {
				if v, err := strconv.ParseUint(string(src[i+3:i+e]), 16, 32); err == nil {
					return string(rune(v)), i + e + 1
				}
			}
		} else if i+6 <= len(src) {
			if v, err := strconv.ParseUint(string(src[i+2:i+6]), 16, 32); err == nil {
				if r := rune(v); utf8.ValidRune(r) {
					return string(r), i + 6
				}
				return "\uFFFD", i + 6
			}
		}
	case '\n':
		return "", i + 2
	}
	return string(c), i + 2
}

// The filter that picks user-facing error and notice templates out of every
// literal in the bundle. Widen it when a new family of messages appears.
var (
	// vocabulary: the literal speaks of an API failure, a limit, the
	// connection, the login, or the context.
	vocabulary = regexp.MustCompile(`(?i)(API Error|too long|context limit|context window|compact|overload|high load|rate limit|limiting requests|usage limit|hit your|extra usage|limit reached|· resets|resets at|credit balance|spend limit|retrying in|attempt \{\}/\{\}|unable to connect|connection error|connection (closed|lost|reset|refused|dropped)|network|offline|certificate|\bSSL\b|\bTLS\b|proxy|timed out|/login|authenticat|API key|auth token|OAuth token|login expired|too large|output token|malformed|selected model|recognized model|model .*not (found|available)|not available on|server error|internal server|overage|Anthropic API|api\.anthropic\.com|rejected|server-side|unprocessable|tokens \(limit|inference gateway|if it persists|high demand|usage-limit|budget|overages|usage credits|limiting requests|is not available|sign-in service|identity provider)`)
	// other: messages of features that are not the model API (MCP, IDEs,
	// plugins, tools, remote sessions…) and library internals.
	other = regexp.MustCompile(`(?i)\b(MCP|connector|plugin|Chrome|LSP|hook|sandbox|teleport|remote|runner|worktree|Bash|shell|WebSocket|bridge|extension|IDE|marketplace|skill|subagent|agent|persistence|OTEL|telemetry|SQL|INSERT|SELECT|SOCKS|ripgrep|git|github|daemon|pty|voice|vscode|jetbrains|clipboard|screenshot|browser|webhook|slack|SSH|docker|tmux|iTerm|kitty|notebook|memory file|CLAUDE\.md|settings file|\.json|gcloud|keychain|Desktop|mobile|classifier|auto mode|advisor|workflow|scheduled|cron|routine|coordinator|swarm|teammate|mailbox|inbox)s?\b`)
	// shape: how Claude Code's own notices begin.
	shape = regexp.MustCompile(`^(API Error|API error|API returned|Unable to connect|Request |Prompt |Credit |Your |You've |You’ve |You're |You’re |Invalid |OAuth|Login |Not logged|Failed to authenticate|Authentication|Context |Usage limit|Claude's response|Claude’s response|The model|There's an issue|There’s an issue|Server |Opus |Fable |Sonnet |Repeated|Retrying|SSL|TLS|Proxy|Connection|Could not connect|Couldn't connect|Unable to|Model |Output |Input is too long|Conversation too long|Compaction|Error compacting|Could not compact|Not enough|Anthropic|Extra usage|Now using extra usage|Limit reached|Weekly|Session limit|Spend limit|Rate limit|Overloaded|Internal server|Service unavailable|This is a server-side|If it persists|API overloaded|Switched to|Approaching|This request exceeds|Claude is temporarily|You are currently using your overages|Now using|Concurrency Limit)`)
)

// template reports whether a literal is an error or notice template.
func template(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 8 || len(t) > 300 || strings.Contains(t, "\n") || !strings.Contains(t, " ") {
		return false
	}
	if other.MatchString(t) || !vocabulary.MatchString(t) {
		return false
	}
	if strings.HasPrefix(t, "·") || strings.Contains(t, " · ") {
		return true
	}
	// "{}: {}. This is a server-side issue…": the text after the placeholders.
	t = strings.TrimLeft(strings.TrimPrefix(t, "{}: "), "{}.: ")
	return shape.MatchString(t)
}

// words finds a literal's words (two letters or more; a placeholder is none).
var words = regexp.MustCompile(`[A-Za-z][A-Za-z'’]+`)

// message reports whether a literal that reaches the text of an API error
// message (see flow.go) reads as a message, or a sentence of one, of its
// own: three words or more, not opening in lower case (a clause spliced
// into another sentence, such as an alternative remedy or a setting's name,
// is only a part of one). Its limit is longer than template's: these are
// known to be messages, and the TLS and network ones explain at length.
func message(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > 1000 || len(words.FindAllString(t, -1)) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return !unicode.IsLower(r)
}
