package statuscache

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDir(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"CCDIAG_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"}, "/c"},
		{map[string]string{"XDG_CACHE_HOME": "/x", "HOME": "/h"}, "/x/ccdiag"},
		{map[string]string{"HOME": "/h"}, "/h/.cache/ccdiag"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := Dir(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("Dir(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}

func TestTryLock(t *testing.T) {
	lock := filepath.Join(t.TempDir(), "sub", LockFile)
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	if !TryLock(lock, now) {
		t.Fatal("first lock (creating the folder) failed")
	}
	if TryLock(lock, now.Add(LockTTL/2)) {
		t.Fatal("a fresh lock was taken twice")
	}
	if !TryLock(lock, now.Add(LockTTL+time.Second)) {
		t.Fatal("an expired lock was not broken")
	}
	if _, err := os.Stat(lock); err != nil {
		t.Fatalf("lock file missing after taking it: %v", err)
	}
}
