package main

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/statuscache"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// TestStatusCacheAgreesWithStatuspage: the hook's light cache reader
// (hooks.StatusCache, no HTTP client linked) must see what internal/statuspage
// wrote, and take the same refresh lock.
func TestStatusCacheAgreesWithStatuspage(t *testing.T) {
	for _, scenario := range []string{"operational", "major", "critical"} {
		t.Run(scenario, func(t *testing.T) {
			h, err := fakes.NewStatusPage(scenario, nil)
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			dir := t.TempDir()
			refreshed := 0
			client := statuspage.New(statuspage.Options{BaseURLs: []string{srv.URL}, CacheDir: dir,
				Refresh: func() error { refreshed++; return nil }})
			client.Fetch(context.Background())
			want := client.Cached()
			if !want.OK || refreshed != 0 {
				t.Fatalf("statuspage cache not written (ok=%v refreshed=%d)", want.OK, refreshed)
			}
			got := hooks.StatusCache{Dir: statuscache.Dir(func(k string) string {
				return map[string]string{"CCDIAG_CACHE_DIR": dir}[k]
			})}.Read()
			if got == nil || got.Indicator != want.Summary.Indicator || len(got.Incidents) != len(want.Summary.Incidents) {
				t.Fatalf("hooks read %+v, statuspage %+v", got, want.Summary)
			}
			for i, in := range want.Summary.Incidents {
				g := got.Incidents[i]
				if g.Name != in.Name || g.URL != in.Shortlink || g.Impact != in.Impact || len(g.Families) != len(in.ModelFamilies) {
					t.Errorf("incident %d: %+v vs %+v", i, g, in)
				}
			}
			// Stale: one refresh, and statuspage then sees the lock as taken.
			calls := 0
			later := func() time.Time { return time.Now().Add(time.Hour) }
			c := hooks.StatusCache{Dir: dir, Now: later, Refresh: func() error { calls++; return nil }}
			c.Read()
			c.Read()
			statuspage.New(statuspage.Options{CacheDir: dir, Now: later, Refresh: func() error { refreshed++; return nil }}).Cached()
			if calls != 1 || refreshed != 0 {
				t.Errorf("refreshes: hooks %d (want 1), statuspage %d (want 0, lock shared)", calls, refreshed)
			}
		})
	}
}
