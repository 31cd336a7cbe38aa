package safefile

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// readerExceptions are the files allowed to open files without this
// package, each with the reason. Everything else that reads a file ccdiag
// did not write goes through ReadFile, ReadInto, ReadFileIn or Open.
var readerExceptions = map[string]string{
	"cmd/ccdiag/internal/earlyfail/internal/notifygen/notifygen.go": "the build-time table generator reading the repository's own vocabulary testdata",
	"internal/safefile/read.go":                                     "the reader itself",
	"internal/safefile/sys_other.go":                                "the reader and the appender (opens for append, then fstat) outside unix",
	"internal/safefile/sys_unix.go":                                 "the reader and the appender (opens for append, then fstat) on unix",
	"internal/safefile/write.go":                                    "syncs the folder after a rename: opens a directory, reads nothing",
	"claudemd/readdir_linux.go":                                     "lists directories with O_DIRECTORY (getdents): no file content is read",
	"internal/statuscache/statuscache.go":                           "creates the refresh lock with O_CREATE|O_EXCL: it never reads",
	"internal/plugin/fixture.go":                                    "test fixture: hashes the release binaries it has just built",
	"cmd/ccdiag/internal/earlyhook/earlyhook.go":                    "reads /proc/PID/cmdline (PID all digits, 256 KiB cap): a kernel file whose reads may be short before the end, which the reader takes as the end",
}

// TestEveryUntrustedReadGoesThroughSafefile lists every os.ReadFile,
// os.Open, os.OpenFile and syscall.Open outside this package and fails on
// any not in readerExceptions (and on exceptions that no longer apply).
func TestEveryUntrustedReadGoesThroughSafefile(t *testing.T) {
	root := filepath.Join("..", "..")
	seen := map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && p != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, ok := sel.X.(*ast.Ident)
			if !ok {
				return true
			}
			name := pkg.Name + "." + sel.Sel.Name
			switch name {
			case "os.ReadFile", "os.Open", "os.OpenFile", "syscall.Open", "ioutil.ReadFile":
			default:
				return true
			}
			if _, ok := readerExceptions[rel]; ok {
				seen[rel] = true
				return true
			}
			t.Errorf("%s: %s of a path: read it with safefile (or add an exception with its reason)", fset.Position(call.Pos()), name)
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for f := range readerExceptions {
		if !seen[f] {
			t.Errorf("exception %s no longer opens files: remove it", f)
		}
	}
	if testing.Verbose() {
		for f, why := range readerExceptions {
			t.Logf("exception %s: %s", f, why)
		}
	}
}
