//go:build !unix

package safefile

import (
	"io/fs"
	"os"
	"sync"
)

const (
	separators = `\/`
	oNonblock  = 0
)

func isAbs(p string) bool {
	return len(p) > 0 && (p[0] == '\\' || p[0] == '/') || len(p) > 2 && p[1] == ':' && (p[2] == '\\' || p[2] == '/')
}

// Elsewhere, plain os.File: a table of open files stands in for descriptors.
var (
	filesMu sync.Mutex
	files   = map[int]*os.File{}
	nextFD  = 1
)

func openRead(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	filesMu.Lock()
	defer filesMu.Unlock()
	nextFD++
	files[nextFD] = f
	return nextFD, nil
}

func file(fd int) *os.File {
	filesMu.Lock()
	defer filesMu.Unlock()
	return files[fd]
}

func closeFD(fd int) {
	filesMu.Lock()
	f := files[fd]
	delete(files, fd)
	filesMu.Unlock()
	f.Close()
}

func fstat(fd int) (fs.FileMode, int64, error) {
	st, err := file(fd).Stat()
	if err != nil {
		return 0, 0, err
	}
	return st.Mode(), st.Size(), nil
}

func readFD(fd int, b []byte) (int, error) {
	n, err := file(fd).Read(b)
	if err != nil && n == 0 {
		return 0, nil
	}
	return n, nil
}

func keepOwner(*os.File, fs.FileInfo) {}

// lockAppend is a no-op where flock is missing: appends stay atomic, and a
// rare spurious blank line between records is skipped by readers.
func lockAppend(*os.File) func() { return func() {} }
