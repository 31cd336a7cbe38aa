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
	payload := Payload(kind, msg)
	if _, err := state.RecordStopFailure(payload, dir, now); err != nil {
		return nil, err
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
	type key struct {
		kind, head string
		apiKey     bool
	}
	lineOf := map[key]string{}
	bad := map[key]bool{}
	heads := map[string]bool{}
	for _, kind := range Kinds {
		for _, apiKey := range []bool{false, true} {
			for _, s := range samples {
				k := key{kind, earlyfail.NotifyHead(s), apiKey}
				if k.head == "" || bad[k] {
					continue
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
	var text []string
	index := map[string]int{}
	rows := make([][]int, len(sortedHeads))
	for h, head := range sortedHeads {
		rows[h] = make([]int, 2*len(kinds))
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
	for _, r := range rows {
		b.WriteString("\t{")
		for i, v := range r {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprint(&b, v)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
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
