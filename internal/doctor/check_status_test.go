package doctor

import (
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// TestIncidentFix: doctor gives the move the hook and the status line give
// (models.DuringIncidents): an incident naming the family in use → switch
// family; an incident on every model → wait.
func TestIncidentFix(t *testing.T) {
	opusIncident := statuspage.Incident{Name: "Elevated errors on Claude Opus", ModelFamilies: []string{"opus"}}
	allIncident := statuspage.Incident{Name: "Elevated errors", ModelFamilies: []string{}}
	for _, tc := range []struct {
		name      string
		incidents []statuspage.Incident
		model     string
		want      string
	}{
		{"opus in use, opus incident", []statuspage.Incident{opusIncident}, "claude-opus-4-6", "switch with /model sonnet"},
		{"sonnet in use, opus incident", []statuspage.Incident{opusIncident}, "sonnet", "not sonnet"},
		{"model unknown, opus incident", []statuspage.Incident{opusIncident}, "", "on opus, switch with /model sonnet"},
		{"incident on every model", []statuspage.Incident{allIncident}, "opus", "switching model does not help"},
		{"every-model incident wins", []statuspage.Incident{opusIncident, allIncident}, "opus", "switching model does not help"},
		{"no incident", nil, "opus", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var cfg []configuredModel
			if tc.model != "" {
				cfg = []configuredModel{{tc.model, "ANTHROPIC_MODEL"}}
			}
			got := incidentFix(statuspage.Summary{Incidents: tc.incidents}, cfg)
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("incidentFix = %q, want it to contain %q", got, tc.want)
			}
		})
	}
}
