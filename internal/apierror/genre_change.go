package apierror

import "strings"

// titledCommit reports a text whose first line is a Conventional Commits
// subject: a type of @commitlint/config-conventional's type-enum, an
// optional "(scope)" and "!", ": ", then a lower-case subject ("docs: add
// a 403 troubleshooting note", "fix(container): raise the cap"). Pull
// requests and commits are titled so; they describe a change and quote the
// errors it handles. Only the first line: a log may print "test: …"
// anywhere. A subject that opens with an error word is a tool's output
// ("build: error: …").
func titledCommit(dc *doc) bool {
	for _, l := range dc.lines {
		if l.blank || l.text == "" {
			continue
		}
		t := strings.TrimLeft(l.text, "#*- ")
		for _, ty := range commitTypes {
			rest, ok := strings.CutPrefix(t, ty)
			if !ok {
				continue
			}
			if strings.HasPrefix(rest, "(") {
				end := strings.IndexByte(rest, ')')
				if end < 0 || end > 40 {
					return false
				}
				rest = rest[end+1:]
			}
			rest = strings.TrimPrefix(rest, "!")
			subject, ok := strings.CutPrefix(rest, ": ")
			if !ok || subject == "" || subject[0] < 'a' || subject[0] > 'z' {
				return false
			}
			low := lowerASCII(subject)
			return !strings.HasPrefix(low, "error") && !strings.HasPrefix(low, "fail")
		}
		return false
	}
	return false
}

// commitTypes: the type-enum of @commitlint/config-conventional
// (conventional-changelog/commitlint, @commitlint/config-conventional).
var commitTypes = []string{"build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"}

// closesIssue reports a line that is only a closing keyword and the issues
// it closes ("Fixes #3023.", "Closes owner/repo#12", "Resolves
// https://github.com/o/r/issues/7"): GitHub links a pull request to an
// issue by these keywords in its description ("Linking a pull request to
// an issue using a keyword": close, closes, closed, fix, fixes, fixed,
// resolve, resolves, resolved; conventional-changelog's hosts/github.json
// lists the same). A pull request says so; a report quotes its own
// failure, not an issue it closes.
func closesIssue(dc *doc) bool {
	for _, l := range dc.lines {
		t := strings.TrimLeft(l.text, "-*• ")
		sp := strings.IndexByte(t, ' ')
		if sp < 0 || sp > 9 {
			continue
		}
		kw := strings.TrimSuffix(lowerASCII(t[:sp]), ":")
		if !closingKeywords[kw] {
			continue
		}
		if issueList(strings.TrimRight(t[sp+1:], ". ")) {
			return true
		}
	}
	return false
}

// closingKeywords are GitHub's issue-closing keywords (lower case).
var closingKeywords = map[string]bool{"close": true, "closes": true, "closed": true, "fix": true, "fixes": true,
	"fixed": true, "resolve": true, "resolves": true, "resolved": true}

// issueList reports text made only of issue references, "#12",
// "owner/repo#12" or an issue's URL, separated by commas or "and".
func issueList(s string) bool {
	if s == "" {
		return false
	}
	for ref := range strings.FieldsSeq(strings.ReplaceAll(s, ",", " ")) {
		if ref == "and" {
			continue
		}
		if i := strings.LastIndex(ref, "/issues/"); i >= 0 && strings.Contains(ref[:i], "github.com/") {
			ref = "#" + ref[i+len("/issues/"):]
		} else if i := strings.IndexByte(ref, '#'); i > 0 && strings.Count(ref[:i], "/") == 1 {
			ref = ref[i:]
		}
		num, ok := strings.CutPrefix(ref, "#")
		if !ok || num == "" || !digitsAt(num, 0, len(num)) {
			return false
		}
	}
	return true
}

// environmentLabel reports a line that opens with the label "Environment:"
// over what the writer ran ("Environment: `claude` CLI 2.1.179;
// ANTHROPIC_BASE_URL=…"), as bug templates' "## Environment" heads it.
// Capitalised, as a label: a YAML key is written "environment:".
func environmentLabel(dc *doc) bool {
	for _, l := range dc.lines {
		if strings.HasPrefix(strings.TrimLeft(l.text, "-*• "), "Environment:") {
			return true
		}
	}
	return false
}
