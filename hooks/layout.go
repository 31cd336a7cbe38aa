package hooks

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/tidwall/gjson"
	"github.com/tidwall/sjson"

	"github.com/ccdiag/ccdiag/internal/safefile"
)

// withLayout runs edit on the JSON text of data and gives the result data's
// surroundings back: the blank lines and spaces before and after the JSON,
// and CRLF line endings.
func withLayout(data []byte, edit func([]byte) ([]byte, []string, error)) ([]byte, []string, error) {
	core := bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	start := len(core) - len(bytes.TrimLeft(core, " \t\n"))
	end := len(bytes.TrimRight(core, " \t\n"))
	if start >= end {
		return edit(data)
	}
	out, notes, err := edit(core[start:end])
	if err != nil || out == nil {
		return out, notes, err
	}
	var b bytes.Buffer
	b.Write(core[:start])
	b.Write(bytes.TrimRight(out, " \t\n"))
	b.Write(core[end:])
	return safefile.MatchLineEndings(data, b.Bytes()), notes, nil
}

// fileStyle is how a settings file lays out its JSON, read from the file.
type fileStyle struct {
	unit  string // one level of indentation ("  ", "    ", "\t")
	colon string // between a key and its value: ": " or ":"
	comma string // between members on one line: ", " or ","
	multi bool   // members on lines of their own
}

func styleOf(data []byte) fileStyle {
	st := fileStyle{unit: "  ", colon: ":", comma: ","}
	if u, ok := detectIndent(bytes.TrimSpace(data)); ok {
		st.unit, st.multi = u, true
	}
	if bytes.Contains(data, []byte(`": `)) || bytes.Contains(data, []byte(`" : `)) {
		st.colon = ": "
	}
	if bytes.Contains(data, []byte(`, "`)) || bytes.Contains(data, []byte(", {")) || bytes.Contains(data, []byte(", [")) {
		st.comma = ", "
	}
	return st
}

// span returns the offsets of the opening and closing bracket of the object
// or array at path ("" is the document).
func span(data []byte, path string) (open, close int, ok bool) {
	if path == "" {
		open, close = bytes.IndexAny(data, "{["), bytes.LastIndexAny(data, "}]")
		return open, close, open >= 0 && close > open
	}
	r := gjson.GetBytes(data, path)
	if !r.IsObject() && !r.IsArray() || r.Index <= 0 && path != "" && !bytes.HasPrefix(data[r.Index:], []byte(r.Raw)) {
		return 0, 0, false
	}
	return r.Index, r.Index + len(r.Raw) - 1, true
}

// lineIndent is the whitespace that starts the line holding offset i.
func lineIndent(data []byte, i int) string {
	ls := bytes.LastIndexByte(data[:i], '\n') + 1
	return string(data[ls : ls+len(data[ls:i])-len(bytes.TrimLeft(data[ls:i], " \t"))])
}

// pretty lays out a compact JSON value for a place whose line starts with
// indent.
func (st fileStyle) pretty(raw, indent string) string {
	var b bytes.Buffer
	if !st.multi || json.Indent(&b, []byte(raw), indent, st.unit) != nil {
		return raw
	}
	s := b.String()
	if st.colon == ":" {
		// json.Indent writes ": "; follow a file that does not.
		s = strings.ReplaceAll(s, "\": ", "\":")
	}
	return s
}

// addMember adds key (absent) with the compact JSON value raw to the object
// at path, or appends raw to the array at path when key is "", laid out like
// the lines around it. The container must exist.
func addMember(data []byte, path, key, raw string) ([]byte, error) {
	open, close, ok := span(data, path)
	if !ok {
		// Not a plain container (gjson path syntax it cannot find): let sjson place it.
		p := path + "." + escapeKey(key)
		if key == "" {
			p = path + ".-1"
		}
		return sjson.SetRawBytes(data, strings.TrimPrefix(p, "."), []byte(raw))
	}
	st := styleOf(data)
	inner := data[open+1 : close]
	first := len(inner) - len(bytes.TrimLeft(inner, " \t\n\r"))
	last := len(bytes.TrimRight(inner, " \t\n\r"))
	member := func(indent string) string {
		v := st.pretty(raw, indent)
		if key == "" {
			return v
		}
		return jsonString(key) + st.colon + v
	}
	var ins string
	at := open + 1 + last
	switch {
	case first >= len(inner) && st.multi:
		// Empty container in a multi-line file: open it up.
		outer := lineIndent(data, open)
		ins = "\n" + outer + st.unit + member(outer+st.unit) + "\n" + outer
		return splice(data, open+1, close, ins), nil
	case first >= len(inner):
		ins = compactMember(key, raw, st)
		return splice(data, open+1, close, ins), nil
	case bytes.IndexByte(inner[:last], '\n') >= 0:
		// Members on lines of their own: a new line, indented as the last one.
		ind := lineIndent(data, open+1+last-1)
		ins = ",\n" + ind + member(ind)
	default:
		ins = st.comma + compactMember(key, raw, st)
	}
	return splice(data, at, at, ins), nil
}

func compactMember(key, raw string, st fileStyle) string {
	v := st.inline(raw)
	if key == "" {
		return v
	}
	return jsonString(key) + st.colon + v
}

// inline lays out a compact JSON value on one line with the file's
// separators ({"a": 1, "b": 2} or {"a":1,"b":2}).
func (st fileStyle) inline(raw string) string {
	if st.colon == ":" && st.comma == "," {
		return raw
	}
	var b strings.Builder
	inStr, esc := false, false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		b.WriteByte(c)
		switch {
		case esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case !inStr && c == ':':
			b.WriteString(st.colon[1:])
		case !inStr && c == ',':
			b.WriteString(st.comma[1:])
		}
	}
	return b.String()
}

func splice(data []byte, from, to int, s string) []byte {
	out := make([]byte, 0, len(data)+len(s))
	out = append(out, data[:from]...)
	out = append(out, s...)
	return append(out, data[to:]...)
}

// replaceValue sets the existing value at path to the compact JSON raw,
// laid out for the line it is on.
func replaceValue(data []byte, path, raw string) ([]byte, error) {
	r := gjson.GetBytes(data, path)
	st := styleOf(data)
	v := raw
	if r.Exists() && r.Index > 0 {
		v = st.pretty(raw, lineIndent(data, r.Index))
	}
	return sjson.SetRawBytes(data, path, []byte(v))
}
