package safefile

import (
	"errors"
	"os"
	"syscall"
)

// maxLinks bounds symlink chains, like the kernel's ELOOP.
const maxLinks = 40

// Resolve follows the symlinks of path's last element until it names
// something that is not a symlink (or does not exist yet), and returns that
// path. Intermediate directories may stay symlinks: they lead to the same
// real directory, where a rename stays atomic.
func Resolve(path string) (string, error) {
	p := path
	for range maxLinks {
		fi, err := os.Lstat(p)
		if errors.Is(err, os.ErrNotExist) {
			return p, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&os.ModeSymlink == 0 {
			return p, nil
		}
		t, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !isAbs(t) {
			t = dir(p) + string(os.PathSeparator) + t
		}
		p = t
	}
	return "", &os.PathError{Op: "resolve", Path: path, Err: syscall.ELOOP}
}

// Inside reports whether directory d is root or below it, following
// symlinks: it walks d, d/.., d/../.. up to the file-system root comparing
// each with root by device and inode, so no path text is trusted.
func Inside(root, d string) (bool, error) {
	rfi, err := os.Stat(root)
	if err != nil {
		return false, err
	}
	cur := d
	prev, err := os.Stat(cur)
	if err != nil {
		return false, err
	}
	for range 256 {
		if os.SameFile(prev, rfi) {
			return true, nil
		}
		cur += string(os.PathSeparator) + ".."
		next, err := os.Stat(cur)
		if err != nil {
			return false, err
		}
		if os.SameFile(next, prev) {
			return false, nil // reached the file-system root
		}
		prev = next
	}
	return false, nil
}

// Join joins clean path elements with the OS separator: filepath.Join for
// the packages on the StopFailure fast path, which must not import
// path/filepath or strings (see package leandeps).
func Join(elem ...string) string {
	p := elem[0]
	for _, e := range elem[1:] {
		p += string(os.PathSeparator) + e
	}
	return p
}

// dir is filepath.Dir for the paths this package handles, without
// importing path/filepath (see the package doc).
func dir(p string) string {
	i := lastSep(p)
	switch {
	case i < 0:
		return "."
	case i == 0:
		return p[:1]
	}
	return p[:i]
}

func base(p string) string {
	return p[lastSep(p)+1:]
}

// lastSep is strings.LastIndexAny(p, separators): this package imports
// neither strings nor bytes, whose unicode tables would make every package
// that sorts before "unicode" initialise ahead of the hook's StopFailure
// fast path (see cmd/ccdiag/internal/earlyfail).
func lastSep(p string) int {
	for i := len(p) - 1; i >= 0; i-- {
		for j := 0; j < len(separators); j++ {
			if p[i] == separators[j] {
				return i
			}
		}
	}
	return -1
}
