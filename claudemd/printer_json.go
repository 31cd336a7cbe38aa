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
	flush := func() {
		bw.Write(b)
		b = b[:0]
	}
	b = append(b, "{\n"...)
	b = appendStringField(b, "  ", "root", r.Root, false)
	b = appendField(b, "  ", "files")
	if len(r.Files) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, "[\n"...)
		for i, f := range r.Files {
			var err error
			b = append(b, "    "...)
			if b, err = appendIndented(b, f, "    "); err != nil {
				return err
			}
			if i < len(r.Files)-1 {
				b = append(b, ',')
			}
			b = append(b, '\n')
			if len(b) > 32<<10 {
				flush()
			}
		}
		b = append(b, "  ]"...)
	}
	b = append(b, ",\n"...)
	b = appendField(b, "  ", "findings")
	if len(r.Findings) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, "[\n"...)
		for i := range r.Findings {
			f := &r.Findings[i]
			b = append(b, "    {\n"...)
			b = appendStringField(b, "      ", "rule", f.Rule, false)
			b = appendStringField(b, "      ", "severity", f.Severity.String(), false)
			b = appendStringField(b, "      ", "path", f.Path, false)
			b = appendIntField(b, "      ", "line", f.Line, false)
			b = appendIntField(b, "      ", "column", f.Column, false)
			b = appendStringField(b, "      ", "message", f.Message, true)
			b = append(b, "    }"...)
			if i < len(r.Findings)-1 {
				b = append(b, ',')
			}
			b = append(b, '\n')
			if len(b) > 32<<10 {
				flush()
			}
		}
		b = append(b, "  ]"...)
	}
	b = append(b, ",\n"...)
	b = appendField(b, "  ", "totals")
	var err error
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
	flush()
	return bw.Flush()
}
