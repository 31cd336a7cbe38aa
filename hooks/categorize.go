package hooks

import (
	"strconv"
	"strings"

	"github.com/ccdiag/ccdiag/internal/apierror"
)

// Categorize maps a failed turn to a diagnosis category with the shared
// catalogue (apierror.FromStatus when the transcript gave the status, else
// apierror.Diagnose on the visible message and details). Claude Code's own
// kind is coarse (529 arrives as server_error), so it only decides when the
// catalogue finds nothing.
func Categorize(f Failure) apierror.Category {
	// Claude Code's own messages for the common failures are recognised
	// without the catalogue, whose first use builds its rule set (several
	// milliseconds): the status line and the prompt hook stay fast.
	if c, sure := categorizeKnown(f); sure {
		return c
	}
	text := f.Message
	if f.Details != "" {
		text += "\n" + f.Details
	}
	var d apierror.Diagnosis
	if f.Status != 0 || f.Type != "" {
		d = apierror.FromStatus(f.Status, f.Type, "", text, apierror.Options{})
	} else {
		d = apierror.Diagnose(text, apierror.Options{})
	}
	if d.Category != apierror.None && d.Category != apierror.UnknownAPIError {
		return d.Category
	}
	return categorizeByKind(f)
}

// categorizeKnown classifies the failures Claude Code reports in a fixed
// form (see hooks/CHANNELS.md and the facts file); sure is false for
// anything that needs the full catalogue.
func categorizeKnown(f Failure) (apierror.Category, bool) {
	c := categorizeByKind(f)
	switch c {
	case apierror.Overloaded, apierror.ContextTooLong, apierror.RateLimit, apierror.UsageLimit, apierror.Billing,
		apierror.Authentication, apierror.MaxOutputTokens, apierror.ConversationState:
		return c, true
	case apierror.ServerError:
		st := f.Status
		if st == 0 {
			st = statusFromText(f.Message)
		}
		return c, st == 500 && (f.Type == "api_error" || strings.Contains(f.Message, "Internal server error"))
	}
	return c, false
}

// categorizeByKind is the fallback when the catalogue does not recognise the
// message: Claude Code's kind, the status and a few phrases.
func categorizeByKind(f Failure) apierror.Category {
	msg := strings.ToLower(f.Message + " " + f.Details)
	st := f.Status
	if st == 0 {
		st = statusFromText(f.Message)
	}
	switch {
	case st == 529 || f.Type == "overloaded_error" || f.Kind == "overloaded" || strings.Contains(msg, "overloaded"):
		return apierror.Overloaded
	case strings.Contains(msg, "prompt is too long") || strings.Contains(msg, "context window") && strings.Contains(msg, "exceed"):
		return apierror.ContextTooLong
	case st == 413 || f.Type == "request_too_large" || strings.Contains(msg, "request too large") || strings.Contains(msg, "request_too_large"):
		return apierror.RequestTooLarge
	case strings.Contains(msg, "usage limit") || strings.Contains(msg, "limit reached") || strings.Contains(msg, "limit will reset"):
		return apierror.UsageLimit
	case st == 429 || f.Kind == "rate_limit" || f.Type == "rate_limit_error":
		return apierror.RateLimit
	case f.Kind == "billing_error" || strings.Contains(msg, "credit balance"):
		return apierror.Billing
	case st == 401 || f.Kind == "authentication_failed" || f.Type == "authentication_error" ||
		strings.Contains(msg, "invalid api key") || strings.Contains(msg, "oauth token"):
		return apierror.Authentication
	case st == 403 || f.Type == "permission_error" || f.Kind == "oauth_org_not_allowed" || f.Kind == "account_on_hold":
		return apierror.Permission
	case f.Kind == "max_output_tokens" || strings.Contains(msg, "max_tokens") && strings.Contains(msg, "output"):
		return apierror.MaxOutputTokens
	case f.Kind == "model_not_found" || st == 404 || f.Type == "not_found_error":
		return apierror.NotFound
	case strings.Contains(msg, "tool_use") && strings.Contains(msg, "tool_result") || strings.Contains(msg, "tool_use_id"):
		return apierror.ConversationState
	case strings.Contains(msg, "certificate") || strings.Contains(msg, "tls"):
		return apierror.TLS
	case strings.Contains(msg, "proxy"):
		return apierror.Proxy
	case strings.Contains(msg, "connection error") || strings.Contains(msg, "econnrefused") ||
		strings.Contains(msg, "enotfound") || strings.Contains(msg, "fetch failed") || strings.Contains(msg, "unable to connect"):
		return apierror.Network
	case st == 504 || strings.Contains(msg, "timed out") || strings.Contains(msg, "timeout"):
		return apierror.Timeout
	case st == 502 || st == 503:
		return apierror.GatewayError
	case st >= 500 || f.Kind == "server_error" || f.Type == "api_error":
		return apierror.ServerError
	case st == 400 || f.Kind == "invalid_request" || f.Type == "invalid_request_error":
		return apierror.InvalidRequest
	}
	return apierror.UnknownAPIError
}

// statusFromText finds the HTTP status in "API Error: 500 …" or
// "Request rejected (429)".
func statusFromText(msg string) int {
	if i := strings.Index(msg, "API Error: "); i >= 0 {
		if n := leadingStatus(msg[i+len("API Error: "):]); n != 0 {
			return n
		}
	}
	if i := strings.Index(msg, "Repeated "); i >= 0 {
		if n := leadingStatus(msg[i+len("Repeated "):]); n != 0 {
			return n
		}
	}
	if i := strings.Index(msg, "("); i >= 0 {
		if n := leadingStatus(msg[i+1:]); n != 0 && strings.HasPrefix(msg[i+4:], ")") {
			return n
		}
	}
	return 0
}

func leadingStatus(s string) int {
	if len(s) < 3 {
		return 0
	}
	n, err := strconv.Atoi(s[:3])
	if err != nil || n < 400 || n > 599 || (len(s) > 3 && s[3] >= '0' && s[3] <= '9') {
		return 0
	}
	return n
}
