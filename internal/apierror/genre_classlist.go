package apierror

import (
	"slices"
	"strings"
)

// classList reports a line that lists several exception classes by name
// ("retries ThrottlingException, InternalServerException and
// ModelTimeoutException"): documentation and release notes enumerate the
// classes a library raises or retries. A raised error prints its class with
// its message after it ("ThrottlingException: …", "RateLimitError(\"…\")"),
// so a line where a class name is followed by a message is not a list.
func classList(text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		if listsClasses(line) {
			return true
		}
	}
	return false
}

// listsClasses reports a line naming three or more distinct exception
// classes, none of them followed by a message.
func listsClasses(line string) bool {
	var names []string
	for i := 0; i < len(line); {
		j := i
		for j < len(line) && isAlnum(line[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		w := line[i:j]
		if w[0] >= 'A' && w[0] <= 'Z' && len(w) > len("Exception") && (strings.HasSuffix(w, "Exception") || strings.HasSuffix(w, "Error")) {
			if j < len(line) && strings.IndexByte(":([", line[j]) >= 0 {
				return false // a class with its message: raised, not listed
			}
			if !slices.Contains(names, w) {
				names = append(names, w)
			}
		}
		i = j
	}
	return len(names) >= 3
}
