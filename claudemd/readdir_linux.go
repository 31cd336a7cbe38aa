//go:build linux

package claudemd

import (
	"io/fs"
	"sort"
	"syscall"
	"unsafe"
)

// readDir lists a directory with raw getdents64 calls: os.ReadDir's poller
// registration costs extra system calls per directory, and a tree of 2,000
// directories pays them 2,000 times. Entries come back sorted by name.
func readDir(path string, buf []byte) ([]dirEntry, []byte, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, buf, err
	}
	defer syscall.Close(fd)
	if cap(buf) < 8192 {
		buf = make([]byte, 8192)
	}
	buf = buf[:cap(buf)]
	var out []dirEntry
	for {
		n, err := syscall.ReadDirent(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, buf, err
		}
		if n <= 0 {
			break
		}
		for off := 0; off < n; {
			// struct linux_dirent64 { u64 ino; s64 off; u16 reclen; u8 type; char name[]; }
			reclen := int(*(*uint16)(unsafe.Pointer(&buf[off+16])))
			typ := buf[off+18]
			name := buf[off+19 : off+reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			off += reclen
			if len(name) == 0 || string(name) == "." || string(name) == ".." {
				continue
			}
			var mode fs.FileMode
			switch typ {
			case syscall.DT_DIR:
				mode = fs.ModeDir
			case syscall.DT_LNK:
				mode = fs.ModeSymlink
			case syscall.DT_REG:
				mode = 0
			case syscall.DT_UNKNOWN:
				mode = fs.ModeIrregular | fs.ModeType // ask lstat
			default:
				mode = fs.ModeIrregular
			}
			out = append(out, dirEntry{name: string(name), mode: mode})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, buf, nil
}
