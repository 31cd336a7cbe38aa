package apierror

import (
	"strings"
	"unicode/utf8"
)

// toldAbout: a sentence in the writer's own words beside an error the
// paste prints (a status, a body, a page, a request id) is talk about that
// error, not a second one, so it is thin and the printed error is
// diagnosed. Such a sentence names a failure by a catalogue word that is no
// program's own ("…so I ruled out insufficient 额度" under an issue form's
// log), or retells, in any words, the failure printed above it outside a
// log (the title's "API Error: Repeated 529 Overloaded errors", then "I'm
// getting 529 overloaded errors despite…": the printed notice says more,
// its status and who answered). A sentence in a program's words that names
// another failure than the one printed ("After fixing the key, I keep
// running into 529 overloaded errors" under a printed 401), or stands
// above a log of its failure (Claude Code's notice over the /bug errors
// log), is the error met; alone, a sentence still counts.
//
// A thread's reply that opens by agreeing ("same, …", "me too", "+1") is
// another reader's report: beside an error the thread printed, what it
// names is theirs, not the failure the paste is about.
func toldAbout(dc *doc, occs []*occurrence) {
	if len(occs) < 2 {
		return
	}
	// printed scans an occurrence's text: once each, not once per pair.
	printed := make([]bool, len(occs))
	for i, o := range occs {
		printed[i] = o.printed()
	}
	for i, o := range occs {
		if o.thin || printed[i] {
			continue
		}
		if o.meToo(dc) {
			for j, p := range occs {
				if j != i && !p.thin && printed[j] && !p.meToo(dc) {
					o.thin = true
					break
				}
			}
			continue
		}
		if !o.sentence(dc) {
			continue
		}
		for j, p := range occs {
			if j != i && !p.thin && printed[j] && (!o.rule.ui || p.cat == o.cat && j < i && p.log < 0) {
				o.thin = true
				break
			}
		}
	}
}

// printed reports an error shown as a program printed it: a status read
// off the text, an error body, a page or a request id — or the AWS SDK's
// printed ClientError, "An error occurred (<Code>) when calling the <Op>
// operation: <message>" (botocore/exceptions.py's MSG_TEMPLATE), which
// clients relay without the status.
func (o *occurrence) printed() bool {
	return o.f.status != 0 && o.f.statusFrom != "implied" || o.f.errType != "" || o.f.validJSON || o.f.bareObject ||
		o.f.bareError || o.f.html || o.f.requestID != "" || awsClientError(o.lower())
}

// awsClientError reports botocore's ClientError message in folded text.
func awsClientError(low string) bool {
	i := strings.Index(low, "an error occurred (")
	return i >= 0 && strings.Contains(low[i:], ") when calling the ")
}

// sentence reports an occurrence that is one line of running text found by
// a word of the catalogue: no UI marker, no label before it ("Error:",
// "报错:"), no body, and written as a sentence — English prose, or a run of
// CJK text long enough to be one.
func (o *occurrence) sentence(dc *doc) bool {
	if o.rule == nil || o.log >= 0 || o.first != o.last || o.first >= len(dc.lines) {
		return false
	}
	if l := dc.lines[o.first]; l.marker != markNone || l.tool {
		return false
	}
	text := strings.TrimSpace(o.text)
	if strings.ContainsAny(text, "{}[]<>=|") {
		return false
	}
	if !hasCJK(text) {
		return proseShaped(text) // a label before it is no prose
	}
	return !strings.ContainsAny(text, ":：") && utf8.RuneCountInString(text) >= 16
}

// meTooOpenings open a reply that agrees with the thread before it.
var meTooOpenings = []string{"same,", "same here", "same issue", "same problem", "same error", "same for me", "same thing", "me too", "+1",
	// Chinese, Japanese and Korean replies: "同样的问题", "我也是", "同问",
	// "私も同じ", "저도 같은".
	"同样", "同樣", "我也", "同问", "一样的问题", "一樣的問題", "私も", "同じく", "저도", "나도"}

// meToo reports an occurrence on one line of running text that opens with a
// reply's agreement ("same, showing …", "Same here: …").
func (o *occurrence) meToo(dc *doc) bool {
	if o.rule == nil || o.log >= 0 || o.first != o.last || o.first >= len(dc.lines) {
		return false
	}
	if l := dc.lines[o.first]; l.marker != markNone || l.tool {
		return false
	}
	low := strings.TrimLeft(o.lower(), " >*-")
	for _, w := range meTooOpenings {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}
