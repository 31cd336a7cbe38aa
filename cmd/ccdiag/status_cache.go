package main

import (
	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// cachedStatus returns the hook's and status line's view of the status page:
// the disk cache only, never the network (a stale cache starts a detached
// background refresh). Nil when nothing is cached.
func cachedStatus(getenv func(string) string) func() *hooks.Status {
	return func() *hooks.Status {
		c := statuspage.New(statuspage.Options{Getenv: getenv}).Cached()
		if !c.OK {
			return nil
		}
		s := &hooks.Status{Indicator: c.Summary.Indicator}
		for _, in := range c.Summary.Incidents {
			s.Incidents = append(s.Incidents, hooks.Incident{Name: in.Name, URL: in.Shortlink,
				Impact: in.Impact, Families: in.ModelFamilies})
		}
		return s
	}
}
