package apierror

import (
	"strings"

	"github.com/ccdiag/ccdiag/internal/jsonguard"
)

// readInspected fills f from an error object that Node's util.inspect
// printed alone, the way console.error(error) and console.log(part) show a
// plain object: unquoted keys, single-quoted strings ({ type:
// 'overloaded_error', message: 'Overloaded' }). The Vercel AI SDK's
// streamText logs a stream's error part so by default (its onError is
// console.error(error), packages/ai/src/generate-text/stream-text.ts), and
// the part's error is the provider's own error object (the Anthropic
// provider enqueues { type: 'error', error: value.error },
// packages/anthropic/src/anthropic-language-model.ts): its type says what
// failed, as the API's body does.
//
// Only an object printed as a value of its own is read: it starts its line,
// or follows a log prefix ("Stream error: ", "[agent] "), and its closing
// brace ends a line. An object literal in source code is an argument, an
// assignment or a member of another, and is left alone.
func readInspected(text string, f *facts, m *bodyMemo) {
	if !strings.Contains(text, "type: '") {
		return
	}
	for off, n := 0, 0; off < len(text) && n < 8; {
		i := strings.IndexByte(text[off:], '{')
		if i < 0 {
			return
		}
		i += off
		off = i + 1
		if !inspectPrefix(text[strings.LastIndexByte(text[:i], '\n')+1 : i]) {
			continue
		}
		n++
		c, end := balanced(text, i)
		if end == 0 || !restOfLineBlank(text, end) {
			continue
		}
		off = end
		if js, ok := inspectToJSON(c); ok && jsonguard.Valid(js) {
			m.read(js, f)
		}
	}
}

// inspectPrefix reports what may stand before a logged object on its line:
// nothing, or a log prefix that ends in ": " or "] " — not indentation (a
// member of a larger object), not code (a call, an assignment, a list).
func inspectPrefix(p string) bool {
	if p == "" {
		return true
	}
	if p[0] == ' ' || p[0] == '\t' || strings.ContainsAny(p, "(=,{'\"`") {
		return false
	}
	p = strings.TrimRight(p, " ")
	return strings.HasSuffix(p, ":") || strings.HasSuffix(p, "]")
}

// restOfLineBlank reports only blanks between i and the end of its line.
func restOfLineBlank(text string, i int) bool {
	for ; i < len(text) && text[i] != '\n'; i++ {
		if text[i] != ' ' && text[i] != '\t' && text[i] != '\r' {
			return false
		}
	}
	return true
}

// inspectToJSON rewrites an object as util.inspect prints it into JSON:
// keys quoted, strings in double quotes (a long one split over lines as
// 'a' + 'b' joined), undefined and the placeholders for what it does not
// expand ([Object], [Array], [Function: f], [Getter]) as null, a symbol key
// ([Symbol(vercel.ai.error)]) as a string key, "... N more items" dropped.
// It reports false for anything else (a class name before a brace, code).
func inspectToJSON(c string) (string, bool) {
	var b strings.Builder
	b.Grow(len(c) + len(c)/4)
	for i := 0; i < len(c); {
		ch := c[i]
		switch {
		case ch == '\'' || ch == '"' || ch == '`':
			b.WriteByte('"')
			for {
				j := i + 1
				for ; j < len(c) && c[j] != ch; j++ {
					switch {
					case c[j] == '\\' && j+1 < len(c):
						if c[j+1] == '\'' || c[j+1] == '`' {
							b.WriteByte(c[j+1])
						} else {
							b.WriteString(c[j : j+2])
						}
						j++
					case c[j] == '"':
						b.WriteString(`\"`)
					default:
						b.WriteByte(c[j])
					}
				}
				if j >= len(c) {
					return "", false
				}
				i = j + 1
				// 'first line\n' + 'second line': one string.
				k := i
				for k < len(c) && c[k] == ' ' {
					k++
				}
				if k < len(c) && c[k] == '+' {
					for k++; k < len(c) && c[k] == ' '; k++ {
					}
					if k < len(c) && (c[k] == '\'' || c[k] == '"' || c[k] == '`') {
						i, ch = k, c[k]
						continue
					}
				}
				break
			}
			b.WriteByte('"')
		case ch == '_' || ch == '$' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z':
			j := i
			for j < len(c) && (c[j] == '_' || c[j] == '$' || isAlnum(c[j])) {
				j++
			}
			word := c[i:j]
			k := j
			for k < len(c) && c[k] == ' ' {
				k++
			}
			switch {
			case k < len(c) && c[k] == ':':
				b.WriteString(`"` + word + `"`)
			case word == "true" || word == "false" || word == "null":
				b.WriteString(word)
			case word == "undefined" || word == "NaN" || word == "Infinity":
				b.WriteString("null")
			default:
				return "", false
			}
			i = j
		case ch == '[' && i+1 < len(c) && c[i+1] >= 'A' && c[i+1] <= 'Z':
			j := strings.IndexByte(c[i:], ']')
			if j < 0 {
				return "", false
			}
			inner := c[i+1 : i+j]
			if strings.ContainsAny(inner, `,'"`) {
				return "", false
			}
			i += j + 1
			if k := strings.TrimLeft(c[i:], " "); strings.HasPrefix(k, ":") {
				b.WriteString(`"` + inner + `"`) // a symbol key
			} else {
				b.WriteString("null")
			}
		case ch == '-' || ch >= '0' && ch <= '9':
			j := i + 1
			for j < len(c) && (c[j] >= '0' && c[j] <= '9' || strings.IndexByte(".eE+-", c[j]) >= 0) {
				j++
			}
			b.WriteString(c[i:j])
			if j < len(c) && c[j] == 'n' {
				j++ // a BigInt
			}
			i = j
		case strings.HasPrefix(c[i:], "... "):
			// "... 3 more items": Node's cut of a long array or object.
			j := i
			for j < len(c) && c[j] != ',' && c[j] != ']' && c[j] != '}' {
				j++
			}
			s := strings.TrimRight(b.String(), " ")
			s = strings.TrimSuffix(s, ",")
			b.Reset()
			b.WriteString(s)
			i = j
		default:
			b.WriteByte(ch)
			i++
		}
	}
	return b.String(), true
}
