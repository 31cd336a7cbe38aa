package claudemd

import "bytes"

var ruleCRLF = &Rule{
	ID:          "crlf",
	Description: "CRLF line endings: every \\r is loaded and counted.",
	Severity:    SeverityInfo,
	Fixable:     true,
	file: func(c *fileCheck) {
		i := bytes.Index(c.src, []byte("\r\n"))
		if i < 0 {
			return
		}
		n := bytes.Count(c.src, []byte("\r\n"))
		c.reportFix(i, &edit{crlf: true, what: "converted CRLF line endings to LF"},
			"CRLF line endings (%d lines): each \\r is loaded and counted against the size limit; use LF", n)
	},
}
