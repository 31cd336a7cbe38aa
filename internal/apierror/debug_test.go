package apierror

import (
	"os"
	"testing"
)

// TestDebugDump prints how a file is read: CCDIAG_DEBUG=path go test -run DebugDump -v
func TestDebugDump(t *testing.T) {
	path := os.Getenv("CCDIAG_DEBUG")
	if path == "" {
		t.Skip("set CCDIAG_DEBUG")
	}
	raw, _ := os.ReadFile(path)
	text := string(raw)
	if i := indexSep(text); i >= 0 {
		text = text[i:]
	}
	rs := rules.get()
	dc := newDoc(normalise(text), rs)
	for i, l := range dc.lines {
		t.Logf("%3d st=%v ind=%d mk=%c log=%d tool=%v trail=%v %q", i, dc.start[i], l.indent, max(l.marker, ' '), l.log, l.tool, l.trail, l.text)
	}
	for _, s := range dc.segments(rs) {
		o := evaluate(dc, s, rs, Options{}, false, readHints(dc, rs, text))
		if o == nil {
			t.Logf("seg %d-%d: not an error", s.first, s.last)
			continue
		}
		rid := ""
		if o.rule != nil {
			rid = o.rule.id
		}
		t.Logf("seg %d-%d: cat=%s rule=%s status=%d(%s) type=%s req=%s thin=%v header=%v", s.first, s.last, o.cat, rid, o.f.status, o.f.statusFrom, o.f.errType, o.f.requestID, o.thin, o.header)
	}
	d := Diagnose(text, Options{})
	t.Logf("=> %s %v", d.Category, d.Summary)
}

func indexSep(s string) int {
	for i := 0; i+5 <= len(s); i++ {
		if s[i:i+5] == "\n---\n" {
			return i + 5
		}
	}
	return -1
}
