package claudemd

import (
	"encoding/json"
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
	results := []sarifResult{}
	for _, f := range r.Findings {
		art := sarifArtifact{URI: filepath.ToSlash(f.Path), URIBaseID: "%SRCROOT%"}
		if filepath.IsAbs(f.Path) {
			art = sarifArtifact{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(f.Path)}).String()}
		} else if strings.HasPrefix(f.Path, "~/") {
			art = sarifArtifact{URI: (&url.URL{Path: f.Path[2:]}).String(), URIBaseID: "HOME"}
		} else {
			art.URI = (&url.URL{Path: art.URI}).String()
		}
		results = append(results, sarifResult{
			RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel(f.Severity), Message: sarifText{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: art,
				Region: sarifRegion{StartLine: max(f.Line, 1), StartColumn: max(f.Column, 1)}}}},
		})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, Results: results}},
	}
	if r.Omitted > 0 {
		log.Runs[0].Properties = map[string]any{"omittedFindings": r.Omitted, "omittedNote": omittedLine(r)}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
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
