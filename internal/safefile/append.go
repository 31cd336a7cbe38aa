package safefile

import (
	"errors"
	"os"
)

// Append appends rec to the regular file at path with one write on an
// O_APPEND descriptor, creating it (and its folder) when missing. A record
// always starts on a fresh line: when the file does not end in '\n' (a write
// torn by a full disk or a kill), a '\n' goes first, so the torn line stays
// alone and readers skip it. It works on a raw descriptor, like the reader:
// an os.File would register with the runtime's poller first (epoll set-up,
// four system calls), which the hook's StopFailure fast path pays for.
func Append(path string, rec []byte) error {
	fd, err := openAppend(path)
	if errors.Is(err, os.ErrNotExist) {
		if err = os.MkdirAll(path[:max(lastSep(path), 0)], 0o700); err == nil {
			fd, err = openAppend(path)
		}
	}
	if err != nil {
		return &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer closeFD(fd)
	mode, _, err := fstat(fd)
	if err != nil {
		return &os.PathError{Op: "stat", Path: path, Err: err}
	}
	if !mode.IsRegular() {
		return &Error{Path: path, Err: ErrNotRegular, Mode: mode}
	}
	defer lockAppend(fd)()
	// Size again under the lock: another hook may have appended meanwhile.
	_, n, err := fstat(fd)
	if err != nil {
		return &os.PathError{Op: "stat", Path: path, Err: err}
	}
	if n > 0 {
		var last [1]byte
		if m, err := preadFD(fd, last[:], n-1); err == nil && m == 1 && last[0] != '\n' {
			rec = append([]byte{'\n'}, rec...)
		}
	}
	if err := writeFD(fd, rec); err != nil {
		return &os.PathError{Op: "write", Path: path, Err: err}
	}
	return nil
}
