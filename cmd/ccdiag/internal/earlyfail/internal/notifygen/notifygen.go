// Package notifygen builds earlyfail's notification table: it feeds Claude
// Code 2.1.328's StopFailure shapes — each `error` kind crossed with the
// messages it renders (internal/apierror/testdata/vocab: what the real
// binary printed, the templates' samples and literal templates) — through
// hooks.Notification itself, so the table holds the catalogue's advice and
// nothing else. A key whose line changes with the message's tail (the
// server's text, a host) or with the clock is left out: the hook then asks
// hooks.Notification at run time.
package notifygen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyfail"
	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/hooks/state"
)

// Kinds are the StopFailure `error` values Claude Code 2.1.328 sends (its
// hook matcher list).
var Kinds = []string{"rate_limit", "overloaded", "authentication_failed", "oauth_org_not_allowed", "account_on_hold",
	"verification_required", "billing_error", "invalid_request", "model_not_found", "server_error",
	"max_output_tokens", "cloud_credential_error", "unknown"}

// serverStatuses are the "<status> <text>" heads Claude Code renders for a
// server-side failure ("{}: {}. This is a server-side issue, …" in
// templates.txt; 500, 503 and 529 as observed).
var serverStatuses = []string{"500 Internal server error", "502 Bad Gateway", "503 Service Unavailable",
	"504 Gateway Timeout", "529 Overloaded"}

// tails replace what follows a message's head, to check that the line does
// not depend on it: none, and Claude Code's status hint (its gateway hint
// comes only with ANTHROPIC_BASE_URL, which the table leaves out). Server
// text after a head is checked by the samples that share the head.
var tails = []string{"", ". If it persists, check https://status.claude.com."}

// Samples are the messages fed through hooks.Notification, read from the
// vocabulary directory dir.
func Samples(dir string) ([]string, error) {
	s, _, err := read(dir)
	return s, err
}

// serverTexts are the API's own error messages (the "message" of each
// error body in vocab/anthropic.txt), tried after every head that Claude
// Code follows with the server's text: "Request rejected (429) · You have
// reached your spend limit." is a spend limit, not a rate limit.
func serverTexts(dir string) ([]string, error) {
	ls, err := lines(filepath.Join(dir, "anthropic.txt"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range ls {
		for _, m := range messageRE.FindAllStringSubmatch(l, -1) {
			if !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
		}
	}
	return out, nil
}

var messageRE = regexp.MustCompile(`"message":"([^"\\]*)"`)

// read returns the samples and the heads that a template's placeholder
// follows directly: where the server's text goes.
func read(dir string) (samples, serverTail []string, err error) {
	var out []string
	add := func(s string) {
		// Claude Code hints at the gateway only under ANTHROPIC_BASE_URL,
		// which the table leaves to hooks.Notification.
		if s != "" && !strings.Contains(s, "check your inference gateway") && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	real, err := lines(filepath.Join(dir, "claudecode-real.txt"))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range real {
		if i := strings.LastIndex(l, " => "); i > 0 {
			add(l[:i])
		}
	}
	expect, err := lines(filepath.Join(dir, "claudecode", "expect.txt"))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range expect {
		tmpl, meaning, ok := strings.Cut(l, " => ")
		if !ok || strings.HasPrefix(meaning, "none") || strings.HasPrefix(meaning, "skip:") || strings.HasPrefix(tmpl, "re:") {
			continue
		}
		if _, sample, ok := strings.Cut(meaning, " ~ "); ok {
			add(sample)
		}
		t, err := strconv.Unquote(`"` + tmpl + `"`)
		if err != nil {
			continue
		}
		for _, part := range strings.Split(t, "{}")[:max(0, strings.Count(t, "{}"))] {
			part = strings.TrimLeft(strings.TrimSpace(part), ": ")
			if h := earlyfail.NotifyHead(part); h != "" && h == part {
				serverTail = append(serverTail, h)
			}
		}
		// A template whose head is fixed wording: as printed, and after
		// Claude Code's "API Error: " prefix.
		if h := earlyfail.NotifyHead(t); h != "" && !strings.Contains(h, "{}") {
			s := strings.ReplaceAll(t, "{}", "x")
			add(s)
			add("API Error: " + s)
		}
	}
	for _, s := range serverStatuses {
		add("API Error: " + s + ". This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.")
	}
	return out, serverTail, nil
}

func lines(path string) ([]string, error) {
	f, err := os.Open(path) //nolint:gosec // go generate reads the repository's own vocabulary files
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out, sc.Err()
}

// Notification is hooks.Notification for a session whose only failure is
// this one, in the environment the table is for (first-party API, default
// retries, no cached incident), ANTHROPIC_API_KEY set or not, at now; its
// state goes to dir.
func Notification(dir, kind, msg string, apiKeySet bool, now time.Time) ([]byte, error) {
	return Streak(dir, kind, msg, apiKeySet, now, 1, 0)
}

// Streak is Notification for a session whose last n failures, every gap
// apart and the last at now, were all this one.
func Streak(dir, kind, msg string, apiKeySet bool, now time.Time, n int, gap time.Duration) ([]byte, error) {
	payload := Payload(kind, msg)
	for i := n - 1; i >= 0; i-- {
		if _, err := state.RecordStopFailure(payload, dir, now.Add(-time.Duration(i)*gap)); err != nil {
			return nil, err
		}
	}
	env := map[string]string{}
	if apiKeySet {
		env["ANTHROPIC_API_KEY"] = "sk-ant-notifygen"
	}
	rt := hooks.Runtime{Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return now }, StateDir: dir}
	return hooks.Notification(payload, rt), nil
}

var sessions int

// Payload is a StopFailure hook input, of a new session each time.
func Payload(kind, msg string) []byte {
	sessions++
	b, _ := json.Marshal(map[string]string{"hook_event_name": "StopFailure", "session_id": "notifygen-" + strconv.Itoa(sessions),
		"transcript_path": "/nonexistent.jsonl", "cwd": "/p", "error": kind, "last_assistant_message": msg})
	return b
}

// Generate returns the Go source of earlyfail's notifytable.go.
func Generate(vocabDir string) ([]byte, error) {
	samples, serverTail, err := read(vocabDir)
	if err != nil {
		return nil, err
	}
	texts, err := serverTexts(vocabDir)
	if err != nil {
		return nil, err
	}
	// Two clocks a day apart: a line that names a time is left out.
	clocks := []time.Time{time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC), time.Date(2026, 12, 4, 23, 30, 0, 0, time.UTC)}
	dir, err := os.MkdirTemp("", "notifygen")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	lineOf := map[key]string{}
	msgOf := map[key]string{} // the first sample of each key
	bad := map[key]bool{}
	heads := map[string]bool{}
	for _, kind := range Kinds {
		for _, apiKey := range []bool{false, true} {
			for _, s := range samples {
				k := key{kind, earlyfail.NotifyHead(s), apiKey}
				if k.head == "" || bad[k] {
					continue
				}
				if _, ok := msgOf[k]; !ok {
					msgOf[k] = s
				}
				msgs := append([]string{s}, tailed(k.head)...)
				if slices.Contains(serverTail, strings.TrimPrefix(k.head, "API Error: ")) {
					for _, t := range texts {
						msgs = append(msgs, k.head+" · "+t)
					}
				}
				for i, msg := range msgs {
					for _, now := range clocks[:min(len(clocks), 2-min(i, 1))] {
						out, err := Notification(dir, kind, msg, apiKey, now)
						if err != nil {
							return nil, err
						}
						if prev, seen := lineOf[k]; out == nil || seen && prev != string(out) {
							bad[k] = true
						}
						lineOf[k] = string(out)
					}
				}
				if !bad[k] {
					heads[k.head] = true
				}
			}
		}
	}
	kinds := slices.Sorted(slices.Values(Kinds))
	sortedHeads := slices.Sorted(maps.Keys(heads))
	streakOf, err := streaks(dir, kinds, sortedHeads, lineOf, msgOf, bad, clocks[0])
	if err != nil {
		return nil, err
	}
	var text, templates []string
	index, tindex := map[string]int{}, map[string]int{}
	rows := make([][]int, len(sortedHeads))
	srows := make([][]int, len(sortedHeads))
	for h, head := range sortedHeads {
		rows[h] = make([]int, 2*len(kinds))
		srows[h] = make([]int, 2*len(kinds))
		for i, kind := range kinds {
			for j, apiKey := range []bool{false, true} {
				k := key{kind, head, apiKey}
				line, ok := lineOf[k]
				if !ok || bad[k] {
					continue
				}
				if _, ok := index[line]; !ok {
					text = append(text, line)
					index[line] = len(text)
				}
				rows[h][2*i+j] = index[line]
				if t, ok := streakOf[k]; ok {
					if _, ok := tindex[t]; !ok {
						templates = append(templates, t)
						tindex[t] = len(templates)
					}
					srows[h][2*i+j] = tindex[t]
				}
			}
		}
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by go generate (internal/notifygen); DO NOT EDIT.\n\npackage earlyfail\n\n")
	fmt.Fprintf(&b, "// notifyKinds are the StopFailure error kinds, in the order of notifyTable's columns.\nvar notifyKinds = [...]string{\n")
	for _, k := range kinds {
		fmt.Fprintf(&b, "\t%q,\n", k)
	}
	fmt.Fprintf(&b, "}\n\n// notifyLines are the hook outputs, %d distinct lines.\nvar notifyLines = [...]string{\n", len(text))
	for _, t := range text {
		fmt.Fprintf(&b, "\t%q,\n", t)
	}
	fmt.Fprintf(&b, "}\n\n// notifyHeads are the message heads, sorted: %d.\nvar notifyHeads = [...]string{\n", len(sortedHeads))
	for _, h := range sortedHeads {
		fmt.Fprintf(&b, "\t%q,\n", h)
	}
	fmt.Fprintf(&b, "}\n\n// notifyTable[head][2*kind+apiKeySet] is 1 + a notifyLines index, 0 for none.\nvar notifyTable = [...][%d]uint16{\n", 2*len(kinds))
	writeRows(&b, rows)
	fmt.Fprintf(&b, "}\n\n// notifyStreakLines are the hook outputs for a streak of the same failure,\n"+
		"// %d distinct lines, with \\x00 where the streak's length goes.\nvar notifyStreakLines = [...]string{\n", len(templates))
	for _, t := range templates {
		fmt.Fprintf(&b, "\t%q,\n", t)
	}
	fmt.Fprintf(&b, "}\n\n// notifyStreak[head][2*kind+apiKeySet] is 1 + a notifyStreakLines index, 0 for none.\nvar notifyStreak = [...][%d]uint16{\n", 2*len(kinds))
	writeRows(&b, srows)
	b.WriteString("}\n")
	return b.Bytes(), nil
}

func writeRows(b *bytes.Buffer, rows [][]int) {
	for _, r := range rows {
		b.WriteString("\t{")
		for i, v := range r {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprint(b, v)
		}
		b.WriteString("},\n")
	}
}

// MaxStreak is the longest streak the table answers: its lines are checked
// for every length up to it.
const MaxStreak = 12

// streaks returns, per key the table holds, the line for a streak of 2 to
// MaxStreak times the same failure, with \x00 for the streak's length; a key
// is left out when its line is not that template for every length (the
// length changes the advice, or cuts the line elsewhere), or changes with
// the time between the failures. Keys that share a first-failure line share
// the work: one of them is checked for every length, the others for two.
func streaks(dir string, kinds, heads []string, lineOf, msgOf map[key]string, bad map[key]bool, now time.Time) (map[key]string, error) {
	out := map[key]string{}
	checked := map[string]string{} // first-failure line → template ("" when none)
	for _, head := range heads {
		for _, kind := range kinds {
			for _, apiKey := range []bool{false, true} {
				k := key{kind, head, apiKey}
				line, ok := lineOf[k]
				if !ok || bad[k] {
					continue
				}
				at := func(n int, gap time.Duration) (string, error) {
					b, err := Streak(dir, kind, msgOf[k], apiKey, now, n, gap)
					return string(b), err
				}
				tmpl, seen := checked[line]
				if !seen {
					two, err := at(2, time.Second)
					if err != nil {
						return nil, err
					}
					three, err := at(3, time.Second)
					if err != nil {
						return nil, err
					}
					tmpl = template(two, three)
					for n := 4; tmpl != "" && n <= MaxStreak; n++ {
						got, err := at(n, time.Second)
						if err != nil {
							return nil, err
						}
						if got != fill(tmpl, n) {
							tmpl = ""
						}
					}
					checked[line] = tmpl
				}
				if tmpl == "" {
					continue
				}
				// This key's own streaks, with failures close together and
				// far apart.
				ok = true
				for _, c := range []struct {
					n   int
					gap time.Duration
				}{{2, time.Second}, {3, 40 * time.Minute}} {
					got, err := at(c.n, c.gap)
					if err != nil {
						return nil, err
					}
					if got != fill(tmpl, c.n) {
						ok = false
					}
				}
				if ok {
					out[k] = tmpl
				}
			}
		}
	}
	return out, nil
}

// key is one cell of the table: a StopFailure kind, a message head, and
// whether ANTHROPIC_API_KEY is set.
type key struct {
	kind, head string
	apiKey     bool
}

// tailed is head with each of the test tails.
func tailed(head string) []string {
	out := make([]string, len(tails))
	for i, t := range tails {
		out[i] = head + t
	}
	return out
}

// VocabDir is the vocabulary directory relative to earlyfail's, where go
// generate and its tests run.
const VocabDir = "../../../../internal/apierror/testdata/vocab"

// template is the streak line with \x00 where the length goes, from the
// lines for 2 and 3: they must differ only in digit runs that are "2" and
// "3". "" when they do not, or do not differ at all.
func template(two, three string) string {
	a, b := runs(two), runs(three)
	if len(a) != len(b) {
		return ""
	}
	var out strings.Builder
	n := 0
	for i := range a {
		switch {
		case a[i] == b[i]:
			out.WriteString(a[i])
		case a[i] == "2" && b[i] == "3":
			out.WriteByte(0)
			n++
		default:
			return ""
		}
	}
	if n == 0 {
		return ""
	}
	return out.String()
}

// runs splits s into maximal runs of ASCII digits and of everything else.
func runs(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && isDigit(s[j]) == isDigit(s[i]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// fill is earlyfail's filling of a streak template, for n.
func fill(tmpl string, n int) string { return earlyfail.FillStreak(tmpl, n) }
