package apierror

// Images and PDFs too large for the Claude API, in Claude Code's own words.
// The API's refusals ("image exceeds 5 MB maximum", "At least one of the
// image dimensions exceed max allowed size[ for many-image requests]: N
// pixels", "A maximum of 100 PDF pages may be provided") are the
// image-size entry's; Claude Code 2.1.328 files them as image_too_large and
// pdf_too_large and prints its own notices for them, and for the limits it
// checks before sending (its ImageSizeError and ImageResizeError). All are
// limits of what the request carries (Anthropic's vision guide: 8000 px per
// side, 2000 px with more than 20 images, 5 MB per image; 100 PDF pages;
// 32 MB per request). testdata/vocab/media.txt lists them.
func mediaEntries() []*entry {
	return []*entry{
		{id: "cc-media-too-large", cat: RequestTooLarge, tier: tierSize, strong: true, ui: true, retry: -1,
			any: []string{"Image was too large", "exceeds the dimension limit for many-image requests", "PDF too large (max",
				"exceeds API limit (", "images exceed the API limit (", "Unable to resize image", "Unable to compress image ("}},
		// A PDF or image the API cannot read at all (password-protected,
		// not a valid PDF, not processable, or a model that takes no PDFs):
		// Claude Code's notices for the API's 400s ("The PDF specified was
		// not valid", "Could not process image"). No size limit: the same
		// attachment fails the same way, so it is an invalid request.
		{id: "cc-media-unreadable", cat: InvalidRequest, tier: tierValidation, strong: true, ui: true, retry: -1,
			any: []string{"PDF is password protected", "The PDF file was not valid", "in the conversation could not be processed and was removed", "does not accept PDF documents"}},
	}
}
