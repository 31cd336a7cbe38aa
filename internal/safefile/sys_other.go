//go:build !unix

package safefile

import (
	"errors"
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

func openAppend(path string) (int, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return 0, errors.Unwrap(err) // Append adds the path
	}
	filesMu.Lock()
	defer filesMu.Unlock()
	nextFD++
	files[nextFD] = f
	return nextFD, nil
}

func preadFD(fd int, b []byte, off int64) (int, error) { return file(fd).ReadAt(b, off) }

func writeFD(fd int, b []byte) error {
	_, err := file(fd).Write(b)
	return errors.Unwrap(err)
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
func lockAppend(int) func() { return func() {} }
