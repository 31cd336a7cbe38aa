package doctor

import (
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// DefaultBaseURL is the first-party API.
const DefaultBaseURL = "https://api.anthropic.com"

// setup is what the environment says about the path to the API, read once
// and shared by the checks.
type setup struct {
	getenv func(string) string

	baseRaw    string
	base       *url.URL
	baseErr    string
	customBase bool // ANTHROPIC_BASE_URL points somewhere other than Anthropic
	host       string
	addr       string // host:port

	// proxy is the proxy Claude Code would use for the API (nil = none).
	proxy       *url.URL
	proxyRaw    string
	proxySource string // which variable it came from
	proxyErr    string
	// bypass is true when NO_PROXY exempts the API host; bypassEntry says why.
	bypass        bool
	bypassEntry   string
	noProxySource string

	apiKey, authToken string
	customHeaders     http.Header
	badHeaderLines    int

	provider string // bedrock, vertex, foundry or ""

	// secrets are values that must never be printed; red masks them.
	secrets []string
	red     *sanitize.Redactor
}

// proxyVars is Claude Code's order for the API proxy: lower case first
// (read from the Claude Code 2.1.x bundle: https_proxy, HTTPS_PROXY,
// http_proxy, HTTP_PROXY; no_proxy before NO_PROXY). Go's own
// ProxyFromEnvironment prefers upper case, so doctor does not use it.
func proxyVars() []string { return []string{"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"} }

func newSetup(getenv func(string) string) *setup {
	s := &setup{getenv: getenv}
	s.baseRaw = strings.TrimRight(strings.TrimSpace(getenv("ANTHROPIC_BASE_URL")), "/")
	if s.baseRaw == "" {
		s.baseRaw = DefaultBaseURL
	}
	u, err := url.Parse(s.baseRaw)
	switch {
	case err != nil:
		s.baseErr = "ANTHROPIC_BASE_URL is not a URL: " + err.Error()
	case u.Scheme != "https" && u.Scheme != "http":
		s.baseErr = "ANTHROPIC_BASE_URL must start with https:// (got " + strconv.Quote(u.Scheme) + ")"
	case u.Hostname() == "":
		s.baseErr = "ANTHROPIC_BASE_URL has no host"
	default:
		s.base = u
		s.host = strings.ToLower(u.Hostname())
		port := u.Port()
		if port == "" {
			port = "443"
			if u.Scheme == "http" {
				port = "80"
			}
		}
		s.addr = net.JoinHostPort(s.host, port)
		s.customBase = s.host != "api.anthropic.com"
	}
	if u != nil && u.User != nil {
		// Credentials in the base URL are secrets too.
		if p, ok := u.User.Password(); ok {
			s.secrets = append(s.secrets, p)
		}
	}
	// Shown in every message: credentials and secret query values masked,
	// whether or not the URL parses.
	s.baseRaw = sanitize.URL(s.baseRaw)

	for _, v := range proxyVars() {
		if val := strings.TrimSpace(getenv(v)); val != "" {
			s.proxyRaw, s.proxySource = val, v
			break
		}
	}
	for _, v := range proxyVars() {
		if pu, err := url.Parse(withScheme(getenv(v))); err == nil && pu.User != nil {
			if p, ok := pu.User.Password(); ok && p != "" {
				s.secrets = append(s.secrets, p, url.QueryEscape(p))
			}
		}
	}
	if s.proxyRaw != "" {
		pu, err := url.Parse(withScheme(s.proxyRaw))
		switch {
		case err != nil || pu.Host == "":
			s.proxyErr = s.proxySource + " is not a valid proxy URL"
		case strings.HasPrefix(strings.ToLower(pu.Scheme), "socks"):
			s.proxy = pu
			s.proxyErr = "Claude Code does not support SOCKS proxies"
		default:
			s.proxy = pu
		}
		if s.host != "" {
			s.bypass, s.bypassEntry, s.noProxySource = noProxyMatch(getenv, s.host, s.addr)
		}
	}

	s.apiKey = strings.TrimSpace(getenv("ANTHROPIC_API_KEY"))
	s.authToken = strings.TrimSpace(getenv("ANTHROPIC_AUTH_TOKEN"))
	for _, sec := range []string{s.apiKey, s.authToken} {
		if sec != "" {
			s.secrets = append(s.secrets, sec)
		}
	}
	s.customHeaders, s.badHeaderLines = parseCustomHeaders(getenv("ANTHROPIC_CUSTOM_HEADERS"))
	for _, vs := range s.customHeaders {
		for _, v := range vs {
			if len(v) >= 8 {
				s.secrets = append(s.secrets, v) // custom headers often carry gateway keys
			}
		}
	}

	switch {
	case truthy(getenv("CLAUDE_CODE_USE_BEDROCK")):
		s.provider = "bedrock"
	case truthy(getenv("CLAUDE_CODE_USE_VERTEX")):
		s.provider = "vertex"
	case truthy(getenv("CLAUDE_CODE_USE_FOUNDRY")):
		s.provider = "foundry"
	}
	s.red = sanitize.New(append(sanitize.FromEnv(getenv).Secrets(), s.secrets...)...)
	return s
}

// usesProxy reports whether API traffic goes through the proxy.
func (s *setup) usesProxy() bool { return s.proxy != nil && !s.bypass }

func withScheme(v string) string {
	v = strings.TrimSpace(v)
	if v != "" && !strings.Contains(v, "://") {
		return "http://" + v
	}
	return v
}

func truthy(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// noProxyMatch applies the NO_PROXY rules Claude Code 2.1.328 follows for API
// requests (observed by running it against local proxies): entries split on
// commas and spaces, case-insensitive; "*" bypasses everything; an optional
// :port must match; ".example.com" matches subdomains; anything else must
// equal the host ("example.com" and "*.example.com" do not match
// api.example.com). A match in either no_proxy or NO_PROXY bypasses.
func noProxyMatch(getenv func(string) string, host, addr string) (bool, string, string) {
	_, port, _ := net.SplitHostPort(addr)
	host = strings.TrimSuffix(host, ".")
	src := ""
	for _, name := range []string{"no_proxy", "NO_PROXY"} {
		val := strings.ToLower(strings.TrimSpace(getenv(name)))
		if val == "" {
			continue
		}
		if src == "" {
			src = name
		}
		for _, e := range strings.FieldsFunc(val, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
			if e == "*" {
				return true, e, name
			}
			h, p := e, ""
			if hh, pp, err := net.SplitHostPort(e); err == nil {
				h, p = hh, pp
			}
			h = strings.TrimSuffix(strings.Trim(h, "[]"), ".")
			if h == "" || p != "" && p != port {
				continue
			}
			if strings.HasPrefix(h, ".") && strings.HasSuffix(host, h) || host == h {
				return true, e, name
			}
		}
	}
	return false, "", src
}

// parseCustomHeaders reads ANTHROPIC_CUSTOM_HEADERS: one "Name: Value" per
// line. It returns the headers and the number of lines it could not read.
func parseCustomHeaders(v string) (http.Header, int) {
	h := http.Header{}
	bad := 0
	for _, line := range strings.Split(v, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		name, val, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			bad++
			continue
		}
		h.Add(name, strings.TrimSpace(val))
	}
	return h, bad
}

// timeZero clears a connection deadline.
var timeZero = time.Time{}
