package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/internal/claudeargs"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// fakeClaude stands in for `claude -p` in run.txtar: each run takes the next
// outcome from the comma list in $FAKECLAUDE_PLAN (ok, 500, 529, 401, ptl),
// writes the entry Claude Code 2.1.328 writes for it to the session's
// transcript, prints what Claude Code prints in text mode and exits like it.
// Its command line goes to $FAKECLAUDE_LOG, one run a line.
func fakeClaude() int {
	c, err := claudeargs.Parse(os.Args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakeclaude:", err)
		return 1
	}
	if log := os.Getenv("FAKECLAUDE_LOG"); log != "" {
		f, _ := os.OpenFile(log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		fmt.Fprintln(f, strings.Join(os.Args[1:], " "))
		f.Close()
	}
	plan := os.Getenv("FAKECLAUDE_PLAN")
	data, _ := os.ReadFile(plan)
	steps := strings.Split(strings.TrimSpace(string(data)), ",")
	n, _ := strconv.Atoi(strings.TrimSpace(readString(plan + ".n")))
	os.WriteFile(plan+".n", []byte(strconv.Itoa(n+1)), 0o600)
	step := "ok"
	if n < len(steps) {
		step = strings.TrimSpace(steps[n])
	}
	id := c.SessionID
	if id == "" {
		id = c.Resume
	}
	cwd, _ := os.Getwd()
	dir := transcript.ProjectDir(os.Getenv("HOME"), cwd)
	os.MkdirAll(dir, 0o700)
	entry := map[string]any{"type": "assistant", "timestamp": time.Now().UTC().Format(time.RFC3339Nano), "sessionId": id}
	var out string
	code := 1
	switch step {
	case "ok":
		entry["message"] = map[string]any{"model": "claude-opus-5-5", "role": "assistant",
			"content": []any{map[string]string{"type": "text", "text": "done " + strconv.Itoa(n)}},
			"usage":   map[string]int{"input_tokens": 1200, "output_tokens": 8}}
		out, code = "done "+strconv.Itoa(n), 0
	case "500", "529", "401", "ptl":
		v := map[string]struct {
			status    int
			typ, text string
		}{
			"500": {500, "api_error", "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment."},
			"529": {529, "overloaded_error", "API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment."},
			"401": {401, "authentication_error", "Invalid API key · Fix external API key"},
			"ptl": {400, "invalid_request_error", "Prompt is too long"},
		}[step]
		text := v.text
		entry["isApiErrorMessage"] = true
		entry["apiErrorStatus"] = v.status
		entry["apiErrorType"] = v.typ
		entry["requestId"] = "req_fake" + strconv.Itoa(n)
		entry["message"] = map[string]any{"model": "<synthetic>", "role": "assistant",
			"content": []any{map[string]string{"type": "text", "text": text}}}
		if step == "ptl" {
			entry["errorDetails"] = `400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 250000 tokens > 200000 maximum"}}`
		}
		out = text
	default:
		fmt.Fprintln(os.Stderr, "fakeclaude: unknown step", step)
		return 1
	}
	b, _ := json.Marshal(entry)
	f, err := os.OpenFile(filepath.Join(dir, id+".jsonl"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err == nil {
		f.Write(append(b, '\n'))
		f.Close()
	}
	fmt.Println(out)
	return code
}

func readString(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}
