// Package guardtest holds what the output-guard tests of every front end
// (the CLI, the MCP server) check, so that "nothing leaked" means the same
// thing everywhere.
package guardtest

import "strings"

// Esc is a terminal attack: clear screen, set the title, carriage return,
// bell, a C1 CSI and a right-to-left override.
const Esc = "\x1b[2J\x1b]0;pwned\x07\rOVER\u009b31m\u202eevil"

// controls are the bytes of Esc that must never reach a terminal raw.
var controls = []string{"\x1b", "\x07", "\r", "\u009b", "\u202e"}

// Piece is the shortest fragment of a secret that counts as a leak.
const Piece = 12

// Leak returns the first Piece-byte fragment of any secret found in s, or "".
// A secret's public "sk-ant-api03-" prefix is not a fragment of it.
func Leak(s string, secrets ...string) string {
	for _, sec := range secrets {
		sec = strings.TrimPrefix(sec, "sk-ant-api03-")
		for i := 0; i+Piece <= len(sec); i++ {
			if strings.Contains(s, sec[i:i+Piece]) {
				return sec[i : i+Piece]
			}
		}
	}
	return ""
}

// Control returns the first terminal control sequence byte found in s, or "".
func Control(s string) string {
	for _, c := range controls {
		if strings.Contains(s, c) {
			return c
		}
	}
	return ""
}

// JSONStrings lists every string of a decoded JSON value, keys included:
// what a JSON consumer would see once it decodes the output.
func JSONStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, JSONStrings(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for k, e := range x {
			out = append(out, k)
			out = append(out, JSONStrings(e)...)
		}
		return out
	}
	return nil
}
