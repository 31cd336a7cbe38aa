// Package sanitize is the one guard in front of every printer and MCP result:
// it redacts secrets first, then cuts to a length, then neutralises control
// characters in text meant for a terminal — in that order, by construction:
// only Redact makes a Redacted, and only a Redacted can be cut or rendered.
// Cutting first would leave a key too short to be recognised.
package sanitize

import (
	"strings"
	"unicode/utf8"
)

// Redacted is text whose secrets have been masked.
type Redacted struct{ s string }

// String is the redacted text as is (for JSON, whose encoder escapes
// control characters itself).
func (r Redacted) String() string { return r.s }

// Cut shortens the text to at most n bytes, on a rune boundary, ending it
// with "…" when something was dropped.
func (r Redacted) Cut(n int) Redacted {
	if n < 0 || len(r.s) <= n {
		return r
	}
	for n > 0 && !utf8.RuneStart(r.s[n]) {
		n--
	}
	return Redacted{strings.TrimRight(r.s[:n], " \t") + "…"}
}

// Terminal renders the text for a terminal: escape sequences, carriage
// returns, bells, C1 controls, bidirectional overrides and invalid UTF-8 are
// shown as visible escapes (\x1b, \u202e…); newlines and tabs stay.
func (r Redacted) Terminal() string { return neutralise(r.s, false) }

// Line is Terminal on one line: newlines and tabs become spaces too.
func (r Redacted) Line() string { return neutralise(r.s, true) }

// Text redacts s with the process environment's secrets and renders it for
// a terminal.
func Text(s string) string { return Default().Redact(s).Terminal() }

// Line redacts s, cuts it to n bytes and renders it as one terminal line.
func Line(s string, n int) string { return Default().Redact(s).Cut(n).Line() }

// String redacts s (for JSON and other encoders that escape controls).
func String(s string) string { return Default().Redact(s).String() }

// dangerous reports runes a terminal may act on.
func dangerous(r rune, oneLine bool) bool {
	switch {
	case r == '\n' || r == '\t':
		return oneLine
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f: // C1: 0x9b is CSI on some terminals
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi controls
		return true
	}
	return false
}

func neutralise(s string, oneLine bool) string {
	clean := true
	i := 0
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++ // the printable ASCII run every string starts with
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || dangerous(r, oneLine) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return s
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x`)
			b.WriteByte(hex[s[i]>>4])
			b.WriteByte(hex[s[i]&15])
		case oneLine && (r == '\n' || r == '\t'):
			b.WriteByte(' ')
		case dangerous(r, oneLine) && r < 0x80:
			b.WriteString(`\x`)
			b.WriteByte(hex[r>>4])
			b.WriteByte(hex[r&15])
		case dangerous(r, oneLine):
			b.WriteString(`\u`)
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hex[(r>>sh)&15])
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
