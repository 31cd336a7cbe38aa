package hooks

import (
	"os"
	"path/filepath"
	"time"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"

	"github.com/ccdiag/ccdiag/internal/safefile"
	"github.com/ccdiag/ccdiag/internal/sanitize"
	"github.com/ccdiag/ccdiag/internal/statuscache"
)

// StatusCache reads the status-page cache that internal/statuspage writes
// (layout in internal/statuscache) without linking the HTTP client, so the
// hook and the status line can answer before the binary's heavy package
// inits run. It never touches the network: a missing or stale cache starts a
// detached refresh (at most one per lock period) and is used as it is.
type StatusCache struct {
	Dir string
	Now func() time.Time
	// TTL is how long the cache counts as fresh; 0 means statuscache.TTL.
	TTL time.Duration
	// Refresh starts a background refresh and returns at once; nil = none.
	Refresh func() error
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
		ttl = statuscache.TTL
	}
	b, err := safefile.ReadFile(filepath.Join(c.Dir, statuscache.File), safefile.Cache)
	stale := true
	var st *Status
	if err == nil && jsonguard.ValidBytes(b) {
		r := gjson.GetManyBytes(b, "state", "indicator", "fetched_at", "incidents")
		if fetched, err := time.Parse(time.RFC3339Nano, r[2].String()); err == nil {
			stale = now.Sub(fetched) >= ttl
		}
		if r[0].String() != "" && r[0].String() != "unknown" {
			st = &Status{Indicator: r[1].String()}
			r[3].ForEach(func(_, in gjson.Result) bool {
				x := Incident{Name: sanitize.Line(in.Get("name").String(), 200), URL: sanitize.Line(in.Get("shortlink").String(), 200),
					Impact: sanitize.Line(in.Get("impact").String(), 20)}
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
		lock := filepath.Join(c.Dir, statuscache.LockFile)
		if statuscache.TryLock(lock, now) && c.Refresh() != nil {
			os.Remove(lock)
		}
	}
	return st
}
