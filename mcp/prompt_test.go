package mcp

import (
	"context"
	"strings"
	"testing"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
)

func TestDiagnoseLastErrorPrompt(t *testing.T) {
	for _, era := range eras {
		t.Run(era.name, func(t *testing.T) {
			d := testDeps(t)
			c, _ := connect(t, d, era.opts...)
			list, err := c.ListPrompts(context.Background(), mcpgo.ListPromptsRequest{})
			if err != nil || len(list.Prompts) != 1 || list.Prompts[0].Name != "diagnose-last-error" {
				t.Fatalf("prompts/list: %v %+v", err, list)
			}
			get := func() string {
				req := mcpgo.GetPromptRequest{}
				req.Params.Name = "diagnose-last-error"
				res, err := c.GetPrompt(context.Background(), req)
				if err != nil || len(res.Messages) != 1 {
					t.Fatalf("prompts/get: %v %+v", err, res)
				}
				tc, ok := mcpgo.AsTextContent(res.Messages[0].Content)
				if !ok {
					t.Fatalf("not text: %#v", res.Messages[0].Content)
				}
				return tc.Text
			}
			if got := get(); !strings.Contains(got, "no API errors") {
				t.Errorf("without transcripts: %s", got)
			}
			plantTranscript(t, &d)
			got := get()
			for _, want := range []string{"req_overloaded2", "Repeated 529 Overloaded", "ccdiag's diagnosis", "/model", "Claude Code version: 2.1.328"} {
				if !strings.Contains(got, want) {
					t.Errorf("prompt lacks %q:\n%s", want, got)
				}
			}
		})
	}
}
