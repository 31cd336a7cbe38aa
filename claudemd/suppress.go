package claudemd

import (
	"bytes"
	"strings"
)

// suppressions are the inline ccdiag-disable comments of one file:
//
//	<!-- ccdiag-disable-next-line rule-id[, rule-id] -->   the line after
//	<!-- ccdiag-disable-line rule-id -->                  this line
//	<!-- ccdiag-disable rule-id -->                       the whole file
//
// Without rule ids every rule is silenced there. Claude Code strips HTML
// comment blocks before loading, so a comment on its own line costs nothing.
type suppressions struct {
	file  []string // "*" = every rule
	lines map[int][]string
}

func parseSuppressions(src []byte) suppressions {
	var s suppressions
	li := newLineIndex(src)
	for pos := 0; ; {
		i := bytes.Index(src[pos:], []byte("ccdiag-disable"))
		if i < 0 {
			return s
		}
		at := pos + i
		pos = at + len("ccdiag-disable")
		start, end := li.bounds(at)
		open := bytes.LastIndex(src[start:at], []byte("<!--"))
		if open < 0 {
			continue
		}
		rest := src[at:end]
		if j := bytes.Index(rest, []byte("-->")); j >= 0 {
			rest = rest[:j]
		}
		fields := strings.FieldsFunc(string(rest), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
		if len(fields) == 0 {
			continue
		}
		ids := fields[1:]
		if len(ids) == 0 {
			ids = []string{"*"}
		}
		line, _ := li.pos(at)
		switch fields[0] {
		case "ccdiag-disable-next-line":
			s.add(line+1, ids)
		case "ccdiag-disable-line":
			s.add(line, ids)
		case "ccdiag-disable", "ccdiag-disable-file":
			s.file = append(s.file, ids...)
		}
	}
}

func (s *suppressions) add(line int, ids []string) {
	if s.lines == nil {
		s.lines = map[int][]string{}
	}
	s.lines[line] = append(s.lines[line], ids...)
}

func (s *suppressions) covers(rule string, line int) bool {
	match := func(ids []string) bool {
		for _, id := range ids {
			if id == "*" || id == rule {
				return true
			}
		}
		return false
	}
	return match(s.file) || match(s.lines[line])
}
