package claudemd

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
)

var ruleSecret = &Rule{
	ID:          "secret",
	Description: "A credential (Anthropic, OpenAI, AWS, GitHub, Slack token or a private key) is written into memory, which goes to the model and often to git.",
	Severity:    SeverityError,
	file:        checkSecrets,
}

type secretKind struct {
	name    string
	literal string // cheap prefilter: the pattern cannot match without it
	re      string
	// anchor is the byte of literal to search for with IndexByte (rare in
	// prose); 0 means bytes.Index(literal), for literals with a rare start.
	anchor byte
}

var secretKinds = sync.OnceValue(func() []struct {
	secretKind
	re *regexp.Regexp
} {
	kinds := []secretKind{
		{"Anthropic API key", "sk-ant-", `sk-ant-[A-Za-z0-9_-]{20,}`, '-'},
		{"OpenAI API key", "sk-proj-", `sk-proj-[A-Za-z0-9_-]{20,}`, '-'},
		{"OpenAI API key", "sk-svcacct-", `sk-svcacct-[A-Za-z0-9_-]{20,}`, '-'},
		{"OpenAI API key", "sk-", `sk-[A-Za-z0-9_-]{10,}T3BlbkFJ[A-Za-z0-9_-]{10,}`, '-'},
		{"AWS access key id", "AKIA", `\b(?:AKIA)[0-9A-Z]{16}\b`, 0},
		{"AWS access key id", "ASIA", `\b(?:ASIA)[0-9A-Z]{16}\b`, 0},
		{"AWS secret access key", "aws_secret_access_key", `(?i)aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}`, '_'},
		{"GitHub token", "ghp_", `\bghp_[A-Za-z0-9]{36,}`, '_'},
		{"GitHub token", "gho_", `\bgho_[A-Za-z0-9]{36,}`, '_'},
		{"GitHub token", "ghu_", `\bghu_[A-Za-z0-9]{36,}`, '_'},
		{"GitHub token", "ghs_", `\bghs_[A-Za-z0-9]{36,}`, '_'},
		{"GitHub token", "ghr_", `\bghr_[A-Za-z0-9]{36,}`, '_'},
		{"GitHub token", "github_pat_", `\bgithub_pat_[A-Za-z0-9_]{22,}`, '_'},
		{"Slack token", "xox", `\bxox[abposr]-[A-Za-z0-9-]{10,}`, 0},
		{"Slack webhook", "hooks.slack.com/", `hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+`, '/'},
		{"private key", "-----BEGIN", `-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----`, '-'},
	}
	out := make([]struct {
		secretKind
		re *regexp.Regexp
	}, len(kinds))
	for i, k := range kinds {
		out[i].secretKind = k
		out[i].re = regexp.MustCompile(k.re)
	}
	return out
})

// checkSecrets looks for each pattern only where its anchor is: a '-',
// '_' or '/' preceded by the token's prefix, or a literal that starts with
// a rare byte. bytes.Index on a literal starting with a common letter
// ("sk-") crawls through a text full of s's; IndexByte of '-' does not.
func checkSecrets(c *fileCheck) {
	src := c.src
	kinds := secretKinds()
	type hit struct{ kind, line int }
	done := map[hit]bool{}
	check := func(k, at int) {
		start, end := c.li.bounds(at)
		if done[hit{k, start}] {
			return
		}
		done[hit{k, start}] = true
		line := src[start:end]
		for _, m := range kinds[k].re.FindAllIndex(line, -1) {
			tok := string(line[m[0]:m[1]])
			if kinds[k].name != "private key" && placeholder(tok) {
				continue
			}
			c.report(start+m[0], "%s in memory: %s; it is sent to the model with every request and usually committed — remove it and rotate it", kinds[k].name, redact(tok))
		}
	}
	// Kinds whose literal starts with a rare capital: plain bytes.Index.
	for k, kind := range kinds {
		lit := kind.literal
		if kind.anchor != 0 {
			continue
		}
		for pos := 0; pos < len(src); {
			i := bytes.Index(src[pos:], []byte(lit))
			if i < 0 {
				break
			}
			check(k, pos+i)
			pos += i + len(lit)
		}
	}
	// The others: one IndexByte pass per anchor byte, checking each kind's
	// literal around every anchor.
	for _, anchor := range []byte{'-', '_', '/'} {
		var ks []int
		for k, kind := range kinds {
			if kind.anchor == anchor {
				ks = append(ks, k)
			}
		}
		for pos := 0; pos < len(src); {
			i := bytes.IndexByte(src[pos:], anchor)
			if i < 0 {
				break
			}
			pos += i + 1
			if pos < 2 || src[pos-2] < 'A' && src[pos-2] != '-' {
				continue // every literal has a letter (or "-----") before its anchor
			}
			for _, k := range ks {
				lit := kinds[k].literal
				ai := strings.LastIndexByte(lit, anchor)
				at := pos - 1 - ai
				if at < 0 || at+len(lit) > len(src) || src[pos-2]|0x20 != lit[ai-1]|0x20 {
					continue
				}
				if string(src[at:at+len(lit)]) == lit || kinds[k].name == "AWS secret access key" && bytes.EqualFold(src[at:at+len(lit)], []byte(lit)) {
					check(k, at)
				}
			}
		}
	}
}

// placeholder spots documentation examples such as sk-ant-xxxxxxxx….
func placeholder(tok string) bool {
	l := strings.ToLower(tok)
	if strings.Contains(l, "xxxx") || strings.Contains(l, "example") || strings.Contains(l, "your") || strings.Contains(l, "0000000") {
		return true
	}
	digits, letters := 0, 0
	for _, r := range tok {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return digits == 0 || letters == 0
}

// redact keeps a recognisable prefix and the last four characters:
// sk-ant-…wxyz.
func redact(tok string) string {
	if strings.HasPrefix(tok, "-----BEGIN") {
		return tok
	}
	prefix := tok
	for _, p := range []string{"sk-ant-", "sk-proj-", "sk-svcacct-", "sk-", "github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-", "AKIA", "ASIA", "hooks.slack.com/services/"} {
		if strings.HasPrefix(tok, p) {
			prefix = p
			break
		}
	}
	if prefix == tok {
		prefix = ""
	}
	if len(tok)-len(prefix) <= 8 {
		return prefix + "…"
	}
	return prefix + "…" + tok[len(tok)-4:]
}
