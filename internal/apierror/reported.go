package apierror

import "strings"

// answerVerbs are the words a report uses for what a request got back
// ("Bedrock returns a `permission_error`", "every call fails with
// overloaded_error", "返回 rate_limit_error").
var answerVerbs = [...]string{
	"returns", "returned", "returning", "return", "got", "gets", "getting", "get",
	"receive", "receives", "received", "receiving", "throws", "threw", "raises", "raised",
	"fails with", "failed with", "failing with", "fail with", "errors with", "errored with", "erroring with",
	"responds with", "responded with", "respond with", "returns with",
	"返回", "报错", "出现",
}

// reportedType returns an error.type of the Messages API (the catalogue's
// types, https://docs.claude.com/en/api/errors) that the text names as what a
// request got back, right after one of answerVerbs (an article and quotes or
// backticks between are fine), or "". A bug report states its error so when
// it shows no body: "Claude Opus 4.7 on Amazon Bedrock returns a
// `permission_error` at runtime".
func reportedType(low string) string {
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], "_error")
		if k < 0 {
			break
		}
		end := off + k + len("_error")
		off = end
		if end < len(low) && (isAlnum(low[end]) || low[end] == '_') {
			continue
		}
		start := end - len("_error")
		for start > 0 && (low[start-1] >= 'a' && low[start-1] <= 'z' || low[start-1] == '_') {
			start--
		}
		t := low[start:end]
		if !anthropicType(t) {
			continue
		}
		before := strings.TrimRight(low[:start], " `'\"*")
		for _, a := range [...]string{" an", " a", " the", " with"} {
			if b, ok := strings.CutSuffix(before, a); ok {
				before = strings.TrimRight(b, " ")
				break
			}
		}
		for _, v := range answerVerbs {
			if b, ok := strings.CutSuffix(before, v); ok && (b == "" || !isAlnum(b[len(b)-1])) {
				return t
			}
		}
	}
	return ""
}

// reportTold reports text that tells of a failure its writer met: an issue
// template's bug-report sections, a "[BUG]" title, or a first-person
// account. An error type named in a sentence counts as the error only
// there; documentation and feature requests name types in the same words
// ("when Bedrock returns permission_error, show …").
func (d *doc) reportTold() bool {
	if d.told == 0 {
		d.told = 1
		low := lowerASCII(d.raw)
		if strings.Contains(low, "[bug]") || lowerCueSet.scan(plainHeadings(lowerASCII(outsideBodies(d.raw))), false)&cueBugReport != 0 || experienceTold(d.raw) {
			d.told = 2
		}
	}
	return d.told == 2
}
