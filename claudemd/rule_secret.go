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
}

var secretKinds = sync.OnceValue(func() []struct {
	secretKind
	re *regexp.Regexp
} {
	kinds := []secretKind{
		{"Anthropic API key", "sk-ant-", `sk-ant-[A-Za-z0-9_-]{20,}`},
		{"OpenAI API key", "sk-proj-", `sk-proj-[A-Za-z0-9_-]{20,}`},
		{"OpenAI API key", "sk-svcacct-", `sk-svcacct-[A-Za-z0-9_-]{20,}`},
		{"OpenAI API key", "T3BlbkFJ", `sk-[A-Za-z0-9_-]{10,}T3BlbkFJ[A-Za-z0-9_-]{10,}`},
		{"AWS access key id", "AKIA", `\b(?:AKIA)[0-9A-Z]{16}\b`},
		{"AWS access key id", "ASIA", `\b(?:ASIA)[0-9A-Z]{16}\b`},
		{"AWS secret access key", "aws_secret_access_key", `(?i)aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}`},
		{"GitHub token", "ghp_", `\bghp_[A-Za-z0-9]{36,}`},
		{"GitHub token", "gho_", `\bgho_[A-Za-z0-9]{36,}`},
		{"GitHub token", "ghu_", `\bghu_[A-Za-z0-9]{36,}`},
		{"GitHub token", "ghs_", `\bghs_[A-Za-z0-9]{36,}`},
		{"GitHub token", "ghr_", `\bghr_[A-Za-z0-9]{36,}`},
		{"GitHub token", "github_pat_", `\bgithub_pat_[A-Za-z0-9_]{22,}`},
		{"Slack token", "xox", `\bxox[abposr]-[A-Za-z0-9-]{10,}`},
		{"Slack webhook", "hooks.slack.com", `hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+`},
		{"private key", "PRIVATE KEY-----", `-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----`},
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

func checkSecrets(c *fileCheck) {
	for _, k := range secretKinds() {
		lit := []byte(k.literal)
		for pos := 0; pos < len(c.src); {
			i := bytes.Index(c.src[pos:], lit)
			if i < 0 {
				break
			}
			at := pos + i
			start, end := lineAt(c.src, at)
			line := c.src[start:end]
			for _, m := range k.re.FindAllIndex(line, -1) {
				tok := string(line[m[0]:m[1]])
				if k.name != "private key" && placeholder(tok) {
					continue
				}
				c.report(start+m[0], "%s in memory: %s; it is sent to the model with every request and usually committed — remove it and rotate it", k.name, redact(tok))
			}
			pos = end + 1
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
