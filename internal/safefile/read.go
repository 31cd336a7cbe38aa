// Package safefile is how ccdiag touches files it did not write itself.
//
// The reader opens regular files only: it opens without blocking (a FIFO
// cannot hang it), checks the open descriptor with fstat (a symlink to
// /dev/zero, a device, a directory or a socket is refused), and reads at
// most a per-purpose cap plus one byte (an oversized file is an error, never
// an out-of-memory). ReadFileIn also keeps the file inside a root folder.
//
// The writer (Update, Snapshot.Write) replaces a file atomically: through
// symlinks to their real target, keeping mode and ownership, refusing
// read-only files, and refusing to overwrite a change made by someone else
// since the file was read.
//
// The hook's StopFailure fast path links this package, so its imports stay
// among the standard packages the runtime initialises anyway (no strings or
// bytes, whose unicode tables come late in the init order, no regexp,
// path/filepath, hash/…): see cmd/ccdiag/internal/earlyrec.
package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
)

// Limit names what a file is for and how big it may be.
type Limit struct {
	Purpose string // "settings file", "config file"… (for messages)
	Max     int64  // bytes
}

// The caps, one per purpose. Each is well above any real file of its kind
// and far below what would hurt the process.
var (
	// Settings is Claude Code's settings.json (user, project, local).
	Settings = Limit{"settings file", 32 << 20}
	// Config is .ccdiag.yml.
	Config = Limit{"config file", 1 << 20}
	// Memory is a CLAUDE.md memory file or an import (Claude Code skips
	// files over 40,000 characters; the cap leaves room to report them).
	Memory = Limit{"memory file", 4 << 20}
	// Cache is a cache file ccdiag keeps (status page, state): it may
	// have been replaced by anything.
	Cache = Limit{"cache file", 4 << 20}
	// Input is a request, message list or text named by a path (CLI or MCP).
	Input = Limit{"input file", 32 << 20}
)

// Errors a read can wrap; test with errors.Is.
var (
	ErrNotRegular  = errors.New("not a regular file")
	ErrTooLarge    = errors.New("file too large")
	ErrOutsideRoot = errors.New("outside the allowed folder")
)

// Error says which file was refused and why.
type Error struct {
	Path  string
	Err   error       // ErrNotRegular, ErrTooLarge or ErrOutsideRoot
	Mode  fs.FileMode // for ErrNotRegular: what the file is
	Size  int64       // for ErrTooLarge: the size seen (at least Limit.Max+1)
	Limit Limit
}

func (e *Error) Error() string {
	switch e.Err {
	case ErrNotRegular:
		return e.Path + ": not a regular file (" + kindName(e.Mode) + ")"
	case ErrTooLarge:
		return e.Path + ": " + strconv.FormatInt(e.Size, 10) + " bytes exceeds the " +
			strconv.FormatInt(e.Limit.Max, 10) + "-byte limit for a " + e.Limit.Purpose
	}
	return e.Path + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

func kindName(m fs.FileMode) string {
	switch {
	case m&fs.ModeDir != 0:
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "irregular file"
}

// ReadFile reads a regular file of at most lim.Max bytes.
func ReadFile(path string, lim Limit) ([]byte, error) {
	return ReadInto(path, nil, lim, false)
}

// ReadInto is ReadFile reusing buf's storage when it is big enough.
// knownRegular says a directory listing already reported a regular file:
// then fstat is skipped (the open is still non-blocking, so a file swapped
// for a FIFO cannot hang) and a short read is taken as the end of the file.
func ReadInto(path string, buf []byte, lim Limit, knownRegular bool) ([]byte, error) {
	fd, err := openRead(path)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer closeFD(fd)
	want := int64(64 << 10)
	if !knownRegular {
		mode, size, err := fstat(fd)
		if err != nil {
			return nil, &os.PathError{Op: "stat", Path: path, Err: err}
		}
		if !mode.IsRegular() {
			return nil, &Error{Path: path, Err: ErrNotRegular, Mode: mode, Limit: lim}
		}
		if size > lim.Max {
			return nil, &Error{Path: path, Err: ErrTooLarge, Size: size, Limit: lim}
		}
		want = size + 1
	}
	want = min(want, lim.Max+1)
	if int64(cap(buf)) < want {
		buf = make([]byte, 0, want)
	}
	buf = buf[:cap(buf)]
	got := 0
	for {
		m, err := readFD(fd, buf[got:])
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		}
		got += m
		if int64(got) > lim.Max {
			size := int64(got)
			if _, n, err := fstat(fd); err == nil && n > size {
				size = n
			}
			return nil, &Error{Path: path, Err: ErrTooLarge, Size: size, Limit: lim}
		}
		if m == 0 || got < len(buf) {
			break // end of file: a regular file reads short only there
		}
		if got == len(buf) {
			// Grow, but never past the cap plus the one byte that proves
			// the file is too big.
			n := min(int64(2*len(buf))+512, lim.Max+1)
			buf = append(buf, make([]byte, n-int64(len(buf)))...)
			buf = buf[:cap(buf)]
		}
	}
	return buf[:got], nil
}

// ReadTail reads at most the last max bytes of the regular file at path;
// cut says the file is longer, so the data's first line may be partial. It
// reads on a raw descriptor (no poller set-up): the hook's StopFailure
// notification reads the session's state with it on the fast path.
func ReadTail(path string, max int64) (data []byte, cut bool, err error) {
	fd, err := openRead(path)
	if err != nil {
		return nil, false, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer closeFD(fd)
	mode, size, err := fstat(fd)
	if err != nil {
		return nil, false, &os.PathError{Op: "stat", Path: path, Err: err}
	}
	if !mode.IsRegular() {
		return nil, false, &Error{Path: path, Err: ErrNotRegular, Mode: mode}
	}
	off := size - min(size, max)
	buf := make([]byte, size-off)
	got := 0
	for got < len(buf) {
		n, err := preadFD(fd, buf[got:], off+int64(got))
		if n <= 0 || err != nil && err != io.EOF {
			if got == 0 && err != nil && err != io.EOF {
				return nil, false, &os.PathError{Op: "read", Path: path, Err: err}
			}
			break // the file shrank meanwhile: what was read is the tail
		}
		got += n
	}
	return buf[:got], off > 0, nil
}

// Open opens a regular file for reading without blocking, for readers that
// seek (transcript tails). The caller closes it.
func Open(path string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, &Error{Path: path, Err: ErrNotRegular, Mode: fi.Mode()}
	}
	return f, fi, nil
}

// ReadFileIn reads path like ReadFile, and refuses it when the file it
// names — after following every symlink — is not inside root.
func ReadFileIn(root, path string, lim Limit) ([]byte, error) {
	real, err := Resolve(path)
	if err != nil {
		return nil, err
	}
	in, err := Inside(root, dir(real))
	if err != nil {
		return nil, err
	}
	if !in {
		return nil, &Error{Path: path, Err: ErrOutsideRoot, Limit: lim}
	}
	return ReadFile(real, lim)
}
