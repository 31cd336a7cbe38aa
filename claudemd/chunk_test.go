package claudemd

import (
	"hash/maphash"
	"reflect"
	"testing"
)

var chunkSeeds = []string{
	"# T\n\nSee @a.md\n\n```\n@in-fence.md\n\n@still.md\n```\n\nAfter @b.md\n",
	"- item @x.md\n\n- `@code.md` item\n\npara @y.md\n",
	"> quote @q.md\n\n> again\n\n    indented @i.md\n\ntext\n",
	"para\n\n````\n```\n@inner.md\n````\n\n@after.md\n",
	"~~~\n@t.md\n~~~\n\n@u.md `@v.md` *x*@w.md\n",
	"[@ref]\n\n[@ref]: /url\n",
	"1. step\n   ```\n   @c.md\n   ```\n\n@d.md\n",
	"<div>\n\n@h.md\n\n</div>\n",
	"```js```\n\n@e.md\n",
	"text\n```\n@f.md\n",
	"Ask @alice before; mail bob@example.com.\nSecond @line.md\n",
	"@a.md\n===\n\n  @b.md\n",
	"x &#64;y @z\n",
}

// candidatesBoth returns the candidates of a whole-document parse and of
// the chunked parse (ok=false when chunking declined).
func candidatesBoth(body []byte) (whole, chunked []candidate, ok bool) {
	whole = scanMarkdown(body, 0, true, false, false).cands
	ranges, ok := importChunks(body)
	if !ok {
		return whole, nil, false
	}
	return whole, chunkedCandidates(body, 0, ranges), true
}

func TestImportChunksMatchWholeParse(t *testing.T) {
	for _, s := range chunkSeeds {
		whole, chunked, ok := candidatesBoth([]byte(s))
		if ok && !reflect.DeepEqual(whole, chunked) {
			t.Errorf("%q:\nwhole   %v\nchunked %v", s, whole, chunked)
		}
	}
}

// FuzzImportChunks: whenever importChunks agrees to split a document, the
// import candidates are exactly those of a whole-document parse.
func FuzzImportChunks(f *testing.F) {
	for _, s := range chunkSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		whole, chunked, ok := candidatesBoth([]byte(s))
		if ok && !reflect.DeepEqual(whole, chunked) {
			t.Fatalf("%q:\nwhole   %v\nchunked %v", s, whole, chunked)
		}
	})
}

// FuzzAnalyze: any bytes analyse without panicking, and sizes stay sane.
func FuzzAnalyze(f *testing.F) {
	for _, s := range chunkSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte("\xEF\xBB\xBF---\npaths: [a\n---\n\x00\xff @x.md,\r\n"))
	seed := maphash.MakeSeed()
	set := newSettings(nil, ComputeLimits("", 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		file := &File{abs: "/p/.claude/rules/x.md", Kind: KindRules}
		a := analyze(file, b, set, seed, true)
		if a.chars < 0 || a.chars > len(b) || a.lines < 0 {
			t.Fatalf("chars %d lines %d for %d bytes", a.chars, a.lines, len(b))
		}
		for _, ic := range a.imports {
			if ic.off < 0 || ic.end > len(b) || ic.off >= ic.end || b[ic.off] != '@' {
				t.Fatalf("bad candidate %+v", ic)
			}
		}
	})
}
