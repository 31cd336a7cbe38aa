package claudemd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/ccdiag/ccdiag/internal/safefile"
	"gopkg.in/yaml.v3"
)

// ConfigFile is the optional per-project configuration file name.
const ConfigFile = ".ccdiag.yml"

// Config is .ccdiag.yml:
//
//	rules:
//	  long-line: off            # disable
//	  bom: error                # change severity
//	  too-many-lines: {max: 300}
//	  long-line: {severity: warning, max: 2000}
//	ignore: ["vendor/**", "docs/old/CLAUDE.md"]
//	model: claude-sonnet-4-5
//	context-window: 1000000
type Config struct {
	Rules         map[string]RuleConfig `yaml:"rules"`
	Ignore        []string              `yaml:"ignore"`
	Model         string                `yaml:"model"`
	ContextWindow int                   `yaml:"context-window"`
}

// RuleConfig overrides one rule: its severity and, for rules with a
// threshold, the threshold.
type RuleConfig struct {
	Severity string `yaml:"severity"`
	Max      int    `yaml:"max"`
}

// UnmarshalYAML accepts a bare severity ("off") or a mapping.
func (r *RuleConfig) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		r.Severity = n.Value
		return nil
	}
	type plain RuleConfig
	var p plain
	if err := n.Decode(&p); err != nil {
		return err
	}
	*r = RuleConfig(p)
	return nil
}

// ConfigError is a configuration problem: exit 2, not a finding.
type ConfigError struct{ Err error }

func (e *ConfigError) Error() string { return e.Err.Error() }
func (e *ConfigError) Unwrap() error { return e.Err }

// LoadConfig reads a config file; a missing file at an implicit location is
// not an error (nil Config).
func LoadConfig(path string, explicit bool) (*Config, error) {
	b, err := safefile.ReadFile(path, safefile.Config)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, &ConfigError{fmt.Errorf("reading config: %w", err)}
	}
	return ParseConfig(path, b)
}

// ParseConfig parses and validates .ccdiag.yml content.
func ParseConfig(name string, b []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, &ConfigError{fmt.Errorf("%s: %w", name, err)}
	}
	// Validation errors name the line of the value at fault, as the YAML
	// decoder's own errors do.
	var doc yaml.Node
	_ = yaml.Unmarshal(b, &doc)
	at := func(path ...string) string { return fmt.Sprintf("%s:%d", name, nodeLine(&doc, path...)) }
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids) // the first error by name, whatever the map order
	for _, id := range ids {
		rc := c.Rules[id]
		r := RuleByID(id)
		if r == nil {
			return nil, &ConfigError{fmt.Errorf("%s: unknown rule %q", at("rules", id), id)}
		}
		if rc.Severity != "" {
			if _, err := ParseSeverity(rc.Severity); err != nil {
				return nil, &ConfigError{fmt.Errorf("%s: rule %s: %w", at("rules", id), id, err)}
			}
		}
		if rc.Max < 0 || (rc.Max > 0 && !r.HasThreshold) {
			return nil, &ConfigError{fmt.Errorf("%s: rule %s takes no max (or a negative one)", at("rules", id, "max"), id)}
		}
	}
	for i, g := range c.Ignore {
		if !doublestar.ValidatePattern(filepath.ToSlash(g)) {
			return nil, &ConfigError{fmt.Errorf("%s: invalid ignore pattern %q", at("ignore", strconv.Itoa(i)), g)}
		}
	}
	if c.ContextWindow < 0 {
		return nil, &ConfigError{fmt.Errorf("%s: context-window must be positive", at("context-window"))}
	}
	return &c, nil
}

// nodeLine finds the line of the value at path (mapping keys, or sequence
// indexes as numbers) in a parsed YAML document; as far as it gets, else 1.
func nodeLine(doc *yaml.Node, path ...string) int {
	n := doc
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := max(n.Line, 1)
	for _, key := range path {
		var next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == key {
					next, line = n.Content[i+1], n.Content[i].Line
				}
			}
		case yaml.SequenceNode:
			if i, err := strconv.Atoi(key); err == nil && i >= 0 && i < len(n.Content) {
				next = n.Content[i]
				line = next.Line
			}
		}
		if next == nil {
			return line
		}
		n = next
		if n.Kind == yaml.ScalarNode {
			line = n.Line
		}
	}
	return line
}

// settings is the effective per-rule configuration of a run.
type settings struct {
	severity map[string]Severity
	max      map[string]int
	ignore   []string
	limits   Limits
}

func newSettings(c *Config, limits Limits) *settings {
	s := &settings{severity: map[string]Severity{}, max: map[string]int{}, limits: limits}
	for _, r := range Rules() {
		s.severity[r.ID] = r.Severity
		if r.HasThreshold {
			s.max[r.ID] = r.Threshold
		}
	}
	if c == nil {
		return s
	}
	for id, rc := range c.Rules {
		if rc.Severity != "" {
			s.severity[id], _ = ParseSeverity(rc.Severity)
		}
		if rc.Max > 0 {
			s.max[id] = rc.Max
		}
	}
	s.ignore = c.Ignore
	return s
}

// ignored reports whether a path relative to the project root is ignored.
func (s *settings) ignored(rel string) bool {
	rel = filepath.ToSlash(rel)
	for _, g := range s.ignore {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
	}
	return false
}
