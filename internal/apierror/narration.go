package apierror

import (
	"strings"
	"unicode/utf8"
)

// toldAbout: a sentence in the writer's own words that names a failure
// beside an error the paste prints ("…so I ruled out insufficient 额度",
// under an issue form's log) is talk about that error, not a second one:
// where a printed error (a status, a body, a request id) is shown, such a
// sentence is thin, and the printed error is diagnosed. Alone, it still
// counts.
func toldAbout(dc *doc, occs []*occurrence) {
	printed := false
	for _, o := range occs {
		if !o.thin && o.printed() {
			printed = true
			break
		}
	}
	if !printed {
		return
	}
	for _, o := range occs {
		if !o.printed() && o.sentence(dc) {
			o.thin = true
		}
	}
}

// printed reports an error shown as a program printed it: a status read
// off the text, an error body, a page or a request id.
func (o *occurrence) printed() bool {
	return o.f.status != 0 && o.f.statusFrom != "implied" || o.f.errType != "" || o.f.validJSON || o.f.bareObject ||
		o.f.bareError || o.f.html || o.f.requestID != ""
}

// sentence reports an occurrence that is one line of running text found by
// a word of the catalogue, not by a program's wording: no UI marker, no
// label before it ("Error:", "报错:"), no body, and written as a sentence —
// English prose, or a run of CJK text long enough to be one.
func (o *occurrence) sentence(dc *doc) bool {
	if o.rule == nil || o.rule.ui || o.log >= 0 || o.first != o.last || o.first >= len(dc.lines) {
		return false
	}
	if l := dc.lines[o.first]; l.marker != markNone || l.tool {
		return false
	}
	text := strings.TrimSpace(o.text)
	if strings.ContainsAny(text, ":：{}[]<>=|") {
		return false
	}
	if !hasCJK(text) {
		return proseShaped(text)
	}
	return utf8.RuneCountInString(text) >= 16
}
