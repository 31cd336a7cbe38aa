package safefile

import (
	"errors"
	"os"
	"strings"
)

// Append appends rec to the regular file at path with one write on an
// O_APPEND descriptor, creating it (and its folder) when missing. A record
// always starts on a fresh line: when the file does not end in '\n' (a write
// torn by a full disk or a kill), a '\n' goes first, so the torn line stays
// alone and readers skip it.
func Append(path string, rec []byte) error {
	const flags = os.O_RDWR | os.O_APPEND | os.O_CREATE | oNonblock
	f, err := os.OpenFile(path, flags, 0o600)
	if errors.Is(err, os.ErrNotExist) {
		if err = os.MkdirAll(path[:max(strings.LastIndexAny(path, separators), 0)], 0o700); err == nil {
			f, err = os.OpenFile(path, flags, 0o600)
		}
	}
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return &Error{Path: path, Err: ErrNotRegular, Mode: fi.Mode()}
	}
	defer lockAppend(f)()
	// Size again under the lock: another hook may have appended meanwhile.
	if fi, err = f.Stat(); err != nil {
		return err
	}
	if n := fi.Size(); n > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], n-1); err == nil && last[0] != '\n' {
			rec = append([]byte{'\n'}, rec...)
		}
	}
	_, err = f.Write(rec)
	return err
}
