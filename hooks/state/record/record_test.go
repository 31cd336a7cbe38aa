package record

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/leandeps"
)

// TestEncodeMatchesEncodingJSON: the hand encoder writes what encoding/json
// writes for the same Record (HTML escaping off), for every field, empty or
// set, with hostile text and times in any zone.
func TestEncodeMatchesEncodingJSON(t *testing.T) {
	tricky := []string{"", "plain", `quote " and \ backslash`, "tab\tnl\ncr\r bs\b ff\f", "\x00\x1b[2J\x7f",
		"<html> & 'x'", "é 中文 🎉", "bad \xff utf8 \xc3", "line\u2028sep\u2029para"}
	zones := []*time.Location{time.UTC, time.FixedZone("IST", 5*3600+1800), time.FixedZone("m", -7*3600)}
	var recs []Record
	for i, s := range tricky {
		at := time.Date(2026, 12, 3, 9, 4, 5, i*123457, zones[i%len(zones)])
		recs = append(recs, Record{Time: at, Kind: s}, Record{
			Time: at, Kind: KindFail, Source: s, Error: s, Message: s, Details: s, Status: 529 * i, Type: s,
			RequestID: s, Model: s, Advice: s, Window: -i, Key: s, Category: s, Label: s, Next: s, Until: int64(i) << 40,
		})
	}
	recs = append(recs, Record{})
	for _, r := range recs {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		if got := string(appendRecord(nil, r)) + "\n"; got != want.String() {
			t.Errorf("got  %s\nwant %s", got, want.String())
		}
	}
}

// TestToValidUTF8 is strings.ToValidUTF8 with U+FFFD, which this package
// cannot import.
func TestToValidUTF8(t *testing.T) {
	for _, s := range []string{"", "ok", "a\xffb", "\xff\xfe\xfd", "x\xc3", "\xc3\x28 é 🎉\xf0\x9f", "\xed\xa0\x80 surrogate"} {
		if got, want := toValidUTF8(s), strings.ToValidUTF8(s, "\uFFFD"); got != want {
			t.Errorf("toValidUTF8(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzToValidUTF8(f *testing.F) {
	f.Add("a\xffb\xc3")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toValidUTF8(s), strings.ToValidUTF8(s, "\uFFFD"); got != want {
			t.Errorf("toValidUTF8(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestLeanImports: the StopFailure record path links nothing that sorts
// late in import-path order and has init work (strings and bytes bring
// unicode), nor the JSON readers (see the package doc).
func TestLeanImports(t *testing.T) {
	leandeps.Check(t)
}

// TestDecodeReadsWhatEncodeWrites: every record Encode writes decodes to
// itself (in UTC); any other spelling of it is refused.
func TestDecodeReadsWhatEncodeWrites(t *testing.T) {
	at := time.Date(2026, 12, 3, 9, 4, 5, 6, time.UTC)
	for _, r := range []Record{
		{Time: at, Kind: KindFail, Source: "StopFailure", Error: "server_error", Message: "API Error: 500 — \"x\" \\ \x1b[1m é 🎉"},
		{Time: at, Kind: KindAdvice, Key: "k", Category: "overloaded", Label: "529", Next: "/model sonnet", Advice: "a", Until: 1 << 40},
		{Time: at, Kind: KindWindow, Window: 1000000, Status: -3, Type: "t", RequestID: "req_1", Model: "m", Details: "d"},
		{Time: at.Add(-time.Hour), Kind: KindOK},
	} {
		line := Encode(r)
		got, ok := Decode(line[:len(line)-1])
		if !ok || got != r {
			t.Errorf("Decode(%s) = %+v %v, want %+v", line, got, ok, r)
		}
	}
	for _, line := range []string{
		`{"t":"2026-12-03T09:04:05.000000006Z","k":"fail"}`,
		`{"k":"fail","t":"2026-12-03T09:04:05Z"}`,
		`{"t":"2026-12-03T09:04:05Z", "k":"fail"}`,
		`{"t":"2026-12-03T09:04:05Z","k":"fail","k":"ok"}`,
		`{"t":"2026-12-03T09:04:05Z","k":"fail","K":"ok"}`,
		`{"t":"2026-12-03T09:04:05Z","k":"fail","x":1}`,
		`{"t":"2026-12-03T09:04:05Z","k":"f\u0061il"}`,
		`{"t":"2026-12-03T09:04:05Z","k":"fail","status":"500"}`,
		`{"t":"2026-12-03T09:04:05Z","k":"fail","status":5e2}`,
		`{"t":"2026-12-03T09:04:05+01:00","k":"fail"}`,
		`{"t":"2026-12-03T09:04:05Z","k":"fail"`,
		`{"k":"fail"}`,
		``,
	} {
		want := line == `{"t":"2026-12-03T09:04:05.000000006Z","k":"fail"}`
		if _, ok := Decode([]byte(line)); ok != want {
			t.Errorf("Decode(%s) ok = %v, want %v", line, ok, want)
		}
	}
}
