package apierror

import "strings"

// sdkStatusRaised reports the line a Stainless-generated Python SDK's status
// error prints (anthropic-sdk-python's _make_status_error_from_response:
// "Error code: {status} - {body}"), as a program logs it without the module
// path pythonRaised needs ("BadRequestError: Error code: 400 - …"). A class
// name then that exact message with a status is what the SDK raised, not a
// sentence about errors; inside a fence it shows a failure, like a traceback.
func sdkStatusRaised(t string) bool {
	name, msg, ok := strings.Cut(t, ": Error code: ")
	if !ok || len(msg) < 3 || !isDigit(msg[0]) || !isDigit(msg[1]) || !isDigit(msg[2]) {
		return false
	}
	if !(strings.HasSuffix(name, "Error") || strings.HasSuffix(name, "Exception")) {
		return false
	}
	cls := name[strings.LastIndexByte(name, '.')+1:]
	if cls == "" || cls[0] < 'A' || cls[0] > 'Z' {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.' || isDigit(c)) {
			return false // one identifier: a sentence has blanks
		}
	}
	return true
}
