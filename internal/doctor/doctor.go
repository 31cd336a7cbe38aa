// Package doctor checks everything between Claude Code and the Anthropic API:
// the status page, DNS, the proxy, TLS (interception, expiry), reachability
// and auth, the configured models and the environment. Each check is one
// file; Run runs them concurrently, each under its own deadline, so a run
// ends within Deps.Timeout even when every remote hangs.
package doctor

import (
	"context"
	"crypto/x509"
	"fmt"
	"net"
	"os"
	"sync"
	"time"

	"github.com/ccdiag/ccdiag/internal/safefile"
	"github.com/ccdiag/ccdiag/internal/sanitize"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// Status is a check's verdict.
type Status string

// The verdicts. Only Fail counts towards doctor's exit code.
const (
	Pass Status = "PASS"
	Warn Status = "WARN"
	Fail Status = "FAIL"
	Skip Status = "SKIP"
)

// Check ids, in report order. They are part of the JSON output.
const (
	CheckStatusPage  = "status_page"
	CheckDNS         = "dns"
	CheckProxy       = "proxy"
	CheckTLS         = "tls"
	CheckAPI         = "api"
	CheckModels      = "models"
	CheckEnvironment = "environment"
)

// Result is the outcome of one check.
type Result struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Status Status `json:"status"`
	// Detail is one line saying what was found.
	Detail string `json:"detail"`
	// Notes are further facts worth showing, one per line.
	Notes []string `json:"notes"`
	// Fix says what to do when Status is Warn or Fail.
	Fix string `json:"fix"`
}

// Report is the outcome of a doctor run; its JSON form is `ccdiag doctor --json`.
type Report struct {
	// APIBaseURL is the API endpoint that was checked.
	APIBaseURL string `json:"api_base_url"`
	// Proxy is the proxy used for it (credentials redacted), or "".
	Proxy  string   `json:"proxy"`
	Checks []Result `json:"checks"`
	Counts Counts   `json:"counts"`
}

// Counts tallies the verdicts.
type Counts struct {
	Pass int `json:"pass"`
	Warn int `json:"warn"`
	Fail int `json:"fail"`
	Skip int `json:"skip"`
}

// Failures is the number of failed checks.
func (r Report) Failures() int { return r.Counts.Fail }

// Deps is everything a run touches; zero fields get real implementations.
type Deps struct {
	// Getenv reads the environment (ANTHROPIC_*, proxy, CA variables…).
	Getenv func(string) string
	// Now is the clock (certificate expiry, status ages).
	Now func() time.Time
	// Dial opens TCP connections (to the API host or the proxy).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// LookupHost resolves host names for the DNS check.
	LookupHost func(ctx context.Context, host string) ([]string, error)
	// SystemRoots returns the system's trusted CAs.
	SystemRoots func() (*x509.CertPool, error)
	// ReadFile reads CA bundle files (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE).
	ReadFile func(string) ([]byte, error)
	// StatusPage fetches the status page summary.
	StatusPage func(ctx context.Context) statuspage.Summary
	// Timeout bounds the whole run (default 10 s); CheckTimeout bounds each
	// check (default 8 s, never more than Timeout).
	Timeout      time.Duration
	CheckTimeout time.Duration
	// Models are extra model names to check (from --model).
	Models []string
	// ProbeModels sends a free count_tokens request per configured model.
	ProbeModels bool
}

// certBundle caps a CA bundle named by NODE_EXTRA_CA_CERTS or SSL_CERT_FILE.
var certBundle = safefile.Limit{Purpose: "certificate bundle", Max: 16 << 20}

// Default deadlines.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultCheckTimeout = 8 * time.Second
)

func (d *Deps) fill() {
	if d.Getenv == nil {
		d.Getenv = os.Getenv
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Dial == nil {
		d.Dial = (&net.Dialer{}).DialContext
	}
	if d.LookupHost == nil {
		d.LookupHost = net.DefaultResolver.LookupHost
	}
	if d.SystemRoots == nil {
		d.SystemRoots = x509.SystemCertPool
	}
	if d.ReadFile == nil {
		d.ReadFile = func(p string) ([]byte, error) { return safefile.ReadFile(p, certBundle) }
	}
	if d.StatusPage == nil {
		getenv := d.Getenv
		d.StatusPage = func(ctx context.Context) statuspage.Summary {
			return statuspage.New(statuspage.Options{Getenv: getenv}).Fetch(ctx)
		}
	}
	if d.Timeout <= 0 {
		d.Timeout = DefaultTimeout
	}
	if d.CheckTimeout <= 0 {
		d.CheckTimeout = DefaultCheckTimeout
	}
	d.CheckTimeout = min(d.CheckTimeout, d.Timeout)
}

// check is one entry of the checklist.
type check struct {
	id, title string
	run       func(ctx context.Context) Result
	// onTimeout is the verdict when the check does not finish in time.
	onTimeout func(limit time.Duration) Result
}

// Run runs every check concurrently and returns the report. It returns
// within d.Timeout whatever the network does.
func Run(ctx context.Context, d Deps) Report {
	d.fill()
	ctx, cancel := context.WithTimeout(ctx, d.Timeout)
	defer cancel()
	env := newSetup(d.Getenv)
	api := newAPIProbe()
	checks := []check{
		{CheckStatusPage, "Status page", func(ctx context.Context) Result { return checkStatusPage(ctx, d, env) },
			func(limit time.Duration) Result {
				return Result{Status: Warn, Detail: "the status page did not answer within " + limit.Round(time.Millisecond).String(),
					Fix: "open " + statuspage.DefaultBaseURL + " in a browser"}
			}},
		{CheckDNS, "DNS", func(ctx context.Context) Result { return checkDNS(ctx, d, env) }, nil},
		{CheckProxy, "Proxy", func(ctx context.Context) Result { return checkProxy(ctx, d, env) }, nil},
		{CheckTLS, "TLS", func(ctx context.Context) Result { return checkTLS(ctx, d, env) }, nil},
		{CheckAPI, "API", func(ctx context.Context) Result { return checkAPI(ctx, d, env, api) }, nil},
		{CheckModels, "Models", func(ctx context.Context) Result { return checkModels(ctx, d, env, api) },
			func(time.Duration) Result {
				return Result{Status: Skip, Detail: "the model list did not arrive in time (see the API check)"}
			}},
		{CheckEnvironment, "Environment", func(context.Context) Result { return checkEnvironment(d, env) }, nil},
	}
	results := runChecks(ctx, checks, d.CheckTimeout)
	rep := Report{APIBaseURL: env.baseRaw, Checks: results}
	if env.proxy != nil && !env.bypass {
		rep.Proxy = sanitize.URL(env.proxyRaw)
	}
	for i := range rep.Checks {
		scrub(&rep.Checks[i], env.red)
		switch rep.Checks[i].Status {
		case Pass:
			rep.Counts.Pass++
		case Warn:
			rep.Counts.Warn++
		case Fail:
			rep.Counts.Fail++
		default:
			rep.Counts.Skip++
		}
	}
	return rep
}

func runChecks(ctx context.Context, checks []check, limit time.Duration) []Result {
	results := make([]Result, len(checks))
	var wg sync.WaitGroup
	for i, c := range checks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, limit)
			defer cancel()
			done := make(chan Result, 1)
			go func() {
				defer func() {
					if p := recover(); p != nil {
						done <- Result{Status: Fail, Detail: fmt.Sprintf("internal error: %v", p),
							Fix: "please report this as a ccdiag bug"}
					}
				}()
				done <- c.run(cctx)
			}()
			var r Result
			select {
			case r = <-done:
			case <-cctx.Done():
				r = Result{Status: Fail,
					Detail: fmt.Sprintf("no answer within %s", limit.Round(time.Millisecond)),
					Fix:    "something between you and the API is swallowing connections: check the firewall, VPN or proxy"}
				if c.onTimeout != nil {
					r = c.onTimeout(limit)
				}
			}
			r.ID, r.Title = c.id, c.title
			if r.Notes == nil {
				r.Notes = []string{}
			}
			results[i] = r
		}()
	}
	wg.Wait()
	return results
}

// scrub removes any secret that slipped into a result's text.
func scrub(r *Result, red *sanitize.Redactor) {
	r.Detail = red.Redact(r.Detail).String()
	r.Fix = red.Redact(r.Fix).String()
	for i := range r.Notes {
		r.Notes[i] = red.Redact(r.Notes[i]).String()
	}
}
