package claudemd

import (
	"bufio"
	"bytes"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// SARIFPrinter writes SARIF 2.1.0 with every rule's metadata, for code
// scanning uploads.
type SARIFPrinter struct {
	Version string
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool      `json:"tool"`
	Results    []sarifResult  `json:"results"`
	Properties map[string]any `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	HelpURI              string          `json:"helpUri"`
	Help                 sarifText       `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

func sarifLevel(s Severity) string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityInfo:
		return "note"
	}
	return "none"
}

// Print implements Printer.
func (p SARIFPrinter) Print(w io.Writer, r *Result) error {
	rules := Rules()
	index := map[string]int{}
	driver := sarifDriver{Name: "ccdiag", Version: p.Version, InformationURI: "https://github.com/ccdiag/ccdiag"}
	if driver.Version == "" {
		driver.Version = "0.0.0"
	}
	for i, rule := range rules {
		index[rule.ID] = i
		props := map[string]any{"tags": []string{"claude-md"}}
		if rule.Fixable {
			props["fixable"] = true
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID: rule.ID, Name: camel(rule.ID),
			ShortDescription:     sarifText{rule.Description},
			FullDescription:      sarifText{rule.Description},
			HelpURI:              rule.Docs(),
			Help:                 sarifText{rule.Description + " See " + rule.Docs()},
			DefaultConfiguration: sarifRuleConfig{sarifLevel(rule.Severity)},
			Properties:           props,
		})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}}},
	}
	if r.Omitted > 0 {
		log.Runs[0].Properties = map[string]any{"omittedFindings": r.Omitted, "omittedNote": omittedLine(r)}
	}
	// The rule metadata is small and fixed: encoding/json writes it; the
	// results, one per finding, are streamed into its empty "results".
	head, err := appendIndented(nil, log, "")
	if err != nil {
		return err
	}
	const marker = "\"results\": []"
	cut := bytes.Index(head, []byte(marker))
	if cut < 0 || len(r.Findings) == 0 {
		bw := bufio.NewWriter(w)
		bw.Write(head)
		bw.WriteByte('\n')
		return bw.Flush()
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(head[:cut+len(marker)-1])
	bw.WriteByte('\n')
	b := make([]byte, 0, 4096)
	for i := range r.Findings {
		b = appendSARIFResult(b, &r.Findings[i], index, i == len(r.Findings)-1)
		if len(b) > 32<<10 {
			bw.Write(b)
			b = b[:0]
		}
	}
	bw.Write(b)
	bw.WriteString("      ")
	bw.Write(head[cut+len(marker)-1:])
	bw.WriteByte('\n')
	return bw.Flush()
}

// appendSARIFResult writes one result at its place in the log (eight
// spaces in), as encoding/json would.
func appendSARIFResult(b []byte, f *Finding, index map[string]int, last bool) []byte {
	art := sarifArtifactFor(f.Path)
	b = append(b, "        {\n"...)
	b = appendStringField(b, "          ", "ruleId", f.Rule, false)
	b = appendIntField(b, "          ", "ruleIndex", index[f.Rule], false)
	b = appendStringField(b, "          ", "level", sarifLevel(f.Severity), false)
	b = append(b, "          \"message\": {\n"...)
	b = appendStringField(b, "            ", "text", f.Message, true)
	b = append(b, "          },\n          \"locations\": [\n            {\n              \"physicalLocation\": {\n                \"artifactLocation\": {\n"...)
	b = appendStringField(b, "                  ", "uri", art.URI, art.URIBaseID == "")
	if art.URIBaseID != "" {
		b = appendStringField(b, "                  ", "uriBaseId", art.URIBaseID, true)
	}
	b = append(b, "                },\n                \"region\": {\n"...)
	b = appendIntField(b, "                  ", "startLine", max(f.Line, 1), false)
	b = appendIntField(b, "                  ", "startColumn", max(f.Column, 1), true)
	b = append(b, "                }\n              }\n            }\n          ]\n        }"...)
	if !last {
		b = append(b, ',')
	}
	return append(b, '\n')
}

// sarifArtifactFor names a finding's file: relative to the source root,
// under HOME for ~/…, or as a file: URL.
func sarifArtifactFor(p string) sarifArtifact {
	switch {
	case filepath.IsAbs(p):
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()}
	case strings.HasPrefix(p, "~/"):
		return sarifArtifact{URI: (&url.URL{Path: p[2:]}).String(), URIBaseID: "HOME"}
	}
	return sarifArtifact{URI: (&url.URL{Path: filepath.ToSlash(p)}).String(), URIBaseID: "%SRCROOT%"}
}

// camel turns "import-missing" into "ImportMissing" (SARIF rule names).
func camel(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	if id == "invalid-utf8" {
		return "InvalidUTF8"
	}
	return b.String()
}
