package safefile

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"time"
)

// ErrChanged means the file changed on disk after it was read: the caller
// reads it again and redoes its edit (Update does), or gives up — it never
// overwrites the other edit.
var ErrChanged = errors.New("changed on disk since it was read")

// ReadOnlyError refuses to replace a file its owner made read-only: a
// rename would silently succeed where a write could not.
type ReadOnlyError struct {
	Path string
	Mode fs.FileMode
}

func (e *ReadOnlyError) Error() string {
	return e.Path + " is read-only (mode " + strconv.FormatUint(uint64(e.Mode.Perm()), 8) +
		"); make it writable (chmod u+w) or edit it by hand"
}

// Snapshot is a file as it was read for an update: where it really lives
// (symlinks followed) and what it held.
type Snapshot struct {
	Path   string // the real target
	Exists bool
	Data   []byte
	mode   fs.FileMode
	size   int64
	mtime  time.Time
	info   fs.FileInfo
}

// WriteOptions restricts a write.
type WriteOptions struct {
	// Root, when set, refuses targets whose real location (after symlinks)
	// is outside this folder.
	Root string
	// Perm is the mode of a file that does not exist yet (default 0o644).
	Perm fs.FileMode
}

// ReadForUpdate reads path (a missing file is an empty snapshot) through
// its symlinks, as the reader does.
func ReadForUpdate(path string, lim Limit) (*Snapshot, error) {
	real, err := Resolve(path)
	if err != nil {
		return nil, err
	}
	s := &Snapshot{Path: real}
	fi, err := os.Stat(real)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(real, lim)
	if err != nil {
		return nil, err
	}
	s.Exists, s.Data, s.info = true, data, fi
	s.mode, s.size, s.mtime = fi.Mode(), fi.Size(), fi.ModTime()
	return s, nil
}

// Write replaces the snapshot's file with data: a temporary file in the same
// folder, synced, then renamed over the target. Just before the rename it
// checks the file still holds what was read (size, time, bytes) and
// returns ErrChanged when not.
func (s *Snapshot) Write(data []byte, opt WriteOptions) error {
	if opt.Root != "" {
		in, err := Inside(opt.Root, dir(s.Path))
		if err != nil {
			return err
		}
		if !in {
			return &Error{Path: s.Path, Err: ErrOutsideRoot}
		}
	}
	perm := opt.Perm
	if perm == 0 {
		perm = 0o644
	}
	if s.Exists {
		perm = s.mode.Perm()
		if perm&0o200 == 0 {
			return &ReadOnlyError{Path: s.Path, Mode: s.mode}
		}
	}
	tmp, err := os.CreateTemp(dir(s.Path), "."+base(s.Path)+".ccdiag-*")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		return err
	}
	if s.info != nil {
		keepOwner(tmp, s.info)
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := s.unchanged(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), s.Path); err != nil {
		return err
	}
	done = true
	syncDir(dir(s.Path))
	return nil
}

// unchanged compares the file on disk with the snapshot.
func (s *Snapshot) unchanged() error {
	fi, err := os.Stat(s.Path)
	if errors.Is(err, os.ErrNotExist) {
		if s.Exists {
			return &os.PathError{Op: "write", Path: s.Path, Err: ErrChanged}
		}
		return nil
	}
	if err != nil {
		return err
	}
	if !s.Exists || fi.Size() != s.size || !fi.ModTime().Equal(s.mtime) {
		return &os.PathError{Op: "write", Path: s.Path, Err: ErrChanged}
	}
	// Same size and time can still hide an edit within one clock tick.
	now, err := ReadFile(s.Path, Limit{"file being replaced", s.size})
	if err != nil {
		return err
	}
	if string(now) != string(s.Data) {
		return &os.PathError{Op: "write", Path: s.Path, Err: ErrChanged}
	}
	return nil
}

func syncDir(d string) {
	if f, err := os.Open(d); err == nil {
		_ = f.Sync() // best effort: not every file system syncs directories
		f.Close()
	}
}

// Update reads path, lets edit compute the new content and writes it
// atomically; when the file changed meanwhile it starts again (a few
// times), so another program's edit is kept and ours is redone on top.
// edit returning the input unchanged writes nothing.
func Update(path string, lim Limit, opt WriteOptions, edit func(old []byte, exists bool) ([]byte, error)) error {
	var err error
	for range 5 {
		var s *Snapshot
		s, err = ReadForUpdate(path, lim)
		if err != nil {
			return err
		}
		var out []byte
		out, err = edit(s.Data, s.Exists)
		if err != nil {
			return err
		}
		if s.Exists && string(out) == string(s.Data) {
			return nil
		}
		if err = s.Write(out, opt); !errors.Is(err, ErrChanged) {
			return err
		}
	}
	return err
}

// MatchLineEndings gives out the line endings of old: when old ends its
// lines with CRLF, every lone LF in out becomes CRLF.
func MatchLineEndings(old, out []byte) []byte {
	crlf, lf := 0, 0
	for i, c := range old {
		if c == '\n' {
			lf++
			if i > 0 && old[i-1] == '\r' {
				crlf++
			}
		}
	}
	if crlf == 0 || crlf*2 < lf {
		return out
	}
	b := make([]byte, 0, len(out)+len(out)/8)
	for i, c := range out {
		if c == '\n' && (i == 0 || out[i-1] != '\r') {
			b = append(b, '\r')
		}
		b = append(b, c)
	}
	return b
}
