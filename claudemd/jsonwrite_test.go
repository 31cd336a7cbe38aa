package claudemd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

// encodeStd is what the printers wrote before they streamed: the whole
// value through encoding/json.
func encodeStd(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var trickyStrings = []string{"", "plain", `quote " and \ backslash`, "tab\tnl\ncr\r bs\b ff\f", "\x00\x01\x1b[2J\x7f",
	"<html> & 'x'", "é ü 中文 🎉", "bad \xff\xfe utf8 \xc3", "line\u2028sep\u2029para", "\ufeffbom"}

// The streaming JSON printer writes byte for byte what encoding/json
// writes for the whole Result, on every err case and on hostile strings.
func TestJSONPrinterMatchesEncodingJSON(t *testing.T) {
	results := []*Result{sampleResult(), {Root: "."}}
	hostile := sampleResult()
	for i, s := range trickyStrings {
		hostile.Findings = append(hostile.Findings, Finding{Rule: "secret", Severity: SeverityError, Path: s, Line: i, Column: i, Message: s})
	}
	hostile.Fixes, hostile.NotFixed, hostile.Omitted = []string{"a: b"}, []string{"c: read-only"}, 7
	results = append(results, hostile)
	// Enough findings and files to cross the 32 KiB flush several times.
	big := sampleResult()
	for i := 0; i < 3000; i++ {
		big.Findings = append(big.Findings, Finding{Rule: "size", Severity: SeverityWarning, Path: fmt.Sprintf("docs/%d/CLAUDE.md", i), Line: i, Column: 1, Message: "a finding long enough to fill the buffer"})
	}
	for i := 0; i < 300; i++ {
		big.Files = append(big.Files, &File{Path: fmt.Sprintf("docs/%d/CLAUDE.md", i)})
	}
	results = append(results, big)
	for _, name := range errCases(t) {
		res, _ := lintCase(t, "err", name)
		results = append(results, res)
	}
	for i, r := range results {
		out := *r
		if out.Findings == nil {
			out.Findings = []Finding{}
		}
		if out.Files == nil {
			out.Files = []*File{}
		}
		want := encodeStd(t, &out)
		var got bytes.Buffer
		if err := (JSONPrinter{}).Print(&got, r); err != nil {
			t.Fatal(err)
		}
		if got.String() != want {
			t.Errorf("result %d: streaming JSON differs from encoding/json:\n%s\n---\n%s", i, got.String(), want)
		}
	}
}

// The streaming SARIF printer writes what encoding/json writes for the
// whole log.
func TestSARIFPrinterMatchesEncodingJSON(t *testing.T) {
	hostile := sampleResult()
	for i, s := range trickyStrings {
		hostile.Findings = append(hostile.Findings, Finding{Rule: "secret", Severity: SeverityError, Path: "/abs/" + s, Line: i, Column: i, Message: s})
	}
	hostile.Omitted = 3
	for i, r := range []*Result{sampleResult(), {Root: "."}, hostile} {
		var got bytes.Buffer
		if err := (SARIFPrinter{Version: "1"}).Print(&got, r); err != nil {
			t.Fatal(err)
		}
		var empty bytes.Buffer
		(SARIFPrinter{Version: "1"}).Print(&empty, &Result{Omitted: r.Omitted})
		var log sarifLog
		if err := json.Unmarshal(empty.Bytes(), &log); err != nil {
			t.Fatal(err)
		}
		for _, f := range r.Findings {
			log.Runs[0].Results = append(log.Runs[0].Results, sarifResult{RuleID: f.Rule, RuleIndex: ruleIndexOf(f.Rule),
				Level: sarifLevel(f.Severity), Message: sarifText{f.Message}, Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
					ArtifactLocation: sarifArtifactFor(f.Path), Region: sarifRegion{StartLine: max(f.Line, 1), StartColumn: max(f.Column, 1)}}}}})
		}
		if want := encodeStd(t, log); got.String() != want {
			t.Errorf("result %d: streaming SARIF differs:\n%s\n---\n%s", i, got.String(), want)
		}
	}
}

// ruleIndexOf is a rule's position in Rules() (SARIF ruleIndex).
func ruleIndexOf(id string) int {
	for i, r := range Rules() {
		if r.ID == id {
			return i
		}
	}
	return 0
}
