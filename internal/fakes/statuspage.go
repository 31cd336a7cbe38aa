// Package fakes holds local stand-ins for the remote services ccdiag talks to
// — Anthropic's status page and the Messages API — for tests only. Every fake
// is an http.Handler meant for httptest on 127.0.0.1; nothing here reaches the
// internet. The shapes follow the documented Statuspage v2 and Anthropic API
// responses (see shared/facts/anthropic-api.md).
package fakes

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

// Status page component ids and names as Anthropic's page lists them.
const (
	ComponentAPIID     = "k8w3r06qmzrp"
	ComponentCodeID    = "yyzkbfz2thpt"
	ComponentClaudeAI  = "rwppv331jlwc"
	ComponentConsoleID = "0qbwn08sd68x" // made up: the console is matched by name
)

// StatusScenarios lists the scenarios NewStatusPage serves:
//
//	operational         everything green
//	minor               Claude Code degraded, a minor incident naming it
//	major               Claude API partial outage, "Elevated errors on Claude Opus" (investigating, 12 min)
//	critical            Claude API and claude.ai major outage, critical incident
//	major-no-components indicator major, every component operational, incident listing no components
//	maintenance         Claude API under maintenance, maintenance in progress
//	renamed             operational, component ids unknown: matched by name
//	challenge           405 with an HTML "Just a moment..." page
//	html                200 with an HTML body
//	garbage             200 with broken JSON
//	error500            500 with a JSON error
//	hang                never answers (until the client gives up)
func StatusScenarios() []string {
	s := make([]string, 0, len(statusBodies()))
	for k := range statusBodies() {
		s = append(s, k)
	}
	s = append(s, "challenge", "html", "garbage", "error500", "hang")
	sort.Strings(s)
	return s
}

// NewStatusPage returns a fake Statuspage serving scenario at
// /api/v2/summary.json (and /api/v2/status.json); now dates the incidents
// (nil = time.Now), so "started 12 min ago" stays true.
func NewStatusPage(scenario string, now func() time.Time) (http.Handler, error) {
	if now == nil {
		now = time.Now
	}
	body, ok := statusBodies()[scenario]
	switch {
	case ok:
	case scenario == "challenge", scenario == "html", scenario == "garbage",
		scenario == "error500", scenario == "hang":
	default:
		return nil, fmt.Errorf("unknown status scenario %q (have %s)", scenario,
			strings.Join(StatusScenarios(), ", "))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/v2/summary.json" && r.URL.Path != "/api/v2/status.json" {
			http.NotFound(w, r)
			return
		}
		switch scenario {
		case "challenge":
			w.Header().Set("Content-Type", "text/html; charset=UTF-8")
			w.WriteHeader(http.StatusMethodNotAllowed)
			fmt.Fprint(w, "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>challenge</body></html>")
		case "html":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body>Maintenance page</body></html>")
		case "garbage":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"page":{"id":"tymt9n04zgry"},"status":{"indicator":`)
		case "error500":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"error":"internal"}`)
		case "hang":
			<-r.Context().Done()
		default:
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, body(now().UTC()))
		}
	}), nil
}

type comp struct{ id, name, status string }

func components(api, code, ai, console string) []comp {
	return []comp{
		{ComponentClaudeAI, "claude.ai", ai},
		{ComponentConsoleID, "Claude Console (platform.claude.com)", console},
		{ComponentAPIID, "Claude API (api.anthropic.com)", api},
		{ComponentCodeID, "Claude Code", code},
	}
}

type update struct {
	status, body string
	ago          time.Duration
}

type incident struct {
	id, name, status, impact string
	ago                      time.Duration
	updates                  []update
	comps                    []comp
	maintenance              bool
	until                    time.Duration
}

// statusBodies maps each JSON scenario to its summary.json builder.
func statusBodies() map[string]func(time.Time) string {
	op := "operational"
	return map[string]func(time.Time) string{
		"operational": func(now time.Time) string {
			return summaryJSON(now, "none", "All Systems Operational", components(op, op, op, op), nil, nil)
		},
		"minor": func(now time.Time) string {
			cs := components(op, "degraded_performance", op, op)
			return summaryJSON(now, "minor", "Minor Service Outage", cs, []incident{{
				id: "inc-minor", name: "Slow responses in Claude Code", status: "identified", impact: "minor",
				ago:     40 * time.Minute,
				updates: []update{{"identified", "We have identified the cause of slow responses.", 10 * time.Minute}, {"investigating", "We are investigating.", 40 * time.Minute}},
				comps:   []comp{cs[3]},
			}}, nil)
		},
		"major": func(now time.Time) string {
			cs := components("partial_outage", op, op, op)
			return summaryJSON(now, "major", "Partial System Outage", cs, []incident{{
				id: "inc-opus", name: "Elevated errors on Claude Opus", status: "investigating", impact: "major",
				ago:     12 * time.Minute,
				updates: []update{{"investigating", "We are investigating elevated error rates for requests to Claude Opus 4.6.", 12 * time.Minute}},
				comps:   []comp{cs[2]},
			}}, nil)
		},
		"critical": func(now time.Time) string {
			cs := components("major_outage", "partial_outage", "major_outage", op)
			return summaryJSON(now, "critical", "Major System Outage", cs, []incident{{
				id: "inc-down", name: "Claude API and claude.ai unavailable", status: "identified", impact: "critical",
				ago:     25 * time.Minute,
				updates: []update{{"identified", "The issue has been identified and a fix is being implemented.", 5 * time.Minute}},
				comps:   []comp{cs[2], cs[0]},
			}}, nil)
		},
		"major-no-components": func(now time.Time) string {
			return summaryJSON(now, "major", "Partial System Outage", components(op, op, op, op), []incident{{
				id: "inc-nocomp", name: "Increased latency for some requests", status: "monitoring", impact: "major",
				ago:     2 * time.Hour,
				updates: []update{{"monitoring", "A fix has been implemented and we are monitoring the results.", 15 * time.Minute}},
			}}, nil)
		},
		"maintenance": func(now time.Time) string {
			cs := components("under_maintenance", op, op, op)
			return summaryJSON(now, "maintenance", "Service Under Maintenance", cs, nil, []incident{{
				id: "mnt-1", name: "Scheduled database maintenance", status: "in_progress", impact: "maintenance",
				ago: 20 * time.Minute, until: 40 * time.Minute, maintenance: true,
				updates: []update{{"in_progress", "Scheduled maintenance is currently in progress.", 20 * time.Minute}},
				comps:   []comp{cs[2]},
			}})
		},
		"renamed": func(now time.Time) string {
			cs := []comp{
				{"x1", "claude.ai", op},
				{"x2", "Claude API (api.anthropic.com)", "degraded_performance"},
				{"x3", "Claude Code", op},
				{"x4", "Claude Console (platform.claude.com)", op},
			}
			return summaryJSON(now, "minor", "Minor Service Outage", cs, nil, nil)
		},
	}
}

func ts(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

func summaryJSON(now time.Time, indicator, desc string, cs []comp, incs, mnts []incident) string {
	compJSON := func(cs []comp) []map[string]any {
		out := []map[string]any{}
		for i, c := range cs {
			out = append(out, map[string]any{
				"id": c.id, "name": c.name, "status": c.status, "created_at": ts(now.Add(-1000 * time.Hour)),
				"updated_at": ts(now), "position": i + 1, "description": nil, "showcase": true,
				"start_date": nil, "group_id": nil, "page_id": "tymt9n04zgry", "group": false,
				"only_show_if_degraded": false,
			})
		}
		return out
	}
	incJSON := func(incs []incident) []map[string]any {
		out := []map[string]any{}
		for _, in := range incs {
			ups := []map[string]any{}
			for _, u := range in.updates {
				ups = append(ups, map[string]any{
					"id": in.id + "-u", "status": u.status, "body": u.body, "incident_id": in.id,
					"created_at": ts(now.Add(-u.ago)), "updated_at": ts(now.Add(-u.ago)),
					"display_at": ts(now.Add(-u.ago)), "affected_components": nil,
				})
			}
			m := map[string]any{
				"id": in.id, "name": in.name, "status": in.status, "impact": in.impact,
				"created_at": ts(now.Add(-in.ago)), "updated_at": ts(now), "monitoring_at": nil,
				"resolved_at": nil, "started_at": ts(now.Add(-in.ago)), "page_id": "tymt9n04zgry",
				"shortlink": "https://stspg.io/" + in.id, "incident_updates": ups, "components": compJSON(in.comps),
			}
			if in.maintenance {
				m["scheduled_for"] = ts(now.Add(-in.ago))
				m["scheduled_until"] = ts(now.Add(in.until))
			}
			out = append(out, m)
		}
		return out
	}
	doc := map[string]any{
		"page": map[string]any{"id": "tymt9n04zgry", "name": "Claude", "url": "https://status.claude.com",
			"time_zone": "Etc/UTC", "updated_at": ts(now)},
		"status":                 map[string]any{"indicator": indicator, "description": desc},
		"components":             compJSON(cs),
		"incidents":              incJSON(incs),
		"scheduled_maintenances": incJSON(mnts),
	}
	b, err := json.Marshal(doc)
	if err != nil {
		panic(err) // static shapes: cannot fail
	}
	return string(b)
}
