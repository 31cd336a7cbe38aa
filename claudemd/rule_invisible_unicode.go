package claudemd

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

var ruleInvisibleUnicode = &Rule{
	ID:          "invisible-unicode",
	Description: "Bidi controls, zero-width characters or Unicode tag characters hide text from a reviewer but not from the model.",
	Severity:    SeverityError,
	file:        checkInvisible,
}

// invisibleName names a rune the rule flags, or "".
func invisibleName(r rune) string {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return fmt.Sprintf("U+%04X (bidi control)", r)
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF, r == 0x180E:
		return fmt.Sprintf("U+%04X (zero-width)", r)
	case r >= 0xE0000 && r <= 0xE007F:
		return fmt.Sprintf("U+%04X (tag character, can smuggle hidden text)", r)
	}
	return ""
}

func checkInvisible(c *fileCheck) {
	src := c.src
	lastLine := -1
	// Every flagged rune starts with one of these lead bytes.
	for pos := 0; pos < len(src); {
		j := indexLead(src[pos:])
		if j < 0 {
			return
		}
		at := pos + j
		r, size := utf8.DecodeRune(src[at:])
		pos = at + max(size, 1)
		if at == 0 && r == 0xFEFF {
			continue // a BOM is the bom rule's business
		}
		name := invisibleName(r)
		if name == "" {
			continue
		}
		if r == 0x200D && at > 0 {
			if p, _ := utf8.DecodeLastRune(src[:at]); p >= 0x1F000 || p == 0xFE0F {
				continue // joins an emoji sequence
			}
		}
		line, _ := c.li.pos(at)
		if line == lastLine {
			continue
		}
		lastLine = line
		c.report(at, "invisible character %s: it hides text from a human reviewer, not from the model", name)
	}
}

// indexLead finds the next byte that can start a flagged rune.
func indexLead(b []byte) int {
	best := -1
	for _, lead := range []byte{0xE2, 0xEF, 0xF3, 0xD8, 0xE1} {
		if i := bytes.IndexByte(b, lead); i >= 0 && (best < 0 || i < best) {
			best = i
			b = b[:i]
		}
	}
	return best
}
