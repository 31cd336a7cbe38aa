package statuspage

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/ccdiag/ccdiag/internal/safefile"
	"github.com/ccdiag/ccdiag/internal/statuscache"
)

// CachePath returns the path of the cached summary, or "" without a cache.
func (c *Client) CachePath() string {
	if c.cacheDir == "" {
		return ""
	}
	return filepath.Join(c.cacheDir, statuscache.File)
}

// CachedSummary is what Cached returns.
type CachedSummary struct {
	Summary Summary
	// Age is how old the summary is (now − FetchedAt).
	Age time.Duration
	// OK is false when there is no readable cache; Summary is then Unknown.
	OK bool
	// Stale is true when the cache is missing or older than the TTL (a
	// background refresh was requested).
	Stale bool
}

// Cached returns the cached summary as it is, without ever touching the
// network. When the cache is missing or stale it starts a background refresh
// (at most one at a time, guarded by a lock file) and does not wait for it.
func (c *Client) Cached() CachedSummary {
	now := c.now()
	out := CachedSummary{Stale: true}
	if s, ok := c.load(); ok {
		out.Summary, out.OK = s, true
		out.Age = max(now.Sub(s.FetchedAt), 0)
		out.Stale = out.Age >= c.ttl
	} else {
		out.Summary = UnknownSummary("no cached status yet", now)
	}
	if out.Stale {
		c.startRefresh(now)
	}
	return out
}

// RefreshCache fetches the page, stores it and releases the refresh lock; it
// is what the detached `ccdiag status --refresh-cache` runs.
func (c *Client) RefreshCache(ctx context.Context) Summary {
	defer c.unlock()
	return c.Fetch(ctx)
}

func (c *Client) load() (Summary, bool) {
	p := c.CachePath()
	if p == "" {
		return Summary{}, false
	}
	b, err := safefile.ReadFile(p, safefile.Cache)
	if err != nil {
		return Summary{}, false
	}
	var s Summary
	if json.Unmarshal(b, &s) != nil || s.State == "" {
		return Summary{}, false
	}
	return s, true
}

// store writes the summary atomically: a temp file renamed over the old one,
// so a reader never sees half a file.
func (c *Client) store(s Summary) error {
	p := c.CachePath()
	if p == "" {
		return nil
	}
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.cacheDir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(c.cacheDir, statuscache.File+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, werr := f.Write(b)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, p); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// startRefresh takes the lock file and starts the refresher, unless another
// refresh started less than lockTTL ago.
func (c *Client) startRefresh(now time.Time) {
	if c.cacheDir == "" {
		return
	}
	lock := filepath.Join(c.cacheDir, statuscache.LockFile)
	if !statuscache.TryLock(lock, now) {
		return
	}
	if err := c.refresh(); err != nil {
		os.Remove(lock)
	}
}

func (c *Client) unlock() {
	if c.cacheDir != "" {
		os.Remove(filepath.Join(c.cacheDir, statuscache.LockFile))
	}
}
