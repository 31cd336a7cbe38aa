//go:build unix

package safefile

import (
	"io/fs"
	"os"
	"syscall"
	"time"
)

const (
	separators = "/"
	oNonblock  = syscall.O_NONBLOCK | syscall.O_NOCTTY
)

func isAbs(p string) bool { return len(p) > 0 && p[0] == '/' }

// Raw system calls: os.File's poller registration costs three extra calls
// per file, which shows when linting a 2,000-file tree.
func openRead(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
		if err == syscall.EINTR {
			continue
		}
		return fd, err
	}
}

// openAppend opens path for appending, creating it (mode 0600) if missing.
func openAppend(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDWR|syscall.O_APPEND|syscall.O_CREAT|syscall.O_CLOEXEC|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0o600)
		if err == syscall.EINTR {
			continue
		}
		return fd, err
	}
}

func preadFD(fd int, b []byte, off int64) (int, error) {
	for {
		n, err := syscall.Pread(fd, b, off)
		if err == syscall.EINTR {
			continue
		}
		return max(n, 0), err
	}
}

// writeFD writes all of b (a regular file takes it in one write).
func writeFD(fd int, b []byte) error {
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		b = b[n:]
	}
	return nil
}

func closeFD(fd int) { syscall.Close(fd) }

func fstat(fd int) (fs.FileMode, int64, error) {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return 0, 0, err
	}
	var mode fs.FileMode
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
	case syscall.S_IFDIR:
		mode = fs.ModeDir
	case syscall.S_IFIFO:
		mode = fs.ModeNamedPipe
	case syscall.S_IFSOCK:
		mode = fs.ModeSocket
	case syscall.S_IFCHR:
		mode = fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		mode = fs.ModeDevice
	default:
		mode = fs.ModeIrregular
	}
	return mode, st.Size, nil
}

func readFD(fd int, b []byte) (int, error) {
	for {
		n, err := syscall.Read(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if n < 0 {
			n = 0
		}
		return n, err
	}
}

// keepOwner gives the new file the old one's owner and group, where allowed.
func keepOwner(f *os.File, fi fs.FileInfo) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		_ = f.Chown(int(st.Uid), int(st.Gid)) // best effort: only root may give files away
	}
}

// lockAppend holds an exclusive advisory lock on fd until the returned func
// runs, so "does the file end in a newline?" and the append that follows
// are one step for concurrent hooks. The kernel drops it if we are killed.
// It never waits long: a lock held for more than ~20 ms (a stuck or hostile
// holder) is given up, and the append goes ahead unlocked — the worst case
// is a blank line, which readers skip, never a hook that hangs.
func lockAppend(fd int) func() {
	for range 20 {
		switch syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB) {
		case nil:
			return func() { _ = syscall.Flock(fd, syscall.LOCK_UN) }
		case syscall.EINTR:
			continue
		}
		time.Sleep(time.Millisecond)
	}
	return func() {}
}
