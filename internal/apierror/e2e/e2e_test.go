// Package e2e checks `ccdiag diagnose` on what the real Claude Code (npm
// @anthropic-ai/claude-code, pinned in .ci/clients) prints when the fake
// Messages API (internal/fakes) fails. It only runs when CCDIAG_E2E_CLAUDE and
// CCDIAG_E2E_CCDIAG name the two binaries, inside a loopback-only network
// namespace (see .ci/e2e/diagnose.sh).
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/fakes"
)

func TestDiagnoseWhatClaudeCodePrints(t *testing.T) {
	claude, ccdiag := fakes.RealClients(t, ".ci/e2e/diagnose.sh")
	tests := []struct {
		name      string
		reply     fakes.MessagesReply
		category  string
		retryable bool
	}{
		{"500", fakes.MessagesError500(), "server_error", true},
		{"529", fakes.MessagesOverloaded(), "overloaded", true},
		{"429", fakes.MessagesRateLimited(), "rate_limit", true},
		{"401", fakes.MessagesUnauthorized(), "authentication", false},
		{"prompt-too-long", fakes.MessagesPromptTooLong(), "context_too_long", false},
		{"credit", fakes.MessagesCreditTooLow(), "billing", false},
	}
	for _, tt := range tests {
		for _, format := range []string{"text", "json", "stream-json"} {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				out := runClaude(t, claude, tt.reply, format)
				d := diagnose(t, ccdiag, out)
				t.Logf("Claude Code printed %q → %s", clip(out, 160), d.Category)
				if d.Category != tt.category || d.Retryable != tt.retryable || !d.IsAPIError {
					t.Errorf("diagnosed %s (retryable %v, api %v), want %s (retryable %v)\nClaude Code printed:\n%s",
						d.Category, d.Retryable, d.IsAPIError, tt.category, tt.retryable, out)
				}
			})
		}
	}
}

// runClaude runs `claude -p hi` against a fake API that always answers reply
// and returns everything Claude Code printed.
func runClaude(t *testing.T, claude string, reply fakes.MessagesReply, format string) string {
	t.Helper()
	root := t.TempDir()
	home, project := filepath.Join(root, "home"), filepath.Join(root, "project")
	for _, d := range []string{home, project} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	key := "sk-ant-test-key-e2e-0123456789abcdefghij"
	cfg, _ := json.Marshal(map[string]any{"hasCompletedOnboarding": true,
		"customApiKeyResponses": map[string]any{"approved": []string{key[len(key)-20:]}},
		"projects":              map[string]any{project: map[string]any{"hasTrustDialogAccepted": true}}})
	if err := os.WriteFile(filepath.Join(home, ".claude.json"), cfg, 0o600); err != nil {
		t.Fatal(err)
	}
	api := fakes.NewMessagesAPI().SetDefault(reply)
	srv := httptest.NewServer(api)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := []string{"-p", "hi", "--output-format", format}
	if format == "stream-json" {
		args = append(args, "--verbose")
	}
	cmd := exec.CommandContext(ctx, claude, args...)
	cmd.Dir = project
	cmd.Env = []string{"HOME=" + home, "PATH=" + os.Getenv("PATH"), "ANTHROPIC_BASE_URL=" + srv.URL,
		"ANTHROPIC_API_KEY=" + key, "CLAUDE_CODE_MAX_RETRIES=0", "DISABLE_TELEMETRY=1",
		"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1", "DISABLE_AUTOUPDATER=1", "DISABLE_ERROR_REPORTING=1"}
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("claude: %v\n%s", err, buf.String())
		}
	}
	if len(api.Requests()) == 0 {
		t.Fatalf("Claude Code never reached the fake API:\n%s", buf.String())
	}
	return buf.String()
}

type diagnosis struct {
	Category   string `json:"category"`
	Retryable  bool   `json:"retryable"`
	IsAPIError bool   `json:"is_api_error"`
}

// diagnose pipes text into `ccdiag diagnose --json`, with no gateway set.
func diagnose(t *testing.T, ccdiag, text string) diagnosis {
	t.Helper()
	cmd := exec.Command(ccdiag, "diagnose", "--json")
	cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	cmd.Stdin = strings.NewReader(text)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ccdiag diagnose: %v\n%s", err, out)
	}
	var d diagnosis
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("ccdiag diagnose --json: %v\n%s", err, out)
	}
	return d
}

func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
