package apierror

import (
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // "resets 3:30am (Asia/Calcutta)" must resolve on machines without zoneinfo
)

// retryAfter returns the seconds to wait the error names: Claude Code's
// "Retrying in N seconds…", a retry-after header in a dump (any syntax: a
// raw header line, JSON, a Python dict), or "retry after N seconds" /
// "retry in Ns" in a provider's message. The last mention wins: it is the
// newest. ok is false when none is named.
func retryAfter(text string) (int, bool) {
	// Exact-case variants, not a lowered copy: pastes are up to 1 MiB. Every
	// key is r or R then "etry" or "ETRY", so two searches find them all;
	// the last one that names a number wins.
	best, at := 0, -1
	var from [len(retryKeys)]int // a key's mentions do not overlap ("retry-afteretry-after")
	for _, stem := range [...]string{"etry", "ETRY"} {
		for off := 1; off < len(text); {
			k := strings.Index(text[off:], stem)
			if k < 0 {
				break
			}
			i := off + k - 1 // where the key would start
			off += k + 1
			if text[i] != 'r' && text[i] != 'R' {
				continue
			}
			for ki, key := range retryKeys {
				if strings.HasPrefix(text[i:], key) {
					if i < from[ki] {
						break
					}
					from[ki] = i + len(key)
					if n, ok := secondsAt(text[i+len(key):]); ok && i > at {
						best, at = n, i
					}
					break // no two keys start at the same place
				}
			}
		}
	}
	return best, at >= 0
}

var retryKeys = [...]string{"Retrying in ", "retrying in ", "retry-after", "Retry-After", "retry_after", "RETRY_AFTER",
	"retry after ", "Retry after ", "retry in ", "Retry in ",
	// Google's google.rpc.RetryInfo detail (google/rpc/error_details.proto:
	// "retry_delay", the time clients should wait), in its JSON form
	// ("retryDelay": "37s", a Duration) and its text form as
	// python-api-core and grpc-go print the details (retry_delay {
	// seconds: 41 }).
	"retryDelay", "retry_delay { seconds: ", "retry_delay:{seconds:"}

// secondsAt reads a number of seconds at the start of s, after separators a
// header dump puts there (`: `, `": "`, `=`): "4 seconds", "30s", "35.8s", "12".
func secondsAt(s string) (int, bool) {
	i := 0
	for i < len(s) && i < 6 && strings.IndexByte(" :=\"'\t", s[i]) >= 0 {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
		j++
	}
	if j == i {
		return 0, false
	}
	f, err := strconv.ParseFloat(s[i:j], 64)
	if err != nil || f < 0 || f > 7*24*3600 {
		return 0, false
	}
	rest := strings.TrimLeft(s[j:], " ")
	switch {
	case strings.HasPrefix(rest, "ms"), strings.HasPrefix(rest, "millisecond"):
		f /= 1000
	case strings.HasPrefix(rest, "min"):
		f *= 60
	case strings.HasPrefix(rest, "hour"), strings.HasPrefix(rest, "h "):
		f *= 3600
	}
	n := int(f)
	if float64(n) < f {
		n++ // round up: waiting a little longer is safe, shorter is not
	}
	return n, true
}

// resetsAt turns a reset time into an instant. reset is what findReset read
// ("3:30am (Asia/Calcutta)", "Feb 7, 11am (Asia/Seoul)", "2026-01-05 10:00
// UTC"); text is searched for header forms (anthropic-ratelimit-*-reset).
// Times of day and dates without a year are resolved against now, as the
// next such instant; without now (nil) only absolute forms resolve.
func resetsAt(reset, text string, now func() time.Time) (time.Time, bool) {
	if t, ok := resetHeader(text); ok {
		return t, true
	}
	if reset == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse("2006-01-02 15:04 MST", reset); err == nil {
		return t, true
	}
	if t, err := time.Parse(time.RFC3339, reset); err == nil {
		return t, true
	}
	// The zone Claude Code names in parentheses.
	loc, clock := (*time.Location)(nil), reset
	if i := strings.LastIndexByte(reset, '('); i >= 0 {
		if j := strings.IndexByte(reset[i:], ')'); j > 0 {
			if l, err := time.LoadLocation(strings.TrimSpace(reset[i+1 : i+j])); err == nil {
				loc = l
			}
			clock = strings.TrimSpace(reset[:i])
		}
	}
	if strings.HasSuffix(clock, " UTC") || strings.HasSuffix(clock, " GMT") {
		loc, clock = time.UTC, strings.TrimSpace(clock[:len(clock)-4])
	}
	if loc == nil || now == nil {
		return time.Time{}, false
	}
	clock = strings.Join(strings.Fields(strings.NewReplacer(",", " ", " at ", " ").Replace(clock)), " ")
	ref := now().In(loc)
	// A time of day: the next one.
	for _, layout := range []string{"3pm", "3:04pm", "3 pm", "3:04 pm", "15:04"} {
		if t, err := time.ParseInLocation(layout, strings.ToLower(clock), loc); err == nil {
			at := time.Date(ref.Year(), ref.Month(), ref.Day(), t.Hour(), t.Minute(), 0, 0, loc)
			if at.Before(ref.Add(-time.Minute)) {
				at = at.AddDate(0, 0, 1)
			}
			return at, true
		}
	}
	// A date and a time, without a year: the next one (or a recent past one).
	for _, layout := range []string{"Jan 2 3pm", "Jan 2 3:04pm", "Jan 2 15:04", "January 2 3pm", "January 2 3:04pm"} {
		if t, err := time.ParseInLocation(layout, clock, loc); err == nil {
			at := time.Date(ref.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, loc)
			if at.Before(ref.AddDate(0, -6, 0)) {
				at = at.AddDate(1, 0, 0)
			}
			return at, true
		}
	}
	return time.Time{}, false
}

// resetHeader reads an anthropic-ratelimit-*-reset header from a dump: RFC
// 3339 on the API, epoch seconds for Claude subscriptions (-unified-reset).
func resetHeader(text string) (time.Time, bool) {
	for _, key := range []string{"anthropic-ratelimit-", "Anthropic-Ratelimit-"} {
		for off := 0; ; {
			i := strings.Index(text[off:], key)
			if i < 0 {
				break
			}
			i += off
			off = i + len(key)
			rest := text[i:]
			end := strings.IndexAny(rest, " \t:\"'=")
			if end <= 0 || !strings.HasSuffix(strings.ToLower(rest[:end]), "-reset") {
				continue
			}
			v := strings.TrimLeft(rest[end:], " \t:\"'=")
			if k := strings.IndexAny(v, " \t\n\"',}"); k >= 0 {
				v = v[:k]
			}
			if t, err := time.Parse(time.RFC3339, v); err == nil {
				return t, true
			}
			if sec, err := strconv.ParseInt(v, 10, 64); err == nil && sec > 1e9 && sec < 1e11 {
				return time.Unix(sec, 0).UTC(), true
			}
		}
	}
	return time.Time{}, false
}
