package apierror

import "testing"

// TestOwnStatusInReport: a status only the API answers with (529) names
// the status of the failure of its category wherever the report puts it;
// beside a failure of another category it is not that failure's.
func TestOwnStatusInReport(t *testing.T) {
	const body = "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}"
	const rate = "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of requests has exceeded your rate limit'}}"
	for _, tc := range []struct {
		name, text string
		want       Category
		status     int
	}{
		{"the own status in the report's words", "Our nightly batch dies on this, the status is 529 on some days and absent on others:\n" + body, Overloaded, 529},
		{"the body alone", body, Overloaded, 0},
		{"an own status beside a failure of another kind", "Last month the status was 529 for a while; today it is this:\n" + rate, RateLimit, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkCategoryStatus(t, tc.text, tc.want, tc.status)
		})
	}
}

// checkCategoryStatus diagnoses text and requires its category and its
// HTTP status (0 for none).
func checkCategoryStatus(t *testing.T, text string, want Category, status int) {
	t.Helper()
	d := Diagnose(text, Options{})
	got := 0
	if d.HTTPStatus != nil {
		got = *d.HTTPStatus
	}
	if d.Category != want || got != status {
		t.Errorf("category %s status %d, want %s %d (%s)", d.Category, got, want, status, d.Summary)
	}
}
