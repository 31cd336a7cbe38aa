package claudemd

import (
	"io/fs"
	"os"
	"path/filepath"
)

// dirEntry is a name and its type as the directory listing reports it.
type dirEntry struct {
	name string
	mode fs.FileMode // 0 regular, ModeDir, ModeSymlink, or ModeIrregular
}

// resolveType fills in an unknown type (some file systems do not report it).
func (e *dirEntry) resolveType(dir string) {
	if e.mode != fs.ModeIrregular|fs.ModeType {
		return
	}
	st, err := os.Lstat(filepath.Join(dir, e.name))
	if err != nil {
		e.mode = fs.ModeIrregular
		return
	}
	e.mode = st.Mode().Type()
}

func (e dirEntry) isDir() bool     { return e.mode&fs.ModeDir != 0 }
func (e dirEntry) isSymlink() bool { return e.mode&fs.ModeSymlink != 0 }
func (e dirEntry) isRegular() bool { return e.mode == 0 }
