package apierror

import (
	"slices"
	"strings"
)

// Source code writes the messages its program will print one day as string
// literals: reject(new Error("LLM request timed out")), raise
// RateLimitError("Rate limit exceeded after max retries"),
// res.status(401).json({ error: "Missing Authorization header" }),
// super('Request timed out'), MISSING_AUTH = "Missing authorization
// header". A paste of such code (a helper, an error class, a relay's auth
// middleware, a function mapping provider errors to friendly text) shows
// no failure, however strong its literals' wording; what a program
// printed never reads so. normalise marks such a line (line.code), and
// newDoc neither matches phrases on it nor starts an error there.

// writtenInSource reports a line of source code that writes a string
// literal as part of a statement: what comes before its first quotation
// mark is a statement keyword (throw, raise, return, super(…), case …), an
// assignment, a method call (x.y(, new Name(, a macro!( ), a condition of
// an if, or the line opens a docstring. Printed text opens its quotes after
// a label, a status or a key ("Error: …", "message: '…'", '"error": "…"',
// a logfmt msg="…"), never so; util.inspect's "{ error: '…' }" is printed
// too, so an object's unquoted key alone is not code.
func writtenInSource(s string) bool {
	if s == "" || !sourceFirst.get()[s[0]] {
		return false // most printed lines: a digit, a bracket, a symbol first
	}
	kind := wordOther
	if c := s[0]; c >= 'a' && c <= 'z' {
		kind = sourceWords.get()[firstWord(s)] // keywords are lower case
	} else if c == '}' {
		kind = wordCondition // "} else if (", "} catch ("
	}
	if kind == wordDecl && declaresName(s) {
		return true
	}
	q := strings.IndexAny(s, "\"'`")
	if q < 0 {
		// No literal: a statement that names an error class or tests a
		// pattern ("throw new LLMTimeoutError(ms);", "except
		// LLMTimeoutError:", "if (/prompt is too long/i.test(msg)) {"),
		// or defines one ("M.ThrottlingException = {").
		switch kind {
		case wordStatement:
			return statementKeyword(s)
		case wordCondition:
			return conditionOf(s, s) || catchesError(s)
		}
		return strings.IndexByte(s, '=') >= 0 && definesBlock(s)
	}
	head := s[:q]
	if head == "" {
		return strings.HasPrefix(s, `"""`) || strings.HasPrefix(s, `'''`) // a Python docstring
	}
	if strings.IndexByte(head, '=') >= 0 {
		if ok, constant := assignsLiteral(head); ok {
			// A constant holds a message; the same shape lists settings
			// ("ANTHROPIC_BASE_URL = "http://127.0.0.1:8045""), whose
			// values name where requests go.
			return (!constant || !strings.Contains(s[q:], "://")) && !commented(head)
		}
	}
	code := false
	switch kind {
	case wordStatement:
		code = statementKeyword(head)
	case wordCondition:
		code = conditionOf(head, s)
	}
	code = code || strings.IndexByte(head, '(') >= 0 && (callsMethod(head) || callStatement(head, s)) || annotates(head)
	return code && !commented(head)
}

// callStatement reports a call of a function by its bare name that ends its
// statement with ";" ("setErrorMessage("Connection error.");",
// "setStatus({ type: "error", message: "…" });"): a value printed by name
// ("APITimeoutError('Request timed out.')") ends without one.
func callStatement(head, s string) bool {
	i := 0
	for i < len(head) && isIdentByte(head[i]) {
		i++
	}
	return i > 0 && isIdentStart(head[0]) && i < len(head) && head[i] == '(' && strings.HasSuffix(s, ";")
}

// commented reports a head whose quote opens after a statement or in a
// comment ("throw er; // Unhandled 'error' event", as Node prints the line
// that threw).
func commented(head string) bool {
	return strings.Contains(head, "//") || strings.Contains(head, "/*") || strings.Contains(head, "; ")
}

// The kinds of a source line's first word (sourceWords).
const (
	wordOther byte = iota
	wordDecl
	wordStatement
	wordCondition
)

// sourceWords sorts the first words of source lines: the declarations'
// (declKeywords, declWords), the statements' (sourceKeywords) and the
// conditions' and catch clauses'. A line opening with any other word is
// source only by an assignment or a method call.
var sourceWords = lazy[map[string]byte]{make: func() map[string]byte {
	m := map[string]byte{}
	for _, l := range [][]string{declKeywords, declWords[:], {"abstract ", "async "}} {
		for _, k := range l {
			m[firstWord(k)] = wordDecl
		}
	}
	for _, k := range sourceKeywords {
		m[firstWord(k)] = wordStatement
	}
	for _, k := range [...]string{"if", "elif", "else", "while", "match", "switch", "except", "catch", "rescue"} {
		m[k] = wordCondition
	}
	return m
}}

// firstWord returns the identifier a line opens with ("" for none).
func firstWord(s string) string {
	i := 0
	for i < len(s) && isIdentByte(s[i]) {
		i++
	}
	return s[:i]
}

// definesBlock reports a declared name or a field assigned a block that
// follows ("M.ThrottlingException = {", "const ERRORS = ["); a setting's
// value on its line ("ANTHROPIC_BASE_URL = http://127.0.0.1:8045") is not.
func definesBlock(s string) bool {
	ok, constant := assignsLiteral(s)
	return ok && !constant && strings.ContainsAny(s[len(s)-1:], "{[(")
}

// catchesError reports a clause that catches an error class: Python's
// "except …", JavaScript's and Java's "catch (…", Ruby's "rescue …".
func catchesError(s string) bool {
	s = strings.TrimPrefix(s, "} ")
	if strings.HasPrefix(s, "except ") || strings.HasPrefix(s, "except(") {
		return strings.HasSuffix(s, ":") // a wrapped sentence may open with "except"
	}
	return strings.HasPrefix(s, "catch (") || strings.HasPrefix(s, "rescue ")
}

// annotates reports a head that opens a decorator's, an annotation's or an
// attribute's arguments: "@retry(", "@ExceptionHandler(", Rust's "#[error(".
func annotates(head string) bool {
	if strings.HasPrefix(head, "#[") {
		return true
	}
	rest, ok := strings.CutPrefix(head, "@")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && (isIdentByte(rest[i]) || rest[i] == '.') {
		i++
	}
	return i > 0 && i < len(rest) && rest[i] == '('
}

// declaresName reports a line that declares a class or a function: an
// error class named for its failure ("export class LLMTimeoutError extends
// Error {", "class RateLimitExceeded(Exception):") defines what may be
// raised one day. Printed text shows a class as "<class '…'>" or by its
// name alone, never after the keyword that declares it.
func declaresName(s string) bool {
	for _, k := range declKeywords {
		s = strings.TrimPrefix(s, k)
	}
	s = strings.TrimPrefix(s, "abstract ")
	s = strings.TrimPrefix(s, "async ")
	for _, k := range declWords {
		if rest, ok := strings.CutPrefix(s, k); ok {
			// The name, then what a declaration puts after it.
			i := 0
			for i < len(rest) && isIdentByte(rest[i]) {
				i++
			}
			if i == 0 || !isIdentStart(rest[0]) {
				return false
			}
			after := strings.TrimLeft(rest[i:], " ")
			return after == "" || strings.ContainsAny(after[:1], "({:<") || strings.HasPrefix(after, "extends ") || strings.HasPrefix(after, "implements ")
		}
	}
	return false
}

// statementKeyword reports a head that opens with a keyword that only
// source code writes in lower case at the start of a line, followed by
// what the keyword takes there.
func statementKeyword(head string) bool {
	for _, k := range sourceKeywords {
		if rest, ok := strings.CutPrefix(head, k); ok {
			// "return" and "throw" take an expression; "new" a class name
			// ("new Error(", not prose's "new …").
			if k == "new " {
				return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' && strings.Contains(rest, "(")
			}
			return true
		}
	}
	return false
}

// sourceFirst marks the bytes a source line may open with: a letter (a
// keyword, a name, a constant), "_" and "$", a decorator's "@", an
// attribute's "#[", a block's closing "}", a docstring's quotes.
var sourceFirst = lazy[*[256]bool]{make: func() *[256]bool {
	var first [256]bool
	for c := 'a'; c <= 'z'; c++ {
		first[c], first[c-'a'+'A'] = true, true
	}
	for _, c := range "_$@#}\"'" {
		first[c] = true
	}
	return &first
}}

// sourceKeywords open a statement that writes a message (lower case, as
// every language with them writes them). Not Rust's "Err(": a Result
// printed with {:?} opens so too ("Err(reqwest::Error { … })").
var sourceKeywords = []string{"throw ", "raise ", "return ", "return(", "yield ", "reject(", "resolve(", "super(", "super.", "panic(",
	"new ", "case ", "assert ", "await "}

// assignsLiteral reports a head that assigns what follows to a name as a
// statement does: a declaration ("const msg = ", "let x: string = "), a
// field ("self.message = "), Go's ":=", or a constant in capitals
// ("MISSING_AUTH_HEADER = "), which constant reports. A bare "name = " is
// also how printed values show their fields (Neovim's vim.inspect: "{ code
// = -32603, message = "Internal error: …" }", TOML, Lua), and logs write
// key=value without blanks: those are no code. PowerShell's "$env:NAME = "
// sets a variable a report shows, no code either.
func assignsLiteral(head string) (ok, constant bool) {
	i := strings.Index(head, " = ")
	if j := strings.Index(head, " := "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if j := strings.Index(head, " += "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return false, false
	}
	lhs := head[:i]
	declared := strings.HasPrefix(head[i:], " := ") || strings.HasPrefix(head[i:], " += ")
	for _, k := range declKeywords {
		if rest, ok := strings.CutPrefix(lhs, k); ok {
			lhs, declared = rest, true
		}
	}
	if t := strings.Index(lhs, ": "); t > 0 {
		lhs, declared = lhs[:t], true // a type annotation: "message: str"
	}
	if lhs == "" || !isIdentStart(lhs[0]) {
		return false, false
	}
	upper := true
	for i := 0; i < len(lhs); i++ {
		c := lhs[i]
		if !isIdentByte(c) && c != '.' && c != '[' && c != ']' {
			return false, false
		}
		declared = declared || c == '.' || c == '['
		upper = upper && !(c >= 'a' && c <= 'z')
	}
	return declared || upper, !declared && upper
}

// declWords declare a class, a type or a function.
var declWords = [...]string{"class ", "def ", "function ", "func ", "fn ", "struct ", "interface ", "enum "}

// declKeywords may precede a name being assigned.
var declKeywords = []string{"export ", "default ", "pub ", "pub(crate) ", "public ", "internal ", "open ", "data ", "sealed ", "private ", "protected ", "static ", "readonly ", "final ", "const ", "let ", "var ", "val "}

// callsMethod reports a literal passed to a call of a method or function
// reached through a name ("error.message.includes(", "res.status(401).json(",
// "logger.warn(", "http.Error(") or to a macro ("anyhow!("): the call is
// still open where the literal starts. Printed errors name classes with
// dots too, but as types ("AWSBedrockRuntime.ThrottlingException.Properties(",
// Swift's description of a value: a type's name and a type's member) or as a
// log's label whose parentheses are closed ("proxy_server.user_api_key_auth():
// Exception occured - …").
func callsMethod(head string) bool {
	var open [16]bool // the brackets still open, and whether each opens a call
	n := 0
	for i := 0; i < len(head); i++ {
		switch c := head[i]; c {
		case '(', '[', '{':
			if n < len(open) {
				open[n] = c == '(' && i > 0 && calleeAt(head, i)
			}
			n++
		case ')', ']', '}':
			if n > 0 {
				n--
			}
		}
	}
	for i := range min(n, len(open)) {
		if open[i] {
			return true
		}
	}
	return false
}

// calleeAt reports a method call or a macro ending at the parenthesis at
// head[p]: "recv.name(" whose receiver or name starts in lower case (a value
// or a package, a method), or "name!(".
func calleeAt(head string, p int) bool {
	if head[p-1] == '!' {
		return p > 1 && isIdentByte(head[p-2])
	}
	j := p
	for j > 0 && isIdentByte(head[j-1]) {
		j--
	}
	if j == p || j == 0 || head[j-1] != '.' {
		return false
	}
	name := head[j]
	// The receiver: the identifier (or a call's closing parenthesis)
	// before the dot.
	k := j - 1
	if k > 0 && head[k-1] == ')' {
		return true // "res.status(401).json("
	}
	for k > 0 && isIdentByte(head[k-1]) {
		k--
	}
	if k == j-1 {
		return false
	}
	return isLower(name) || isLower(head[k])
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' || c == '_' || c == '$' }

// conditionOf reports a condition that tests a literal: C-like "if (",
// "} else if (", "while (", Python's "if …:" and "elif …:", whose line ends
// with its colon, and Go's, Rust's and Swift's "if …" that opens its block
// ("if containsAny([]string{").
func conditionOf(head, s string) bool {
	h := strings.TrimPrefix(head, "} ")
	h = strings.TrimPrefix(h, "else ")
	if strings.HasPrefix(h, "if (") || strings.HasPrefix(h, "while (") {
		return true
	}
	if !strings.HasPrefix(h, "if ") && !strings.HasPrefix(h, "elif ") && !strings.HasPrefix(h, "match ") && !strings.HasPrefix(h, "switch ") {
		return false
	}
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "{")
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

func isIdentByte(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

// markSourceBlocks extends line.code over the lines that continue a
// statement or a declaration a source line leaves open: the arguments of
// "throw new ApiError(" or "return NextResponse.json(" written one a line
// ({ error: "Missing or invalid Authorization header" },), an error class's
// body, a Python function's or class's body (its docstring too), the value
// of a constant given on the next line. A continuation is indented deeper
// than the line that opened it, or closes it; the first line that is neither
// ends the block (a traceback shows one source line, then its frames and the
// error at lesser indents).
func markSourceBlocks(lines []line) {
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		if l.blank {
			continue
		}
		switch {
		case opensSource(l):
			depth := bracketBalance(l.text)
			for j := i + 1; depth > 0 && j < len(lines) && j <= i+maxSegmentLines; j++ {
				c := &lines[j]
				if c.blank || c.log != l.log || c.tool != l.tool {
					break
				}
				if c.indent <= l.indent && !strings.ContainsAny(c.text[:1], ")]}") {
					break
				}
				c.code = true
				depth += bracketBalance(c.text)
				i = j
			}
		case l.code && pythonBlock(l.text):
			// Indentation alone delimits the body; blank lines may sit in it.
			for j := i + 1; j < len(lines) && j <= i+maxSegmentLines; j++ {
				c := &lines[j]
				if c.blank {
					continue
				}
				if c.log != l.log || c.tool != l.tool || c.indent <= l.indent {
					break
				}
				c.code = true
				i = j
			}
		case valueFollows(l.text):
			if j := i + 1; j < len(lines) && !lines[j].blank && lines[j].indent > l.indent && lines[j].log == l.log {
				lines[j].code = true
				i = j
			}
		}
	}
}

// pythonBlock reports a Python function's or class's header ("def
// test_transient_errors():", "class Agent(Base):").
func pythonBlock(t string) bool {
	return strings.HasSuffix(t, ":") && (strings.HasPrefix(t, "def ") || strings.HasPrefix(t, "async def ") || strings.HasPrefix(t, "class "))
}

// valueFollows reports a declaration whose value is on the next line ("pub
// const QUOTA_CREDIT: &str =", "MESSAGE =").
func valueFollows(t string) bool {
	if !strings.HasSuffix(t, " =") {
		return false
	}
	ok, _ := assignsLiteral(t + " ")
	return ok
}

// opensSource reports a source line that may leave a statement open: one
// writing a literal or declaring a name, or a statement, a loop, an
// assignment or a method call with no literal on its line ("throw new
// ApiError(", "for error in (").
func opensSource(l *line) bool {
	t := l.text
	// A statement left open ends with its open bracket or an argument's
	// comma: most lines end otherwise, and are not read further.
	if c := t[len(t)-1]; c != '(' && c != '[' && c != '{' && c != ',' {
		return false
	}
	if l.code {
		return true
	}
	if !sourceFirst.get()[t[0]] || strings.ContainsAny(t, "\"'`") || !strings.ContainsAny(t, "([{") {
		return false
	}
	return sourceWords.get()[firstWord(t)] == wordStatement && statementKeyword(t) || loopOpens(t) ||
		strings.IndexByte(t, '=') >= 0 && assigned(t) || callsMethod(t)
}

// loopOpens reports a loop whose head opens a literal list ("for error in
// (", "for (const m of ["): its items are source, not printed lines.
func loopOpens(t string) bool {
	return strings.HasPrefix(t, "for ") || strings.HasPrefix(t, "for(") || strings.HasPrefix(t, "foreach ")
}

// assigned reports a line that assigns to a name as a statement does.
func assigned(t string) bool {
	ok, _ := assignsLiteral(t)
	return ok
}

// bracketBalance counts the brackets a line opens minus those it closes,
// outside its string literals.
func bracketBalance(t string) int {
	n := 0
	var quote byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '(' || c == '[' || c == '{':
			n++
		case c == ')' || c == ']' || c == '}':
			n--
		}
	}
	return n
}

// where reports a phrase that tells where requests went, not what failed:
// an endpoint's name or path, a name an envelope goes by, the base-URL and
// proxy settings. Source code says so as much as a report does
// ("new Anthropic({ baseURL: "https://openrouter.ai/api/v1" })").
func (rs *ruleSet) where(id int32) bool {
	return rs.endpoint[id] != nil || rs.upstream[id] || rs.name[id] || slices.Contains(rs.baseURL, id) || slices.Contains(rs.proxyEnv, id)
}
