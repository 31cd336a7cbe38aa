package apierror

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// scanHit is one phrase occurrence as scanLines reports it.
type scanHit struct{ id, end, line, at int }

// scanBoth returns what the automaton and the trie walk report, the walk's
// hits put in the automaton's order.
func scanBoth(m *phraseMatcher, phrases []string, lines []line) (auto, walk []scanHit) {
	m.autoLines(lines, func(id int32, end, li, at int) { auto = append(auto, scanHit{int(id), end, li, at}) })
	m.walkLines(lines, func(id int32, end, li, at int) { walk = append(walk, scanHit{int(id), end, li, at}) })
	sortHits(phrases, walk)
	return auto, walk
}

// sortHits puts hits in the automaton's order: by end, then longest first,
// then by phrase id.
func sortHits(phrases []string, hits []scanHit) {
	slices.SortStableFunc(hits, func(a, b scanHit) int {
		if a.end != b.end {
			return a.end - b.end
		}
		if la, lb := len(phrases[a.id]), len(phrases[b.id]); la != lb {
			return lb - la
		}
		return a.id - b.id
	})
}

// naiveScan is what scanLines must report, found the slow way: squash and
// join the lines, then look for every phrase at every offset. Hits come by
// end, then longest first, then by phrase id.
func naiveScan(phrases []string, lines []line) []scanHit {
	var v []byte
	var lineOf, atOf []int // for each byte of v: its line and the offset just past it
	for li, l := range lines {
		for i := 0; i < len(l.text); i++ {
			c := l.text[i]
			if c == ' ' || c == '\t' || c == '\n' || c == '`' {
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 32
			}
			v = append(v, c)
			lineOf, atOf = append(lineOf, li), append(atOf, i+1)
		}
	}
	var out []scanHit
	for id, p := range phrases {
		if p == "" {
			continue
		}
		for i := 0; ; i++ {
			k := strings.Index(string(v[i:]), p)
			if k < 0 {
				break
			}
			i += k
			e := i + len(p)
			out = append(out, scanHit{id, e, lineOf[e-1], atOf[e-1]})
		}
	}
	sortHits(phrases, out)
	return out
}

// TestScanMatchesNaive: the automaton and the trie walk find exactly what a
// naive search finds, on every corpus paste and on the benchmark's paste.
func TestScanMatchesNaive(t *testing.T) {
	rs := rules.get()
	texts := []string{messyPaste(t)}
	for _, dir := range []string{"realworld", "heldout"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
		for _, p := range files {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(raw))
		}
	}
	if len(texts) < 100 {
		t.Fatalf("only %d texts", len(texts))
	}
	total := 0
	for i, text := range texts {
		lines := normalise(text)
		auto, walk := scanBoth(rs.matcher, rs.phrases, lines)
		want := naiveScan(rs.phrases, lines)
		total += len(want)
		if !slices.Equal(auto, want) || !slices.Equal(walk, want) {
			t.Errorf("text %d: automaton found %d hits, trie walk %d, naive search %d", i, len(auto), len(walk), len(want))
		}
	}
	if total < 1000 {
		t.Errorf("only %d hits over %d texts: the check says little", total, len(texts))
	}
}

// FuzzScan: on any text and any small phrase set, the automaton and the
// trie walk agree with the naive search (overlapping phrases, shared
// prefixes and suffixes, blanks, case and bytes outside every phrase
// included).
func FuzzScan(f *testing.F) {
	f.Add("he she his hers", "she\x00he\x00hers\x00his")
	f.Add("aaaa bAAb ab`a", "a\x00aa\x00aaa\x00ab\x00ba")
	f.Add("API Error: 529 Overloaded", "apierror\x00error\x00529\x00overloaded\x00r:5")
	f.Fuzz(func(t *testing.T, text, set string) {
		var phrases []string
		for p := range strings.SplitSeq(set, "\x00") {
			if len(phrases) < 64 {
				phrases = append(phrases, string(squashBytes(nil, p, false)))
			}
		}
		lines := normalise(text)
		auto, walk := scanBoth(newPhraseMatcher(phrases), phrases, lines)
		want := naiveScan(phrases, lines)
		if !slices.Equal(auto, want) || !slices.Equal(walk, want) {
			t.Fatalf("phrases %q on %q: automaton %v, trie walk %v, naive %v", phrases, text, auto, walk, want)
		}
	})
}
