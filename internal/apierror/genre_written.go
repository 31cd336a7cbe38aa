package apierror

import (
	"strings"
)

// pullRequestPage reports a copy of a pull request's page: the header a
// code forge prints under its title, "<user> wants to merge 1 commit into
// <base> from <head>" or "<user> merged 3 commits into main from …"
// (GitHub), "wants to merge 2 commits from <head> into <base>" (Gitea,
// Forgejo), "requested to merge <head> into <base>" (GitLab). A pull
// request is a change; the failure its "Repro" block shows is the one it
// fixes, printed console lines and all. The header opens its line with the
// author's handle: a writer telling of their own merge says "I merged".
func pullRequestPage(dc *doc) bool {
	if !strings.Contains(dc.raw, " merge") {
		return false // most pastes: no line to fold
	}
	for _, l := range dc.lines {
		if l.log >= 0 || l.tool || len(l.text) > 300 {
			continue
		}
		low := lowerASCII(l.text)
		for _, v := range []string{"wants to merge ", "merged "} {
			i := strings.Index(low, v)
			if i < 0 || !forgeHandle(low[:i]) {
				continue
			}
			rest := low[i+len(v):]
			n := 0
			for n < len(rest) && isDigit(rest[n]) {
				n++
			}
			// The line may end at "into": the page sets the branches apart.
			if n > 0 && strings.HasPrefix(rest[n:], " commit") && (strings.Contains(rest[n:], " into ") || strings.HasSuffix(rest, " into")) {
				return true
			}
		}
		if i := strings.Index(low, "requested to merge "); i >= 0 && forgeHandle(low[:i]) && (strings.Contains(low[i:], " into ") || strings.HasSuffix(low, " into")) {
			return true
		}
	}
	return false
}

// forgeHandle reports s, a line's start before a verb, as a forge user's
// handle alone ("charleneleong-ai "): one word, not a pronoun.
func forgeHandle(s string) bool {
	h, ok := strings.CutSuffix(s, " ")
	if !ok || h == "" || strings.ContainsAny(h, " \t") {
		return false
	}
	switch h {
	case "i", "we", "you", "they", "he", "she", "someone", "who":
		return false
	}
	return true
}

// templatedMessages reports errors that are all written as their
// program's message template, a placeholder where the printed message has
// a value: "It will reset at [time]", "{Provider}'s rate limit was
// reached", "retry in <seconds>s". Code, a change's description of its new
// messages and a report about an error handler quote messages so; a
// program prints the value. Only placeholders for what no user hides (a
// time, a count, a provider or model's name): users redact ids, keys and
// hosts with the same brackets ("projects/{project_id}", "sk-ant-${key}").
func templatedMessages(occs []*occurrence) bool {
	for _, o := range occs {
		if !templated(o.text) {
			return false
		}
	}
	return len(occs) > 0
}

// templated reports a placeholder of placeholderNames in t, in square,
// curly or angle brackets or as "${…}" (not a bracketed tag opening a
// line).
func templated(t string) bool {
	for i := 0; i < len(t); i++ {
		var closing byte
		switch t[i] {
		case '[':
			closing = ']'
		case '{':
			closing = '}'
		case '<':
			closing = '>'
		default:
			continue
		}
		j := strings.IndexByte(t[i+1:], closing)
		if j <= 0 || j > 24 || closing == ']' && (i == 0 || t[i-1] == '\n') {
			continue // a log line's "[provider] …" tag opens its line
		}
		name := placeholderBlanks.Replace(lowerASCII(t[i+1 : i+1+j]))
		if placeholderNames[strings.TrimSpace(name)] {
			return true
		}
	}
	return false
}

// placeholderBlanks reads a placeholder's "_" and "-" as blanks.
var placeholderBlanks = strings.NewReplacer("_", " ", "-", " ")

// placeholderNames are the values a message template leaves to be filled
// (lower case, "_" and "-" read as blanks): when, how long, how many, who
// answered.
var placeholderNames = map[string]bool{
	"time": true, "date": true, "timestamp": true, "datetime": true, "reset time": true, "reset at": true, "resets at": true,
	"duration": true, "seconds": true, "secs": true, "minutes": true, "mins": true, "hours": true, "n": true, "count": true,
	"number": true, "num": true, "retry after": true, "retry after seconds": true, "wait": true, "delay": true,
	"provider": true, "provider name": true, "providername": true, "model": true, "model name": true, "modelname": true,
	"status code": true, "statuscode": true,
}

// publishedRecord reports a page served as JSON by a site's content API:
// a record with the "slug" a published page is addressed by (WordPress's
// REST API, Ghost's and Strapi's content APIs, knowledge-base sites) and
// its "title", or a troubleshooting record's fields ("symptoms", "cause",
// "solution", …, two of them, holding text). It quotes the error it is written about in
// its strings. A transcript's entry names its session, and an error body
// its type: neither is such a record.
func publishedRecord(dc *doc) bool {
	raw := dc.raw
	if !strings.Contains(raw, "\":") || strings.Contains(raw, "\"sessionId\"") || strings.Contains(raw, "\"isApiErrorMessage\"") ||
		strings.Contains(raw, "\"type\":\"error\"") || strings.Contains(raw, "\"type\": \"error\"") {
		return false
	}
	// Content APIs write their keys in lower case.
	low := raw
	key := func(k string) bool { return strings.Contains(low, "\""+k+"\":") }
	if key("slug") && key("title") {
		return true
	}
	// A record's fields hold its text: a string or a list of them (a
	// Node error's "cause" is an object).
	text := func(k string) bool {
		i := strings.Index(low, "\""+k+"\":")
		if i < 0 {
			return false
		}
		v := strings.TrimLeft(low[i+len(k)+3:], " ")
		return v != "" && (v[0] == '"' || v[0] == '[')
	}
	n := 0
	for _, k := range recordFields {
		if text(k) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// recordFields are a troubleshooting record's fields, the JSON keys of
// docLabelCues' sections (lower case).
var recordFields = []string{"symptoms", "symptom", "cause", "causes", "root_cause", "rootcause", "solution", "solutions",
	"resolution", "workaround", "workarounds", "fix_steps", "steps_to_resolve"}

// wordingsHeading reports a line that is only error wordings in quotation
// marks offered as alternatives ("\"certificate verify failed\" /
// \"self-signed certificate in chain\" / PKIX errors", "'ECONNRESET' or
// 'socket hang up'"): a troubleshooting guide heads a section so, naming
// the messages it covers. A program prints one message, unquoted.
func wordingsHeading(dc *doc) bool {
	for _, l := range dc.lines {
		if !l.blank && l.log < 0 && !l.tool && quotedAlternatives(strings.TrimLeft(l.text, "#*-• ")) {
			return true
		}
	}
	return false
}

// quotedAlternatives reports t made of two or more quoted wordings joined
// by " / ", " or " or ", or ", and at most a few bare words after the last
// joiner ("… / PKIX errors").
func quotedAlternatives(t string) bool {
	quoted := 0
	for t != "" {
		q := quotedSpan(t)
		if q == 0 {
			break
		}
		quoted++
		t = t[q:]
		j := joinerLen(t)
		if j == 0 {
			return t == "" && quoted >= 2
		}
		t = t[j:]
		if quotedSpan(t) == 0 {
			// The last alternative may be a bare kind: a few words.
			return quoted >= 2 && len(strings.Fields(t)) <= 3 && !strings.ContainsAny(t, "\"'`:{}")
		}
	}
	return false
}

// quotedSpan is the length of the quoted wording t opens with, or 0.
func quotedSpan(t string) int {
	for _, q := range [][2]string{{"\"", "\""}, {"'", "'"}, {"`", "`"}, {"“", "”"}} {
		if rest, ok := strings.CutPrefix(t, q[0]); ok {
			if k := strings.Index(rest, q[1]); k >= 2 {
				return len(q[0]) + k + len(q[1])
			}
		}
	}
	return 0
}

// joinerLen is the length of the joiner of alternatives t opens with, or 0.
func joinerLen(t string) int {
	for _, j := range []string{" / ", ", or ", " or "} {
		if strings.HasPrefix(t, j) {
			return len(j)
		}
	}
	return 0
}

// squashedSubject reports a text whose first line is a commit subject as
// GitHub writes it when it squashes a pull request: the subject, then the
// pull request's number in parentheses ("agent_ui: Replace raw error
// messages with friendly copy (#53099)"), or a pull request's title naming
// the issue it closes ("… (Closes #1917)"). The change is the subject; the
// errors it lists are the ones it handles.
func squashedSubject(dc *doc) bool {
	for _, l := range dc.lines {
		if l.blank || l.text == "" {
			continue
		}
		t := strings.TrimRight(l.text, " ")
		i := strings.LastIndex(t, " (")
		if i <= 0 || !strings.HasSuffix(t, ")") || len(t) > 160 || !isAlnum(t[0]) {
			return false
		}
		ref := t[i+2 : len(t)-1]
		if kw, n, ok := strings.Cut(ref, " #"); ok && closingKeywords[lowerASCII(kw)] {
			ref = "#" + n // "… (Closes #1917)": a title naming the issue it closes
		}
		num, ok := strings.CutPrefix(ref, "#")
		if !ok || num == "" || !digitsAt(num, 0, len(num)) {
			return false
		}
		return strings.Count(t[:i], " ") >= 2
	}
	return false
}

// codeFindings reports a review of code, by a person or a static checker:
// two or more lines that open with a source location and say what is wrong
// there ("libs/x/src/errors.ts:45 — 429 without Retry-After"). It names the
// errors the code handles; a failure prints its stack's frames instead.
func codeFindings(dc *doc) bool {
	n := 0
	for _, l := range dc.lines {
		t := strings.TrimLeft(l.text, "-*• ")
		sp := strings.IndexByte(t, ' ')
		if sp <= 0 || l.log >= 0 || l.tool {
			continue
		}
		loc, rest := t[:sp], t[sp:]
		if !strings.HasPrefix(rest, " — ") && !strings.HasPrefix(rest, " – ") {
			continue
		}
		c := strings.LastIndexByte(loc, ':')
		if c <= 0 || c == len(loc)-1 || !strings.Contains(loc[:c], ".") {
			continue
		}
		digits := true
		for j := c + 1; j < len(loc); j++ {
			digits = digits && isDigit(loc[j])
		}
		if digits {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// promptFile reports a prompt's definition file: it opens with a header
// that names and describes it, "name:" and "description:" in YAML front
// matter between "---" lines (Claude Code's subagent files, Agent Skills'
// SKILL.md, slash commands) or in an HTML comment (the collections of
// Claude Code's extracted system prompts). A prompt tells a model how to
// handle errors; it is no failure.
func promptFile(dc *doc) bool {
	raw := strings.TrimLeft(dc.raw, " \t\r\n\ufeff")
	var end string
	switch {
	case strings.HasPrefix(raw, "---\n"), strings.HasPrefix(raw, "---\r\n"):
		end = "\n---"
		raw = raw[3:]
	case strings.HasPrefix(raw, "<!--"):
		end = "-->"
		raw = raw[4:]
	default:
		return false
	}
	i := strings.Index(raw, end)
	if i < 0 || i > 4096 {
		return false
	}
	var name, desc bool
	for line := range strings.SplitSeq(raw[:i], "\n") {
		t := strings.TrimSpace(line)
		name = name || strings.HasPrefix(t, "name:")
		desc = desc || strings.HasPrefix(t, "description:")
	}
	return name && desc
}

// handlerCode reports errors that all open on an exception handler's line
// ("except anthropic.RateLimitError:", "rescue Anthropic::Errors::APIStatusError
// => e"): the phrase is the class a program catches, in its source — an SDK
// reference's sample, a prompt's code. A program that failed prints the
// class with its message, or a traceback.
func handlerCode(dc *doc, occs []*occurrence) bool {
	for _, o := range occs {
		if o.first < 0 || o.first >= len(dc.lines) || o.log >= 0 || o.f.validJSON {
			return false
		}
		t := dc.lines[o.first].text
		if !handlerLine(t) && !(strings.HasPrefix(t, "rescue ") && strings.Contains(t, " => ")) {
			return false
		}
	}
	return len(occs) > 0
}

// namedAsInstruction reports an occurrence that opens with an instruction
// whose condition names the error: "If a fetch failed or was denied, say
// so plainly", "When the API answers 529, wait and retry". A guide, a
// runbook or an agent's prompt tells its reader what to do so; a failure
// is printed, or told in the first person. Only a line of running words
// outside any UI marker, log or tool output, opening with a condition of
// consequenceConditions, whose error is in that condition: the rest, from
// the imperative on, names no error of the same kind.
func namedAsInstruction(dc *doc, o *occurrence) bool {
	if o.log >= 0 || o.first < 0 || o.first >= len(dc.lines) || o.f.validJSON || o.f.status != 0 {
		return false
	}
	l := dc.lines[o.first]
	if l.marker != markNone || l.tool || !proseShaped(l.text) || firstPersonSet.scan(o.text, true) != 0 {
		return false
	}
	low := o.lower()
	cond := false
	for _, c := range consequenceConditions {
		cond = cond || strings.HasPrefix(low, c)
	}
	if !cond {
		return false
	}
	line, _, _ := strings.Cut(low, "\n")
	for off := 0; ; {
		i := strings.Index(line[off:], ", ")
		if i < 0 {
			return false
		}
		i += off
		off = i + 2
		rest := line[off:]
		for _, v := range instructionVerbs {
			if strings.HasPrefix(rest, v) {
				return !stillNames(o, o.text[off:])
			}
		}
	}
}

// instructionVerbs open the imperative after an instruction's condition
// (lower case, as words).
var instructionVerbs = []string{"say ", "report ", "tell ", "retry", "wait ", "stop ", "check ", "try ", "use ", "run ",
	"return ", "ask ", "do not ", "don't ", "never ", "point ", "set ", "switch ", "skip ", "surface ", "raise ", "log "}
