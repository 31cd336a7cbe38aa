package apierror

import "strings"

// expectedAnswers reports a text that shows its errors only as the answers
// it expects: each under a heading "Expected response" (result, output,
// answer, status), and no section of what actually happened anywhere — a
// test scenario, an API specification, a task's definition of done. A bug
// report puts what it got under "Actual behavior" or "Observed", and a
// report that only says what it expected ("Expected behavior: no 529")
// met the error elsewhere: "behavior" is not among the headings.
func expectedAnswers(dc *doc, occs []*occurrence) bool {
	if len(occs) == 0 || !strings.Contains(dc.raw, "xpected") {
		return false // most texts: no such heading ("Expected", "expected")
	}
	// Headings are read on the paste as given (normalising drops their
	// hashes); its lines are the doc's lines unless normalising split or
	// joined some (an errors log, escaped JSON), and then nothing is told.
	raw := strings.TrimSuffix(dc.raw, "\n") // a paste's last line break opens no line
	if strings.Count(raw, "\n")+1 != len(dc.lines) {
		return false
	}
	type heading struct {
		line     int
		expected bool
	}
	var heads []heading
	li := 0
	for line := range strings.SplitSeq(raw, "\n") {
		if h := lowerASCII(headingOf(line)); h != "" {
			for _, p := range actualHeadings {
				if strings.HasPrefix(h, p) {
					return false
				}
			}
			exp := false
			if rest, ok := strings.CutPrefix(h, "expected "); ok {
				for _, w := range expectedObjects {
					exp = exp || strings.HasPrefix(rest, w)
				}
			}
			heads = append(heads, heading{li, exp})
		}
		li++
	}
	for _, o := range occs {
		if o.first < 0 || o.first >= len(dc.lines) || o.log >= 0 {
			return false
		}
		under := false
		for _, h := range heads {
			if h.line > o.first {
				break
			}
			under = h.expected
		}
		if !under {
			return false
		}
	}
	return true
}

// headingOf returns the text of a line that is a heading: a Markdown
// heading, a line in bold, or a short label ending with a colon
// ("Expected response:"); "" for any other line.
func headingOf(line string) string {
	t := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(t, "#"):
		return strings.TrimSpace(strings.TrimLeft(t, "#"))
	case strings.HasPrefix(t, "**") && (strings.HasSuffix(t, "**") || strings.HasSuffix(t, "**:")):
		return strings.Trim(t, "*: ")
	case strings.HasSuffix(t, ":") && words(t) <= 4 && !strings.ContainsAny(t, "{}\"'"):
		return strings.TrimSuffix(t, ":")
	}
	return ""
}

// actualHeadings open a section of what happened (lower case).
var actualHeadings = []string{"actual", "observed", "current behavio", "what happened", "what's wrong", "error messages", "logs"}

// expectedObjects follow "expected" in a heading over the answers a
// specification or a test expects (lower case).
var expectedObjects = []string{"response", "result", "output", "answer", "reply", "status", "error response"}
