package doctor

import (
	"strconv"
	"strings"
)

// API_TIMEOUT_MS bounds below which requests time out too early, and above
// which a hung request is never noticed.
const (
	minAPITimeoutMS = 30_000
	maxAPITimeoutMS = 3_600_000
)

// checkEnvironment looks for settings that change where requests go or how
// they fail: an API key overriding a subscription login, deprecated or
// out-of-range variables, provider mode, a custom base URL.
func checkEnvironment(d Deps, env *setup) Result {
	type finding struct {
		st       Status
		msg, fix string
	}
	var fs []finding
	if env.baseErr != "" {
		fs = append(fs, finding{Fail, env.baseErr, "fix or unset ANTHROPIC_BASE_URL"})
	}
	if env.apiKey != "" && env.provider == "" {
		fs = append(fs, finding{Warn, "ANTHROPIC_API_KEY is set (" + env.credential() + "): Claude Code uses it instead of a claude.ai subscription login, and bills the key",
			"if you meant to use your Pro/Max subscription: unset ANTHROPIC_API_KEY"})
	}
	if env.apiKey != "" && env.authToken != "" {
		fs = append(fs, finding{Warn, "both ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are set; both are sent",
			"keep only the one your endpoint expects"})
	}
	if v := d.Getenv("ANTHROPIC_SMALL_FAST_MODEL"); v != "" {
		fs = append(fs, finding{Warn, "ANTHROPIC_SMALL_FAST_MODEL is deprecated",
			"use ANTHROPIC_DEFAULT_HAIKU_MODEL=" + v + " instead"})
	}
	if v := strings.TrimSpace(d.Getenv("API_TIMEOUT_MS")); v != "" {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil || n <= 0:
			fs = append(fs, finding{Warn, "API_TIMEOUT_MS=" + v + " is not a positive number of milliseconds",
				"unset it (default 600000, 10 minutes) or set e.g. API_TIMEOUT_MS=600000"})
		case n < minAPITimeoutMS:
			fs = append(fs, finding{Warn, "API_TIMEOUT_MS=" + v + " (" + strconv.Itoa(n/1000) + " s) is too short: long answers will time out",
				"raise it, e.g. API_TIMEOUT_MS=600000"})
		case n > maxAPITimeoutMS:
			fs = append(fs, finding{Warn, "API_TIMEOUT_MS=" + v + " is over an hour: a hung request goes unnoticed",
				"lower it, e.g. API_TIMEOUT_MS=600000"})
		}
	}
	if env.provider != "" {
		fs = append(fs, finding{Warn, "provider mode: " + providerName(env.provider) +
			"; Anthropic's status page and api.anthropic.com are not on your path, the provider's status is",
			"check the provider's status page and quotas"})
	}
	if env.customBase && env.provider == "" {
		fs = append(fs, finding{Warn, "ANTHROPIC_BASE_URL=" + env.baseRaw + ": requests go through a gateway, the first suspect when they fail",
			"compare with the gateway's own health and logs; unset ANTHROPIC_BASE_URL to test the API directly"})
	}
	if env.badHeaderLines > 0 {
		fs = append(fs, finding{Warn, "ANTHROPIC_CUSTOM_HEADERS has " + itoa(env.badHeaderLines) + " line(s) that are not \"Name: Value\"",
			"put one \"Name: Value\" per line"})
	}
	if len(fs) == 0 {
		return Result{Status: Pass, Detail: "no risky settings found"}
	}
	r := Result{Status: Pass}
	var fixes []string
	for _, f := range fs {
		if rank(f.st) > rank(r.Status) {
			r.Status = f.st
		}
		r.Notes = append(r.Notes, f.msg)
		if f.fix != "" {
			fixes = append(fixes, f.fix)
		}
	}
	r.Detail = itoa(len(fs)) + " setting(s) worth knowing about"
	r.Fix = strings.Join(fixes, "; ")
	return r
}
