package doctor

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// checkProxy reports which proxy Claude Code would use for the API (Claude
// Code's precedence), whether NO_PROXY exempts the API host, and whether the
// proxy opens a CONNECT tunnel to it.
func checkProxy(ctx context.Context, d Deps, env *setup) Result {
	var notes []string
	// Both spellings set to different values: tools disagree on which wins.
	for _, pair := range [][2]string{{"https_proxy", "HTTPS_PROXY"}, {"http_proxy", "HTTP_PROXY"}, {"no_proxy", "NO_PROXY"}} {
		lo, up := strings.TrimSpace(d.Getenv(pair[0])), strings.TrimSpace(d.Getenv(pair[1]))
		switch {
		case lo == "" || up == "" || lo == up:
		case pair[0] == "no_proxy":
			notes = append(notes, "no_proxy and NO_PROXY differ; Claude Code skips the proxy when either matches, other tools read only one")
		default:
			notes = append(notes, pair[0]+" and "+pair[1]+" differ; Claude Code uses "+pair[0]+", other tools may use "+pair[1])
		}
	}
	if v := d.Getenv("ALL_PROXY") + d.Getenv("all_proxy"); v != "" && env.proxyRaw == "" {
		notes = append(notes, "ALL_PROXY is set, but Claude Code reads HTTPS_PROXY/HTTP_PROXY for the API")
	}
	if env.proxyRaw == "" {
		return Result{Status: Pass, Detail: "no proxy configured: direct connection", Notes: notes}
	}
	shown := env.proxySource + "=" + sanitize.URL(env.proxyRaw)
	if env.proxyErr != "" {
		return Result{Status: Fail, Detail: shown + ": " + env.proxyErr, Notes: notes,
			Fix: "use an HTTP(S) proxy URL, e.g. export " + env.proxySource + "=http://proxy.example.com:8080"}
	}
	if env.baseErr != "" {
		return Result{Status: Skip, Detail: shown + "; API URL unusable: " + env.baseErr, Notes: notes}
	}
	if env.bypass {
		return Result{Status: Pass, Notes: notes,
			Detail: shown + ", but " + env.noProxySource + " entry " + quote(env.bypassEntry) + " sends " + env.host + " direct"}
	}
	conn, err := connectTunnel(ctx, d, env)
	if err != nil {
		r := Result{Status: Fail, Detail: shown + ": " + err.Error(), Notes: notes,
			Fix: "check the proxy address and that it is running; ask IT for the right HTTPS_PROXY"}
		var pe *proxyError
		if errors.As(err, &pe) {
			switch pe.status {
			case http.StatusProxyAuthRequired:
				r.Fix = "the proxy wants credentials: export " + env.proxySource + "=http://USER:PASSWORD@" + env.proxy.Host
				if env.proxy.User != nil {
					r.Fix = "the proxy rejected the credentials in " + env.proxySource + ": check user and password (URL-encode special characters)"
				}
			case http.StatusForbidden:
				r.Fix = "the proxy blocks " + env.host + ": ask IT to allow it (Claude Code needs api.anthropic.com, claude.ai, platform.claude.com)"
			}
		}
		return r
	}
	conn.Close()
	return Result{Status: Pass, Detail: shown + " opens a tunnel to " + env.addr, Notes: notes}
}

func quote(s string) string { return "\"" + s + "\"" }
