package claudemd

import (
	"encoding/json"
	"io"
)

// JSONPrinter writes the whole Result as indented JSON:
// {"root", "files":[…], "findings":[…], "totals":{…}}.
type JSONPrinter struct{}

// Print implements Printer.
func (JSONPrinter) Print(w io.Writer, r *Result) error {
	out := *r
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	if out.Files == nil {
		out.Files = []*File{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(&out)
}
