package claudemd

import "unicode/utf8"

var ruleInvalidUTF8 = &Rule{
	ID:          "invalid-utf8",
	Description: "The file is not valid UTF-8; Claude Code decodes it with replacement characters.",
	Severity:    SeverityWarning,
	file: func(c *fileCheck) {
		if c.a.valid || c.a.binary {
			return
		}
		off := 0
		for off < len(c.src) {
			r, size := utf8.DecodeRune(c.src[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		c.report(off, "invalid UTF-8 (byte 0x%02X): Claude Code loads it as U+FFFD replacement characters; save the file as UTF-8", c.src[off])
	},
}
