package claudemd

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"sort"

	"github.com/ccdiag/ccdiag/internal/safefile"
)

// Fix lints, applies the safe mechanical fixes (BOM, CRLF, punctuation
// after an import path, a repeated identical import line), then lints
// again. Result.Fixes lists each change, Result.NotFixed each file left
// alone.
//
// Each real file is edited once, however many paths reach it (an import
// and a symlinked alias are one file: compared by device and inode). The
// edit goes through safefile's atomic writer: through symlinks, but never
// to a target outside the linted tree; never over a read-only file; and
// only when the bytes on disk are still the bytes the offsets were
// computed on — a file changed since it was linted (by an editor, or
// between the read and the rename) is left as it is.
func Fix(opts Options) (*Result, error) {
	first, err := Lint(opts)
	if err != nil {
		return nil, err
	}
	var fixes, notFixed []string
	name := func(abs string) string { return displayPath(abs, realDir(opts.Cwd), opts.Home) }
	for _, g := range fixGroups(first.Findings) {
		done, err := g.apply()
		switch {
		case err != nil:
			notFixed = append(notFixed, name(g.abs)+": "+fixError(err))
		case done == nil && g.changed:
			notFixed = append(notFixed, name(g.abs)+": changed since it was linted; run lint --fix again")
		}
		for _, what := range done {
			fixes = append(fixes, name(g.abs)+": "+what)
		}
	}
	res, err := Lint(opts)
	if err != nil {
		return nil, err
	}
	res.Fixes, res.NotFixed = fixes, notFixed
	return res, nil
}

// fixGroup is one real file and the edits to make in it.
type fixGroup struct {
	abs     string // the first path that reached it
	root    string
	fi      os.FileInfo
	sum     uint64 // hash of the bytes the edits' offsets refer to
	edits   []*edit
	changed bool
}

// fixGroups gathers the fixable findings by real file. Two paths to one
// file carry the same edits (one analysis of the same bytes): they are
// kept once.
func fixGroups(findings []Finding) []*fixGroup {
	var groups []*fixGroup
	type key struct {
		off, end int
		repl     string
		crlf     bool
	}
	seen := map[*fixGroup]map[key]bool{}
	for _, f := range findings {
		if f.fix == nil || f.info == nil || f.info.sum == 0 {
			continue
		}
		fi, err := os.Stat(f.abs)
		if err != nil {
			continue // gone since: the next lint says so
		}
		var g *fixGroup
		for _, h := range groups {
			if os.SameFile(h.fi, fi) {
				g = h
				break
			}
		}
		if g == nil {
			g = &fixGroup{abs: f.abs, root: f.root, fi: fi, sum: f.info.sum}
			groups = append(groups, g)
			seen[g] = map[key]bool{}
		}
		if f.info.sum != g.sum {
			continue // read twice with different contents: trust neither
		}
		k := key{off: f.fix.off, end: f.fix.end, repl: f.fix.repl, crlf: f.fix.crlf}
		if seen[g][k] {
			continue
		}
		seen[g][k] = true
		g.edits = append(g.edits, f.fix)
	}
	return groups
}

// apply edits the file in place, or reports why not.
func (g *fixGroup) apply() ([]string, error) {
	var done []string
	err := safefile.Update(g.abs, memoryLimit, safefile.WriteOptions{Root: g.root}, func(old []byte, exists bool) ([]byte, error) {
		done = nil
		if !exists || maphash.Bytes(hashSeed(), old) != g.sum {
			g.changed = true
			return old, nil
		}
		out, what := applyEdits(old, g.edits)
		done = what
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return done, nil
}

// applyEdits makes the edits in src (offsets refer to src) and says what
// each did, in file order. Overlapping edits after the first are skipped.
func applyEdits(src []byte, edits []*edit) ([]byte, []string) {
	var done []string
	crlf := false
	var spans []*edit
	for _, e := range edits {
		if e.crlf {
			crlf = true
			continue
		}
		spans = append(spans, e)
	}
	// From the end, so earlier offsets stay valid.
	sort.Slice(spans, func(i, j int) bool { return spans[i].off > spans[j].off })
	out := bytes.Clone(src)
	limit := len(src)
	for _, e := range spans {
		if e.end > limit || e.off > e.end {
			continue
		}
		out = append(out[:e.off:e.off], append([]byte(e.repl), out[e.end:]...)...)
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
		return src, nil
	}
	return out, done
}

// fixError says why a file was not fixed, in a line.
func fixError(err error) string {
	var ro *safefile.ReadOnlyError
	switch {
	case errors.As(err, &ro):
		return "read-only; not changed"
	case errors.Is(err, safefile.ErrOutsideRoot):
		return "its real file is outside the linted folder (a symlink); not changed"
	}
	return fmt.Sprintf("not changed: %v", err)
}

func realDir(d string) string {
	if r, err := filepath.EvalSymlinks(d); err == nil {
		return r
	}
	return d
}
