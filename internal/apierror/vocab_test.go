package apierror

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The vocabularies under testdata/vocab list, whole and from their primary
// sources, the error codes, classes and messages ccdiag must know. The
// format is in testdata/vocab/README.md.

// vocabWant is what one vocabulary line expects of a diagnosis.
type vocabWant struct {
	cats     []Category // one of these (usually exactly one)
	retry    int8       // 0: not checked; 1 retryable; -1 not
	provider string     // "": not checked; "-": must be unset
}

// vocabCase is one line of a vocabulary file.
type vocabCase struct {
	where string // file:line
	text  string
	want  vocabWant
}

// parseWant reads "category[|category…] [retry|noretry] [provider=NAME]".
func parseWant(s string) (vocabWant, error) {
	var w vocabWant
	for i, f := range strings.Fields(s) {
		switch {
		case i == 0:
			for _, c := range strings.Split(f, "|") {
				if !Category(c).Valid() {
					return w, &vocabError{"unknown category " + strconv.Quote(c)}
				}
				w.cats = append(w.cats, Category(c))
			}
		case f == "retry":
			w.retry = 1
		case f == "noretry":
			w.retry = -1
		case strings.HasPrefix(f, "provider="):
			w.provider = strings.TrimPrefix(f, "provider=")
		default:
			return w, &vocabError{"unknown field " + strconv.Quote(f)}
		}
	}
	if len(w.cats) == 0 {
		return w, &vocabError{"no category"}
	}
	return w, nil
}

type vocabError struct{ msg string }

func (e *vocabError) Error() string { return e.msg }

// splitVocabLine cuts "TEXT => WANT  # note" into TEXT and WANT.
func splitVocabLine(line string) (text, want string, ok bool) {
	i := strings.LastIndex(line, " => ")
	if i < 0 {
		return "", "", false
	}
	want = line[i+4:]
	if j := strings.Index(want, " #"); j >= 0 {
		want = want[:j]
	}
	return line[:i], strings.TrimSpace(want), true
}

// loadVocab reads one vocabulary file. TEXT is literal except that ⏎ stands
// for a line break, so that multi-line pastes fit on one line.
func loadVocab(t *testing.T, path string) []vocabCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []vocabCase
	sourced := false
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "# Source:") || strings.HasPrefix(line, "# Sources:") {
			sourced = len(out) == 0 // the source heads the file
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := filepath.Base(path) + ":" + strconv.Itoa(n)
		text, ws, ok := splitVocabLine(line)
		if !ok {
			t.Fatalf("%s: no \" => \" in %q", where, line)
		}
		w, err := parseWant(ws)
		if err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		out = append(out, vocabCase{where, lineBreaks(text), w})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !sourced {
		t.Errorf("%s: no \"# Source:\" (or \"# Sources:\") comment before the first entry", filepath.Base(path))
	}
	return out
}

// lineBreaks turns each ⏎ of a vocabulary text into a line break.
func lineBreaks(s string) string { return strings.ReplaceAll(s, "⏎", "\n") }

// mismatch says how d fails w, or "" when it does not.
func (w vocabWant) mismatch(d Diagnosis) string {
	var bad []string
	if !slices.Contains(w.cats, d.Category) {
		bad = append(bad, "category "+string(d.Category))
	}
	if w.retry != 0 && d.Retryable != (w.retry > 0) {
		bad = append(bad, "retryable "+strconv.FormatBool(d.Retryable))
	}
	switch got := str(d.Provider); {
	case w.provider == "":
	case w.provider == "-" && d.Provider != nil:
		bad = append(bad, "provider "+got)
	case w.provider != "-" && got != w.provider:
		bad = append(bad, "provider "+strconv.Quote(got))
	}
	return strings.Join(bad, ", ")
}

// TestVocabularies checks that every code, class and message each vocabulary
// lists is classified as the vocabulary expects.
func TestVocabularies(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "vocab", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no vocabularies")
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			cases := loadVocab(t, path)
			ok := 0
			for _, c := range cases {
				d := Diagnose(c.text, Options{})
				if m := c.want.mismatch(d); m != "" {
					t.Errorf("%s: %q: got %s", c.where, clip(c.text, 160), m)
					continue
				}
				ok++
			}
			t.Logf("%d listed, %d classified as expected", len(cases), ok)
		})
	}
}

// ccRule is one line of claudecode/expect.txt: a template (or, with "re:",
// a regular expression over templates) and what it means.
type ccRule struct {
	where    string
	template string
	re       *regexp.Regexp
	skip     string // why the template is not an error of ours
	want     vocabWant
	sample   string // the text to diagnose instead of the filled-in template
	used     bool
}

// loadExpect reads claudecode/expect.txt: "TEMPLATE => WANT [~ SAMPLE]" or
// "TEMPLATE => skip: REASON"; TEMPLATE may be "re:REGEXP".
func loadExpect(t *testing.T, path string) []*ccRule {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []*ccRule
	for n, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := "expect.txt:" + strconv.Itoa(n+1)
		i := strings.LastIndex(line, " => ")
		if i < 0 {
			t.Fatalf("%s: no \" => \" in %q", where, line)
		}
		r := &ccRule{where: where, template: line[:i]}
		rest := line[i+4:]
		if re, ok := strings.CutPrefix(r.template, "re:"); ok {
			r.re = regexp.MustCompile(re)
		}
		if reason, ok := strings.CutPrefix(rest, "skip: "); ok {
			r.skip = strings.TrimSpace(reason)
			out = append(out, r)
			continue
		}
		ws, sample, _ := strings.Cut(rest, " ~ ")
		if r.want, err = parseWant(ws); err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		r.sample = lineBreaks(sample)
		out = append(out, r)
	}
	return out
}

// loadTemplates reads claudecode/templates.txt, the list extract.sh writes.
func loadTemplates(t *testing.T, path string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n") {
		if strings.HasPrefix(line, "# ") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// fillTemplate turns a template (escaped as extract.sh writes it) into text
// Claude Code could print: each placeholder becomes a neutral word.
func fillTemplate(tpl string) string {
	s, err := strconv.Unquote(`"` + tpl + `"`)
	if err != nil {
		s = tpl
	}
	return strings.ReplaceAll(s, "{}", "x")
}

// TestClaudeCodeTemplates requires every error and notice template of the
// pinned Claude Code to be either classified by the catalogue as expect.txt
// says, or marked there as not an error of ours, with the reason. A new
// Claude Code release's new messages fail here until someone decides.
func TestClaudeCodeTemplates(t *testing.T) {
	dir := filepath.Join("testdata", "vocab", "claudecode")
	templates := loadTemplates(t, filepath.Join(dir, "templates.txt"))
	rules := loadExpect(t, filepath.Join(dir, "expect.txt"))
	exact := map[string]*ccRule{}
	for _, r := range rules {
		if r.re == nil {
			exact[r.template] = r
		}
	}
	var classified, ok, skipped int
	for _, tpl := range templates {
		r := exact[tpl]
		if r == nil {
			for _, g := range rules {
				if g.re != nil && g.re.MatchString(tpl) {
					r = g
					break
				}
			}
		}
		if r == nil {
			t.Errorf("template neither classified nor marked not ours in expect.txt: %s", tpl)
			continue
		}
		r.used = true
		if r.skip != "" {
			skipped++
			continue
		}
		classified++
		text := r.sample
		if text == "" {
			text = fillTemplate(tpl)
		}
		if m := r.want.mismatch(Diagnose(text, Options{})); m != "" {
			t.Errorf("%s: %q: got %s", r.where, clip(text, 160), m)
			continue
		}
		ok++
	}
	for _, r := range rules {
		if !r.used {
			t.Errorf("%s: matches no template of templates.txt (stale): %s", r.where, r.template)
		}
	}
	t.Logf("%d templates: %d classified (%d as expected), %d not errors of ours", len(templates), classified, ok, skipped)
}
