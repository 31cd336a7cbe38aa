package statuspage

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"github.com/ccdiag/ccdiag/internal/statuscache"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// Base URLs of Anthropic's status page.
const (
	// DefaultBaseURL is the canonical page (status.anthropic.com redirects here).
	DefaultBaseURL = "https://status.claude.com"
	// FallbackBaseURL is the Statuspage origin serving the same data; it is
	// tried when the canonical host fails or answers with a challenge page.
	FallbackBaseURL = "https://anthropic.statuspage.io"
	// SummaryPath is the Statuspage v2 summary endpoint.
	SummaryPath = "/api/v2/summary.json"
	// DefaultTimeout bounds one fetch (all attempts together).
	DefaultTimeout = 5 * time.Second
	// DefaultTTL is how long a cached summary counts as fresh.
	DefaultTTL = statuscache.TTL
	// EnvStatusURL overrides the base URL and disables the fallback.
	EnvStatusURL = "CCDIAG_STATUS_URL"
	// EnvCacheDir overrides the cache directory.
	EnvCacheDir = "CCDIAG_CACHE_DIR"
)

// maxBody caps what is read from the page; summary.json is ~2 KB.
const maxBody = 4 << 20

// Options configure a Client. Zero values pick the defaults.
type Options struct {
	// Getenv reads CCDIAG_STATUS_URL, CCDIAG_CACHE_DIR, XDG_CACHE_HOME, HOME.
	Getenv func(string) string
	// BaseURLs replaces the default base URL and its fallback, tried in
	// order; CCDIAG_STATUS_URL still wins over it.
	BaseURLs []string
	// HTTP is the client for the status page; nil means a plain client.
	HTTP *http.Client
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Timeout bounds one Fetch; 0 means DefaultTimeout.
	Timeout time.Duration
	// TTL is how long the cache counts as fresh; 0 means DefaultTTL.
	TTL time.Duration
	// CacheDir overrides the cache directory ("" = from the environment,
	// "-" = no cache).
	CacheDir string
	// Refresh starts a background refresh for Cached; nil means spawning
	// `<this executable> status --refresh-cache` detached.
	Refresh func() error
}

// Client reads the status page and its disk cache. Creating one does no I/O.
type Client struct {
	bases    []string
	http     *http.Client
	now      func() time.Time
	timeout  time.Duration
	ttl      time.Duration
	cacheDir string
	refresh  func() error
}

// New returns a Client configured from opts and the environment.
func New(opts Options) *Client {
	getenv := opts.Getenv
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	c := &Client{http: opts.HTTP, now: opts.Now, timeout: opts.Timeout, ttl: opts.TTL,
		cacheDir: opts.CacheDir, refresh: opts.Refresh}
	if u := strings.TrimRight(strings.TrimSpace(getenv(EnvStatusURL)), "/"); u != "" {
		c.bases = []string{u}
	} else if len(opts.BaseURLs) > 0 {
		c.bases = append([]string(nil), opts.BaseURLs...)
	} else {
		c.bases = []string{DefaultBaseURL, FallbackBaseURL}
	}
	if c.http == nil {
		c.http = &http.Client{}
	}
	if c.now == nil {
		c.now = time.Now
	}
	if c.timeout <= 0 {
		c.timeout = DefaultTimeout
	}
	if c.ttl <= 0 {
		c.ttl = DefaultTTL
	}
	switch c.cacheDir {
	case "":
		c.cacheDir = statuscache.Dir(getenv)
	case "-":
		c.cacheDir = ""
	}
	if c.refresh == nil {
		c.refresh = statuscache.SpawnRefresh
	}
	return c
}

// BaseURLs returns the base URLs Fetch tries, in order.
func (c *Client) BaseURLs() []string { return append([]string(nil), c.bases...) }

// TTL returns how long a cached summary counts as fresh.
func (c *Client) TTL() time.Duration { return c.ttl }

// Fetch reads the status page now (within the client's timeout and ctx),
// writes the result to the cache and returns it. It never fails: a page that
// hangs, errors or returns garbage yields State Unknown with a Reason.
func (c *Client) Fetch(ctx context.Context) Summary {
	s := c.FetchNoCache(ctx)
	_ = c.store(s)
	return s
}

// FetchNoCache is Fetch without touching the cache.
func (c *Client) FetchNoCache(ctx context.Context) Summary {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	var reasons []string
	for i, base := range c.bases {
		actx, acancel := attemptContext(ctx, len(c.bases)-i)
		s, err := c.fetchOne(actx, base)
		acancel()
		if err == nil {
			return s
		}
		reasons = append(reasons, hostOf(base)+": "+err.Error())
		if ctx.Err() != nil {
			break
		}
	}
	return UnknownSummary(strings.Join(reasons, "; "), c.now())
}

// attemptContext gives one attempt its share of the remaining time, so a
// hanging first host still leaves time for the fallback.
func attemptContext(ctx context.Context, attemptsLeft int) (context.Context, context.CancelFunc) {
	dl, ok := ctx.Deadline()
	if !ok || attemptsLeft <= 1 {
		return context.WithCancel(ctx)
	}
	share := time.Until(dl) / time.Duration(attemptsLeft)
	return context.WithTimeout(ctx, share)
}

func (c *Client) fetchOne(ctx context.Context, base string) (Summary, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+SummaryPath, nil)
	if err != nil {
		return Summary{}, fmt.Errorf("bad status URL: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "ccdiag")
	resp, err := c.http.Do(req)
	if err != nil {
		return Summary{}, describeNetErr(ctx, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return Summary{}, describeNetErr(ctx, err)
	}
	if resp.StatusCode != http.StatusOK {
		return Summary{}, fmt.Errorf("HTTP %d%s", resp.StatusCode, challengeHint(resp, body))
	}
	s, err := Parse(body, c.now())
	if err != nil {
		return Summary{}, err
	}
	s.Source = sanitize.URL(base)
	return s, nil
}

func challengeHint(resp *http.Response, body []byte) string {
	ct := resp.Header.Get("Content-Type")
	if strings.Contains(ct, "html") || strings.HasPrefix(strings.TrimSpace(string(body)), "<") {
		return " (HTML page — a bot challenge?)"
	}
	return ""
}

func describeNetErr(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return errors.New("timed out")
	}
	var nerr net.Error
	if errors.As(err, &nerr) && nerr.Timeout() {
		return errors.New("timed out")
	}
	if errors.Is(err, context.Canceled) {
		return errors.New("cancelled")
	}
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var certErr *tls.CertificateVerificationError
	switch {
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return errors.New("cannot resolve " + dnsErr.Name)
	case errors.As(err, &dnsErr):
		return errors.New("DNS lookup failed (" + lastPart(dnsErr.Err) + ")")
	case errors.As(err, &certErr):
		return errors.New("TLS certificate not trusted (" + lastPart(certErr.Err.Error()) + ")")
	case errors.As(err, &opErr) && opErr.Err != nil:
		return errors.New(lastPart(opErr.Err.Error()))
	}
	// Drop the "Get \"url\": " prefix; the host is named by the caller.
	var uerr interface{ Unwrap() error }
	if errors.As(err, &uerr) {
		if inner := uerr.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}

// lastPart keeps the last clause of a chained error ("dial udp …: connect:
// network is unreachable" → "network is unreachable").
func lastPart(s string) string {
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}

// hostOf names a base URL's host (never its credentials) in reasons.
func hostOf(base string) string {
	if u, err := url.Parse(base); err == nil && u.Host != "" {
		return u.Host
	}
	return sanitize.URL(base)
}
