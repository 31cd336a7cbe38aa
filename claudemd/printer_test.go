package claudemd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// sampleResult is a fixed Result for the printer goldens.
func sampleResult() *Result {
	f := &File{Path: "CLAUDE.md", Kind: KindProject, Loaded: LoadedStartup, Chars: 1200, Lines: 40, Tokens: 300, Bytes: 1210,
		Imports: []Import{{Raw: "docs/a.md,", Path: "docs/a.md,", Line: 3, Column: 5, Status: "missing"}}}
	return &Result{
		Root:  ".",
		Files: []*File{f, {Path: "docs/b.md", Kind: KindImport, Loaded: LoadedStartup, Depth: 1, Parent: "CLAUDE.md", Chars: 80, Lines: 3, Tokens: 20, Imports: []Import{}}},
		Findings: []Finding{
			{Rule: "import-trailing-punctuation", Severity: SeverityError, Path: "CLAUDE.md", Line: 3, Column: 5,
				Message: `@docs/a.md,: Claude Code reads the path as "docs/a.md,", which does not exist`},
			{Rule: "too-many-lines", Severity: SeverityWarning, Path: "sub dir/CLAUDE.md", Line: 1, Column: 1, Message: "250 lines > 200: keep it short, 100% sure"},
			{Rule: "crlf", Severity: SeverityInfo, Path: "~/.claude/CLAUDE.md", Line: 1, Column: 7, Message: "CRLF line endings"},
		},
		Totals: Totals{Files: 2, StartupFiles: 2, StartupChars: 1280, StartupTokens: 320, FileLimit: 40000, TotalLimit: 120000,
			CharsPerToken: 4, ContextWindow: 200000, Errors: 1, Warnings: 1, Infos: 1},
	}
}

// TestPrinters compares each printer's output with testdata/printers/golden-*.
func TestPrinters(t *testing.T) {
	cases := map[string]Printer{
		"text":       &TextPrinter{},
		"text-color": &TextPrinter{Color: iostreams.NewColorScheme(true)},
		"json":       JSONPrinter{},
		"sarif":      SARIFPrinter{Version: "1.2.3"},
		"github":     GitHubPrinter{},
		"report":     ReportPrinter{Dir: "."},
	}
	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := p.Print(&buf, sampleResult()); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "printers", "golden-"+name+".txt")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if buf.String() != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, buf.String())
			}
		})
	}
}

// TestSARIFSchema validates real SARIF output (a lint of every err case)
// against the SARIF 2.1.0 JSON schema committed under testdata.
func TestSARIFSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	schema, err := c.Compile("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	results := []*Result{sampleResult(), {Totals: Totals{}}}
	for _, name := range []string{"import-missing", "secret", "symlink-loop", "rules-frontmatter", "import-outside-project"} {
		res, _ := lintCase(t, "err", name)
		results = append(results, res)
	}
	for i, res := range results {
		var buf bytes.Buffer
		if err := (SARIFPrinter{Version: "0.1.0"}).Print(&buf, res); err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(buf.String()))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Errorf("result %d: SARIF does not validate: %v\n%s", i, err, buf.String())
		}
		var log struct {
			Runs []struct {
				Tool struct {
					Driver struct{ Rules []struct{ ID string } }
				}
				Results []struct{ RuleID string }
			}
		}
		if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
			t.Fatal(err)
		}
		if n := len(log.Runs[0].Tool.Driver.Rules); n != len(Rules()) {
			t.Errorf("rules metadata: %d rules, want %d", n, len(Rules()))
		}
		if len(log.Runs[0].Results) != len(res.Findings) {
			t.Errorf("results: %d, want %d", len(log.Runs[0].Results), len(res.Findings))
		}
	}
}

// TestSARIFSchemaRejects proves the validator bites: a result without a
// message is invalid.
func TestSARIFSchemaRejects(t *testing.T) {
	c := jsonschema.NewCompiler()
	schema, err := c.Compile("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	bad := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"a","level":"fatal"}]}]}`
	doc, _ := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if schema.Validate(doc) == nil {
		t.Fatal("an invalid SARIF log validated")
	}
}

// TestRulesDocumented keeps RULES.md in step with the rules: every id has
// a heading (its docs anchor), and ids are kebab-case and unique.
func TestRulesDocumented(t *testing.T) {
	doc, err := os.ReadFile("RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.ID] {
			t.Errorf("duplicate rule id %s", r.ID)
		}
		seen[r.ID] = true
		if r.ID != strings.ToLower(r.ID) || strings.ContainsAny(r.ID, " _") {
			t.Errorf("rule id %q is not kebab-case", r.ID)
		}
		if !bytes.Contains(doc, []byte("\n## "+r.ID+"\n")) {
			t.Errorf("RULES.md has no section for %s", r.ID)
		}
		if r.Description == "" || strings.Contains(r.Description, "\n") {
			t.Errorf("rule %s needs a one-line description", r.ID)
		}
	}
}
