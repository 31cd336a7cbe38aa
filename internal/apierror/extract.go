package apierror

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"
)

// facts are what one error occurrence says about itself.
type facts struct {
	status     int
	statusFrom string // api ("API Error: 529"), sdk ("Error code: 429"), header ("Status Code: 500"), error ("Error: 400"), line ("529 {…}"), other
	errType    string // error.type
	errCode    string // error.details.error_code
	message    string // error.message
	requestID  string
	validJSON  bool // an error body parsed as JSON
	envelope   bool // it has the API's {"type":"error","error":{…}} shape
	// foreign: that shape with its members in another order ({"error":{…},
	// "type":"error"}). The API writes "type" first and Claude Code prints
	// the body as it came; another serializer wrote this one (a relay, or a
	// service that imitates the API).
	foreign   bool
	bareError bool // its "error" is a plain string ({"error":"…"}): not the API's shape
	// bareObject: {"error":{…}} with no "type":"error" beside it, the
	// OpenAI-compatible shape; the API always writes its envelope.
	bareObject bool
	html       bool   // the body is an HTML page
	title      string // its <title>
	statusName string // Vertex/Google status (RESOURCE_EXHAUSTED, …)
	awsName    string // AWS exception name
	reported   bool   // errType is named in a sentence as what a request got back (reportedType)
	printed    bool   // errType printed as "type: message" (printedType)

	// rpcBody: an error object in google.rpc.Status's JSON form, a numeric
	// "code" beside a "status" that names its canonical code
	// (https://cloud.google.com/apis/design/errors): Google's API answered.
	rpcBody bool
	// modelStatus: status is a Bedrock model exception's originalStatusCode,
	// the model's own answer (originalStatus).
	modelStatus bool
}

// anthropicType reports an error.type the Messages API documents (the
// catalogue's entries own them).
func anthropicType(t string) bool { return typeEntry(t) != nil }

func validStatus(n int) bool { return n == 200 || (n >= 400 && n <= 599) }

// threeDigits reads a status at s[i:], after optional blanks: exactly three
// digits not followed by another digit or a decimal point.
func threeDigits(s string, i int) (int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n') {
		i++
	}
	if i+3 > len(s) {
		return 0, false
	}
	n := 0
	for k := 0; k < 3; k++ {
		c := s[i+k]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if j := i + 3; j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' || s[j] == '%') {
		return 0, false
	}
	return n, validStatus(n)
}

// statusFrames are the words that put a status number in context, most
// telling first; a number preceded by one of them is an HTTP status.
var statusFrames = [...]struct{ suffix, kind string }{
	{"api error: repeated", "api"}, {"request rejected", "api"}, {"api error", "api"},
	{"error code", "sdk"},
	{"status code", "header"},
	// A status glued to its name, as the AWS SDK for Swift's HttpResponse
	// printed it in 2023 ("httpResponse: Status Code: http_status_403") and
	// many Swift clients name their error codes.
	{"http_status_", "header"},
	// Zed's cloud's failure codes, as Zed prints them ("completion request
	// failed, code: http_429 Too Many Requests, message: …"): http_N is the
	// cloud's own status, upstream_http_N the model provider's
	// (LanguageModelCompletionError::from_cloud_failure).
	{"code: http_", "sdk"}, {"upstream_http_", "sdk"},
	// Codex CLI's status errors (codex-rs/core/src/error.rs): "unexpected
	// status 429 Too Many Requests: <body>", "exceeded retry limit, last
	// status: 529 <unknown status code>" (reqwest's StatusCode printed).
	{"unexpected status", "sdk"}, {"exceeded retry limit, last status", "sdk"},
	// Agents' label before the reason or status ("API request failed: 503").
	{"api request failed", "error"},
	// Roo Code's retry row titles a failure "Provider Error · <status>"
	// (webview-ui chat.json apiRequest.errorTitle).
	{"provider error ·", "error"},
	{"状态码", "header"}, {"状态码：", "header"}, // Cherry Studio's zh-CN error details: "状态码: 402"
	{"httpstatuscode", "sdk"}, {"statuscode", "sdk"}, {"(http", "sdk"},
	{"retryable))", "sdk"}, // the SDK's debug log: "response (error; (error; not retryable)) 404 https://…"
	{"apierrorstatus", "sdk"}, {"api_error_status", "sdk"}, {"error_status", "sdk"},
	{"status_code=", "sdk"}, // new-api's NewAPIError.ErrorWithStatusCode: "status_code=500, upstream error: …"
	// curl's write-out variable for the response's status (--write-out
	// '%{http_code}'), the name apps that report it in their own error
	// bodies reuse ({"error":"…","http_code":429}).
	{"http_code", "sdk"},
	// The Ruby SDK's APIStatusError message, {url:, status:, body:}
	// inspected as Ruby before 3.4 prints a Hash ({:url=>…, :status=>429,
	// …}); 3.4's "status: 429" reads as any "status" below.
	{":status=>", "sdk"},
	{"server error", "other"}, {"client error", "other"},
	{"error", "error"},
	{"|", "other"}, {"<title>", "other"}, {"<h1>", "other"}, {"http/1.1", "other"}, {"http/1.0", "other"},
	{"http/2", "other"}, {"response", "other"}, {"status", "other"}, {"code", "other"},
}

func statusRank(kind, before string) int {
	switch kind {
	case "api":
		return 0
	case "sdk":
		if strings.HasSuffix(before, "error code") {
			return 1
		}
		return 3
	case "header":
		return 2
	case "error":
		return 4
	case "line":
		return 5
	}
	return 6
}

// findStatus reads the HTTP status from the places error texts put it ("API
// Error: 529", "Error code: 429", "Status Code: 500", "529 {…}", "<title>502…"),
// in one pass over the three-digit numbers of low, the lower-cased text.
func findStatus(low string) (int, string) {
	best, bestKind, bestRank := 0, "", 99
	statusesIn(low, func(n, _ int, kind, before string) bool {
		if kind == "" {
			return true
		}
		if rank := statusRank(kind, before); rank < bestRank {
			best, bestKind, bestRank = n, kind, rank
		}
		return bestRank != 0
	})
	if best == 0 {
		if n := statusNamed(low); n != 0 {
			return n, "header"
		}
	}
	return best, bestKind
}

// statusNamed reads a status .NET prints by its HttpStatusCode name, the
// reason phrase without its blanks ("Status Code: TooManyRequests"): the
// Anthropic C# SDK's AnthropicApiException.Message ("Status Code: {0}\n{1}",
// anthropic-sdk-csharp src/Anthropic/Exceptions/AnthropicApiException.cs)
// and the AWS SDK for .NET's "… and Http Status Code ServiceUnavailable".
func statusNamed(low string) int {
	for off := 0; ; {
		i := strings.Index(low[off:], "status code")
		if i < 0 {
			return 0
		}
		j := off + i + len("status code")
		off = j
		rest := strings.TrimPrefix(strings.TrimPrefix(low[j:], ":"), " ")
		k := 0
		for k < len(rest) && rest[k] >= 'a' && rest[k] <= 'z' {
			k++
		}
		// The name ends the line, the sentence or, in the AWS SDK's message,
		// its clause (" and Http Status Code …"); one a sentence goes on
		// after ("Status Code: NotFound, so …") only names the enum.
		if after := rest[k:]; k < 2 || after != "" && after[0] != '\n' && after[0] != '.' && !strings.HasPrefix(after, " and ") {
			continue
		}
		if n := statusOfName(rest[:k]); n != 0 {
			return n
		}
	}
}

// statusOfName returns the status whose reason phrase, blanks and hyphens
// removed, is name ("toomanyrequests": 429), or 0.
func statusOfName(name string) int {
	for n := 200; n < 600; n++ {
		for rest := reasonPhrases(n); rest != ""; {
			var reason string
			reason, rest, _ = strings.Cut(rest, "|")
			if len(reason) >= len(name) && equalSansBlanks(reason, name) {
				return n
			}
		}
	}
	return 0
}

// statusesIn calls yield with each valid three-digit number of low, where it
// starts in the joined text, and its statusContext ("" for none), in order,
// until yield returns false.
func statusesIn(low string, yield func(n, i int, kind, before string) bool) {
	low = joinSplitNumbers(low)
	// Each run of digits is read at its start.
	for i := nextIn(low, 0, '0', '9'); i+3 <= len(low); i = nextIn(low, i+1, '0', '9') {
		if i > 0 && low[i-1] >= '0' && low[i-1] <= '9' {
			continue
		}
		n, ok := threeDigits(low, i)
		if !ok {
			continue
		}
		kind, before := statusContext(low, i)
		if !yield(n, i, kind, before) {
			return
		}
		if kind != "" {
			i += 2
		}
	}
}

// ccrProviderStatus reports text that ends inside claude-code-router's
// "error from provider(<provider>,<model>: ", right where its status goes.
func ccrProviderStatus(before string) bool {
	j := strings.LastIndex(before, "error from provider(")
	if j < 0 || !strings.HasSuffix(before, ": ") {
		return false
	}
	inside := before[j+len("error from provider("):]
	return len(inside) < 200 && strings.IndexByte(inside, ',') > 0 && !strings.ContainsAny(inside, ")\n")
}

// requestsHTTPError reports the words requests writes after the status of
// an HTTPError, up to the url, on the status's line.
func requestsHTTPError(after string) bool {
	rest, ok := strings.CutPrefix(after, " client error: ")
	if !ok {
		rest, ok = strings.CutPrefix(after, " server error: ")
	}
	if !ok {
		return false
	}
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return strings.Contains(rest, " for url: ")
}

// joinSplitNumbers undoes a terminal wrap inside a number or a word
// ("status c" / "     ode 4" / "     07") so a status split across lines is
// still read; only long lines count as wrapped, so "400\n400 {…}" stays two.
func joinSplitNumbers(s string) string {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s
	}
	var b strings.Builder
	last, lineStart := 0, 0
	for ; i >= 0 && i < len(s); i = nextNewline(s, i+1) {
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if i-lineStart >= 30 && i > 0 && isAlnum(s[i-1]) && j < len(s) && isAlnum(s[j]) {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			last = j
		}
		lineStart = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func nextNewline(s string, from int) int {
	if from >= len(s) {
		return -1
	}
	if k := strings.IndexByte(s[from:], '\n'); k >= 0 {
		return from + k
	}
	return -1
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// statusContext says how the number at low[i:i+3] is framed ("" when it is
// just a number), and returns the text before it.
func statusContext(low string, i int) (string, string) {
	before := strings.TrimRight(low[max(0, i-40):i], " :(\"'=\n")
	// The message of Python requests' HTTPError (Response.raise_for_status,
	// src/requests/models.py): "403 Client Error: Forbidden for url: https://…",
	// "502 Server Error: …" — the client read this status from a response.
	if requestsHTTPError(low[i+3:]) {
		return "sdk", before
	}
	for _, f := range statusFrames {
		if strings.HasSuffix(before, f.suffix) {
			return f.kind, before
		}
	}
	// claude-code-router's wrapper of a provider's answer (src/api/routes.ts):
	// "Error from provider(<provider>,<model>: <status>): <body>".
	if strings.HasPrefix(low[i+3:], ")") && ccrProviderStatus(low[:i]) {
		return "sdk", before
	}
	// "API Error: HTTP 529", "Error code: HTTP 429": the word HTTP between a
	// frame and the number; on its own, "HTTP 503" still names a status.
	if b, ok := strings.CutSuffix(before, "http"); ok && (b == "" || !isAlnum(b[len(b)-1])) {
		b = strings.TrimRight(b, " :(\"'=\n")
		for _, f := range statusFrames {
			if strings.HasSuffix(b, f.suffix) {
				return f.kind, b
			}
		}
		return "other", before
	}
	after := low[i+3:]
	// botocore's ClientError when the body named no error code: the parser
	// puts the status there ("An error occurred (403) when calling the
	// InvokeModel operation: Forbidden", botocore/exceptions.py).
	if i > 0 && low[i-1] == '(' && strings.HasSuffix(before, "an error occurred") && strings.HasPrefix(after, ") when calling the ") {
		return "sdk", before
	}
	// The message of the Java (Kotlin) SDK's AnthropicServiceException
	// classes, "<status>: <body>" or "<status>: Unknown" right after the
	// class name (anthropic-sdk-java com/anthropic/errors/*Exception.kt):
	// "com.anthropic.errors.RateLimitException: 429: {…}".
	if strings.HasSuffix(before, "exception") && strings.HasPrefix(after, ": ") {
		return "sdk", before
	}
	// The SDKs' message for a status without a body, wherever it is quoted:
	// "every API call returns 403 status code (no body)".
	if strings.HasPrefix(after, " status code (no body)") {
		return "sdk", before
	}
	// A status right before an error body: "… failed with 529 {"type":…",
	// or a log's "Upstream 429: {"error":…}" (a colon between them; only
	// a failure's status: "expected 200: {…}" names the one it missed).
	t := strings.TrimLeft(after, " ")
	if low[i] >= '4' {
		t = strings.TrimLeft(strings.TrimPrefix(after, ":"), " ")
	}
	if strings.HasPrefix(t, "{\"") || strings.HasPrefix(t, "{'") || strings.HasPrefix(t, "[{") {
		return "line", before
	}
	// A status opening a parenthesis with its reason, as Claude Code prints
	// it: "(503 Too many connections, please wait…)".
	if i > 0 && low[i-1] == '(' && len(after) > 2 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z' &&
		strings.IndexByte(after[1:min(len(after), 40)], ' ') > 0 {
		return "error", before
	}
	// A client's label for a failed call, then a colon and the status first
	// in its message: Cline's "API Request Failed" row over
	// formatErrorWithStatusCode's "<status> - <message>" ("API Request
	// Failed: 403 The security token included in the request is expired"),
	// "Request failed: 429 …". Weak, like "Error: 400": a body or wording
	// must make it an error; "request failed 500 times" is a count.
	if strings.HasSuffix(strings.TrimRight(low[max(0, i-40):i], " "), "request failed:") {
		return "error", before
	}
	// A status opening a JSON string, before its message: a Python server's
	// body built from str() of Starlette's (FastAPI's) HTTPException, whose
	// __str__ is f"{status_code}: {detail}" ({"message":"400: An error
	// occurred (ValidationException) …"}): weak, like "Error: 400".
	if jsonStringOpens(low[:i]) && len(after) > 2 && after[0] == ':' && after[1] == ' ' && isAlnum(after[2]) {
		return "error", before
	}
	// A status in brackets before its message, the way loggers and routers
	// write an upstream's error ("lastError=[429]: Error"): weak, like
	// "Error: 400", so it needs a body or wording to make an error.
	if i > 0 && low[i-1] == '[' && strings.HasPrefix(after, "]:") {
		return "error", before
	}
	// A status with its reason phrase, as an HTTP status line and Go's
	// http.Response.Status spell it ("non 200 response from anthropic: 404
	// Not Found"): the phrase RFC 9110 gives that very number.
	if reasonAfter(low, i) > 0 {
		return "other", before
	}
	// The status in parentheses next to its reason phrase: after it, as
	// Goose's and many Rust and Python clients' errors write it ("Request
	// failed: Bad request (400): …", "Endpoint not found (404)" is Goose's
	// own), or before it, as .NET's HttpRequestException does ("Response
	// status code does not indicate success: 404 (Not Found).").
	if i > 0 && low[i-1] == '(' && strings.HasPrefix(after, ")") && reasonBefore(low, i, before) {
		return "other", before
	}
	if k := reasonFollows(low, i); k > 0 && strings.HasPrefix(after, " (") && strings.HasPrefix(after[k:], ")") {
		return "other", before
	}
	// A line that starts with the status, after any spinner or bracket:
	// "503 upstream connect…", "[✻ 529 Overloaded · Retrying in 0s…]".
	if i == 0 || low[i-1] == '\n' || onlyDecoration(low[strings.LastIndexByte(low[:i], '\n')+1:i]) {
		if cjkMayHappen(after) {
			return "", before // "529 오류는 … 발생할 수 있습니다": a page on errors a reader may meet
		}
		if len(after) == 0 || after[0] == ' ' || after[0] == '{' || after[0] == '[' || after[0] == '<' || after[0] == '\n' {
			return "line", before
		}
	}
	return "", before
}

// jsonStringOpens reports s ending where a JSON object's string value
// opens: `"key":"` or `"key": "`.
func jsonStringOpens(s string) bool {
	s, ok := strings.CutSuffix(s, "\"")
	if !ok {
		return false
	}
	s = strings.TrimRight(s, " ")
	s, ok = strings.CutSuffix(s, ":")
	return ok && strings.HasSuffix(strings.TrimRight(s, " "), "\"")
}

// reasonAfter returns the length of the reason phrase RFC 9110 gives the
// status at low[i:i+3], read right after it (" service unavailable"), or 0.
func reasonAfter(low string, i int) int {
	after := low[i+3:]
	if len(after) < 2 || after[0] != ' ' {
		return 0
	}
	if k := reasonAt(low, i, after[1:]); k > 0 {
		return 1 + k
	}
	return 0
}

// reasonAt returns the length of the reason phrase RFC 9110 gives the
// status at low[i:i+3] when s opens with it as whole words, or 0.
func reasonAt(low string, i int, s string) int {
	n := int(low[i]-'0')*100 + int(low[i+1]-'0')*10 + int(low[i+2]-'0')
	for rest := reasonPhrases(n); rest != ""; {
		var reason string
		reason, rest, _ = strings.Cut(rest, "|")
		if k := len(reason); strings.HasPrefix(s, reason) && (k == len(s) || !isAlnum(s[k])) {
			return k
		}
	}
	return 0
}

// reasonSeparators are how HTTP clients put a status's reason phrase after
// it besides a blank: Python's urllib ("HTTP Error 503: Service
// Unavailable"), .NET's HttpClient ("… does not indicate success: 503
// (Service Unavailable)."), aiohttp ("503, message='Service Unavailable'").
var reasonSeparators = [...]string{" ", ": ", " (", ", message='"}

// reasonFollows returns the length of what follows the status at low[i:i+3]
// up to the end of its reason phrase, written after one of
// reasonSeparators, or 0.
func reasonFollows(low string, i int) int {
	after := low[i+3:]
	for _, sep := range reasonSeparators {
		if rest, ok := strings.CutPrefix(after, sep); ok {
			if k := reasonAt(low, i, rest); k > 0 {
				return len(sep) + k
			}
		}
	}
	return 0
}

// reasonBefore reports text (what precedes the status at low[i:i+3]) that
// ends with the reason phrase RFC 9110 gives that status, as whole words.
func reasonBefore(low string, i int, text string) bool {
	n := int(low[i]-'0')*100 + int(low[i+1]-'0')*10 + int(low[i+2]-'0')
	for rest := reasonPhrases(n); rest != ""; {
		var reason string
		reason, rest, _ = strings.Cut(rest, "|")
		if strings.HasSuffix(text, reason) && (len(text) == len(reason) || !isAlnum(text[len(text)-len(reason)-1])) {
			return true
		}
	}
	return false
}

// statusLineFrames are the words that make a status with its reason phrase
// the error a line reports ("Error: 503 Service Unavailable", "… failed: 503
// …", "returned 429 Too Many Requests"): where a client, a proxy or a log
// writes a failed exchange.
var statusLineFrames = [...]string{
	"error", "error code", "status", "status code", "statuscode", "status_code", "failed", "failed with",
	"failure", "fail", "returned", "got", "received", "responded with", "response", "error response",
	"does not indicate success", // .NET's HttpRequestException
	// The same words in Chinese reports and relay logs: returned, error,
	// reported an error, failed, response ("返回 404 Not Found").
	"返回", "错误", "报错", "失败", "响应",
}

// httpVersions name a status line's protocol ("HTTP/1.1 503 …", "HTTP 502
// …"). Written mid-sentence ("retry on HTTP 502 Bad Gateway") it names a
// status; a status line opens its line, a label (":") or a frame.
var httpVersions = [...]string{"http", "http/1.1", "http/1.0", "http/2", "http/2.0", "http/3"}

// reasonFramedStatus returns the 4xx or 5xx status of a line of text that
// reports one with its own reason phrase inside an error frame — after one
// of statusLineFrames, on a line logged at an error level, or alone on its
// line ("502 Bad Gateway") — and 0 when there is none.
func reasonFramedStatus(text string) int {
	for i := nextIn(text, 0, '4', '5'); i+3 <= len(text); i = nextIn(text, i+1, '4', '5') {
		if i > 0 && isAlnum(text[i-1]) {
			continue
		}
		// Only the lines holding a status and a word after it are folded.
		if n, ok := threeDigits(text, i); !ok || n < 400 || i+5 > len(text) || text[i+3] != ' ' && text[i+3] != ':' && text[i+3] != ',' {
			continue
		}
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := nextNewline(text, i)
		if end < 0 {
			end = len(text)
		}
		if n := framedOnLine(text[start:end], i-start); n != 0 {
			return n
		}
	}
	return 0
}

// framedOnLine reads the status at line[i:] for reasonFramedStatus.
func framedOnLine(line string, i int) int {
	low := lowerASCII(line)
	k := reasonFollows(low, i)
	if k == 0 {
		return 0
	}
	n, _ := threeDigits(low, i)
	before := strings.TrimRight(low[:i], " \t:(\"'=[-")
	if onlyDecoration(before) && strings.TrimRight(low[i+3+k:], " .!\r") == "" {
		return n // the whole line: "502 Bad Gateway"
	}
	for _, v := range httpVersions {
		if b, ok := strings.CutSuffix(before, v); ok && (b == "" || !isAlnum(b[len(b)-1])) {
			if t := strings.TrimRight(b, " \t(\"'=[-"); onlyDecoration(t) || strings.HasSuffix(t, ":") || endsWithFrame(t) || strings.HasSuffix(t, " with") {
				return n
			}
			break
		}
	}
	if endsWithFrame(before) && !conditionalCJK(line, low[i+3+k:]) || errorLevel(line[:i]) || exceptionName(line[:i]) {
		return n
	}
	return 0
}

// conditionalCJK reports a Chinese line that tells what a status would mean
// rather than that one came back: a condition ("如果返回 429 …", "当 API
// 返回 503 … 时"), or an explanation ("返回 404 Not Found 表示…"), as
// documentation and error-code tables write it. English frames are judged
// by the prose around them (aboutErrors); Chinese is written without blanks.
func conditionalCJK(line, after string) bool {
	if !hasCJK(line) {
		return false
	}
	for _, w := range [...]string{"如果", "假如", "若", "一旦", "每当", "表示", "意味", "说明", "时，", "时,", "时重试"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return strings.HasPrefix(strings.TrimLeft(after, " "), "时")
}

// exceptionName reports text that ends with an exception class's name, the
// way a client library's error opens its message ("HTTPError: 503 …",
// "ClientResponseError: 503, message='Service Unavailable'").
func exceptionName(s string) bool {
	s = strings.TrimRight(s, " :")
	for _, suffix := range [...]string{"Error", "Exception"} {
		if b, ok := strings.CutSuffix(s, suffix); ok && b != "" && isAlnum(b[len(b)-1]) {
			return true
		}
	}
	return false
}

// endsWithFrame reports s ending with one of statusLineFrames as a word.
func endsWithFrame(s string) bool {
	s = strings.TrimRight(s, " \t:(\"'=[-")
	for _, f := range statusLineFrames {
		if b, ok := strings.CutSuffix(s, f); ok && (b == "" || !isAlnum(b[len(b)-1])) {
			return true
		}
	}
	return false
}

// errorLevel reports a log line's error level before its message: an
// upper-case ERROR, FATAL or CRITICAL word, "[error]" or "level=error".
func errorLevel(s string) bool {
	for _, w := range [...]string{"ERROR", "FATAL", "CRITICAL"} {
		if hasWord(s, w) {
			return true
		}
	}
	low := lowerASCII(s)
	return strings.Contains(low, "[error]") || strings.Contains(low, "level=error")
}

// reasonPhrases are the reason phrases RFC 9110 (section 15) gives a
// status, lower-cased and joined by "|", with the older names servers still print (Go's
// net/http: "413 Request Entity Too Large", "422 Unprocessable Entity"), for
// the statuses validStatus accepts; none for one without (529). Written out
// rather than taken from net/http, whose import would order this package's
// initialisation, and the hook's, behind net/http's and the heavy packages
// before it.
func reasonPhrases(n int) string {
	switch n {
	case 200:
		return "ok"
	case 400:
		return "bad request"
	case 401:
		return "unauthorized"
	case 402:
		return "payment required"
	case 403:
		return "forbidden"
	case 404:
		return "not found"
	case 405:
		return "method not allowed"
	case 406:
		return "not acceptable"
	case 407:
		return "proxy authentication required"
	case 408:
		return "request timeout"
	case 409:
		return "conflict"
	case 410:
		return "gone"
	case 411:
		return "length required"
	case 412:
		return "precondition failed"
	case 413:
		return "content too large|request entity too large|payload too large"
	case 414:
		return "uri too long|request-uri too long"
	case 415:
		return "unsupported media type"
	case 416:
		return "range not satisfiable|requested range not satisfiable"
	case 417:
		return "expectation failed"
	case 421:
		return "misdirected request"
	case 422:
		return "unprocessable content|unprocessable entity"
	case 426:
		return "upgrade required"
	case 428:
		return "precondition required" // RFC 6585, as the three below
	case 429:
		return "too many requests"
	case 431:
		return "request header fields too large"
	case 451:
		return "unavailable for legal reasons" // RFC 7725
	case 500:
		return "internal server error"
	case 501:
		return "not implemented"
	case 502:
		return "bad gateway"
	case 503:
		return "service unavailable"
	case 504:
		return "gateway timeout"
	case 505:
		return "http version not supported"
	}
	return ""
}

// onlyDecoration reports a line prefix without letters or digits (a spinner
// glyph, a bracket, a bullet).
func onlyDecoration(s string) bool {
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) || s[i] == '"' || s[i] == '\'' {
			return false
		}
	}
	return true
}

// jsonCandidates yields the JSON-looking objects in text: each "{" followed by
// a quote, read to its closing brace while skipping terminal line breaks. An
// object inside one already yielded whole is not yielded again.
func jsonCandidates(text string, m *bodyMemo, yield func(c string, valid bool) bool) {
	count, covered := 0, 0
	for off := 0; off < len(text) && count < 24; {
		i := strings.IndexByte(text[off:], '{')
		if i < 0 {
			return
		}
		i += off
		off = i + 1
		if i < covered {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\n') {
			j++
		}
		if j >= len(text) || (text[j] != '"' && text[j] != '\'' && text[j] != '}') {
			continue
		}
		count++
		c, end := balanced(text, i)
		valid := end > 0 && (m.known(c) || jsonguard.Valid(c))
		if valid {
			covered = end
		}
		if !yield(c, valid) {
			return
		}
	}
}

// balanced returns text[i:] up to the brace that closes text[i], with line
// breaks and the indentation after them removed (terminal wrapping), and the
// offset just past that brace (0 when it never closes).
func balanced(text string, i int) (string, int) {
	depth, inStr, esc, breaks := 0, false, false, false
	var quote byte
	end := 0
	limit := min(len(text), i+1<<18)
	for j := i; j < limit && end == 0; j++ {
		c := text[j]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == quote:
				inStr = false
			case c == '\n':
				breaks = true
			}
			continue
		}
		switch c {
		case '\n':
			breaks = true
		case '"', '\'':
			inStr, quote = true, c
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				end = j + 1
			}
		}
	}
	stop := end
	if stop == 0 {
		stop = limit
	}
	if !breaks {
		return text[i:stop], end
	}
	var b strings.Builder
	b.Grow(stop - i)
	for j := i; j < stop; {
		k := strings.IndexByte(text[j:stop], '\n')
		if k < 0 {
			b.WriteString(text[j:stop])
			break
		}
		b.WriteString(text[j : j+k])
		for j += k + 1; j < stop && text[j] == ' '; j++ {
		}
	}
	return b.String(), end
}

// readJSON fills f from the error bodies in text (the Anthropic shape, and the
// Vertex, OpenRouter, AWS and OpenAI shapes that wrap or imitate it).
func readJSON(text string, f *facts, m *bodyMemo) {
	jsonCandidates(text, m, func(c string, valid bool) bool {
		if !valid && strings.HasPrefix(c, "{'") {
			c = pythonToJSON(c)
			valid = jsonguard.Valid(c)
		}
		if valid {
			m.read(c, f)
		}
		return true
	})
	if f.errType == "" {
		readInspected(text, f, m)
	}
	if f.errType == "" || !anthropicType(f.errType) {
		readLenient(text, f)
	}
	if !f.bareError && f.errType == "" {
		f.bareError = bareErrorAfterStatus(text)
	}
}

// bodyMemo remembers the error bodies one paste has read: a retry ladder
// prints the same body on every attempt, and a body read over the same
// facts gives the same facts. A nil memo remembers nothing.
type bodyMemo struct {
	n    int
	seen [4]bodyRead
}

type bodyRead struct {
	body          string // valid JSON
	before, after facts
}

// known reports a body already found valid.
func (m *bodyMemo) known(c string) bool {
	if m == nil {
		return false
	}
	for i := range min(m.n, len(m.seen)) {
		if m.seen[i].body == c {
			return true
		}
	}
	return false
}

// read fills f from the valid body c, as readBody does.
func (m *bodyMemo) read(c string, f *facts) {
	if m == nil {
		readBody(gjson.Parse(c), f, 0)
		return
	}
	for i := range min(m.n, len(m.seen)) {
		if r := &m.seen[i]; r.body == c && r.before == *f {
			*f = r.after
			return
		}
	}
	before := *f
	readBody(gjson.Parse(c), f, 0)
	m.seen[m.n%len(m.seen)] = bodyRead{body: c, before: before, after: *f}
	m.n++
}

// bareErrorAfterStatus reports a body {"error":"…"} printed right after its
// status ("API Error (500 {"error":"…"})") whose escaped quotes the terminal
// or a log lost, so it no longer parses.
func bareErrorAfterStatus(text string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], `{"error":"`)
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		b := strings.TrimRight(text[:i], " ")
		if n := len(b); n >= 3 && b[n-1] >= '0' && b[n-1] <= '9' && b[n-2] >= '0' && b[n-2] <= '9' && b[n-3] >= '0' && b[n-3] <= '9' && (n == 3 || !isAlnum(b[n-4])) {
			return true
		}
	}
}

// pythonToJSON turns a Python dict repr into JSON, well enough for error bodies.
func pythonToJSON(s string) string {
	r := strings.NewReplacer(`'`, `"`, `None`, `null`, `True`, `true`, `False`, `false`)
	return r.Replace(s)
}

// fields reads the members of a JSON object into out in one pass (gjson's
// Get re-scans the object for every path).
func fields(r gjson.Result, out []gjson.Result, keys ...string) []gjson.Result {
	r.ForEach(func(k, v gjson.Result) bool {
		for i, key := range keys {
			if k.Str == key && !out[i].Exists() {
				out[i] = v
			}
		}
		return true
	})
	return out
}

func readBody(r gjson.Result, f *facts, depth int) {
	if depth > 4 {
		return
	}
	if r.IsArray() {
		r = r.Get("0")
	}
	if !r.IsObject() {
		return
	}
	setType := func(t string) {
		if t == "" || t == "error" {
			return
		}
		if f.errType == "" || (anthropicType(t) && !anthropicType(f.errType)) {
			f.errType = t
			f.validJSON = true
		}
	}
	var topBuf [13]gjson.Result
	top := fields(r, topBuf[:], "error", "type", "message", "request_id", "name", "$metadata", "apiErrorType", "api_error_type", "requestId", "detail",
		"object", "code", "raw_status_code")
	// FastAPI's HTTPException answers {"detail": …} (fastapi/exception_handlers.py,
	// http_exception_handler): a Python relay's own error, whatever API
	// envelope its detail imitates. The API never wraps its body so.
	if d := top[9]; d.IsObject() && !top[0].Exists() && !top[1].Exists() {
		readBody(d, f, depth+1)
		if f.envelope {
			f.foreign = true
		}
		return
	}
	// Claude Code's own records: transcript entries and `claude -p` JSON.
	for _, t := range top[6:8] {
		if t.Type == gjson.String {
			setType(t.Str)
		}
	}
	if id := unwrappedID(top[8].String()); id != "" && f.requestID == "" && validRequestID(id, 0) {
		f.requestID = id
	}
	if e := top[0]; e.IsObject() {
		if !top[1].Exists() && depth == 0 {
			f.bareObject = true
		}
		if top[1].String() == "error" && !f.envelope {
			f.envelope = true // {"type":"error","error":{…}}: the Messages API's own shape
			r.ForEach(func(k, _ gjson.Result) bool {
				f.foreign = k.Str == "error"
				return false
			})
		}
		var efBuf [6]gjson.Result
		ef := fields(e, efBuf[:], "type", "message", "details", "code", "status", "metadata")
		t := ef[0].String()
		setType(t)
		msg := ef[1].String()
		if msg != "" && (f.message == "" || anthropicType(t)) {
			f.message = msg
		}
		if c := ef[2].Get("error_code").String(); c != "" && f.errCode == "" {
			f.errCode = c
		}
		if c := int(ef[3].Int()); validStatus(c) && f.status == 0 {
			f.status, f.statusFrom = c, "json"
		}
		// An API type name in OpenAI's error object ({"error":{"message",
		// "type","code"}}, a string code such as "invalid_api_key"), outside
		// the API's {"type":"error",…} envelope: the API's error object has no
		// code (its errors reference), so something else wrote it.
		if !f.envelope && anthropicType(t) && ef[3].Type == gjson.String && ef[3].Str != "" {
			f.foreign = true
		}
		if st := ef[4].String(); st != "" && f.statusName == "" {
			f.statusName = st
			f.rpcBody = ef[3].Type == gjson.Number && upperSnake(st)
		}
		for _, nested := range []string{ef[5].Get("raw").String(), msg} {
			if i := strings.IndexByte(nested, '{'); i >= 0 && jsonguard.Valid(nested[i:]) {
				readBody(gjson.Parse(nested[i:]), f, depth+1)
			}
		}
	} else if e.Type == gjson.String && depth == 0 && !top[1].Exists() {
		f.bareError = true // (Claude Code's own records have a type and an error kind)
		// itty-router's error(status, message) in a Worker relay:
		// {"status": 401, "error": "…"} (src/error.ts), the HTTP status beside.
		if st := r.Get("status"); st.Type == gjson.Number && validStatus(int(st.Int())) && (f.status == 0 || f.statusFrom == "other") {
			f.status, f.statusFrom = int(st.Int()), "json"
		}
	} else if top[10].String() == "error" && top[1].Type == gjson.String && top[2].Type == gjson.String {
		// A flat error object, {"object":"error","message","type","param",
		// "code"}: Mistral's documented error body (its answers add
		// "raw_status_code") and vLLM's ErrorResponse (its "code" is the
		// HTTP status).
		setType(top[1].Str)
		if f.message == "" {
			f.message = top[2].Str
		}
		for _, c := range top[11:13] {
			// The same number read from the text as a bare "code": this
			// body says it is the status.
			if n := int(c.Int()); c.Type == gjson.Number && validStatus(n) && (f.status == 0 || f.status == n && f.statusFrom == "other") {
				f.status, f.statusFrom = n, "json"
			}
		}
	} else if t := top[1].String(); strings.HasSuffix(t, "_error") || t == "request_too_large" {
		setType(t) // an inner error object alone: {"type":"not_found_error","message":…}
		if f.message == "" {
			f.message = top[2].String()
		}
	}
	if id := unwrappedID(top[3].String()); id != "" && f.requestID == "" && validRequestID(id, 0) {
		f.requestID = id
	}
	if n := top[4].String(); strings.HasSuffix(n, "Exception") && f.awsName == "" {
		f.awsName = n
		f.validJSON = true
		var metaBuf [2]gjson.Result
		meta := fields(top[5], metaBuf[:], "httpStatusCode", "requestId")
		if c := int(meta[0].Int()); validStatus(c) && f.status == 0 {
			f.status, f.statusFrom = c, "sdk"
		}
		if id := meta[1].String(); id != "" && f.requestID == "" {
			f.requestID = id
		}
		if m := top[2].String(); m != "" && f.message == "" {
			f.message = m
		}
	}
}

// firstGroup returns the first group a match of alternatives filled.
func firstGroup(m []string) string {
	for _, g := range m[1:] {
		if g != "" {
			return g
		}
	}
	return ""
}

type lenientREs struct{ typ, code, msg *regexp.Regexp }

var lenient = lazy[lenientREs]{make: func() lenientREs {
	return lenientREs{
		// The body as a JSON-like literal, or as Emacs Lisp reads it: json.el's
		// alist printed with %s or %S ("(type . invalid_request_error)",
		// "(type . \"…\")"), json-parse-string's plist (:type "…").
		typ:  regexp.MustCompile(`(?:^|[^\w-])['"]?type['"]?\s*:\s*['"]([a-z_]{3,40})['"]|\(type \. "?([a-z_]{3,40})"?\)|(?:^|[(\s]):type "?([a-z_]{3,40})[")\s]`),
		code: regexp.MustCompile(`['"]error_code['"]\s*:\s*['"]([a-z_]{3,60})['"]`),
		msg:  regexp.MustCompile(`['"]?message['"]?\s*:\s*['"]([^"']{1,500})|\(message \. "?([^")]{1,500})|(?:^|[(\s]):message "([^"]{1,500})`),
	}
}}

// readLenient pulls the error type, code and message out of broken or
// truncated bodies that no JSON parser accepts.
func readLenient(text string, f *facts) {
	if !strings.Contains(text, "type") && !strings.Contains(text, "error_code") {
		return
	}
	if len(text) > 16<<10 {
		text = text[:16<<10]
	}
	flat := strings.ReplaceAll(text, "\n", "")
	re := lenient.get()
	best := ""
	for _, m := range re.typ.FindAllStringSubmatch(flat, 8) {
		t := firstGroup(m)
		switch {
		case anthropicType(t):
			if !anthropicType(best) {
				best = t
			}
		case best == "" && t != "error" && (strings.HasSuffix(t, "_error") || t == "forbidden"):
			best = t
		}
	}
	if best != "" && (f.errType == "" || anthropicType(best)) {
		f.errType = best
	}
	if f.errCode == "" {
		if m := re.code.FindStringSubmatch(flat); m != nil {
			f.errCode = m[1]
		}
	}
	if f.message == "" && f.errType != "" {
		if m := re.msg.FindStringSubmatch(flat); m != nil {
			f.message = firstGroup(m)
		}
	}
}

// validRequestID rejects placeholders and ids a user truncated or masked
// ("req_011CYwUsfx……", "req_****"): they are useless in a support ticket.
// unwrappedID undoes a terminal's wrap inside a request id that a JSON
// string still holds ("req_011C     cLPr…": the line break became a run of
// blanks when the paste was copied): it joins the pieces when each gap is a
// line break or two or more blanks and the result has Anthropic's form.
// Anything else is returned as it was.
func unwrappedID(id string) string {
	if !strings.HasPrefix(id, "req_") || !strings.ContainsAny(id, " \n") {
		return id
	}
	var b strings.Builder
	for rest := id; rest != ""; {
		i := strings.IndexAny(rest, " \n")
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		gap := rest[i:]
		rest = strings.TrimLeft(gap, " \n")
		if gap = gap[:len(gap)-len(rest)]; len(gap) < 2 && gap != "\n" {
			return id
		}
	}
	if joined := b.String(); anthropicRequestID(joined) {
		return joined
	}
	return id
}

// requestIDAt returns the request id that starts at text[i:], or "" when
// the id-shaped run there is not one (validRequestID).
func requestIDAt(text string, i int) string {
	k := i
	for k < len(text) && isIDByte(text[k]) {
		k++
	}
	next := byte(0)
	if k < len(text) {
		next = text[k]
	}
	if id := text[i:k]; validRequestID(id, next) {
		return id
	}
	return ""
}

func validRequestID(id string, next byte) bool {
	if len(id) < 3 || next == '.' || next == '*' || id == "null" || id == "undefined" {
		return false
	}
	for i := 0; i < len(id); i++ {
		if !isIDByte(id[i]) {
			return false
		}
	}
	if !strings.HasPrefix(id, "req_") {
		return len(id) >= 8
	}
	body := strings.TrimPrefix(strings.TrimPrefix(id, "req_"), "vrtx_")
	if strings.HasPrefix(body, "011") {
		return len(body) >= 20
	}
	return len(body) >= 3
}

func isIDByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// findRequestID reads a request id from a request_id / request-id / requestId
// field or header, or a full Anthropic id (req_011…) anywhere.
func findRequestID(text, low string) string {
	// The keys in order of preference: the first valid id after a
	// request_id wins over any after a request-id, and so on. One search
	// for "request" finds them all.
	var found [3]string
	for off := 0; ; {
		i := strings.Index(low[off:], "request")
		if i < 0 {
			break
		}
		j := off + i + len("request")
		off = j
		key := -1
		switch {
		case strings.HasPrefix(low[j:], "_id"):
			key, j = 0, j+3
		case strings.HasPrefix(low[j:], "-id"):
			key, j = 1, j+3
		case strings.HasPrefix(low[j:], "id"):
			key, j = 2, j+2
		case strings.HasPrefix(low[j:], " id: ") && awsDetail(text, j-len("request"), j+5):
			// The AWS SDK for Java's exception details, "(Service:
			// BedrockRuntime, Status Code: 429, Request ID: <id>)".
			key, j = 2, j+5
		}
		if key < 0 || found[key] != "" {
			continue
		}
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ':' || text[j] == '=' || text[j] == ' ') {
			j++
		}
		if id := requestIDAt(text, j); id != "" {
			if key == 0 {
				return id
			}
			found[key] = id
		}
	}
	for _, id := range found {
		if id != "" {
			return id
		}
	}
	first := ""
	eachAnthropicID(text, func(id string, _ int) bool {
		first = id
		return false
	})
	return first
}

// awsDetail reports the "Request ID: " at text[at:] an item of the
// AWS SDK for Java's exception details: after ", " (v2,
// AwsServiceException's message) or "; " (v1), the id ending the item with
// ")", "," (v2, before "Extended Request ID") or ";" (v1). Prose that says
// "request id: …" and a relay's "(request id: …)" are no such list.
func awsDetail(text string, at, j int) bool {
	if at < 2 || !strings.HasPrefix(text[at:], "Request ID: ") || text[at-2:at] != ", " && text[at-2:at] != "; " {
		return false
	}
	k := j
	for k < len(text) && isIDByte(text[k]) {
		k++
	}
	return k < len(text) && k > j && (text[k] == ')' || text[k] == ',' || text[k] == ';')
}

// equalSansBlanks reports whether reason, its blanks and hyphens skipped,
// is name.
func equalSansBlanks(reason, name string) bool {
	j := 0
	for i := 0; i < len(reason); i++ {
		if c := reason[i]; c != ' ' && c != '-' {
			if j == len(name) || name[j] != c {
				return false
			}
			j++
		}
	}
	return j == len(name)
}

// soleRequestID returns the Anthropic request id a paste names, when it
// names exactly one (each mention may repeat it): users often copy the id on
// a line of its own, away from the error ("Request ID:\nreq_011…").
func soleRequestID(text string) string {
	found, many := "", false
	// A paste repeats its ids, and a log line may hold two: each line is
	// read once.
	lastID, lastLine, own := "", -1, false
	eachAnthropicID(text, func(id string, at int) bool {
		if id != lastID {
			// The line of its first mention, which is at or before this one.
			i := strings.Index(text[:at+len(id)], id)
			if start := strings.LastIndexByte(text[:i], '\n') + 1; start != lastLine {
				lastLine, own = start, ownCheckLine(lineAround(text, start))
			}
			lastID = id
		}
		if own {
			return true // the id of the user's own curl, not of the failure
		}
		if found != "" && found != id {
			many = true
			return false
		}
		found = id
		return true
	})
	if many {
		return ""
	}
	return found
}

// lineAround returns the line of text holding offset i.
func lineAround(text string, i int) string {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		return text[start:]
	}
	return text[start : i+end]
}

// ownCheckLine reports a line that tells of the user's own HTTP check by
// naming the tool ("Direct curl to api.anthropic.com works fine (req ID:
// …)"): an id on it belongs to that request, not to the failure reported.
func ownCheckLine(line string) bool {
	// Words are runs of letters, dots and dashes; log lines are long, so
	// they are read in place, not split.
	word := checkWordBytes.get()
	for i := 0; i < len(line); {
		for i < len(line) && !word[line[i]] {
			i++
		}
		j := i
		for j < len(line) && word[line[j]] {
			j++
		}
		switch w := line[i:j]; len(w) {
		case 4, 8, 17:
			if strings.EqualFold(w, "curl") || strings.EqualFold(w, "curl.exe") || strings.EqualFold(w, "wget") || strings.EqualFold(w, "invoke-webrequest") {
				return true
			}
		}
		i = j
	}
	return false
}

// checkWordBytes marks the bytes of a word for ownCheckLine: letters, dots
// and dashes.
var checkWordBytes = lazy[*[256]bool]{make: func() *[256]bool {
	var w [256]bool
	for c := 0; c < 256; c++ {
		w[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-'
	}
	return &w
}}

// labelledRequestID returns the id a line labels "Request ID: req_…" (an
// Anthropic-compatible gateway quoting its own id in Anthropic's form), when
// the paste labels exactly one; a sentence may end right after it.
func labelledRequestID(text string) string {
	found := ""
	// Only lines holding "req_" can label one: find those, not every line,
	// by their "q_" ("r" and "_" are too common to search for).
	for off, last := 0, -1; ; {
		k := strings.Index(text[off:], "q_")
		if k < 0 {
			return found
		}
		at := off + k - 2 // where "req_" would start
		if at < 0 || text[at:at+2] != "re" {
			off = at + 4
			continue
		}
		start := strings.LastIndexByte(text[:at], '\n') + 1
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		off = end
		if start == last {
			continue
		}
		last = start
		id := labelledOn(text[start:end])
		if id == "" {
			continue
		}
		if found != "" && found != id {
			return ""
		}
		found = id
	}
}

// labelledOn returns the id a line labels "Request ID: req_…", or "".
func labelledOn(line string) string {
	t := strings.TrimLeft(line, " \t*>-•")
	if len(t) < 11 || !strings.EqualFold(t[:11], "request id:") {
		return ""
	}
	rest := strings.TrimLeft(t[11:], " `")
	k := 0
	for k < len(rest) && isIDByte(rest[k]) {
		k++
	}
	next := byte(0)
	if k < len(rest) {
		next = rest[k]
	}
	if next == '.' && (k+1 == len(rest) || rest[k+1] == ' ') {
		next = 0 // the end of a sentence, not a cut id ("req_01…" or "req_01...")
	}
	id := rest[:k]
	if !strings.HasPrefix(id, "req_") || !validRequestID(id, next) {
		return ""
	}
	return id
}

// eachAnthropicID calls yield with every full Anthropic request id
// (req_011…, req_vrtx_011…) in text, in order, and its offset, until yield
// returns false.
func eachAnthropicID(text string, yield func(id string, at int) bool) {
	for off := 3; off < len(text); {
		// Search the "q_" of an underscore at off or later: "r" and "_" are
		// too common to search for.
		i := strings.Index(text[off-1:], "q_") // the underscore is at off+i
		if i < 0 {
			return
		}
		if text[off+i-3:off+i] != "req" {
			off += i + 1
			continue
		}
		j := off + i - 3
		k := j + 4
		for k < len(text) && isIDByte(text[k]) {
			k++
		}
		off = k
		if j > 0 && isIDByte(text[j-1]) {
			continue
		}
		next := byte(0)
		if k < len(text) {
			next = text[k]
		}
		if id := text[j:k]; anthropicRequestID(id) && validRequestID(id, next) && !yield(id, j) {
			return
		}
	}
}

// htmlTitle returns the page title of an HTML body, if any.
func htmlTitle(text, low string) string {
	i := strings.Index(low, "<title>")
	if i < 0 {
		return ""
	}
	i += len("<title>")
	j := strings.Index(low[i:], "</title>")
	if j < 0 || j > 300 {
		return ""
	}
	return strings.Join(strings.Fields(text[i:i+j]), " ")
}

var resetRE = lazy[*regexp.Regexp]{make: func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?i:resets|reset at|regain access on)\s+(?:at\s+|on\s+)?([^·∙()|"]{1,40}?(?:\s*\([^()]{1,40}\)|\s*[.·∙/"'` + "`" + `]|\s*$))`)
}}

// findReset returns when a usage or spend limit resets, as the text says it,
// or as a UTC time for the "usage limit reached|<unix time>" form.
func findReset(text string) string {
	// Epoch seconds: Claude Code's "limit reached|<epoch>", claude.ai's web
	// API's "resetsAt":<epoch> (inside a JSON string, its quotes escaped).
	for _, key := range [...]string{"limit reached|", "resetsAt"} {
		i := strings.Index(text, key)
		if i < 0 {
			continue
		}
		j := i + len(key)
		for j < len(text) && strings.IndexByte(`\":= `, text[j]) >= 0 && key == "resetsAt" {
			j++
		}
		k := j
		for k < len(text) && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if sec, err := strconv.ParseInt(text[j:k], 10, 64); err == nil && sec > 1e9 && sec < 1e11 {
			return time.Unix(sec, 0).UTC().Format("2006-01-02 15:04 UTC")
		}
	}
	// Wrapping may split "2026-02-01 at\n 00:00 UTC": read it as one line.
	flat := strings.Join(strings.Fields(text), " ")
	if m := resetRE.get().FindStringSubmatch(flat); m != nil {
		return strings.TrimRight(m[1], " .·∙/\"'`")
	}
	return ""
}

// findModel returns the first Claude model id or family the text names.
func findModel(low string) string {
	if i := strings.Index(low, "claude-"); i >= 0 {
		j := i
		for j < len(low) && (isIDByte(low[j]) || low[j] == '.' || low[j] == '[' || low[j] == ']') {
			j++
		}
		return low[i:j]
	}
	for _, fam := range []string{"opus", "sonnet", "haiku"} {
		if strings.Contains(low, fam) {
			return fam
		}
	}
	return ""
}

// upperSnake reports a name in the form of an enum value's JSON name, as
// Google's canonical codes are written ("NOT_FOUND", "UNKNOWN").
func upperSnake(s string) bool {
	if len(s) < 4 || s[0] == '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && c != '_' {
			return false
		}
	}
	return true
}
