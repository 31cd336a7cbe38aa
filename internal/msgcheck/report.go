package msgcheck

import (
	"fmt"
	"strings"
)

// Report totals a check's problems; it is the JSON shape of
// `ccdiag validate --json` and of the validate_request tool.
type Report struct {
	Valid    bool      `json:"valid" jsonschema:"true when nothing the API would reject was found"`
	Errors   int       `json:"errors" jsonschema:"problems the API would reject the request for"`
	Warnings int       `json:"warnings" jsonschema:"problems the API accepts but that are likely mistakes"`
	Bytes    int       `json:"bytes" jsonschema:"size of the payload in bytes"`
	Problems []Problem `json:"problems" jsonschema:"every problem found, with its JSONPath"`
}

// NewReport checks body and totals the result.
func NewReport(body []byte, opts Options) Report {
	r := Report{Bytes: len(body), Problems: Check(body, opts)}
	if r.Problems == nil {
		r.Problems = []Problem{}
	}
	for _, p := range r.Problems {
		if p.Severity == Error {
			r.Errors++
		} else {
			r.Warnings++
		}
	}
	r.Valid = r.Errors == 0
	return r
}

// Text renders the report for people: a verdict line, then one line per problem.
func (r Report) Text() string {
	var b strings.Builder
	switch {
	case len(r.Problems) == 0:
		fmt.Fprintf(&b, "No problems found: the API should accept this request (%d bytes).", r.Bytes)
		return b.String()
	case r.Valid:
		fmt.Fprintf(&b, "The API should accept this request, but %s need a look:\n", plural(r.Warnings, "warning"))
	default:
		fmt.Fprintf(&b, "The API would reject this request: %s, %s.\n", plural(r.Errors, "error"), plural(r.Warnings, "warning"))
	}
	for _, p := range r.Problems {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
