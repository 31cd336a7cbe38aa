package claudemd

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Fix lints, applies the safe mechanical fixes (BOM, CRLF, punctuation
// after an import path, a repeated identical import line) with atomic
// writes, then lints again. Result.Fixes lists each change.
func Fix(opts Options) (*Result, error) {
	first, err := Lint(opts)
	if err != nil {
		return nil, err
	}
	byFile := map[string][]Finding{}
	var order []string
	for _, f := range first.Findings {
		if f.fix == nil {
			continue
		}
		if _, ok := byFile[f.abs]; !ok {
			order = append(order, f.abs)
		}
		byFile[f.abs] = append(byFile[f.abs], f)
	}
	var fixes []string
	for _, abs := range order {
		done, err := fixFile(abs, byFile[abs])
		if err != nil {
			return nil, err
		}
		for _, what := range done {
			fixes = append(fixes, fmt.Sprintf("%s: %s", displayPath(abs, realDir(opts.Cwd), opts.Home), what))
		}
	}
	res, err := Lint(opts)
	if err != nil {
		return nil, err
	}
	res.Fixes = fixes
	return res, nil
}

func fixFile(abs string, findings []Finding) ([]string, error) {
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, fmt.Errorf("fixing %s: %w", abs, err)
	}
	src, err := os.ReadFile(target)
	if err != nil {
		return nil, fmt.Errorf("fixing %s: %w", abs, err)
	}
	edits := make([]*edit, 0, len(findings))
	crlf := false
	var done []string
	for _, f := range findings {
		if f.fix.crlf {
			crlf = true
			continue
		}
		edits = append(edits, f.fix)
	}
	// Apply from the end so earlier offsets stay valid; skip overlaps.
	sort.Slice(edits, func(i, j int) bool { return edits[i].off > edits[j].off })
	out := src
	limit := len(src)
	for _, e := range edits {
		if e.end > limit || e.off > e.end || e.end > len(out) {
			continue
		}
		out = append(append(out[:e.off:e.off], e.repl...), out[e.end:]...)
		limit = e.off
		done = append(done, e.what)
	}
	if crlf {
		out = bytes.ReplaceAll(out, []byte("\r\n"), []byte("\n"))
		done = append(done, "converted CRLF line endings to LF")
	}
	for i, j := 0, len(done)-1; i < j; i, j = i+1, j-1 {
		done[i], done[j] = done[j], done[i]
	}
	if bytes.Equal(out, src) {
		return nil, nil
	}
	return done, writeAtomic(target, out)
}

// writeAtomic replaces path with data via a temporary file in the same
// directory, keeping the file's mode.
func writeAtomic(path string, data []byte) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".ccdiag-*")
	if err != nil {
		return fmt.Errorf("fixing %s: %w", path, err)
	}
	name := tmp.Name()
	defer os.Remove(name)
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("fixing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(name, st.Mode().Perm()); err != nil {
		return err
	}
	return os.Rename(name, path)
}

func realDir(d string) string {
	if r, err := filepath.EvalSymlinks(d); err == nil {
		return r
	}
	return d
}
