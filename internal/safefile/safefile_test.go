//go:build unix

package safefile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostile builds the files a hostile checkout can hold, each named for
// what it is.
func hostile(t *testing.T) string {
	t.Helper()
	d := t.TempDir()
	must(t, os.WriteFile(filepath.Join(d, "ok"), []byte("hello"), 0o644))
	must(t, os.WriteFile(filepath.Join(d, "big"), bytes.Repeat([]byte("x"), 100), 0o644))
	must(t, os.Mkdir(filepath.Join(d, "dir"), 0o755))
	must(t, syscall.Mkfifo(filepath.Join(d, "fifo"), 0o644))
	must(t, os.Symlink("/dev/zero", filepath.Join(d, "zero")))
	return d
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadFileRefusesWhatIsNotASmallRegularFile(t *testing.T) {
	d := hostile(t)
	lim := Limit{"test file", 50}
	for _, tc := range []struct {
		name string
		want error
	}{
		{"ok", nil},
		{"big", ErrTooLarge},
		{"dir", ErrNotRegular},
		{"fifo", ErrNotRegular},
		{"zero", ErrNotRegular},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(d, tc.name)
			if _, err := os.Lstat(p); err != nil {
				t.Skip("not on this system")
			}
			for _, known := range []bool{false, true} {
				done := make(chan struct{})
				var b []byte
				var err error
				go func() { b, err = ReadInto(p, nil, lim, known); close(done) }()
				select {
				case <-done:
				case <-time.After(5 * time.Second):
					t.Fatalf("ReadInto(%s, known=%v) hangs", tc.name, known)
				}
				if known && tc.want == ErrNotRegular {
					// A listing that lied is caught by the read itself:
					// a FIFO reads empty without blocking, a directory errors.
					if len(b) > 0 {
						t.Errorf("known=true read %d bytes from %s", len(b), tc.name)
					}
					continue
				}
				if !errors.Is(err, tc.want) {
					t.Errorf("known=%v: err = %v, want %v", known, err, tc.want)
				}
				if tc.want == nil && string(b) != "hello" {
					t.Errorf("read %q", b)
				}
			}
		})
	}
}

func TestReadFileTooLargeSaysWhat(t *testing.T) {
	d := hostile(t)
	_, err := ReadFile(filepath.Join(d, "big"), Limit{"config file", 10})
	if err == nil || !strings.Contains(err.Error(), "100 bytes exceeds the 10-byte limit for a config file") {
		t.Fatalf("err = %v", err)
	}
}

func TestOpenRefusesFIFOAndDevices(t *testing.T) {
	d := hostile(t)
	for _, name := range []string{"fifo", "zero", "dir"} {
		if _, err := os.Lstat(filepath.Join(d, name)); err != nil {
			continue
		}
		if _, _, err := Open(filepath.Join(d, name)); !errors.Is(err, ErrNotRegular) {
			t.Errorf("Open(%s) = %v, want ErrNotRegular", name, err)
		}
	}
	f, fi, err := Open(filepath.Join(d, "ok"))
	if err != nil || fi.Size() != 5 {
		t.Fatalf("Open(ok) = %v, %v", fi, err)
	}
	f.Close()
}

func TestReadFileInConfinesSymlinks(t *testing.T) {
	root := t.TempDir()
	out := t.TempDir()
	must(t, os.WriteFile(filepath.Join(out, "secret"), []byte("s"), 0o644))
	must(t, os.WriteFile(filepath.Join(root, "in"), []byte("i"), 0o644))
	must(t, os.Symlink(filepath.Join(out, "secret"), filepath.Join(root, "link-out")))
	must(t, os.Symlink("in", filepath.Join(root, "link-in")))
	must(t, os.Symlink(out, filepath.Join(root, "dir-out")))
	if _, err := ReadFileIn(root, filepath.Join(root, "link-in"), Config); err != nil {
		t.Errorf("link inside: %v", err)
	}
	for _, p := range []string{"link-out", "dir-out/secret", "../" + filepath.Base(out) + "/secret"} {
		if _, err := ReadFileIn(root, filepath.Join(root, p), Config); !errors.Is(err, ErrOutsideRoot) {
			t.Errorf("%s: err = %v, want ErrOutsideRoot", p, err)
		}
	}
}

func TestWriteGoesThroughSymlinksAndKeepsMode(t *testing.T) {
	d := t.TempDir()
	real := filepath.Join(d, "dotfiles", "settings.json")
	must(t, os.MkdirAll(filepath.Dir(real), 0o755))
	must(t, os.WriteFile(real, []byte("old"), 0o600))
	link := filepath.Join(d, "settings.json")
	must(t, os.Symlink(real, link))
	must(t, Update(link, Settings, WriteOptions{}, func(old []byte, _ bool) ([]byte, error) {
		return append(old, "+new"...), nil
	}))
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi, err)
	}
	b, _ := os.ReadFile(real)
	if string(b) != "old+new" {
		t.Errorf("target holds %q", b)
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	ents, _ := os.ReadDir(filepath.Dir(real))
	if len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
}

func TestWriteRefusesReadOnlyAndOutsideRoot(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root writes anything")
	}
	d := t.TempDir()
	ro := filepath.Join(d, "ro.md")
	must(t, os.WriteFile(ro, []byte("x"), 0o444))
	err := Update(ro, Memory, WriteOptions{}, func([]byte, bool) ([]byte, error) { return []byte("y"), nil })
	var roe *ReadOnlyError
	if !errors.As(err, &roe) || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("read-only: err = %v", err)
	}
	if b, _ := os.ReadFile(ro); string(b) != "x" {
		t.Errorf("read-only file replaced: %q", b)
	}

	root, out := filepath.Join(d, "tree"), filepath.Join(d, "outside.md")
	must(t, os.Mkdir(root, 0o755))
	must(t, os.WriteFile(out, []byte("keep"), 0o644))
	must(t, os.Symlink(out, filepath.Join(root, "CLAUDE.md")))
	err = Update(filepath.Join(root, "CLAUDE.md"), Memory, WriteOptions{Root: root},
		func([]byte, bool) ([]byte, error) { return []byte("fixed"), nil })
	if !errors.Is(err, ErrOutsideRoot) {
		t.Errorf("outside root: err = %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "keep" {
		t.Errorf("file outside the root rewritten: %q", b)
	}
}

func TestWriteDetectsAConcurrentEdit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		other string // what the other editor writes (same size as "v1" or not)
	}{
		{"same size and time", "v2"},
		{"different size", "other editor"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "f")
			must(t, os.WriteFile(p, []byte("v1"), 0o644))
			fi, _ := os.Stat(p)
			s, err := ReadForUpdate(p, Settings)
			must(t, err)
			must(t, os.WriteFile(p, []byte(tc.other), 0o644))
			must(t, os.Chtimes(p, fi.ModTime(), fi.ModTime()))
			if err := s.Write([]byte("ours"), WriteOptions{}); !errors.Is(err, ErrChanged) {
				t.Fatalf("err = %v, want ErrChanged", err)
			}
			if b, _ := os.ReadFile(p); string(b) != tc.other {
				t.Errorf("the other edit was dropped: %q", b)
			}
		})
	}
}

func TestUpdateRedoesItsEditOnTopOfAConcurrentOne(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	must(t, os.WriteFile(p, []byte("a"), 0o644))
	calls := 0
	err := Update(p, Settings, WriteOptions{}, func(old []byte, _ bool) ([]byte, error) {
		calls++
		if calls == 1 {
			must(t, os.WriteFile(p, []byte("a+theirs"), 0o644)) // lands while we edit
		}
		return append(old, "+ours"...), nil
	})
	must(t, err)
	if b, _ := os.ReadFile(p); string(b) != "a+theirs+ours" || calls != 2 {
		t.Errorf("got %q after %d edits", b, calls)
	}
}

func TestWriteCreatesAMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "new.json")
	must(t, Update(p, Settings, WriteOptions{Perm: 0o600}, func(old []byte, exists bool) ([]byte, error) {
		if exists || old != nil {
			t.Errorf("missing file read as %q, %v", old, exists)
		}
		return []byte("{}"), nil
	}))
	if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("created %v %v", fi, err)
	}
}

func TestAppendStartsOnAFreshLineAfterATornRecord(t *testing.T) {
	p := filepath.Join(t.TempDir(), "s", "state.jsonl")
	must(t, Append(p, []byte(`{"k":"fail"}`+"\n")))
	f, _ := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString(`{"k":"fa`) // a write torn by a full disk
	f.Close()
	must(t, Append(p, []byte(`{"k":"ok"}`+"\n")))
	b, _ := os.ReadFile(p)
	want := `{"k":"fail"}` + "\n" + `{"k":"fa` + "\n" + `{"k":"ok"}` + "\n"
	if string(b) != want {
		t.Errorf("file holds %q, want %q", b, want)
	}
}

func TestAppendRefusesAFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "state.jsonl")
	must(t, syscall.Mkfifo(p, 0o600))
	if err := Append(p, []byte("x\n")); !errors.Is(err, ErrNotRegular) {
		t.Errorf("err = %v", err)
	}
}

func TestMatchLineEndings(t *testing.T) {
	for _, tc := range []struct{ old, out, want string }{
		{"a\r\nb\r\n", "a\nb\nc\n", "a\r\nb\r\nc\r\n"},
		{"a\r\nb\r\n", "a\r\nc\n", "a\r\nc\r\n"},
		{"a\nb\n", "a\nc\n", "a\nc\n"},
		{"", "a\n", "a\n"},
	} {
		if got := string(MatchLineEndings([]byte(tc.old), []byte(tc.out))); got != tc.want {
			t.Errorf("MatchLineEndings(%q, %q) = %q, want %q", tc.old, tc.out, got, tc.want)
		}
	}
}

// TestAppendDoesNotWaitOnAStuckLock: a lock held forever by someone else
// delays an append a little, never indefinitely.
func TestAppendDoesNotWaitOnAStuckLock(t *testing.T) {
	p := filepath.Join(t.TempDir(), "state.jsonl")
	must(t, os.WriteFile(p, []byte("a\n"), 0o600))
	holder, err := os.Open(p)
	must(t, err)
	defer holder.Close()
	must(t, syscall.Flock(int(holder.Fd()), syscall.LOCK_EX))
	done := make(chan error, 1)
	go func() { done <- Append(p, []byte("b\n")) }()
	select {
	case err := <-done:
		must(t, err)
	case <-time.After(10 * time.Second): // a safety net, not a timing assertion
		t.Fatal("Append waits on a lock held by someone else")
	}
	if b, _ := os.ReadFile(p); string(b) != "a\nb\n" {
		t.Errorf("file holds %q", b)
	}
}

// TestReadTail: the last max bytes of a regular file, whether it was cut;
// anything else refused without hanging, a missing file ErrNotExist.
func TestReadTail(t *testing.T) {
	d := hostile(t)
	for _, tc := range []struct {
		name, want string
		max        int64
		cut        bool
		err        error
	}{
		{"ok", "hello", 50, false, nil},
		{"ok", "hello", 5, false, nil},
		{"ok", "llo", 3, true, nil},
		{"big", "xxxx", 4, true, nil},
		{"missing", "", 50, false, os.ErrNotExist},
		{"dir", "", 50, false, ErrNotRegular},
		{"fifo", "", 50, false, ErrNotRegular},
		{"zero", "", 50, false, ErrNotRegular},
	} {
		done := make(chan struct{})
		var b []byte
		var cut bool
		var err error
		go func() { b, cut, err = ReadTail(filepath.Join(d, tc.name), tc.max); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second): // a safety net, not a timing assertion
			t.Fatalf("ReadTail(%s) hangs", tc.name)
		}
		if string(b) != tc.want || cut != tc.cut || !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
			t.Errorf("ReadTail(%s, %d) = %q, %v, %v; want %q, %v, %v", tc.name, tc.max, b, cut, err, tc.want, tc.cut, tc.err)
		}
	}
}
