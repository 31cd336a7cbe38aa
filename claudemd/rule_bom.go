package claudemd

import "bytes"

var ruleBOM = &Rule{
	ID:          "bom",
	Description: "The file starts with a UTF-8 byte order mark, which Claude Code keeps as text (and which hides a rules file's frontmatter).",
	Severity:    SeverityWarning,
	Fixable:     true,
	file: func(c *fileCheck) {
		if !bytes.HasPrefix(c.src, []byte("\xEF\xBB\xBF")) {
			return
		}
		fix := &edit{off: 0, end: 3, what: "removed the UTF-8 byte order mark"}
		if bytes.HasPrefix(c.src[3:], []byte("---")) {
			c.reportFix(0, fix, "UTF-8 byte order mark before the frontmatter: the \"---\" is no longer at the start, so the frontmatter (and its paths:) is loaded as text")
			return
		}
		c.reportFix(0, fix, "UTF-8 byte order mark: Claude Code loads it as an invisible U+FEFF character")
	},
}
