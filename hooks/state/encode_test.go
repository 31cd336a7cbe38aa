package state

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state/record"
)

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

// sameDecode compares decode with json.Unmarshal on one line.
func sameDecode(t *testing.T, line []byte) {
	t.Helper()
	got, ok := decode(line)
	var want Record
	wantOK := json.Unmarshal(line, &want) == nil
	if ok != wantOK {
		t.Fatalf("%q: decode ok=%v, json.Unmarshal ok=%v", line, ok, wantOK)
	}
	if !ok {
		return
	}
	_, goff := got.Time.Zone()
	_, woff := want.Time.Zone()
	at, wat := got.Time, want.Time
	got.Time, want.Time = time.Time{}, time.Time{}
	if got != want || !at.Equal(wat) || goff != woff {
		t.Errorf("%q:\ndecode         %+v %v\njson.Unmarshal %+v %v", line, got, at, want, wat)
	}
	// The StopFailure notification's reader, where it reads a line at all,
	// reads it the same.
	if r, ok := record.Decode(line); ok {
		want.Time = wat
		if r != want || !r.Time.Equal(wat) {
			t.Errorf("%q:\nrecord.Decode  %+v\njson.Unmarshal %+v", line, r, want)
		}
	}
}

var decodeSeeds = []string{
	`{"t":"2026-12-03T09:00:00Z","k":"fail","src":"StopFailure","status":529,"until":1796303923,"window":-3}`,
	`{"t":"2026-12-03T09:00:00+05:30","k":"ok"}`,
	`{"k":"fail","msg":"a \"quoted\" \\ line\nnext\t/\/","msg":"second wins"}`,
	`{"K":"fail"}`, `{"k":"fail","Msg":"x"}`, `{"k":"fail","extra":{"a":[1,2]}}`,
	`{"k":"fail","msg":"\u00e9 \ud83c\udf89 \ud800"}`, `{"k":"fail","msg":"bad ` + "\xff" + `"}`,
	`{"k":"fail","status":"529"}`, `{"k":"fail","status":5.29}`, `{"k":"fail","status":1e3}`, `{"k":"fail","status":99999999999999999999}`,
	`{"k":"fail","t":"yesterday"}`, `{"k":"fail","t":1}`, `{"k":null,"msg":null}`, `{"k":1}`,
	`["k","fail"]`, `"k"`, `{"k":"fail"`, `{"k":"fail"} trailing`, ``, `{}`, `{"k":"fail","st\u0061tus":3}`,
}

// TestDecodeMatchesUnmarshal: the reader answers what json.Unmarshal
// answers, on records Encode writes and on lines it never would.
func TestDecodeMatchesUnmarshal(t *testing.T) {
	for _, s := range decodeSeeds {
		sameDecode(t, []byte(s))
	}
	at := time.Date(2026, 12, 3, 9, 4, 5, 6, time.FixedZone("IST", 5*3600+1800))
	for _, s := range []string{"", "plain", "tab\tnl\n", "\x00\x1b[2J", "<a> & b", "é 🎉", "bad \xff", "a\u2028b"} {
		line := Encode(Record{Time: at, Kind: KindFail, Message: s, Advice: s, Status: 500, Until: 7})
		sameDecode(t, line[:len(line)-1])
		// What Encode writes is read without encoding/json, except \u escapes.
		if _, _, sure := decodeFast(line[:len(line)-1]); sure == bytes.Contains(line, []byte(`\u`)) {
			t.Errorf("%s: read by encoding/json=%v", line, !sure)
		}
	}
}

func FuzzDecodeMatchesUnmarshal(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) { sameDecode(t, line) })
}
