package claudemd

import (
	"bufio"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// corpusToken is one labelled @token of testdata/imports/corpus.tsv.
type corpusToken struct {
	label, repo, file, token, target, context string
}

func readCorpus(t *testing.T) []corpusToken {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "imports", "corpus.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusToken
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 7 {
			t.Fatalf("bad corpus line %q", sc.Text())
		}
		out = append(out, corpusToken{label: c[0], repo: c[1], file: c[2], token: c[4], target: c[5], context: c[6]})
	}
	return out
}

// TestImportCorpus lints each labelled token's line where it was found (a
// target that exists in its repository exists here too) and scores the
// import/mention decision. The aim: no error on a token nobody meant as a
// file, and every import of a missing file inside the project an error.
func TestImportCorpus(t *testing.T) {
	var tp, fp, fn, tn int
	for _, c := range readCorpus(t) {
		dir := t.TempDir()
		mem := c.file
		if b := path.Base(mem); b != "CLAUDE.md" && b != "CLAUDE.local.md" && !strings.Contains(mem, ".claude/rules/") {
			mem = path.Join(path.Dir(mem), "CLAUDE.md")
		}
		write(t, filepath.Join(dir, mem), c.context+"\n")
		if c.target == "exists" {
			p, _, _ := strings.Cut(c.token, "#")
			write(t, filepath.Join(dir, path.Dir(c.file), p), "# target\n")
		}
		res, err := Lint(Options{Paths: []string{dir}, Cwd: dir, Home: filepath.Join(dir, "nohome")})
		if err != nil {
			t.Fatal(err)
		}
		var imp *Import
		for _, f := range res.Files {
			for i := range f.Imports {
				if f.Path == mem && f.Imports[i].Raw == c.token {
					imp = &f.Imports[i]
				}
			}
		}
		errors := 0
		for _, fd := range res.Findings {
			if fd.Severity == SeverityError && strings.HasPrefix(fd.Rule, "import-") {
				errors++
			}
		}
		predicted := imp != nil && imp.Status != ImportMention
		switch {
		case predicted && c.label == "import":
			tp++
		case predicted:
			fp++
			t.Errorf("%s %s: @%s taken as an import (%v), labelled a mention", c.repo, c.file, c.token, imp.Status)
		case c.label == "import":
			fn++
			t.Errorf("%s %s: @%s taken as a mention, labelled an import", c.repo, c.file, c.token)
		default:
			tn++
		}
		wantErrors := 0
		if c.label == "import" && c.target == "missing" {
			wantErrors = 1
		}
		if errors != wantErrors {
			t.Errorf("%s %s: @%s (%s, %s): %d import errors, want %d", c.repo, c.file, c.token, c.label, c.target, errors, wantErrors)
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("corpus: %d imports, %d mentions; precision %.3f (%d/%d), recall %.3f (%d/%d)",
		tp+fn, fp+tn, precision, tp, tp+fp, recall, tp, tp+fn)
}
