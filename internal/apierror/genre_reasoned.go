package apierror

import (
	"slices"
	"strings"
)

// A thread holds the error a user met and the replies to it. A reply often
// reasons about that error in the failure's own words — a guess at its
// cause ("i wonder if you're hitting context limits but litellm is doing
// error handling differently") or an account of when a message shows ("The
// "Request too large" message is expected behavior when a prompt exceeds
// the context window"). Such a sentence names a failure nobody printed:
// the error the user is stuck on is the one shown, not the one guessed.

// reasonedAbout reports an occurrence that is one sentence reasoning about
// an error: a line of running words, outside any UI marker, log, tool
// output or body, with no status of its own, holding a frame of a guess or
// of a condition, and told by nobody who met it ("I keep getting…"). A
// number in its running words ("the server rejects it with a 400") is part
// of the reasoning, not a status printed.
func reasonedAbout(dc *doc, o *occurrence) bool {
	if o.log >= 0 || o.first != o.last || o.first < 0 || o.first >= len(dc.lines) || o.f.validJSON || o.f.status != 0 && o.f.statusFrom != "other" {
		return false
	}
	low := o.lower()
	if strings.ContainsAny(low, "_*") {
		low = emphasis.Replace(low) // "i _wonder_ if": emphasis is no part of the words
	}
	framed := false
	for _, f := range reasoningFrames {
		if strings.Contains(low, f) {
			framed = true
			break
		}
	}
	l := dc.lines[o.first]
	return framed && l.marker == markNone && !l.tool && proseShaped(l.text) && firstPersonSet.scan(o.text, true) == 0
}

var emphasis = strings.NewReplacer("_", "", "*", "")

// reasoningFrames open a guess at a cause or a condition under which a
// message shows (lower case, emphasis removed). Not "maybe" or "might" alone:
// a user's own account hedges too ("maybe a proxy issue? Error: …").
var reasoningFrames = []string{
	// guesses at the cause, addressed to the one who met the error
	"i wonder if ", "i wonder whether ", "i'm wondering if ", "i am wondering if ", "i suspect you", "i suspect that you",
	"you might be hitting", "you may be hitting", "you could be hitting", "you're probably hitting", "you are probably hitting",
	"you're likely hitting", "you are likely hitting", "perhaps you're hitting", "maybe you're hitting", "maybe you are hitting",
	// when a message shows: the behaviour explained, not met
	"is expected behavior when", "is expected behaviour when", "is expected behavior if", "is expected behaviour if",
	"is expected when", "message appears when", "message is shown when", "message shows when", "message shows up when",
	"error appears when", "error is shown when", "error shows up when", "error is raised when", "error is thrown when",
	"error is returned when", "error triggers when", "error is triggered when", "error fires when",
	// what an error usually means or comes from: a reply's explanation
	"this usually means", "this typically means", "this generally means", "this normally means", "this error usually means",
	"it's often due to", "it is often due to", "it's usually due to", "it is usually due to", "it's typically due to",
	"is often caused by", "is usually caused by", "is typically caused by",
}

// dropReasoned leaves out the sentences that reason about an error when the
// paste shows another: the one shown is what the user is stuck on. Alone, a
// sentence keeps its reading (what else the paste says decides).
// The sentences left out are returned too: a status in their words ("so
// the server rejects it with a 400") is the reasoning's, not the error's.
func dropReasoned(dc *doc, occs []*occurrence) (kept []*occurrence, dropped []string) {
	reasoned := func(o *occurrence) bool { return reasonedAbout(dc, o) }
	if !slices.ContainsFunc(occs, reasoned) || !slices.ContainsFunc(occs, func(o *occurrence) bool { return !reasoned(o) }) {
		return occs, nil
	}
	for _, o := range occs {
		if reasoned(o) {
			dropped = append(dropped, strings.TrimSpace(o.text))
		}
	}
	return slices.DeleteFunc(occs, reasoned), dropped
}
