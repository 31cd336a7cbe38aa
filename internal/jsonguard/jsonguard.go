// Package jsonguard validates untrusted JSON without recursion before
// anything recursive touches it. gjson's validator and getters recurse once
// per nesting level: ~5.7 million '[' overflow the stack (a fatal error no
// recover catches) and a few million cost seconds and a gigabyte. Shallow
// refuses such input in one flat pass; Valid and ValidBytes are gjson's
// validators behind it. It is linked by the hook's StopFailure fast path,
// so it imports nothing but gjson.
package jsonguard

import "github.com/tidwall/gjson"

// MaxDepth is the deepest nesting accepted: far beyond any hook payload,
// transcript entry, settings file or Messages API request.
const MaxDepth = 512

// Shallow reports whether b nests arrays and objects at most max deep,
// looking past brackets inside strings. It does not check the syntax.
func Shallow[T string | []byte](b T, max int) bool {
	depth := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '[', '{':
			depth++
			if depth > max {
				return false
			}
		case ']', '}':
			depth--
		case '"':
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
		}
	}
	return true
}

// ValidBytes reports whether b is valid JSON nested at most MaxDepth deep.
func ValidBytes(b []byte) bool { return Shallow(b, MaxDepth) && gjson.ValidBytes(b) }

// Valid is ValidBytes for a string.
func Valid(s string) bool { return Shallow(s, MaxDepth) && gjson.Valid(s) }
