package transcript

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// RecentOptions bound a Recent scan.
type RecentOptions struct {
	// Since drops errors (and skips files last written) before it; zero = no bound.
	Since time.Time
	// Limit is the most errors returned (newest first); 20 when 0.
	Limit int
	// MaxFiles is how many of the most recently written transcripts are read; 20 when 0.
	MaxFiles int
	// MaxBytes is read from the end of each transcript; DefaultMaxBytes when 0.
	MaxBytes int64
}

// Recent lists the API errors in the transcripts of one project folder
// (see ProjectDir), newest first. Unreadable or non-regular files are
// skipped; a missing folder is an empty result, not an error.
func Recent(dir string, opts RecentOptions) ([]APIError, error) {
	if opts.Limit <= 0 {
		opts.Limit = 20
	}
	if opts.MaxFiles <= 0 {
		opts.MaxFiles = 20
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	type file struct {
		path string
		mod  time.Time
	}
	var files []file
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".jsonl") {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if !opts.Since.IsZero() && info.ModTime().Before(opts.Since) {
			continue
		}
		files = append(files, file{filepath.Join(dir, e.Name()), info.ModTime()})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].mod.After(files[j].mod) })
	if len(files) > opts.MaxFiles {
		files = files[:opts.MaxFiles]
	}
	var out []APIError
	for _, f := range files {
		t, err := ReadTail(f.path, Options{MaxBytes: opts.MaxBytes, All: true})
		if err != nil {
			continue
		}
		sid := strings.TrimSuffix(filepath.Base(f.path), ".jsonl")
		for _, e := range t.Errors {
			if !opts.Since.IsZero() && !e.Time.IsZero() && e.Time.Before(opts.Since) {
				continue
			}
			if e.SessionID == "" {
				e.SessionID = sid
			}
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	if len(out) > opts.Limit {
		out = out[:opts.Limit]
	}
	return out, nil
}
