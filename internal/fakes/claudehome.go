package fakes

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// ClaudeHome is a throwaway HOME and project folder for running the real
// Claude Code against a fake API: onboarding done, the test key approved,
// the project trusted.
type ClaudeHome struct {
	Home, Project string
	Key           string
}

// TestAPIKey is the key the end-to-end tests give Claude Code.
const TestAPIKey = "sk-ant-test-key-e2e-0123456789abcdefghij"

// NewClaudeHome creates root/home (with its .claude.json) and root/project.
func NewClaudeHome(root string) (*ClaudeHome, error) {
	h := &ClaudeHome{Home: filepath.Join(root, "home"), Project: filepath.Join(root, "project"), Key: TestAPIKey}
	for _, d := range []string{h.Home, h.Project} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	cfg := map[string]any{"hasCompletedOnboarding": true, "theme": "dark",
		"customApiKeyResponses": map[string]any{"approved": []string{h.Key[len(h.Key)-20:]}},
		"projects":              map[string]any{h.Project: map[string]any{"hasTrustDialogAccepted": true}}}
	b, _ := json.Marshal(cfg)
	return h, os.WriteFile(filepath.Join(h.Home, ".claude.json"), b, 0o600)
}

// Env is the environment that points Claude Code at the fake API on
// baseURL, keeps it from reaching anything else, and keeps ccdiag's state
// and cache inside the home. PATH and retry settings are the caller's.
func (h *ClaudeHome) Env(baseURL string) []string {
	return []string{
		"HOME=" + h.Home,
		"ANTHROPIC_BASE_URL=" + baseURL,
		"ANTHROPIC_API_KEY=" + h.Key,
		"DISABLE_TELEMETRY=1",
		"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1",
		"DISABLE_AUTOUPDATER=1",
		"DISABLE_ERROR_REPORTING=1",
		"CCDIAG_STATE_DIR=" + filepath.Join(h.Home, "state"),
		"CCDIAG_CACHE_DIR=" + filepath.Join(h.Home, "cache"),
	}
}
