// Package jsontop reads the top-level fields of a JSON object in one flat
// pass, without recursion, answering exactly as jsonguard.ValidBytes and
// gjson.GetManyBytes do (FuzzGetMatchesGJSON). It exists for the hook's
// StopFailure fast path, which runs during package initialisation: it
// imports neither gjson nor strings, bytes or unicode, whose unicode tables
// would make every package that sorts before "unicode" in import-path order
// initialise first (see cmd/ccdiag/internal/earlyfail). Everything else
// reads JSON with gjson behind jsonguard.
package jsontop

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is jsonguard.MaxDepth: the deepest nesting accepted.
const MaxDepth = 512

// Field is one top-level field as gjson gives it: Str is Result.String(),
// Exists is Result.Exists().
type Field struct {
	Str    string
	Exists bool
}

// Get reports whether b is valid JSON nested at most MaxDepth deep
// (jsonguard.ValidBytes) and, when it is, returns the top-level fields named
// by keys as gjson.GetManyBytes(b, keys...) would: the first field of each
// name, nothing when b is not an object. Keys are plain names (a letter or
// '_', then letters, digits, '_' or '-'), not gjson paths.
func Get(b []byte, keys ...string) ([]Field, bool) {
	fields := make([]Field, len(keys))
	var stack []byte // '{' or '[' per open container
	var key []byte   // the current top-level key, still escaped
	start := 0       // where the current top-level value starts
	var top byte
	var end int
	i := skipSpace(b, 0)
value:
	if i >= len(b) {
		return nil, false
	}
	if len(stack) == 1 && stack[0] == '{' {
		start = i
	}
	switch c := b[i]; {
	case c == '{' || c == '[':
		if len(stack) == MaxDepth {
			return nil, false
		}
		stack = append(stack, c)
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == c+2 { // '}' or ']'
			stack = stack[:len(stack)-1]
			i++
			goto after
		}
		if c == '{' {
			goto key
		}
		goto value
	case c == '"':
		if i = skipString(b, i); i < 0 {
			return nil, false
		}
	case c == 't':
		i = literal(b, i, "true")
	case c == 'f':
		i = literal(b, i, "false")
	case c == 'n':
		i = literal(b, i, "null")
	default:
		i = number(b, i)
	}
	if i < 0 {
		return nil, false
	}
after:
	if len(stack) == 1 && stack[0] == '{' {
		for k, name := range keys {
			if !fields[k].Exists && keyIs(key, name) {
				fields[k] = field(b[start:i])
			}
		}
	}
	if len(stack) == 0 {
		if skipSpace(b, i) != len(b) {
			return nil, false
		}
		return fields, true
	}
	i = skipSpace(b, i)
	if i >= len(b) {
		return nil, false
	}
	top = stack[len(stack)-1]
	switch b[i] {
	case ',':
		i = skipSpace(b, i+1)
		if top == '{' {
			goto key
		}
		goto value
	case top + 2:
		stack = stack[:len(stack)-1]
		i++
		goto after
	}
	return nil, false
key:
	if i >= len(b) || b[i] != '"' {
		return nil, false
	}
	end = skipString(b, i)
	if end < 0 {
		return nil, false
	}
	if len(stack) == 1 {
		key = b[i+1 : end-1]
	}
	i = skipSpace(b, end)
	if i >= len(b) || b[i] != ':' {
		return nil, false
	}
	i = skipSpace(b, i+1)
	goto value
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index after the string starting at b[i] ('"'),
// or -1 where it is not a valid JSON string.
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch c := b[i]; {
		case c < ' ':
			return -1
		case c == '"':
			return i + 1
		case c == '\\':
			i++
			if i >= len(b) {
				return -1
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(b) {
					return -1
				}
				for _, h := range b[i+1 : i+5] {
					if !isHex(h) {
						return -1
					}
				}
				i += 4
			default:
				return -1
			}
		}
	}
	return -1
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func literal(b []byte, i int, lit string) int {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return -1
	}
	return i + len(lit)
}

// number returns the index after the number starting at b[i], or -1.
func number(b []byte, i int) int {
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = digits(b, i)
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		if j := digits(b, i+1); j > i+1 {
			i = j
		} else {
			return -1
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(b, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

func digits(b []byte, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}

// keyIs reports whether the escaped key names name.
func keyIs(key []byte, name string) bool {
	for _, c := range key {
		if c == '\\' {
			return unescape(key) == name
		}
	}
	return string(key) == name
}

// field is gjson's Result for one valid value: String() and Exists().
func field(raw []byte) Field {
	switch raw[0] {
	case '"':
		return Field{Str: unescape(raw[1 : len(raw)-1]), Exists: true}
	case 't':
		return Field{Str: "true", Exists: true}
	case 'f':
		return Field{Str: "false", Exists: true}
	case 'n':
		return Field{Exists: true}
	case '{', '[':
		return Field{Str: string(raw), Exists: true}
	}
	// A number: its text when it is an integer, else the float's shortest
	// decimal form, as gjson's Result.String gives them.
	for i, c := range raw {
		if (c < '0' || c > '9') && !(i == 0 && c == '-') {
			f, _ := strconv.ParseFloat(string(raw), 64)
			return Field{Str: strconv.FormatFloat(f, 'f', -1, 64), Exists: true}
		}
	}
	return Field{Str: string(raw), Exists: true}
}

// unescape decodes the inside of a valid JSON string as gjson does: a
// surrogate half that is not part of a pair becomes U+FFFD.
func unescape(s []byte) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			out = append(out, s[i])
			continue
		}
		i++
		switch s[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(s[i+1:])
			i += 4
			if r >= 0xD800 && r < 0xDC00 && len(s)-i >= 7 && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2 := hex4(s[i+3:]); r2 >= 0xDC00 && r2 < 0xE000 {
					r = utf16.DecodeRune(r, r2)
					i += 6
				}
			}
			out = utf8.AppendRune(out, r)
		default: // '"', '\\', '/'
			out = append(out, s[i])
		}
	}
	return string(out)
}

func hex4(s []byte) rune {
	n, _ := strconv.ParseUint(string(s[:4]), 16, 32)
	return rune(n)
}
