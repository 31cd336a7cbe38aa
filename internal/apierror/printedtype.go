package apierror

import "strings"

// printedType returns an error.type of the Messages API printed as
// "type: message" ("overloaded_error: Overloaded", "529 rate_limit_error:
// Number of request tokens …"), or "". Clients that read the API's error
// object, streamed or not, print its two fields so: chat apps' stream error
// handlers, agents' provider errors, their retry notices. The type must
// open a line or follow a label's colon or a status, unquoted, and a
// message must follow: a sentence naming a type ("returns overloaded_error:
// we retry") or a docs list ("- `overloaded_error`: The API is …") is no
// printed error.
func printedType(low string) (found string) {
	eachAPIType(low, func(t string, start, end int) bool {
		if !strings.HasPrefix(low[end:], ": ") {
			return true
		}
		msg := strings.TrimLeft(low[end+1:], " ")
		// A client may quote the message: Emacs's llm package formats
		// "Error %s: '%s'" (llm-claude.el, llm-provider-chat-extract-error).
		quoted := msg != "" && (msg[0] == '\'' || msg[0] == '"')
		if quoted {
			msg = msg[1:]
		}
		if msg == "" || !(msg[0] >= 'a' && msg[0] <= 'z') {
			return true
		}
		before := strings.TrimRight(low[:start], " *")
		if printedOpening(before) || quoted && labelWord(before, "error") {
			found = t
			return false
		}
		return true
	})
	return found
}

// printedOpening reports what may stand before a printed type: nothing on
// its line, a label's colon ("Error: ", "**[Anthropic Issue]:** "), or a
// status ("529 ").
func printedOpening(before string) bool {
	if before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ":") {
		return true
	}
	n := len(before)
	return n >= 3 && isDigit(before[n-1]) && isDigit(before[n-2]) && isDigit(before[n-3]) && (n == 3 || !isAlnum(before[n-4]))
}

// labelWord reports before ending with the word w, standing alone or
// after a blank or a colon: "Error invalid_request_error: '…'".
func labelWord(before, w string) bool {
	b, ok := strings.CutSuffix(before, w)
	return ok && (b == "" || b[len(b)-1] == ' ' || b[len(b)-1] == ':' || b[len(b)-1] == '\n')
}
