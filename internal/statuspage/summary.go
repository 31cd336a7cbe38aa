// Package statuspage reads Anthropic's status page (an Atlassian Statuspage,
// API v2) and turns summary.json into the few facts ccdiag needs: the overall
// indicator, the components that matter to Claude Code users, unresolved
// incidents (model-specific or not) and maintenance in progress.
//
// Parse is pure. Client.Fetch goes to the network with a deadline and updates
// the disk cache; Client.Cached never waits on the network and is what the
// hook and the status line use.
package statuspage

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/internal/models"
)

// State is ccdiag's verdict on the status page.
type State string

// The states. Their ids are part of the JSON output: never rename one.
const (
	Operational State = "operational" // nothing that matters is wrong
	Degraded    State = "degraded"    // an incident, a non-operational component or maintenance in progress
	Unknown     State = "unknown"     // the page could not be read; Summary.Reason says why
)

// Component keys for the components that matter to Claude Code users.
const (
	KeyClaudeAPI  = "claude_api"
	KeyClaudeCode = "claude_code"
	KeyClaudeAI   = "claude_ai"
	KeyConsole    = "console"
)

// Component statuses as Statuspage spells them.
const (
	ComponentOperational   = "operational"
	ComponentDegraded      = "degraded_performance"
	ComponentPartialOutage = "partial_outage"
	ComponentMajorOutage   = "major_outage"
	ComponentMaintenance   = "under_maintenance"
)

// Summary is what ccdiag knows about the status page at one moment. Its JSON
// form is the `ccdiag status --json` output and the on-disk cache format.
type Summary struct {
	State State `json:"state"`
	// Indicator is Statuspage's overall indicator: none, minor, major,
	// critical, maintenance, or "unknown" when the page could not be read.
	Indicator   string `json:"indicator"`
	Description string `json:"description"`
	// Reason says why State is unknown; empty otherwise.
	Reason string `json:"reason,omitempty"`
	// Source is the base URL the data came from.
	Source       string        `json:"source,omitempty"`
	FetchedAt    time.Time     `json:"fetched_at"`
	Components   []Component   `json:"components"`
	Incidents    []Incident    `json:"incidents"`
	Maintenances []Maintenance `json:"maintenances"`
}

// Component is one of the components that matter (see the Key* constants).
type Component struct {
	Key    string `json:"key"`
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
}

// Incident is one unresolved incident.
type Incident struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"` // investigating, identified, monitoring…
	Impact string `json:"impact"` // none, minor, major, critical
	// Shortlink is the incident's public link (stspg.io/… or the page URL).
	Shortlink      string    `json:"shortlink"`
	StartedAt      time.Time `json:"started_at"`
	LatestUpdate   string    `json:"latest_update"`
	LatestUpdateAt time.Time `json:"latest_update_at"`
	// Components names every component the incident lists (may be empty).
	Components []string `json:"components"`
	// ComponentKeys are the Key* values of the listed components that matter.
	ComponentKeys []string `json:"component_keys"`
	// ModelFamilies lists the model families (opus, sonnet, haiku, fable) the
	// incident's text names; non-empty means the incident is model-specific.
	ModelFamilies []string `json:"model_families"`
	ModelSpecific bool     `json:"model_specific"`
}

// Maintenance is a scheduled maintenance that is in progress or upcoming.
type Maintenance struct {
	ID             string    `json:"id"`
	Name           string    `json:"name"`
	Status         string    `json:"status"` // scheduled, in_progress, verifying…
	InProgress     bool      `json:"in_progress"`
	Impact         string    `json:"impact"`
	Shortlink      string    `json:"shortlink"`
	ScheduledFor   time.Time `json:"scheduled_for"`
	ScheduledUntil time.Time `json:"scheduled_until"`
	LatestUpdate   string    `json:"latest_update"`
	Components     []string  `json:"components"`
}

// UnknownSummary returns the summary for a page that could not be read.
func UnknownSummary(reason string, now time.Time) Summary {
	return Summary{State: Unknown, Indicator: "unknown", Description: "Status unknown",
		Reason: reason, FetchedAt: now, Components: []Component{}, Incidents: []Incident{},
		Maintenances: []Maintenance{}}
}

type rawComponent struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
	Group  bool   `json:"group"`
}

type rawUpdate struct {
	Status    string `json:"status"`
	Body      string `json:"body"`
	CreatedAt string `json:"created_at"`
	DisplayAt string `json:"display_at"`
}

type rawIncident struct {
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	Status          string         `json:"status"`
	Impact          string         `json:"impact"`
	Shortlink       string         `json:"shortlink"`
	StartedAt       string         `json:"started_at"`
	CreatedAt       string         `json:"created_at"`
	ScheduledFor    string         `json:"scheduled_for"`
	ScheduledUntil  string         `json:"scheduled_until"`
	IncidentUpdates []rawUpdate    `json:"incident_updates"`
	Components      []rawComponent `json:"components"`
}

type rawSummary struct {
	Page *struct {
		ID  string `json:"id"`
		URL string `json:"url"`
	} `json:"page"`
	Status *struct {
		Indicator   string `json:"indicator"`
		Description string `json:"description"`
	} `json:"status"`
	Components            []rawComponent `json:"components"`
	Incidents             []rawIncident  `json:"incidents"`
	ScheduledMaintenances []rawIncident  `json:"scheduled_maintenances"`
}

// ErrNotJSON means the body was not JSON at all — typically an HTML challenge
// page or an error page from something in between.
var ErrNotJSON = errors.New("not JSON (an HTML or challenge page?)")

// Parse turns a Statuspage v2 summary.json body into a Summary stamped with
// now. It fails on anything that is not a Statuspage summary.
func Parse(body []byte, now time.Time) (Summary, error) {
	trimmed := strings.TrimSpace(string(body))
	if !strings.HasPrefix(trimmed, "{") {
		return Summary{}, ErrNotJSON
	}
	var raw rawSummary
	if err := json.Unmarshal(body, &raw); err != nil {
		return Summary{}, fmt.Errorf("malformed status JSON: %w", err)
	}
	if raw.Status == nil || raw.Status.Indicator == "" {
		return Summary{}, errors.New("not a Statuspage summary: no status.indicator")
	}
	s := Summary{
		Indicator:    strings.ToLower(raw.Status.Indicator),
		Description:  raw.Status.Description,
		FetchedAt:    now,
		Components:   matchComponents(raw.Components),
		Incidents:    []Incident{},
		Maintenances: []Maintenance{},
	}
	for _, ri := range raw.Incidents {
		if ri.Status == "resolved" || ri.Status == "postmortem" {
			continue
		}
		s.Incidents = append(s.Incidents, incidentFrom(ri))
	}
	sort.SliceStable(s.Incidents, func(i, j int) bool {
		a, b := s.Incidents[i], s.Incidents[j]
		if ra, rb := impactRank(a.Impact), impactRank(b.Impact); ra != rb {
			return ra > rb
		}
		return a.StartedAt.After(b.StartedAt)
	})
	for _, rm := range raw.ScheduledMaintenances {
		if rm.Status == "completed" {
			continue
		}
		s.Maintenances = append(s.Maintenances, maintenanceFrom(rm))
	}
	s.State = s.evaluate()
	return s, nil
}

// evaluate decides the state: the indicator, the components that matter,
// unresolved incidents and maintenance in progress all count — a `major`
// indicator with every component operational is still an incident.
func (s Summary) evaluate() State {
	if s.Indicator != "none" {
		return Degraded
	}
	for _, c := range s.Components {
		if c.Status != ComponentOperational {
			return Degraded
		}
	}
	if len(s.Incidents) > 0 {
		return Degraded
	}
	for _, m := range s.Maintenances {
		if m.InProgress {
			return Degraded
		}
	}
	return Operational
}

// keyComponent says how to find one component that matters: by id first,
// then by a name substring (names change; ids are stable).
type keyComponent struct {
	key, id, label string
	names          []string
}

func keyComponents() []keyComponent {
	return []keyComponent{
		{KeyClaudeAPI, "k8w3r06qmzrp", "Claude API", []string{"claude api", "api.anthropic.com"}},
		{KeyClaudeCode, "yyzkbfz2thpt", "Claude Code", []string{"claude code"}},
		{KeyClaudeAI, "rwppv331jlwc", "claude.ai", []string{"claude.ai"}},
		{KeyConsole, "", "Claude Console", []string{"console", "platform.claude.com"}},
	}
}

// KeyLabel returns the short display name for a component key.
func KeyLabel(key string) string {
	for _, k := range keyComponents() {
		if k.key == key {
			return k.label
		}
	}
	return key
}

func matchKey(c rawComponent) string {
	for _, k := range keyComponents() {
		if k.id != "" && c.ID == k.id {
			return k.key
		}
	}
	name := strings.ToLower(c.Name)
	for _, k := range keyComponents() {
		for _, n := range k.names {
			if strings.Contains(name, n) {
				return k.key
			}
		}
	}
	return ""
}

func matchComponents(raw []rawComponent) []Component {
	out := []Component{}
	for _, k := range keyComponents() {
		found := -1
		for i, c := range raw {
			if k.id != "" && c.ID == k.id {
				found = i
				break
			}
		}
		if found < 0 {
			for i, c := range raw {
				if c.Group || matchKey(c) != k.key {
					continue
				}
				found = i
				break
			}
		}
		if found >= 0 {
			c := raw[found]
			out = append(out, Component{Key: k.key, ID: c.ID, Name: c.Name, Status: c.Status})
		}
	}
	return out
}

func incidentFrom(ri rawIncident) Incident {
	in := Incident{
		ID: ri.ID, Name: ri.Name, Status: ri.Status, Impact: ri.Impact, Shortlink: ri.Shortlink,
		StartedAt:     parseTime(ri.StartedAt),
		Components:    []string{},
		ComponentKeys: []string{},
		ModelFamilies: []string{},
	}
	if in.StartedAt.IsZero() {
		in.StartedAt = parseTime(ri.CreatedAt)
	}
	text := ri.Name
	if u, ok := latestUpdate(ri.IncidentUpdates); ok {
		in.LatestUpdate = strings.TrimSpace(u.Body)
		in.LatestUpdateAt = updateTime(u)
	}
	for _, u := range ri.IncidentUpdates {
		text += "\n" + u.Body
	}
	for _, c := range ri.Components {
		in.Components = append(in.Components, c.Name)
		if k := matchKey(c); k != "" && !contains(in.ComponentKeys, k) {
			in.ComponentKeys = append(in.ComponentKeys, k)
		}
	}
	in.ModelFamilies = ModelFamilies(text)
	in.ModelSpecific = len(in.ModelFamilies) > 0
	return in
}

func maintenanceFrom(rm rawIncident) Maintenance {
	m := Maintenance{
		ID: rm.ID, Name: rm.Name, Status: rm.Status, Impact: rm.Impact, Shortlink: rm.Shortlink,
		InProgress:     rm.Status == "in_progress" || rm.Status == "verifying",
		ScheduledFor:   parseTime(rm.ScheduledFor),
		ScheduledUntil: parseTime(rm.ScheduledUntil),
		Components:     []string{},
	}
	if u, ok := latestUpdate(rm.IncidentUpdates); ok {
		m.LatestUpdate = strings.TrimSpace(u.Body)
	}
	for _, c := range rm.Components {
		m.Components = append(m.Components, c.Name)
	}
	return m
}

// latestUpdate picks the newest update; Statuspage lists them newest first,
// but the timestamps decide.
func latestUpdate(us []rawUpdate) (rawUpdate, bool) {
	if len(us) == 0 {
		return rawUpdate{}, false
	}
	best := us[0]
	for _, u := range us[1:] {
		if updateTime(u).After(updateTime(best)) {
			best = u
		}
	}
	return best, true
}

func updateTime(u rawUpdate) time.Time {
	if t := parseTime(u.DisplayAt); !t.IsZero() {
		return t
	}
	return parseTime(u.CreatedAt)
}

func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// ModelFamilies returns the model families (models.Opus, Sonnet, Haiku, Fable)
// named as whole words in text, in that order.
func ModelFamilies(text string) []string {
	lower := strings.ToLower(text)
	out := []string{}
	for _, fam := range []string{models.Opus, models.Sonnet, models.Haiku, models.Fable} {
		if containsWord(lower, fam) {
			out = append(out, fam)
		}
	}
	return out
}

func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		if (start == 0 || !isLetter(s[start-1])) && (end == len(s) || !isLetter(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func impactRank(impact string) int {
	switch impact {
	case "critical":
		return 4
	case "major":
		return 3
	case "minor":
		return 2
	case "maintenance":
		return 1
	}
	return 0
}

func componentRank(status string) int {
	switch status {
	case ComponentMajorOutage:
		return 4
	case ComponentPartialOutage:
		return 3
	case ComponentDegraded:
		return 2
	case ComponentMaintenance:
		return 1
	}
	return 0
}

// StatusText renders a component status for people: "partial outage".
func StatusText(status string) string {
	switch status {
	case ComponentDegraded:
		return "degraded performance"
	case "":
		return "unknown"
	}
	return strings.ReplaceAll(status, "_", " ")
}

// Component returns the component with the given key, if the page lists it.
func (s Summary) Component(key string) (Component, bool) {
	for _, c := range s.Components {
		if c.Key == key {
			return c, true
		}
	}
	return Component{}, false
}

// AffectedFamilies returns the model families named by unresolved incidents.
func (s Summary) AffectedFamilies() []string {
	out := []string{}
	for _, in := range s.Incidents {
		for _, f := range in.ModelFamilies {
			if !contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// Headline is the one-line verdict, e.g. "Claude API: partial outage —
// Elevated errors on Claude Opus (investigating, 12 min ago)".
func (s Summary) Headline(now time.Time) string {
	switch s.State {
	case Unknown:
		if s.Reason != "" {
			return "Status unknown — " + s.Reason
		}
		return "Status unknown"
	case Operational:
		if s.Description != "" {
			return s.Description
		}
		return "All Systems Operational"
	}
	subject := ""
	var worst Component
	for _, c := range s.Components {
		if componentRank(c.Status) > componentRank(worst.Status) {
			worst = c
		}
	}
	if worst.Key != "" {
		subject = KeyLabel(worst.Key) + ": " + StatusText(worst.Status)
	} else {
		d := s.Description
		if d == "" {
			d = s.Indicator
		}
		subject = "Anthropic status: " + d
	}
	if len(s.Incidents) > 0 {
		in := s.Incidents[0]
		// Prefer the most severe incident that names the worst component.
		for _, cand := range s.Incidents {
			if worst.Key != "" && contains(cand.ComponentKeys, worst.Key) {
				in = cand
				break
			}
		}
		detail := in.Status
		if !in.StartedAt.IsZero() {
			detail += ", " + Ago(now.Sub(in.StartedAt))
		}
		return subject + " — " + in.Name + " (" + detail + ")"
	}
	for _, m := range s.Maintenances {
		if m.InProgress {
			return subject + " — " + m.Name + " (maintenance in progress)"
		}
	}
	return subject
}

// Ago renders a duration as "just now", "12 min ago", "3 h ago", "2 d ago".
func Ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d/time.Hour))
	}
	return fmt.Sprintf("%d d ago", int(d/(24*time.Hour)))
}
