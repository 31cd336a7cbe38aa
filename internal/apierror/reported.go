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
	"answers with", "answered with", "answering with", "answer with",
	"shows", "showed", "showing", "displays", "displayed", "displaying",
	"send back", "sends back", "sent back", "sending back",
}

// reportedType returns an error.type of the Messages API (the catalogue's
// types, https://docs.claude.com/en/api/errors) that the text names as what a
// request got back, right after one of answerVerbs (an article and quotes or
// backticks between are fine), or "". A bug report states its error so when
// it shows no body: "Claude Opus 4.7 on Amazon Bedrock returns a
// `permission_error` at runtime".
func reportedType(low string) string {
	t, _ := reportedTypeTold(low)
	return t
}

// reportedTypeTold is reportedType, and whether a Chinese verb of a
// program answering stands right before the type ("调用提示rate_limit_error"):
// such a sentence leaves out its subject, the writer, so it tells of an
// error met, as saidStatusCJK's told does for a status.
func reportedTypeTold(low string) (found string, told bool) {
	eachAPIType(low, func(t string, start, end int) bool {
		before := strings.TrimRight(low[:start], " `'\"*")
		// A log record's field for the upstream's error type (a proxy's
		// error context, 'error_type': 'invalid_request_error', or
		// error_type=…): the type the API answered with, as a body's is.
		if k, ok := strings.CutSuffix(strings.TrimRight(strings.TrimRight(before, ":="), " `'\""), "error_type"); ok && (k == "" || !isAlnum(k[len(k)-1])) {
			found = t
			return false
		}
		whole := before // "fails with overloaded_error": the verb keeps its "with"
		for _, a := range [...]string{" an", " a", " the", " with"} {
			if b, ok := strings.CutSuffix(before, a); ok {
				before = strings.TrimRight(b, " ")
				break
			}
		}
		for _, v := range answerVerbs {
			if answeredWith(before, v) || answeredWith(whole, v) {
				found = t
				return false
			}
		}
		// Chinese writes no blank between words ("调用提示rate_limit_error");
		// advice about the type ("如果返回 rate_limit_error 时") tells of none met.
		if cjkAnswerVerb(before) && !cjkAdvice(before, low[end:]) {
			found, told = t, true
			return false
		}
		// Japanese and Korean put the verb after it ("overloaded_error が
		// 返ってきます", "rate_limit_error가 발생합니다"); a condition there
		// ("…が発生した場合は", "…가 발생하면") is advice.
		if after := low[end:]; cjkGotAfter(after) && !cjkAdvice(before, after) && !cjkConditionAfter(after) {
			found, told = t, true
			return false
		}
		return true
	})
	return found, told
}

// eachAPIType calls fn with each error.type of the Messages API that low
// (lower case) holds as a word ending "_error", and its bounds, until fn
// returns false.
func eachAPIType(low string, fn func(t string, start, end int) bool) {
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], "_error")
		if k < 0 {
			return
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
		if t := low[start:end]; anthropicType(t) && !fn(t, start, end) {
			return
		}
	}
}

// reportTold reports text that tells of a failure its writer met: an issue
// template's bug-report sections, a "[BUG]" title, or a first-person
// account. An error type named in a sentence counts as the error only
// there; documentation and feature requests name types in the same words
// ("when Bedrock returns permission_error, show …").
func (d *doc) reportTold() bool {
	if d.told == 0 {
		d.told = 1
		_, cues := d.writerText()
		if strings.Contains(d.forms().low, "[bug]") || cues&cueBugReport != 0 || experienceTold(d.raw) {
			d.told = 2
		}
	}
	return d.told == 2
}

// saidStatus returns the 4xx or 5xx status a report states as "NNN error"
// ("Opencode anthropic setting 404 error", "getting a 502 error from the
// relay"), the way users shorten the status they got, or 0. A plural
// ("handles 429 errors") names a kind of error, not one met; a sentence
// that tells what to do about one ("if you get a 404 error, …", "fix the
// 404 error page") is advice or a change, not a report.
func saidStatus(low string) int {
	if n, _ := saidStatusCJK(low); n != 0 {
		return n
	}
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], " error")
		if k < 0 {
			return 0
		}
		at := off + k
		off = at + len(" error")
		if off < len(low) && (isAlnum(low[off]) || low[off] == '_' || low[off] == ' ' && strings.HasPrefix(low[off:], " page")) {
			continue
		}
		i := at - 3
		if i < 0 || i > 0 && (isAlnum(low[i-1]) || low[i-1] == '.' || low[i-1] == ':' || low[i-1] == '/') {
			continue
		}
		n, ok := threeDigits(low, i)
		if !ok || n < 400 || n > 599 || !validStatus(n) {
			continue
		}
		start := max(strings.LastIndexAny(low[:i], ".!?\n")+1, 0)
		if adviceSentence(low[start:i]) {
			continue
		}
		return n
	}
	return 0
}

// adviceSentence reports the start of a sentence that gives advice about an
// error, tells a reader what they may meet, or describes a change, rather
// than telling of one met.
func adviceSentence(s string) bool {
	s = " " + strings.TrimLeft(s, " -*#>") // a word at the start counts as a word
	for _, w := range [...]string{" if ", " when ", " whenever ", " fix ", " fixes ", " fixed ", " handle ", " handles ", " handling ",
		" how to ", " to avoid ", " avoid ", " prevent ", " returns a ", " return a ", " may ", " might ", " can ", " could ", " should ", " would ",
		" you ", " you'll ", " users "} { // told to a reader: "you get a 500 error"
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// showsEndpoint reports a paste that gives the URL its requests went to: an
// API path (/v1) or a server on this machine, as a report of a client's
// set-up does ("should be http://127.0.0.1:8045/v1, currently is
// http://127.0.0.1:8045. 404 error.").
func (d *doc) showsEndpoint() bool {
	low := lowerASCII(d.raw)
	if !strings.Contains(low, "://") {
		return false
	}
	for _, w := range [...]string{"/v1", "://127.0.0.1", "://localhost", "://0.0.0.0", "://[::1]"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// apiNamedSource reports a sentence (lower case) that names the Claude API
// as what answered: an answer verb, then "from" it ("got this from Claude
// API", "received a 403 from the Anthropic API"), or it, then an answer
// verb ("the Claude API returns:"). A sentence that only names the API
// ("switched from the Claude API to Bedrock") does not. The names are
// attributedNames' for Anthropic.
func apiNamedSource(low string) bool {
	for _, a := range attributedNames {
		if a.provider != "anthropic" {
			continue
		}
		n := a.name
		for i := wordAt(low, n, 0); i >= 0; i = wordAt(low, n, i+1) {
			before := strings.TrimSuffix(strings.TrimRight(low[:i], " "), " the")
			if b, ok := strings.CutSuffix(before, " from"); ok && answerVerbIn(b[max(0, strings.LastIndexAny(b, ".!?;\n")+1):]) {
				return true
			}
			after := strings.TrimLeft(low[i+len(n):], " ")
			for _, v := range answerVerbs {
				if strings.HasPrefix(after, v) && (len(after) == len(v) || !isAlnum(after[len(v)])) {
					return true
				}
			}
		}
	}
	return false
}

// answerVerbIn reports one of answerVerbs as a word in s.
func answerVerbIn(s string) bool {
	for _, v := range answerVerbs {
		if wordAt(s, v, 0) >= 0 {
			return true
		}
	}
	return false
}

// providerFromEndpoint: a status a report gives as "404 error" carries no
// body to say who answered; the endpoint URL the report shows does. Only a
// paste whose endpoint URLs all point somewhere other than a provider's API
// (a relay, a server on this machine) names the gateway; one whose URLs are
// all the Claude API's own host names Anthropic. A bare HTTP error page
// (Google's front end's "<title>403</title>403 Forbidden") names nobody
// either; for both, the report's own sentence that introduces the error
// can say where it came from ("always got this from Claude API:"), which
// names Anthropic unless the paste names a relay.
func providerFromEndpoint(p *occurrence, dc *doc) {
	if p.provider != "" || p.notAPI || p.f.statusFrom != "said" && !p.f.html {
		return
	}
	if e := p.hints.endpoint; e == nil || e.provider == "anthropic" {
		for i := max(0, p.first-3); i <= p.first && i < len(dc.lines); i++ {
			if apiNamedSource(lowerASCII(dc.lines[i].text)) {
				p.provider = "anthropic"
				return
			}
		}
	}
	if p.f.statusFrom != "said" {
		return
	}
	text := dc.raw
	found, direct := false, false
	for rest := text; ; {
		i := strings.Index(rest, "://")
		if i < 0 {
			break
		}
		start := i
		for start > 0 && isAlnum(rest[start-1]) {
			start--
		}
		end := i + 3
		for end < len(rest) && !strings.ContainsRune(" \t\n,;)'\"`<>", rune(rest[end])) {
			end++
		}
		u := strings.TrimRight(rest[start:end], ".")
		rest = rest[end:]
		h := hostOf(u)
		if h == "" {
			continue
		}
		if h == "api.anthropic.com" {
			direct = true
			continue
		}
		if apiHost(h) {
			return
		}
		if isLocal(u) || strings.Contains(u, "/v1") {
			found = true
		}
	}
	switch {
	case found && !direct:
		p.provider = "gateway"
	case direct && !found:
		p.provider = "anthropic"
	}
}

// cjkErrorWords are the words Chinese, Japanese and Korean reports put
// right after (or, in Chinese, right before) the status they got: "报 429
// 错误", "返回429错误", "报错429", "500エラー", "429 에러" (errorNamed reads
// them too, beside the English word).
var cjkErrorWords = [...]string{"错误", "报错", "异常", "錯誤", "報錯", "エラー", "에러", "오류"}

// saidStatusCJK returns the 4xx or 5xx status a report in Chinese,
// Japanese or Korean states as an error it got, or 0: the status right
// before one of cjkErrorWords, or right after 报错 / 報錯 ("返回报错429").
// told: a verb of a program answering stands right before it ("报 429
// 错误", "返回429错误", "出现429错误"): such sentences leave out their
// subject, the writer, so they tell of an error met. A sentence that tells
// what to do about one ("如果出现 429 错误…", "如何处理 500 错误", "返回
// 429 错误时…") is advice, not a report.
func saidStatusCJK(low string) (n int, told bool) {
	if !hasCJK(low) {
		return 0, false
	}
	for _, w := range cjkErrorWords {
		for off := 0; off < len(low); {
			k := strings.Index(low[off:], w)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(w)
			b := strings.TrimRight(low[:at], " ")
			if cjkAdvice(b, low[off:]) {
				continue
			}
			if n := statusEndingAt(b); n != 0 {
				return n, cjkAnswerVerb(strings.TrimRight(b[:len(b)-3], " "))
			}
			if w == "报错" || w == "報錯" {
				a := strings.TrimLeft(strings.TrimLeft(strings.TrimLeft(low[off:], " "), ":："), " ")
				if n, ok := threeDigits(a, 0); ok && n >= 400 && n <= 599 && validStatus(n) && (len(a) == 3 || !isAlnum(a[3])) {
					return n, true
				}
			}
		}
	}
	return 0, false
}

// cjkAnswerVerb reports text ending with a verb of a program answering:
// reported, returned, appeared, met, showed.
func cjkAnswerVerb(s string) bool {
	for _, v := range cjkAnswerVerbs {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// cjkGotAfter reports Japanese or Korean words right after an error type
// that say it came back or occurred: が返って / が返され / が出 / が発生 /
// が表示 / と表示, 가(이) 발생 / 반환 / 떠 / 뜹 / 나와 / 나옵.
func cjkGotAfter(after string) bool {
	a := strings.TrimLeft(after, " `'\"」』)）")
	for _, w := range [...]string{"が返って", "が返され", "が返り", "が出", "が発生", "が表示", "と表示", "エラーが",
		"가 발생", "이 발생", "가 반환", "가 떠", "가 뜹", "가 나와", "가 나옵", "가 뜨"} {
		if strings.HasPrefix(a, w) {
			return true
		}
	}
	return false
}

// cjkConditionAfter reports the clause after an error word making it a
// condition: 場合 / とき / 時 (when, in case), 경우, or a Korean verb in
// its conditional -면 form ("발생하면").
func cjkConditionAfter(after string) bool {
	end := len(after)
	for _, p := range [...]string{"。", "\n", ". ", "、", "，", ","} {
		if i := strings.Index(after, p); i >= 0 && i < end {
			end = i
		}
	}
	a := after[:end]
	for _, w := range [...]string{"場合", "とき", "時", "경우", "하면", "되면", "뜨면", "나오면"} {
		if strings.Contains(a, w) {
			return true
		}
	}
	return false
}

// cjkAnswerVerbs: reported, returned, appeared, met, showed (a message),
// triggered (a limit, an error), in Chinese script; "报错" ends in 错, so
// 报 does not find it.
var cjkAnswerVerbs = [...]string{"报", "報", "报错", "報錯", "返回", "出现", "出現", "遇到", "提示", "显示", "顯示", "触发", "觸發", "报了", "返回了", "出现了", "触发了"}

// statusEndingAt returns the 4xx or 5xx status that ends s as a number of
// its own, or 0.
func statusEndingAt(s string) int {
	i := len(s) - 3
	if i < 0 || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '.' || s[i-1] == ':' || s[i-1] == '/') {
		return 0
	}
	n, ok := threeDigits(s, i)
	if !ok || n < 400 || n > 599 || !validStatus(n) {
		return 0
	}
	return n
}

// cjkAdvice reports a sentence that gives advice about an error rather
// than telling of one met: a condition or a question before the status,
// "when" (时) right after the error word, or the error as the topic of a
// noun phrase ("429エラーへの対策", "429错误的解决方法", "429 에러의 해결
// 방법": its countermeasures, fix or avoidance), as articles and guides
// title what they explain.
func cjkAdvice(before, after string) bool {
	if a := strings.TrimLeft(after, " "); strings.HasPrefix(a, "时") || strings.HasPrefix(a, "時") || cjkTopicOf(a) {
		return true
	}
	if cjkMayHappen(after) {
		return true
	}
	start := 0
	for _, p := range [...]string{"。", "！", "？", "\n", "；"} {
		if i := strings.LastIndex(before, p); i >= 0 && i+len(p) > start {
			start = i + len(p)
		}
	}
	s := before[start:]
	for _, w := range [...]string{"如果", "如何", "若", "避免", "处理", "處理", "怎么", "怎麼", "場合", "경우",
		"为什么", "為什麼", "为何", "なぜ", "何故", "왜"} { // "why does a 429 error happen"
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// cjkMayHappen reports the rest of a sentence, after its error word, that
// says the error may happen or tells how to prevent it, as documentation
// and guides write of errors a reader may meet ("529 오류는 … 발생할 수
// 있습니다", "529 errors can occur when …" in Anthropic's Korean errors
// page; "为避免…", "…を防ぐには"), where a report tells of one that did
// ("발생했습니다", "出现了", "発生しました").
func cjkMayHappen(after string) bool {
	end := len(after)
	for _, p := range [...]string{"。", "\n", ". "} {
		if i := strings.Index(after, p); i >= 0 && i < end {
			end = i
		}
	}
	a := after[:end]
	for _, w := range [...]string{"수 있습니다", "수 있어요", "수 있음", "방지하려면", "피하려면", "예방하려면",
		"可能会", "可能出现", "可能发生", "ことがあります", "場合があります", "可能性があります", "防ぐには", "避けるには"} {
		if strings.Contains(a, w) {
			return true
		}
	}
	return false
}

// cjkTopicOf reports text right after an error word that makes the error
// the object of advice: a possessive or "towards" particle (への, の, 的,
// 의, 에 대한) and a noun of dealing with it. A report's own words after
// the error ("429エラーが出ます", "429错误，换了 key 也一样") carry no such
// particle and noun.
func cjkTopicOf(after string) bool {
	a := strings.TrimLeft(after, " )）」』】\"'")
	p := ""
	for _, w := range [...]string{"への", "の", "的", "에 대한", "의"} {
		if strings.HasPrefix(a, w) {
			p = w
			break
		}
	}
	if p == "" {
		return false
	}
	a = strings.TrimLeft(a[len(p):], " ")
	for _, w := range [...]string{"対策", "対処", "対応", "解決", "回避", "防止", "解决", "应对", "應對", "处理方法", "處理方法", "대처", "대응", "해결", "방지", "회피"} {
		if strings.HasPrefix(a, w) {
			return true
		}
	}
	return false
}

// cjkTold reports a Chinese, Japanese or Korean sentence that tells of a
// status error met (saidStatusCJK's told).
func cjkTold(low string) bool {
	_, told := saidStatusCJK(low)
	return told
}
