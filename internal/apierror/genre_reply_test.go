package apierror

import "testing"

// A maintainer's "Fixed in #N" under an issue says where the fix landed, not
// what a release fixed; a report that its requests "started failing with:"
// tells a failure met, even on a page with a site's chrome. Release notes
// and blog stories keep their genre.
func TestReportGenreSignals(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cat        Category
	}{
		{"a terse report and the maintainer's reply", `通过代理调用 claude 一直提示 401 invalid api key

---

Fixed in #42. The proxy compared the key from the wrong header, so every key looked wrong. Please update and try again.`, Authentication},
		{"a copied report on a page with a table of contents", `On this page

Summary

After rotating the team key, every request started failing with:

API Error: 401 Invalid authentication credentials

Logging in again did not help until the old key was unset.`, Authentication},
		// Controls: a release note naming the 401 it fixed, and a guide's
		// conditional.
		{"a release note", `## 1.4.2

- Fixed 401 invalid api key errors when the key was sent in x-api-key
- Added retries for 529 responses`, None},
		{"a guide's conditional", `## Why requests fail after a key rotation

If your requests started failing after a rotation, the old key is probably still exported. In this guide we show how to check which key is sent.`, None},
	} {
		if d := Diagnose(tc.text, Options{}); d.Category != tc.cat {
			t.Errorf("%s: got %s, want %s", tc.name, d.Category, tc.cat)
		}
	}
}
