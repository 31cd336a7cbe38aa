package hooks

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/tidwall/gjson"
)

// StatusCache reads the status-page cache that `ccdiag status` keeps
// (written by internal/statuspage: <dir>/status.json, refresh lock
// <dir>/status-refresh.lock) without linking the HTTP client, so the hook
// and the status line can answer before the binary's heavy package inits
// run. It never touches the network: a missing or stale cache starts a
// detached refresh (at most one per lock period) and is used as it is.
type StatusCache struct {
	Dir string
	Now func() time.Time
	// TTL is how long the cache counts as fresh (statuspage.DefaultTTL).
	TTL time.Duration
	// Refresh starts a background refresh and returns at once; nil = none.
	Refresh func() error
}

// Same names and periods as internal/statuspage (cmd/ccdiag tests that the
// two agree).
const (
	statusCacheFile = "status.json"
	statusLockFile  = "status-refresh.lock"
	statusLockTTL   = 30 * time.Second
	// StatusTTL is how long a cached summary counts as fresh.
	StatusTTL = 60 * time.Second
)

// StatusCacheDir is ccdiag's cache directory: $CCDIAG_CACHE_DIR, else
// $XDG_CACHE_HOME/ccdiag, else $HOME/.cache/ccdiag, else "" (no cache).
func StatusCacheDir(getenv func(string) string) string {
	if d := getenv("CCDIAG_CACHE_DIR"); d != "" {
		return d
	}
	if d := getenv("XDG_CACHE_HOME"); d != "" {
		return filepath.Join(d, "ccdiag")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".cache", "ccdiag")
	}
	return ""
}

// Read returns the cached status, or nil when there is none (or it says
// the page could not be read).
func (c StatusCache) Read() *Status {
	if c.Dir == "" {
		return nil
	}
	now := time.Now()
	if c.Now != nil {
		now = c.Now()
	}
	ttl := c.TTL
	if ttl <= 0 {
		ttl = StatusTTL
	}
	b, err := os.ReadFile(filepath.Join(c.Dir, statusCacheFile))
	stale := true
	var st *Status
	if err == nil && gjson.ValidBytes(b) {
		r := gjson.GetManyBytes(b, "state", "indicator", "fetched_at", "incidents")
		if fetched, err := time.Parse(time.RFC3339Nano, r[2].String()); err == nil {
			stale = now.Sub(fetched) >= ttl
		}
		if r[0].String() != "" && r[0].String() != "unknown" {
			st = &Status{Indicator: r[1].String()}
			r[3].ForEach(func(_, in gjson.Result) bool {
				x := Incident{Name: in.Get("name").String(), URL: in.Get("shortlink").String(), Impact: in.Get("impact").String()}
				in.Get("model_families").ForEach(func(_, f gjson.Result) bool {
					x.Families = append(x.Families, f.String())
					return true
				})
				st.Incidents = append(st.Incidents, x)
				return true
			})
		}
	}
	if stale && c.Refresh != nil {
		lock := filepath.Join(c.Dir, statusLockFile)
		if tryStatusLock(lock, now) && c.Refresh() != nil {
			os.Remove(lock)
		}
	}
	return st
}

// tryStatusLock takes the refresh lock (the refresher removes it when done);
// a lock older than statusLockTTL belonged to a refresher that died.
func tryStatusLock(lock string, now time.Time) bool {
	for attempt := 0; attempt < 2; attempt++ {
		f, err := os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			f.Close()
			_ = os.Chtimes(lock, now, now)
			return true
		}
		if errors.Is(err, os.ErrNotExist) {
			if os.MkdirAll(filepath.Dir(lock), 0o700) != nil {
				return false
			}
			continue
		}
		fi, serr := os.Stat(lock)
		if serr != nil || now.Sub(fi.ModTime()) < statusLockTTL {
			return false
		}
		os.Remove(lock)
	}
	return false
}
