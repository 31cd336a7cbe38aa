package msgcheck

import (
	"fmt"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// invisible names the zero-width, bidi-control and tag characters that hide
// text from a human reviewer ("Trojan Source", prompt smuggling).
func invisible(r rune) string {
	switch {
	case r == 0x200B:
		return "ZERO WIDTH SPACE"
	case r == 0x200C:
		return "ZERO WIDTH NON-JOINER"
	case r == 0x200D:
		return "ZERO WIDTH JOINER"
	case r == 0x200E || r == 0x200F || r == 0x061C:
		return "directional mark"
	case r >= 0x202A && r <= 0x202E:
		return "bidi embedding/override"
	case r >= 0x2066 && r <= 0x2069:
		return "bidi isolate"
	case r == 0x2060 || (r >= 0x2061 && r <= 0x2064):
		return "invisible word joiner/operator"
	case r == 0xFEFF:
		return "ZERO WIDTH NO-BREAK SPACE (BOM)"
	case r >= 0xE0000 && r <= 0xE007F:
		return "Unicode tag character"
	}
	return ""
}

// checkUnicode walks every string in the body (except base64 payloads) and
// reports invisible or bidi-control characters.
func (c *checker) checkUnicode(v gjson.Result, path string) {
	if c.unicode >= maxUnicodeReports {
		return
	}
	switch {
	case v.IsObject():
		isBase64 := v.Get("type").String() == "base64"
		v.ForEach(func(k, child gjson.Result) bool {
			if isBase64 && k.String() == "data" {
				return true
			}
			c.checkUnicode(child, path+"."+jsonKey(k.String()))
			return c.unicode < maxUnicodeReports
		})
	case v.IsArray():
		for i, child := range v.Array() {
			c.checkUnicode(child, index(path, i))
		}
	case v.Type == gjson.String:
		s := v.String()
		count, first, firstAt, firstName := 0, rune(0), 0, ""
		for i, r := range s {
			if r < 0x600 {
				continue
			}
			if name := invisible(r); name != "" {
				if count == 0 {
					first, firstAt, firstName = r, utf8.RuneCountInString(s[:i]), name
				}
				count++
			}
		}
		if count > 0 {
			c.unicode++
			more := ""
			if count > 1 {
				more = fmt.Sprintf(" (and %d more)", count-1)
			}
			c.add(path, "invisible_unicode", Warning, fmt.Sprintf(
				"contains U+%04X (%s) at character %d%s; invisible and bidi-control characters can hide instructions from a reviewer", first, firstName, firstAt, more))
		}
	}
}
