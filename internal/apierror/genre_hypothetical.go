package apierror

import (
	"iter"
	"strings"
)

// namedAsConsequence reports an occurrence that is a sentence naming an
// error, in quotes, as what would follow from a condition, not one the
// writer met: "if the upstream stays overloaded, accounts get marked
// unavailable, leading to the "No available accounts" error". An analysis
// of a program (a maintainer's, or one an assistant wrote and the user
// pasted) names its errors so; a failure is printed, or told in the first
// person. Only a line of running words, outside any UI marker, log or tool
// output, whose condition ("if", "when", "once") opens before the quoted
// name and whose error is that name's: the sentence without it names no
// error of the same kind.
func namedAsConsequence(dc *doc, o *occurrence) bool {
	if o.log >= 0 || o.first != o.last || o.first < 0 || o.first >= len(dc.lines) || o.f.validJSON || o.f.requestID != "" {
		return false
	}
	low := o.lower()
	q, qc := quotedErrorName(low), byte('"')
	if q < 0 {
		// The wording a service answers with, quoted in a rule that says
		// when it does: "If the header is absent the proxy answers 401
		// with `Missing Authorization header`." The status is the rule's.
		if q, qc = quotedAnswer(low); q >= 0 && writerIn(low) {
			return false // "If I run it the proxy returns `…`": what the writer met
		}
	} else if o.f.status != 0 {
		return false
	}
	if q < 0 {
		return false
	}
	cond := false
	for _, c := range consequenceConditions {
		if i := strings.Index(low, c); i >= 0 && i < q && (i == 0 || !isAlnum(low[i-1])) {
			cond = true
			break
		}
	}
	l := dc.lines[o.first]
	if !cond || l.marker != markNone || l.tool || !proseShaped(l.text) || firstPersonSet.scan(o.text, true) != 0 {
		return false
	}
	// The sentence with the quoted name left out must not name the same
	// failure: the name decided it.
	end := q + 1 + strings.IndexByte(low[q+1:], qc)
	return !stillNames(o, o.text[:q]+o.text[end+1:])
}

// quotedAnswer returns where a quoted wording ("…" or `…`) opens that the
// sentence gives as what something answers — after a present-tense answer
// verb in the same sentence ("answers 401 with `…`", "responds with …
// "…"", "returns `…`") — and its closing quotation mark, or -1. A report
// tells what it got in the past tense or in the first person.
func quotedAnswer(low string) (int, byte) {
	for i := range quotedSpans(low) {
		start := strings.LastIndexAny(low[:i], ".!?") + 1
		for _, v := range presentAnswerVerbs {
			if wordAt(low[start:i], v, 0) >= 0 {
				return i, low[i]
			}
		}
	}
	return -1, 0
}

// quotedSpans yields, in order, where each quotation in s ("…" or `…`)
// opens and where its closing mark is; an unclosed mark ends them.
func quotedSpans(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c != '"' && c != '`' {
				continue
			}
			j := strings.IndexByte(s[i+1:], c)
			if j < 0 || !yield(i, i+1+j) {
				return
			}
			i += j + 1
		}
	}
}

// writerIn reports the writer in a sentence (lower case): "i", "i'm",
// "my", "me" as words.
func writerIn(low string) bool {
	for _, w := range [...]string{"i", "i'm", "i've", "my", "me"} {
		if hasWord(low, w) {
			return true
		}
	}
	return false
}

// presentAnswerVerbs say what a service or a program answers as a rule
// (lower case): a description's present tense.
var presentAnswerVerbs = []string{"answers", "returns", "responds", "replies", "rejects", "raises", "throws", "fails with"}

// stillNames reports whether rest, the occurrence's sentence with a part
// left out, still names the occurrence's failure: when it does not, the
// part left out decided it.
func stillNames(o *occurrence, rest string) bool {
	rs := rules.get()
	lines := normalise(rest)
	if len(lines) == 0 {
		return false
	}
	set := newDoc(lines, rs).phrases(rs, 0, len(lines)-1)
	r := rs.msg.first(set)
	if r == nil {
		r = rs.fb.first(set)
	}
	return r != nil && r.cat == o.cat
}

// consequenceConditions open the condition of a sentence that says what
// would follow (lower case, as words).
var consequenceConditions = []string{"if ", "when ", "once ", "whenever "}

// quotedErrorName returns where a quoted name of an error opens in low —
// `the "…" error` (or errors, message, response) — or -1.
func quotedErrorName(low string) int {
	for off := 0; ; {
		i := strings.Index(low[off:], `the "`)
		if i < 0 {
			return -1
		}
		open := off + i + len(`the `)
		j := strings.IndexByte(low[open+1:], '"')
		if j < 0 {
			return -1
		}
		after := low[open+1+j+1:]
		for _, w := range []string{" error", " message", " response"} {
			if strings.HasPrefix(after, w) {
				return open
			}
		}
		off = open + 1
	}
}

// namedAsComparison reports an occurrence whose error is named only to
// compare the one met with it: "it felt similar to the 429 throttling
// exception", "a capacity refusal, unlike a rate limit". The writer
// met the other one; this one is what it was not, or only resembled. Only
// a line of running words, outside any UI marker, log or tool output,
// whose error is in the comparison's part: the sentence without it names
// no error of the same kind.
func namedAsComparison(dc *doc, o *occurrence) bool {
	if o.log >= 0 || o.first != o.last || o.first < 0 || o.first >= len(dc.lines) || o.f.validJSON || o.f.status != 0 && o.f.statusFrom != "implied" {
		return false
	}
	low := o.lower()
	for _, f := range comparisonFrames {
		i := strings.Index(low, f)
		if i < 0 || i > 0 && isAlnum(low[i-1]) {
			continue
		}
		if l := dc.lines[o.first]; l.marker != markNone || l.tool || !proseShaped(l.text) {
			return false
		}
		// The compared part runs to the end of its sentence.
		end := len(low)
		if j := strings.IndexAny(low[i:], ".;!?"); j >= 0 {
			end = i + j
		}
		return !stillNames(o, o.text[:i]+o.text[end:])
	}
	return false
}

// comparisonFrames open the part of a sentence that names something the
// thing met is compared with (lower case).
// Not "instead of": a notice says what was found in place of what was
// expected ("a TLS certificate … instead of the one you trusted").
var comparisonFrames = []string{"similar to ", "similar somehow to ", "somehow similar to ", "akin to ", "unlike ",
	"as opposed to ", "different from ", "mistaken for ", "confused with "}
