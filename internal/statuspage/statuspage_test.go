package statuspage_test

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)

func clock() time.Time { return now }

func serve(t *testing.T, scenario string) *httptest.Server {
	t.Helper()
	h, err := fakes.NewStatusPage(scenario, clock)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func client(t *testing.T, bases ...string) *statuspage.Client {
	return statuspage.New(statuspage.Options{
		BaseURLs: bases, Now: clock, Timeout: 2 * time.Second, CacheDir: t.TempDir(),
		Refresh: func() error { return nil },
	})
}

func TestFetchScenarios(t *testing.T) {
	tests := []struct {
		scenario  string
		state     statuspage.State
		indicator string
		headline  string
		api       string
		incidents int
		families  string
		reason    string
	}{
		{"operational", statuspage.Operational, "none", "All Systems Operational", "operational", 0, "", ""},
		{"minor", statuspage.Degraded, "minor", "Claude Code: degraded performance — Slow responses in Claude Code (identified, 40 min ago)", "operational", 1, "", ""},
		{"major", statuspage.Degraded, "major", "Claude API: partial outage — Elevated errors on Claude Opus (investigating, 12 min ago)", "partial_outage", 1, "opus", ""},
		{"critical", statuspage.Degraded, "critical", "Claude API: major outage — Claude API and claude.ai unavailable (identified, 25 min ago)", "major_outage", 1, "", ""},
		{"major-no-components", statuspage.Degraded, "major", "Anthropic status: Partial System Outage — Increased latency for some requests (monitoring, 2 h ago)", "operational", 1, "", ""},
		{"maintenance", statuspage.Degraded, "maintenance", "Claude API: under maintenance — Scheduled database maintenance (maintenance in progress)", "under_maintenance", 0, "", ""},
		{"renamed", statuspage.Degraded, "minor", "Claude API: degraded performance", "degraded_performance", 0, "", ""},
		{"challenge", statuspage.Unknown, "unknown", "Status unknown — 127.0.0.1", "", 0, "", "HTTP 405 (HTML page — a bot challenge?)"},
		{"html", statuspage.Unknown, "unknown", "Status unknown", "", 0, "", "not JSON"},
		{"garbage", statuspage.Unknown, "unknown", "Status unknown", "", 0, "", "malformed status JSON"},
		{"error500", statuspage.Unknown, "unknown", "Status unknown", "", 0, "", "HTTP 500"},
	}
	for _, tt := range tests {
		t.Run(tt.scenario, func(t *testing.T) {
			srv := serve(t, tt.scenario)
			s := client(t, srv.URL).Fetch(context.Background())
			if s.State != tt.state || s.Indicator != tt.indicator {
				t.Fatalf("state %q indicator %q, want %q %q (reason %q)", s.State, s.Indicator, tt.state, tt.indicator, s.Reason)
			}
			if h := s.Headline(now); !strings.HasPrefix(h, tt.headline) {
				t.Errorf("headline %q, want prefix %q", h, tt.headline)
			}
			if !strings.Contains(s.Reason, tt.reason) || (tt.reason == "") != (s.Reason == "") {
				t.Errorf("reason %q, want %q", s.Reason, tt.reason)
			}
			if c, _ := s.Component(statuspage.KeyClaudeAPI); c.Status != tt.api {
				t.Errorf("Claude API status %q, want %q", c.Status, tt.api)
			}
			if len(s.Incidents) != tt.incidents {
				t.Errorf("%d incidents, want %d", len(s.Incidents), tt.incidents)
			}
			if got := strings.Join(s.AffectedFamilies(), ","); got != tt.families {
				t.Errorf("families %q, want %q", got, tt.families)
			}
		})
	}
}

func TestParseDetails(t *testing.T) {
	srv := serve(t, "major")
	s := client(t, srv.URL).Fetch(context.Background())
	if len(s.Components) != 4 {
		t.Fatalf("components %+v, want the 4 that matter", s.Components)
	}
	in := s.Incidents[0]
	if !in.ModelSpecific || in.Impact != "major" || in.Shortlink != "https://stspg.io/inc-opus" ||
		!in.StartedAt.Equal(now.Add(-12*time.Minute)) || !strings.Contains(in.LatestUpdate, "Claude Opus 4.6") ||
		strings.Join(in.ComponentKeys, ",") != statuspage.KeyClaudeAPI {
		t.Errorf("incident %+v", in)
	}
	if s.Source != srv.URL {
		t.Errorf("source %q", s.Source)
	}

	m := client(t, serve(t, "maintenance").URL).Fetch(context.Background())
	if len(m.Maintenances) != 1 || !m.Maintenances[0].InProgress || m.Maintenances[0].ScheduledUntil.IsZero() {
		t.Errorf("maintenances %+v", m.Maintenances)
	}
}

func TestModelFamilies(t *testing.T) {
	tests := map[string]string{
		"Elevated errors on Claude Opus 4.6":        "opus",
		"Sonnet and Haiku requests failing":         "sonnet,haiku",
		"claude-fable-5 unavailable":                "fable",
		"Opuses of errors; sonnets; haikus":         "",
		"Elevated error rates on the API":           "",
		"Errors for claude-opus-4-6 and sonnet-4-5": "opus,sonnet",
	}
	for text, want := range tests {
		if got := strings.Join(statuspage.ModelFamilies(text), ","); got != want {
			t.Errorf("ModelFamilies(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, body := range []string{"", "<html>", "{}", `{"status":{}}`, "[1,2]", `{"status":{"indicator":1}}`} {
		if _, err := statuspage.Parse([]byte(body), now); err == nil {
			t.Errorf("Parse(%q) succeeded", body)
		}
	}
}

func TestFallbackTakesOver(t *testing.T) {
	for _, primary := range []string{"challenge", "html", "garbage", "error500", "hang"} {
		t.Run(primary, func(t *testing.T) {
			a, b := serve(t, primary), serve(t, "major")
			s := client(t, a.URL, b.URL).Fetch(context.Background())
			if s.State != statuspage.Degraded || s.Source != b.URL {
				t.Fatalf("state %q source %q reason %q; want the fallback's answer", s.State, s.Source, s.Reason)
			}
		})
	}
	t.Run("network error", func(t *testing.T) {
		dead := httptest.NewServer(http.NotFoundHandler())
		dead.Close()
		b := serve(t, "operational")
		s := client(t, dead.URL, b.URL).Fetch(context.Background())
		if s.State != statuspage.Operational {
			t.Fatalf("state %q reason %q", s.State, s.Reason)
		}
	})
	t.Run("tls error", func(t *testing.T) {
		h, _ := fakes.NewStatusPage("operational", clock)
		tlsSrv := httptest.NewTLSServer(h) // self-signed: the default client rejects it
		defer tlsSrv.Close()
		b := serve(t, "operational")
		s := client(t, tlsSrv.URL, b.URL).Fetch(context.Background())
		if s.State != statuspage.Operational || s.Source != b.URL {
			t.Fatalf("state %q source %q", s.State, s.Source)
		}
	})
}

func TestEnvOverrideDisablesFallback(t *testing.T) {
	a, b := serve(t, "challenge"), serve(t, "operational")
	env := map[string]string{statuspage.EnvStatusURL: a.URL + "/"}
	c := statuspage.New(statuspage.Options{Getenv: func(k string) string { return env[k] },
		BaseURLs: []string{a.URL, b.URL}, Now: clock, CacheDir: "-"})
	if got := c.BaseURLs(); len(got) != 1 || got[0] != a.URL {
		t.Fatalf("bases %v", got)
	}
	if s := c.Fetch(context.Background()); s.State != statuspage.Unknown {
		t.Fatalf("state %q: the fallback was used", s.State)
	}
	def := statuspage.New(statuspage.Options{})
	if got := def.BaseURLs(); len(got) != 2 || got[0] != statuspage.DefaultBaseURL || got[1] != statuspage.FallbackBaseURL {
		t.Fatalf("default bases %v", got)
	}
}

func TestHangingPageIsUnknownWithinDeadline(t *testing.T) {
	a, b := serve(t, "hang"), serve(t, "hang")
	c := statuspage.New(statuspage.Options{BaseURLs: []string{a.URL, b.URL}, Now: clock,
		Timeout: 100 * time.Millisecond, CacheDir: "-"})
	done := make(chan statuspage.Summary, 1)
	go func() { done <- c.Fetch(context.Background()) }()
	select {
	case s := <-done:
		if s.State != statuspage.Unknown || !strings.Contains(s.Reason, "timed out") {
			t.Fatalf("state %q reason %q", s.State, s.Reason)
		}
	case <-time.After(10 * time.Second): // a safety net, not a timing assertion
		t.Fatal("Fetch did not honour its deadline")
	}
	// A cancelled caller context ends the fetch too.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if s := c.Fetch(ctx); s.State != statuspage.Unknown {
		t.Fatalf("cancelled fetch: %q", s.State)
	}
}

func TestCachedNeverFetchesAndRefreshesOnce(t *testing.T) {
	srv := serve(t, "major")
	dir := t.TempDir()
	var hits atomic.Int32
	counting := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		hits.Add(1)
		return http.DefaultTransport.RoundTrip(r)
	})}
	cur := now
	var refreshes atomic.Int32
	c := statuspage.New(statuspage.Options{BaseURLs: []string{srv.URL}, HTTP: counting, CacheDir: dir,
		Now: func() time.Time { return cur }, Refresh: func() error { refreshes.Add(1); return nil }})

	// No cache yet: unknown, stale, one refresh requested, no network.
	got := c.Cached()
	if got.OK || got.Summary.State != statuspage.Unknown || !got.Stale || refreshes.Load() != 1 || hits.Load() != 0 {
		t.Fatalf("empty cache: %+v refreshes %d hits %d", got, refreshes.Load(), hits.Load())
	}

	// The refresher fills the cache and releases the lock.
	if _, err := os.Stat(filepath.Join(dir, "status-refresh.lock")); err != nil {
		t.Fatalf("no lock while a refresh is pending: %v", err)
	}
	c.RefreshCache(context.Background())
	if hits.Load() != 1 {
		t.Fatalf("refresh made %d requests", hits.Load())
	}
	if _, err := os.Stat(filepath.Join(dir, "status-refresh.lock")); !os.IsNotExist(err) {
		t.Fatalf("lock left behind after the refresh: %v", err)
	}
	cur = now.Add(30 * time.Second)
	got = c.Cached()
	if !got.OK || got.Stale || got.Age != 30*time.Second || got.Summary.State != statuspage.Degraded ||
		got.Summary.Incidents[0].Name != "Elevated errors on Claude Opus" || refreshes.Load() != 1 {
		t.Fatalf("fresh cache: %+v refreshes %d", got, refreshes.Load())
	}

	// Stale: 50 concurrent readers get the old summary and start one refresh.
	cur = now.Add(2 * time.Minute)
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if g := c.Cached(); !g.OK || !g.Stale || g.Summary.State != statuspage.Degraded {
				t.Errorf("stale read: %+v", g)
			}
		}()
	}
	wg.Wait()
	if refreshes.Load() != 2 {
		t.Fatalf("%d refreshes after 50 stale reads, want 2 in total", refreshes.Load())
	}
	// A refresher that never finished: its lock expires.
	cur = now.Add(2*time.Minute + 31*time.Second)
	c.Cached()
	if refreshes.Load() != 3 {
		t.Fatalf("expired lock not broken: %d refreshes", refreshes.Load())
	}
	if hits.Load() != 1 {
		t.Fatalf("Cached touched the network: %d requests", hits.Load())
	}
}

func TestCacheIgnoresGarbageAndWritesAtomically(t *testing.T) {
	dir := t.TempDir()
	c := statuspage.New(statuspage.Options{BaseURLs: []string{serve(t, "operational").URL}, CacheDir: dir,
		Now: clock, Refresh: func() error { return nil }})
	if err := os.WriteFile(c.CachePath(), []byte("{garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := c.Cached(); got.OK {
		t.Fatalf("garbage cache read as OK: %+v", got)
	}
	c.Fetch(context.Background())
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temp file left behind: %s", e.Name())
		}
	}
	if got := c.Cached(); !got.OK || got.Summary.State != statuspage.Operational {
		t.Fatalf("after fetch: %+v", got)
	}
	if filepath.Dir(c.CachePath()) != dir {
		t.Errorf("cache path %q", c.CachePath())
	}
}

func TestAgo(t *testing.T) {
	tests := map[time.Duration]string{
		10 * time.Second: "just now", 12 * time.Minute: "12 min ago", 90 * time.Minute: "1 h ago",
		30 * time.Hour: "30 h ago", 72 * time.Hour: "3 d ago",
	}
	for d, want := range tests {
		if got := statuspage.Ago(d); got != want {
			t.Errorf("Ago(%v) = %q, want %q", d, got, want)
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// BenchmarkCached measures the hook/status-line path: read and decode the
// cache file, no network.
func BenchmarkCached(b *testing.B) {
	dir := b.TempDir()
	h, _ := fakes.NewStatusPage("major", clock)
	srv := httptest.NewServer(h)
	defer srv.Close()
	c := statuspage.New(statuspage.Options{BaseURLs: []string{srv.URL}, CacheDir: dir, Now: clock,
		Refresh: func() error { return nil }})
	c.Fetch(context.Background())
	b.ResetTimer()
	for b.Loop() {
		if g := c.Cached(); !g.OK {
			b.Fatal("no cache")
		}
	}
}

// BenchmarkCachedStale measures a stale read while another refresh holds the
// lock: read, decode, one failed O_EXCL create, one stat — still no network.
func BenchmarkCachedStale(b *testing.B) {
	dir := b.TempDir()
	h, _ := fakes.NewStatusPage("major", clock)
	srv := httptest.NewServer(h)
	defer srv.Close()
	cur := now
	c := statuspage.New(statuspage.Options{BaseURLs: []string{srv.URL}, CacheDir: dir,
		Now: func() time.Time { return cur }, Refresh: func() error { return nil }})
	c.Fetch(context.Background())
	cur = now.Add(2 * time.Minute)
	c.Cached() // takes the lock
	b.ResetTimer()
	for b.Loop() {
		if g := c.Cached(); !g.Stale {
			b.Fatal("not stale")
		}
	}
}

func TestUnknownReasonsAreShort(t *testing.T) {
	h, _ := fakes.NewStatusPage("operational", clock)
	tlsSrv := httptest.NewUnstartedServer(h)
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0) // the rejected handshake is the point
	tlsSrv.StartTLS()
	defer tlsSrv.Close()
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	tests := map[string]string{
		tlsSrv.URL:            "TLS certificate not trusted",
		dead.URL:              "connection refused",
		"http://bad host:80/": "bad status URL",
	}
	for base, want := range tests {
		s := client(t, base).Fetch(context.Background())
		if s.State != statuspage.Unknown || !strings.Contains(s.Reason, want) || strings.Contains(s.Reason, "Get \"") {
			t.Errorf("%s: reason %q, want %q", base, s.Reason, want)
		}
	}
}
