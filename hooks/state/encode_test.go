package state

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"
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

// TestEncodeWritesUTC: records carry the same instant, written in UTC (a
// local zone is never loaded to write one), and read back whole.
func TestEncodeWritesUTC(t *testing.T) {
	at := time.Date(2026, 12, 3, 9, 4, 5, 6, time.FixedZone("IST", 5*3600+1800))
	b := Encode(Record{Time: at, Kind: KindFail, Message: "API Error: 529 <overloaded> & co"})
	if !bytes.HasPrefix(b, []byte(`{"t":"2026-12-03T03:34:05.000000006Z",`)) {
		t.Errorf("record %s, want the time in UTC", b)
	}
	back := Parse(b, false)
	if len(back) != 1 || !back[0].Time.Equal(at) || back[0].Message != "API Error: 529 <overloaded> & co" {
		t.Errorf("read back %+v", back)
	}
}
