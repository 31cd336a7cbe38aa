package claudemd

import (
	"bufio"
	"io"
)

// JSONPrinter writes the whole Result as indented JSON:
// {"root", "files":[…], "findings":[…], "totals":{…}} (plus "fixes",
// "not_fixed" and "omitted_findings" when there are any). It streams: see
// jsonwrite.go.
type JSONPrinter struct{}

// Print implements Printer.
func (JSONPrinter) Print(w io.Writer, r *Result) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	b := make([]byte, 0, 4096)
	flush := func(p []byte) { bw.Write(p) }
	b = append(b, "{\n"...)
	b = appendStringField(b, "  ", "root", r.Root, false)
	b = appendField(b, "  ", "files")
	b, err := appendArray(b, len(r.Files), flush, func(b []byte, i int) ([]byte, error) {
		b = append(b, "    "...)
		return appendIndented(b, r.Files[i], "    ")
	})
	if err != nil {
		return err
	}
	b = append(b, ",\n"...)
	b = appendField(b, "  ", "findings")
	b, _ = appendArray(b, len(r.Findings), flush, func(b []byte, i int) ([]byte, error) {
		f := &r.Findings[i]
		b = append(b, "    {\n"...)
		b = appendStringField(b, "      ", "rule", f.Rule, false)
		b = appendStringField(b, "      ", "severity", f.Severity.String(), false)
		b = appendStringField(b, "      ", "path", f.Path, false)
		b = appendIntField(b, "      ", "line", f.Line, false)
		b = appendIntField(b, "      ", "column", f.Column, false)
		b = appendStringField(b, "      ", "message", f.Message, true)
		return append(b, "    }"...), nil
	})
	b = append(b, ",\n"...)
	b = appendField(b, "  ", "totals")
	if b, err = appendIndented(b, r.Totals, "  "); err != nil {
		return err
	}
	for _, list := range []struct {
		name string
		v    []string
	}{{"fixes", r.Fixes}, {"not_fixed", r.NotFixed}} {
		if len(list.v) == 0 {
			continue
		}
		b = append(b, ",\n"...)
		b = appendField(b, "  ", list.name)
		if b, err = appendIndented(b, list.v, "  "); err != nil {
			return err
		}
	}
	if r.Omitted > 0 {
		b = append(b, ",\n"...)
		b = appendIntField(b, "  ", "omitted_findings", r.Omitted, true)
		b = b[:len(b)-1]
	}
	b = append(b, "\n}\n"...)
	flush(b)
	return bw.Flush()
}

// appendArray writes n elements as an indented JSON array (or "[]"), one per
// line, handing the buffer to flush whenever it passes 32 KiB so a run with
// tens of thousands of findings streams instead of building one big string.
func appendArray(b []byte, n int, flush func([]byte), elem func(b []byte, i int) ([]byte, error)) ([]byte, error) {
	if n == 0 {
		return append(b, "[]"...), nil
	}
	b = append(b, "[\n"...)
	for i := 0; i < n; i++ {
		var err error
		if b, err = elem(b, i); err != nil {
			return b, err
		}
		if i < n-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		if len(b) > 32<<10 {
			flush(b)
			b = b[:0]
		}
	}
	return append(b, "  ]"...), nil
}
