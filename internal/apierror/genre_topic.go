package apierror

import "strings"

// namedAsTopic reports an occurrence whose strong wording is quoted in a
// sentence that makes it a topic, not an account: what a change handles
// ("Add retry for `Rate limit exceeded after max retries` errors"), a
// message someone finds confusing ("The `Missing Authorization header`
// message is confusing"), what a relay should return, what users often
// see. The sentence before the quote gives advice or describes (the words
// of adviceSentence), or a noun after it names the quoted wording as a kind
// of error or message. A report tells its writer's run ("I keep getting
// `…`"), or what keeps happening ("Getting `…` errors again since 2.1"):
// those still count.
func namedAsTopic(o *occurrence) bool {
	if o.rule == nil {
		return false
	}
	low := o.lower()
	if writerIn(low) || firstPersonSet.scan(o.text, true) != 0 {
		return false
	}
	for i, end := range quotedSpans(low) {
		inner, after := low[i+1:end], low[end+1:]
		before := low[strings.LastIndexAny(low[:i], ".!?:;\n")+1 : i]
		if wordingOf(o.rule, inner) {
			if reportWordIn(before) {
				return false
			}
			return topicAdvice(before) || topicNounAt(after, changeVerbIn(before))
		}
	}
	return false
}

// topicAdvice reports the start of a sentence that gives advice
// (adviceSentence), where "you" alone does not count: a report says "you get
// `…` every time" of its own runs; "if you see `…`" and "you can …" advise.
func topicAdvice(before string) bool {
	s := " " + before + " "
	if !adviceSentence(s) {
		return false
	}
	if !strings.Contains(s, " you ") && !strings.Contains(s, " you'll ") {
		return true
	}
	return adviceSentence(strings.NewReplacer(" you ", " ", " you'll ", " ").Replace(s))
}

// wordingOf reports one of the entry's phrases inside s (lower case), the
// way the catalogue matches them: blanks left out.
func wordingOf(e *entry, s string) bool {
	sq := strings.ReplaceAll(s, " ", "")
	for _, p := range e.any {
		if strings.Contains(sq, strings.ReplaceAll(lowerASCII(p), " ", "")) {
			return true
		}
	}
	return false
}

// topicNounAt reports a noun right after a quoted wording that names it as
// a kind of thing: "the `…` message", "the `…` case", and "`…` errors" after
// a verb of a change (changed): "Intermittent `…` errors" titles a report.
func topicNounAt(after string, changed bool) bool {
	nouns := []string{" message", " messages", " case", " cases"}
	if changed {
		nouns = append(nouns, " error", " errors", " response", " responses", " exception", " exceptions")
	}
	for _, n := range nouns {
		if strings.HasPrefix(after, n) && (len(after) == len(n) || !isAlnum(after[len(n)])) {
			return true
		}
	}
	return false
}

// changeVerbIn reports a verb of a change to how errors are handled (lower
// case): what a pull request or a task says it does.
func changeVerbIn(s string) bool {
	for _, w := range [...]string{"add", "adds", "added", "retry", "retries", "catch", "catches", "detect", "detects", "classify",
		"classifies", "map", "maps", "treat", "treats", "support", "supports", "surface", "surfaces", "parse", "parses"} {
		if hasWord(s, w) {
			return true
		}
	}
	return false
}

// reportWordIn reports a word that tells of a failure going on (lower
// case): the progressive and past of meeting one, and its persistence.
func reportWordIn(s string) bool {
	for _, w := range [...]string{"getting", "got", "seeing", "saw", "hitting", "hit", "received", "receiving", "keep", "keeps", "kept",
		"still", "again", "suddenly", "started", "since", "now"} {
		if hasWord(s, w) {
			return true
		}
	}
	return false
}
