package apierror

import "testing"

// TestFencedSDKStatusRaise: the Python SDK's status error logged without
// its module ("NotFoundError: Error code: 404 - …") in a code fence is what
// the reporter's run printed, so a report laid out with a root cause and a
// fix stays an error; a design note's fenced table of the classes, and the
// same line in running text under those sections, do not.
func TestFencedSDKStatusRaise(t *testing.T) {
	const raised = "NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-sonnet-9'}}"
	checkGenreCases(t, []genreCase{
		{"a report with the SDK's line fenced and a root cause",
			"## Root cause\n\nThe worker reads MODEL_ID from the old config map.\n\n## Impact\n\nEvery nightly job stops with:\n\n```\n" + raised + "\n```\n\n## Fix\n\nRead the new key.", NotFound},
		{"the same line in running text under design sections",
			"## Root cause\n\nA wrong model id gives " + raised + " in general.\n\n## Solution\n\nValidate the id first.", None},
		{"a design note's fenced table of classes",
			"## Overview\n\nWhich class the client raises:\n\n```\nNotFoundError: raised for Error code: 404 answers\nRateLimitError: raised for Error code: 429 answers\n```\n\n## Goals\n\nMap each to a retry policy.", None},
	})
}
