package claudemd

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/ccdiag/ccdiag/internal/jsonwrite"
)

// The JSON and SARIF printers stream: each element is written as soon as
// it is encoded, and the many small, flat ones (findings, SARIF results)
// are encoded by hand, which is what keeps a 28,000-finding report as
// cheap as the text format. The bytes are exactly what encoding/json's
// Encoder with SetIndent("", "  ") and SetEscapeHTML(false) writes for
// the same value (package jsonwrite's tests, the golden files).

// appendJSONString appends s as encoding/json writes it without HTML
// escaping.
func appendJSONString(b []byte, s string) []byte { return jsonwrite.AppendString(b, s) }

// appendField appends `<indent>"name": ` .
func appendField(b []byte, indent, name string) []byte {
	b = append(b, indent...)
	b = append(b, '"')
	b = append(b, name...)
	return append(b, '"', ':', ' ')
}

func appendStringField(b []byte, indent, name, v string, last bool) []byte {
	b = appendJSONString(appendField(b, indent, name), v)
	return endField(b, last)
}

func appendIntField(b []byte, indent, name string, v int, last bool) []byte {
	b = strconv.AppendInt(appendField(b, indent, name), int64(v), 10)
	return endField(b, last)
}

func endField(b []byte, last bool) []byte {
	if !last {
		b = append(b, ',')
	}
	return append(b, '\n')
}

// appendIndented appends v as encoding/json writes it nested under prefix
// (for the few, irregular values: files, totals, rule metadata).
func appendIndented(b []byte, v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return b, err
	}
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...), nil
}
