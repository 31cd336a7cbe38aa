package claudemd

import (
	"bytes"
	"unicode/utf8"
)

// maxLongLineReports caps one file's long-line findings.
const maxLongLineReports = 20

var ruleLongLine = &Rule{
	ID:           "long-line",
	Description:  "A line is longer than the limit (1,000 characters by default): usually pasted data, not instructions.",
	Severity:     SeverityInfo,
	HasThreshold: true,
	Threshold:    1000,
	file: func(c *fileCheck) {
		limit, n := c.max(), 0
		src := c.src
		for pos := 0; pos < len(src); {
			end := bytes.IndexByte(src[pos:], '\n')
			if end < 0 {
				end = len(src)
			} else {
				end += pos
			}
			if end-pos > limit {
				if chars := utf8.RuneCount(src[pos:end]); chars > limit {
					n++
					if n <= maxLongLineReports {
						c.report(pos, "line is %s characters long (limit %s): pasted data or minified text costs context without instructing", comma(chars), comma(limit))
					}
				}
			}
			pos = end + 1
		}
		if n > maxLongLineReports {
			c.report(0, "%d more long lines not shown", n-maxLongLineReports)
		}
	},
}
