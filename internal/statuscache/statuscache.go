// Package statuscache is the on-disk layout of ccdiag's status-page cache:
// where it lives, its file names and its refresh lock. internal/statuspage
// writes the cache; the hook and the status line read it through package
// hooks without linking an HTTP client, so the layout lives here, once.
package statuscache

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/ccdiag/ccdiag/internal/statuscache/cachedir"
)

const (
	// File is the cached summary inside the cache directory.
	File = cachedir.File
	// LockFile guards the background refresh: one refresher at a time.
	LockFile = "status-refresh.lock"
	// LockTTL is how long a refresh lock blocks new refreshes; a refresher
	// that died leaves a lock that expires after this.
	LockTTL = 30 * time.Second
	// TTL is how long a cached summary counts as fresh.
	TTL = 60 * time.Second
)

// Dir returns ccdiag's cache directory: $CCDIAG_CACHE_DIR, else
// $XDG_CACHE_HOME/ccdiag, else $HOME/.cache/ccdiag, else "" (no cache).
func Dir(getenv func(string) string) string { return cachedir.Dir(getenv) }

// TryLock takes the refresh lock at path (the refresher removes it when
// done). A lock older than LockTTL belonged to a refresher that died and is
// broken once. The lock is stamped with now so expiry is testable.
func TryLock(path string, now time.Time) bool {
	for attempt := 0; attempt < 2; attempt++ {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			f.Close()
			_ = os.Chtimes(path, now, now)
			return true
		}
		if errors.Is(err, os.ErrNotExist) {
			if os.MkdirAll(filepath.Dir(path), 0o700) != nil {
				return false
			}
			continue
		}
		fi, serr := os.Stat(path)
		if serr != nil || now.Sub(fi.ModTime()) < LockTTL {
			return false
		}
		os.Remove(path)
	}
	return false
}
