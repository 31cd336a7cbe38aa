package hooks

import (
	"encoding/hex"
	"hash/fnv"
	"io"
	"strconv"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/apierror"
)

// adviceSchema versions cached advice records: bump it whenever Advise's
// output or adviceKey's inputs change shape, so old records are recomputed.
const adviceSchema = 1

// compute is what a cache miss runs; tests count its calls.
var compute = Advise

// advise is Advise for the status line and the prompt hook. Both run many
// times over the same pending failure, and classifying it means building the
// catalogue (a few milliseconds, more than the status line's budget), so the
// first process to classify a streak appends the result to the session's
// state file (a KindAdvice record keyed by adviceKey) and later ones reuse
// it. A cached Advice carries no Diagnosis: these callers show its text,
// label and next step only.
func (rt Runtime) advise(s Situation, recs []state.Record, path, source string) (Advice, bool) {
	if len(s.Failures) == 0 || path == "" {
		return Advise(s) // context advice: no catalogue involved
	}
	key := adviceKey(s, rt.build())
	now := rt.now()
	for i := len(recs) - 1; i >= 0; i-- {
		r := recs[i]
		if r.Kind == state.KindAdvice && r.Key == key && (r.Until == 0 || now.Unix() < r.Until) {
			return Advice{Category: apierror.Category(r.Category), Text: r.Advice, Label: r.Label, Next: r.Next}, true
		}
	}
	a, ok := compute(s)
	if !ok {
		return a, ok
	}
	rec := state.Record{Time: now, Kind: state.KindAdvice, Source: source, Key: key,
		Category: string(a.Category), Label: a.Label, Next: a.Next, Advice: a.Text}
	// A reset time Claude Code gave as a clock ("resets 3pm") is resolved
	// against now: once it has passed, the same failure reads differently.
	if ra := a.Diagnosis.ResetsAt; ra != nil {
		if t, err := time.Parse(time.RFC3339, *ra); err == nil && t.After(now) {
			rec.Until = t.Unix()
		} else {
			return a, true // nothing stable to cache
		}
	}
	b := state.Encode(rec)
	// Only a record that reads back whole is worth keeping (Encode cuts
	// fields that do not fit).
	if back := state.Parse(b, false); len(back) == 1 && sameRecord(back[0], rec) {
		if err := state.Append(path, b); err != nil {
			rt.note("cannot write state: %v", err)
		}
	}
	return a, true
}

// adviceKey fingerprints every input of Advise that can change its answer
// for a failure streak: the failures, the model, the environment it reads
// (API key set, base URL, headless, retries), the open incidents, the
// build of ccdiag and the cache schema. Context size is left out: Advise
// reads it only when nothing failed. The current time is covered by the
// record's Until.
func adviceKey(s Situation, build string) string {
	h := fnv.New128a()
	w := func(parts ...string) {
		for _, p := range parts {
			io.WriteString(h, strconv.Itoa(len(p)))
			io.WriteString(h, ":")
			io.WriteString(h, p)
		}
	}
	itoa := strconv.Itoa
	w(itoa(adviceSchema), build, itoa(s.Earlier), s.Model, strconv.FormatBool(s.SingleExchange), s.BaseURL,
		strconv.FormatBool(s.APIKeySet), strconv.FormatBool(s.Headless), itoa(s.MaxRetries), itoa(len(s.Failures)))
	for _, f := range s.Failures {
		w(strconv.FormatInt(f.Time.UnixNano(), 10), strconv.FormatBool(f.Time.IsZero()), f.Kind, itoa(f.Status),
			f.Type, f.Message, f.Details, f.RequestID, f.Model)
	}
	if st := s.Status; st != nil {
		w("status", itoa(len(st.Incidents)))
		for _, in := range st.Incidents {
			w(in.Name, in.URL, in.Impact, itoa(len(in.Families)))
			w(in.Families...)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// build names the running build of ccdiag ("" when unknown).
func (rt Runtime) build() string {
	if rt.Build == nil {
		return ""
	}
	return rt.Build()
}

// sameRecord compares two records but for their times, which a JSON round
// trip changes in representation only.
func sameRecord(a, b state.Record) bool {
	a.Time, b.Time = time.Time{}, time.Time{}
	return a == b
}
