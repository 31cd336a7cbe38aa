package sanitize

import (
	"strings"
	"sync"
)

// Shapes of secrets, masked wherever they appear.

// keyPrefixes start API keys and tokens of well-known services; bounded
// says the prefix is common enough in words to need a boundary before it.
type keyPrefix struct {
	prefix  string
	bounded bool
	min     int // key characters needed after the prefix
}

var keyPrefixes = []keyPrefix{
	{"sk-ant-", false, 1},
	{"sk-proj-", false, 8},
	{"sk-or-", false, 8},
	{"sk-", true, 20},
	{"github_pat_", false, 8},
	{"ghp_", false, 16}, {"gho_", false, 16}, {"ghu_", false, 16}, {"ghs_", false, 16}, {"ghr_", false, 16},
	{"glpat-", false, 8},
	{"xoxb-", false, 8}, {"xoxp-", false, 8}, {"xoxa-", false, 8}, {"xoxr-", false, 8}, {"xoxs-", false, 8},
	{"AKIA", true, 16}, {"ASIA", true, 16},
	{"AIza", true, 30},
	{"hf_", true, 20},
	{"eyJ", true, 20}, // a JWT
}

// assignNames end names whose value is a secret in "name: value",
// "name=value" and JSON; queryNames are the same for URL query parameters.
var (
	assignNames = []string{"api_key", "api-key", "apikey", "_key", "-key", "token", "secret", "password",
		"passwd", "pwd", "authorization", "cookie", "credential", "credentials", "signature"}
	queryNames = []string{"key", "sig", "code", "auth", "access_token", "token", "x-amz-signature",
		"x-amz-credential", "x-amz-security-token"}
)

func keyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// byShape masks everything shaped like a secret. Each pass looks for a
// cheap trigger first, so ordinary text costs a few scans.
func byShape(s string) string {
	f := triggers(s)
	if f&hasURL != 0 {
		s = urlUserinfo(s)
	}
	if f&hasPrefix != 0 {
		s = prefixedKeys(s)
	}
	if f&hasScheme != 0 {
		s = schemes(s)
	}
	if f&hasAssign != 0 {
		s = assignments(s)
	}
	return s
}

// Trigger flags: which passes of byShape can find anything in a string.
const (
	hasURL = 1 << iota
	hasPrefix
	hasScheme
	hasAssign
)

// triggers is one pass over s telling which detectors to run: most text
// printed (lint findings, status lines) triggers none or one.
func triggers(s string) int {
	f := 0
	pt := prefixIndex()
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		switch {
		case c == ':' || c == '=':
			f |= hasAssign
			if c == ':' && s[i+1] == '/' {
				f |= hasURL
			}
		case (c == 'b' || c == 'B') && (s[i+1]|0x20 == 'e' || s[i+1]|0x20 == 'a'):
			f |= hasScheme
		}
		if pt.first[c] && pt.pairs[int(c)<<8|int(s[i+1])] {
			f |= hasPrefix
		}
	}
	return f
}

// urlUserinfo masks "scheme://user:pass@" even when the rest does not parse
// (a '/' or a space in the password): everything between "://" and the last
// '@' before the query is masked when it holds a ':' or no '/'.
func urlUserinfo(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; ; {
		k := strings.Index(s[i:], "://")
		if k < 0 {
			break
		}
		a := i + k + 3
		end := a
		for end < len(s) && !strings.ContainsRune(" \t\r\n\"'<>`", rune(s[end])) {
			end++
		}
		tok := s[a:end]
		if q := strings.IndexAny(tok, "?#"); q >= 0 {
			tok = tok[:q]
		}
		if n := strings.Index(tok, "://"); n >= 0 {
			tok = tok[:n] // never reach into the next URL (or a mask is masked again)
		}
		// A password may hold a space: look past it on the same line for
		// an '@' followed by a host.
		if !strings.Contains(tok, "@") {
			if nl := strings.IndexAny(s[a:], "\n\"'<>`"); nl != 0 {
				line := s[a:]
				if nl > 0 {
					line = line[:nl]
				}
				if n := strings.Index(line, "://"); n >= 0 {
					line = line[:n] // never reach into the next URL
				}
				if at := strings.LastIndexByte(line, '@'); at > 0 && strings.ContainsAny(line[:at], ": ") &&
					!strings.ContainsAny(line[:at], "?#") {
					tok = line[:at+1]
				}
			}
		}
		if at := strings.LastIndexByte(tok, '@'); at > 0 && a >= last {
			user := tok[:at]
			if strings.Contains(user, ":") || !strings.Contains(user, "/") {
				b.WriteString(s[last:a])
				b.WriteString("***")
				last = a + at
			}
		}
		i = a
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// prefixedKeys masks keys by their service prefix: "sk-ant-api03-…wxyz".
func prefixedKeys(s string) string {
	var b strings.Builder
	last := 0
	pt := prefixIndex()
	for i := 0; i+3 < len(s); i++ {
		if !pt.first[s[i]] || !pt.pairs[int(s[i])<<8|int(s[i+1])] {
			continue
		}
		ps := pt.starts[s[i]]
		for _, p := range ps {
			if !strings.HasPrefix(s[i:], p.prefix) || p.bounded && i > 0 && keyChar(s[i-1]) {
				continue
			}
			j := i + len(p.prefix)
			for j < len(s) && (keyChar(s[j]) || p.prefix == "eyJ" && s[j] == '.') {
				j++
			}
			if j-i-len(p.prefix) < p.min {
				continue
			}
			b.WriteString(s[last:i])
			b.WriteString(mask(p.prefix, s[i:j]))
			last, i = j, j-1
			break
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// prefixIndex indexes keyPrefixes by first byte (starts, first) and holds
// their first two bytes (pairs): ordinary text is skipped at a table lookup
// per byte. Built on first use, not at package initialisation, which every
// run of the binary pays — the hook's StopFailure fast path included, and it
// never redacts.
var prefixIndex = sync.OnceValue(func() *prefixTables {
	t := new(prefixTables)
	for _, p := range keyPrefixes {
		t.starts[p.prefix[0]] = append(t.starts[p.prefix[0]], p)
		t.first[p.prefix[0]] = true
		t.pairs[int(p.prefix[0])<<8|int(p.prefix[1])] = true
	}
	return t
})

type prefixTables struct {
	starts [256][]keyPrefix
	first  [256]bool
	pairs  [1 << 16]bool
}

func mask(prefix, tok string) string {
	if len(tok) >= 24 {
		return prefix + "…" + tok[len(tok)-4:]
	}
	return prefix + "…"
}

// schemes masks the credential after "Bearer " and "Basic ".
func schemes(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i+6 < len(s); i++ {
		c := s[i] | 0x20
		if c != 'b' {
			continue
		}
		var n int
		switch {
		case strings.EqualFold(s[i:i+6], "bearer"):
			n = 6
		case strings.EqualFold(s[i:i+5], "basic"):
			n = 5
		default:
			continue
		}
		if i > 0 && keyChar(s[i-1]) {
			continue
		}
		j := i + n
		if j >= len(s) || s[j] != ' ' && s[j] != '\t' && s[j] != '=' && s[j] != ':' {
			continue
		}
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '=' || s[j] == ':') {
			j++
		}
		k := j
		for k < len(s) && !strings.ContainsRune(" \t\r\n\"'<>,;`", rune(s[k])) {
			k++
		}
		if k-j < 8 || s[j:k] == "***" {
			continue
		}
		b.WriteString(s[last:j])
		b.WriteString("***")
		last, i = k, k-1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// assignments masks the value in "api_key=v", "x-api-key: v",
// `"token": "v"` and "?key=v"/"&sig=v".
func assignments(s string) string {
	if !strings.ContainsAny(s, "=:") {
		return s
	}
	var b strings.Builder
	last := 0
	ends := nameEnds()
	for i := 0; i < len(s); i++ {
		if s[i] != '=' && s[i] != ':' {
			continue
		}
		// The name before the separator (past a closing quote and blanks).
		e := i
		for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t') {
			e--
		}
		if e > 0 && (s[e-1] == '"' || s[e-1] == '\'') {
			e--
		}
		if e < 3 || !ends[tail3(s[e-3:e])] {
			continue // cheap: no secret name ends like this
		}
		st := e
		for st > 0 && (keyChar(s[st-1]) || s[st-1] == '.') {
			st--
		}
		if st == e {
			continue
		}
		name := strings.ToLower(s[st:e])
		inQuery := st > 0 && (s[st-1] == '?' || s[st-1] == '&' || s[st-1] == ';') && s[i] == '='
		if !(inQuery && queryName(name)) && !assignName(name) {
			continue
		}
		// The value after the separator (past blanks and an opening quote).
		j := i + 1
		if s[i] == ':' && j < len(s) && s[j] == '/' {
			continue // "https://", not a value
		}
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		quote := byte(0)
		if j < len(s) && (s[j] == '"' || s[j] == '\'') {
			quote = s[j]
			j++
		}
		k := j
		for k < len(s) && s[k] != '\n' && s[k] != '\r' && (quote != 0 && s[k] != quote ||
			quote == 0 && !strings.ContainsRune(" \t\"'<>,;&#)}]`", rune(s[k]))) {
			k++
		}
		v := s[j:k]
		if v == "" || v == "***" || v == "null" || v == "true" || v == "false" || strings.HasSuffix(v, "…") ||
			strings.HasPrefix(v, "(") || strings.HasPrefix(v, "$") || strings.HasPrefix(v, "***") {
			continue
		}
		b.WriteString(s[last:j])
		b.WriteString("***")
		last, i = k, k-1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// nameEnds holds the last three letters (lower case) of every name in
// assignNames and queryNames; built on first use, like prefixIndex.
var nameEnds = sync.OnceValue(func() map[[3]byte]bool {
	m := map[[3]byte]bool{}
	for _, n := range append(append([]string(nil), assignNames...), queryNames...) {
		if len(n) >= 3 {
			m[tail3(n[len(n)-3:])] = true
		}
	}
	return m
})

func tail3(s string) [3]byte {
	return [3]byte{s[0] | 0x20, s[1] | 0x20, s[2] | 0x20}
}

func queryName(n string) bool {
	for _, q := range queryNames {
		if n == q {
			return true
		}
	}
	return assignName(n)
}

func assignName(n string) bool {
	for _, a := range assignNames {
		if strings.HasSuffix(n, a) {
			return n != "max_token" && !strings.HasSuffix(n, "_tokens")
		}
	}
	return false
}
