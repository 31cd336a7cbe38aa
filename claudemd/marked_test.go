package claudemd

import (
	"hash/maphash"
	"reflect"
	"testing"
)

// TestImportsLikeMarked: the import paths Claude Code extracts. The
// expectations were produced by Claude Code 2.1.328's extraction function
// (copied from the binary) run over marked 15's lexer, the Markdown parser
// Claude Code builds on; ccdiag gets them from goldmark.
func TestImportsLikeMarked(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"See @a.md and @b.md, then @c.md:", []string{"a.md", "b.md,", "c.md:"}},
		{"- item `@code.md` and @d.md\n- `npm i @scope/pkg`\n", []string{"d.md", "scope/pkg`"}},
		{"1. step\n\n   more `@in-span.md` text\n", []string{}},
		{"Inline `@span.md` @e.md\n", []string{"e.md"}},
		{"```\n@fence.md\n```\n\n    @indented.md\n", []string{}},
		{"<!-- @hidden.md -->\n\n<!-- c --> @after-comment.md\n", []string{"after-comment.md"}},
		{"<div>\n@in-html.md\n</div>\n", []string{}},
		{"**bold**@glued.md and *x* @f.md", []string{"glued.md", "f.md"}},
		{"Escaped @my\\ notes.md and @g.md#frag", []string{"my notes.md", "g.md"}},
		{"> quote @h.md\n", []string{"h.md"}},
		{"# Heading @i.md\n\n| a | @j.md |\n|---|---|\n| @k.md | b |\n", []string{"i.md"}},
		{"[link @l.md](http://x/@m.md) ![img @n.md](p.png)", []string{"l.md", "n.md"}},
		{"Ask @alice, email a@b.com, @~/x.md @/abs.md @/ @@x", []string{"alice,", "~/x.md", "/abs.md"}},
		{"para\n@next-line.md\nfoo@bar.md", []string{"next-line.md"}},
		{"- a\n\n  para in item with `@loose-span.md` and @o.md\n", []string{"o.md"}},
	}
	set := newSettings(nil, ComputeLimits("", 0))
	for _, tt := range tests {
		a := analyze(&File{abs: "/x/CLAUDE.md"}, []byte(tt.src), set, maphash.MakeSeed(), false)
		got := []string{}
		seen := map[string]bool{}
		for _, ic := range a.imports {
			if ic.accepted && !seen[ic.path] {
				seen[ic.path] = true
				got = append(got, ic.path)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: imports %q, want %q", tt.src, got, tt.want)
		}
	}
}
