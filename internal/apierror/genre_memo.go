package apierror

// Several genre readers ask the same questions of the whole paste: its text
// lowered, and the section cues in it with or without its bodies. Each
// form is made once per paste, when first asked, not copied per reader.
type genreForms struct {
	low        string // lowerASCII(raw)
	plain      string // plainHeadings(low)
	plainCues  int    // lowerCueSet's cues in plain, +1 once known
	writer     string // plainHeadings(outsideBodies(low)): the writer's own words
	writerCues int    // lowerCueSet's cues in writer, +1 once known
}

func (d *doc) forms() *genreForms {
	if d.lowered == nil {
		d.lowered = &genreForms{low: lowerASCII(d.raw)}
	}
	return d.lowered
}

// headingCues are the cues lowerCueSet finds in the lowered paste with its
// headings' decoration dropped (plainHeadings).
func (d *doc) headingCues() int {
	f := d.forms()
	if f.plainCues == 0 {
		f.plain = plainHeadings(f.low)
		f.plainCues = lowerCueSet.scan(f.plain, false) + 1
	}
	return f.plainCues - 1
}

// writerText is the lowered paste outside its {…} bodies with plain
// headings, and the cues lowerCueSet finds in it. Lowering maps bytes one
// to one and leaves braces alone, so leaving the bodies out of the lowered
// paste is lowering the paste without them; a paste that loses no body
// shares headingCues' text and scan.
func (d *doc) writerText() (string, int) {
	f := d.forms()
	if f.writerCues == 0 {
		if outside := outsideBodies(f.low); len(outside) < len(f.low) {
			f.writer = plainHeadings(outside)
			f.writerCues = lowerCueSet.scan(f.writer, false) + 1
		} else {
			f.writerCues = d.headingCues() + 1
			f.writer = f.plain
		}
	}
	return f.writer, f.writerCues - 1
}
