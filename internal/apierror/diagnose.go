package apierror

import (
	"math/bits"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxInput is how much of a paste Diagnose reads: the last MaxInput bytes,
// where the error the user is stuck on usually is.
const MaxInput = 1 << 20

// Options is what Diagnose may know besides the text.
type Options struct {
	// BaseURL is ANTHROPIC_BASE_URL; anything but Anthropic's own API means a
	// gateway sits in front of it, and advice points there first.
	BaseURL string
	// Model is the model in use (ANTHROPIC_MODEL or --model); it decides which
	// /model alias to suggest when one model is overloaded.
	Model string
	// Now is the clock that resolves relative reset times ("resets 3:30am
	// (Asia/Calcutta)") into resets_at; nil leaves them unresolved, so
	// Diagnose stays a pure function of its inputs.
	Now func() time.Time
	// APIKeySet is true when ANTHROPIC_API_KEY is set where Claude Code runs:
	// it overrides a /login, so credential advice starts with it.
	APIKeySet bool
}

// occurrence is one error found in the paste, classified.
type occurrence struct {
	f        facts
	cat      Category
	rule     *entry // the phrase entry that matched, if any
	entry    *entry // the entry that decided the category (a code, type, status or page entry, or rule)
	retry    bool
	notAPI   bool
	thin     bool
	log      int32
	provider string
	reset    string
	model    string
	text     string
	low      string // text with ASCII case folded, once it was needed
	first    int
	last     int
	hints    hints
	header   bool   // only a status ("Status Code: 500"): it belongs to the next occurrence
	relayID  string // the id a relay's response header gave the request (relayHeaderID)
}

// Diagnose classifies the error a user pasted and says what to do. It never
// fails: text that holds no Claude API failure yields category none.
func Diagnose(text string, opts Options) Diagnosis {
	truncated := false
	if len(text) > MaxInput {
		text = text[len(text)-MaxInput:]
		truncated = true
		// Start at a line (or at least a character) boundary.
		if i := strings.IndexByte(text, '\n'); i >= 0 && i < 4096 {
			text = text[i+1:]
		}
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	// Every reader sees the paste as the terminal showed it: colours,
	// carriage returns and other control bytes would otherwise split a
	// phrase or a JSON body for the readers that work on the whole text.
	d := diagnoseText(cleanControl(text), opts)
	d.InputTruncated = truncated
	return d
}

func diagnoseText(text string, opts Options) Diagnosis {
	if strings.TrimSpace(text) == "" {
		return build(nil, nil, opts, "empty input")
	}
	rs := rules.get()
	dc := newDoc(normalise(text), rs)
	dc.raw = text
	h := readHints(dc, rs, text)
	segs := dc.segments(rs)
	occs := make([]*occurrence, 0, len(segs))
	var header *occurrence // a bare status waiting for its body
	flush := func() {
		if header != nil {
			// A bare status says little: "…locked my chat into a API Error: 400".
			header.setStatusEntry()
			header.thin = true
			header.finish(rs, opts)
			occs = append(occs, header)
			header = nil
		}
	}
	for _, s := range segs {
		near := header != nil && s.log == header.log && s.first-header.last <= 8
		o := evaluate(dc, s, rs, opts, near, h)
		if near && o != nil && reasonedAbout(dc, o) {
			// A reply's guess under a bare status is no body of it.
			near, o = false, evaluate(dc, s, rs, opts, false, h)
		}
		if o == nil {
			continue
		}
		if near && o.header {
			o.f.status = header.f.status // a second bare status line: keep the first
			o.header = false
			o.setStatusEntry()
			o.finish(rs, opts)
			header = nil
		} else if near {
			if o.f.status == 0 || o.f.statusFrom == "other" {
				o.f.status, o.f.statusFrom = header.f.status, "header"
			}
			if o.f.requestID == "" {
				o.f.requestID = header.f.requestID
			}
			set := dc.phrases(rs, s.first, s.last)
			unwrapStatus(o, set, rs)
			o.classify(set, rs)
			if o.provider = detectProvider(set, rs, o, opts); o.provider == "" {
				o.provider = header.provider // the header's line showed who answered
			}
			o.finish(rs, opts)
			header = nil
		}
		flush()
		if o.header {
			// A status right under an error without one ("name:
			// ThrottlingException" then "$metadata: {"httpStatusCode":429…}")
			// completes that error.
			if n := len(occs); n > 0 && occs[n-1].log == o.log && s.first-occs[n-1].last <= 1 {
				prev := occs[n-1]
				if prev.f.status == 0 || prev.f.statusFrom == "implied" {
					prev.f.status, prev.f.statusFrom = o.f.status, o.f.statusFrom
				}
				if prev.f.requestID == "" {
					prev.f.requestID = o.f.requestID
				}
				prev.last = s.last
				continue
			}
			header = o
			continue
		}
		occs = append(occs, o)
	}
	flush()
	occs = slices.DeleteFunc(occs, func(o *occurrence) bool { return namedAsPossible(dc, o) })
	occs, reasoned := dropReasoned(dc, occs)
	occs = provokedOnPurpose(occs, text)
	if expectedAnswers(dc, occs) {
		return build(nil, nil, opts, "a specification of the answers expected, with no failure met")
	}
	occs = slices.DeleteFunc(occs, func(o *occurrence) bool { return namedAsInstruction(dc, o) })
	if aboutErrors(dc, occs, text) {
		return build(nil, nil, opts, "text about errors, with no error printed")
	}
	if explainsErrors(dc, occs, text) {
		return build(nil, nil, opts, "text that explains errors (documentation, notes, a change), with no failure shown")
	}
	cutShort(occs)
	toldAbout(dc, occs)
	if quoteTables(dc, occs) {
		return build(nil, nil, opts, "a table of error kinds, with no error met")
	}
	primary := explainedBy(occs, weighStreak(occs, remedied(occs, titledBy(dc, occs, pick(occs)), text)))
	if primary == nil {
		return build(nil, nil, opts, noneReason(occs))
	}
	enrichFromLog(primary, occs)
	if first := firstAttempt(primary, occs); first != primary {
		primary.f.requestID = first.f.requestID
	}
	inheritStatus(primary, occs)
	statusFromAccessLog(primary, text)
	statusOfBodiless(primary, occs)
	statusFromReport(primary, text, reasoned)
	answeredBeforeConnect(primary, dc)
	inheritProvider(primary, occs)
	providerFromURL(primary)
	providerFromEndpoint(primary, dc)
	googleBodyProvider(primary, dc, rs)
	providerFromAttribution(primary, text)
	if primary.f.requestID == "" && primary.log < 0 && !primary.notAPI && primary.cat != None {
		primary.f.requestID = soleRequestID(text)
		if primary.f.requestID == "" {
			primary.f.requestID = labelledRequestID(text)
		}
		if primary.f.requestID == "" {
			primary.f.requestID = headerRequestID(text)
		}
		if primary.f.requestID == "" {
			primary.f.requestID = firstOfRetries(text)
		}
	}
	if primary.cat != None {
		primary.relayID = relayHeaderID(text)
	}
	others := make([]*occurrence, 0, len(occs))
	for _, o := range occs {
		if o != primary && !o.thin && o.cat != None {
			others = append(others, o)
		}
	}
	return build(primary, others, opts, "")
}

// cutShort: a paste that ends inside its last error, before that error's
// body closed (an issue excerpt or a scrollback cut mid-entry), lost what
// came after the cut, its request id among it; an earlier whole copy of the
// same error says more, so the cut one is thin.
func cutShort(occs []*occurrence) {
	n := len(occs)
	if n < 2 {
		return
	}
	last := occs[n-1]
	if last.thin || last.f.requestID != "" || strings.Count(last.text, "{") <= strings.Count(last.text, "}") {
		return
	}
	for _, o := range occs[:n-1] {
		// The earlier copy says more: its request id, or the body's error
		// type the cut copy lost (who answered is in it).
		more := o.f.requestID != "" || o.f.errType != "" && last.f.errType == "" && o.f.status == last.f.status
		if !o.thin && o.cat == last.cat && (o.log >= 0) == (last.log >= 0) && more {
			last.thin = true
			return
		}
	}
}

// pick chooses the error the user is stuck on: the last one shown, not a
// consequence of it (an abort, an interruption), and the /bug errors log only
// when nothing else was shown.
func pick(occs []*occurrence) *occurrence {
	for _, want := range []func(*occurrence) bool{
		func(o *occurrence) bool { return o.log < 0 && !o.thin },
		func(o *occurrence) bool { return o.log >= 0 && !o.thin },
		func(o *occurrence) bool { return o.log < 0 },
		func(o *occurrence) bool { return true },
	} {
		for i := len(occs) - 1; i >= 0; i-- {
			if want(occs[i]) {
				return occs[i]
			}
		}
	}
	return nil
}

// weighStreak: Claude Code's retry ladder shows every attempt. A streak of
// one failure (attempt 1/10 … 7/10 of 529s) ended by a single connection
// error is that failure with a network blip at the end, not a network
// problem: the streak is what the user is stuck on. Two or more connection
// errors at the end are a network problem.
func weighStreak(occs []*occurrence, primary *occurrence) *occurrence {
	if primary == nil || primary.log >= 0 || (primary.cat != Network && primary.cat != Timeout) || !retryLine(primary) {
		return primary
	}
	i := len(occs) - 1
	for i >= 0 && occs[i] != primary {
		i--
	}
	var streak []*occurrence
	for j := i - 1; j >= 0; j-- {
		o := occs[j]
		if o.thin || o.log >= 0 {
			continue
		}
		if !retryLine(o) || o.cat == Network || o.cat == Timeout {
			break
		}
		if len(streak) > 0 && o.cat != streak[0].cat {
			break
		}
		streak = append(streak, o)
	}
	if len(streak) < 2 {
		return primary
	}
	return streak[0] // the newest attempt of the streak
}

// explainedBy: a connection failure names no cause of its own — undici's
// "fetch failed" is a TypeError whose cause is the real error
// (lib/web/fetch/index.js), and the SDKs' "Connection error." wraps that
// one. A certificate or proxy failure shown in the same paste is that cause,
// so it is what the user is stuck on.
func explainedBy(occs []*occurrence, primary *occurrence) *occurrence {
	if primary == nil || primary.cat != Network || primary.log >= 0 {
		return primary
	}
	for i := len(occs) - 1; i >= 0; i-- {
		if o := occs[i]; !o.thin && o.log < 0 && (o.cat == TLS || o.cat == Proxy || o.cat == GatewayError && o.rule != nil && o.rule.tier == tierRelay) {
			return o
		}
	}
	return primary
}

// retryLine reports Claude Code's retry notice: "· Retrying in N seconds…
// (attempt N/10)". Not the source code that prints such a notice: its
// count is a placeholder ("(attempt ${attempt}/${max})", "(attempt
// %d/%d)", "(attempt {}/{})") or a comparison ("(attempt < maxRetries)").
func retryLine(o *occurrence) bool {
	if !strings.Contains(o.lower(), "retrying in") {
		return false
	}
	for rest := o.text; ; {
		i := strings.Index(rest, "(attempt ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("(attempt "):]
		if rest != "" && !strings.ContainsRune("${%<", rune(rest[0])) {
			return true
		}
	}
}

// lower is the occurrence's text with ASCII case folded, made once: several
// checks read it.
func (o *occurrence) lower() string {
	if o.low == "" && o.text != "" {
		o.low = lowerASCII(o.text)
	}
	return o.low
}

// compatible reports whether a /bug log entry can be the same failure as the
// message shown to the user (which often has no status or request id).
func compatible(shown, logged *occurrence) bool {
	if shown.cat == logged.cat {
		return true
	}
	if shown.f.status != 0 && logged.f.status != 0 && shown.f.status != logged.f.status {
		return false
	}
	switch shown.cat {
	case UsageLimit, SpendLimit:
		return logged.cat == RateLimit || logged.f.status == 429
	case NotFound:
		return logged.f.status == 404
	case Permission:
		return logged.f.status == 403
	case Authentication:
		return logged.f.status == 401
	case ServerError, Overloaded:
		return logged.f.status >= 500
	}
	return false
}

// enrichFromLog fills the status, type and request id of a message shown to
// the user from the latest matching entry of the /bug errors log.
func enrichFromLog(p *occurrence, occs []*occurrence) {
	if p.log >= 0 {
		return
	}
	// Claude Code's notice ends with the API's message ("… · Rate
	// limited"): the entry whose message it shows is the one, else the latest.
	var match *occurrence
	for i := len(occs) - 1; i >= 0 && match == nil; i-- {
		if o := occs[i]; o.log >= 0 && len(o.f.message) >= 8 && compatible(p, o) && strings.Contains(p.text, o.f.message) {
			match = o
		}
	}
	for i := len(occs) - 1; i >= 0; i-- {
		o := occs[i]
		if match != nil && o != match || o.log < 0 || !compatible(p, o) {
			continue
		}
		if p.f.status == 0 {
			p.f.status = o.f.status
		}
		if p.f.errType == "" {
			p.f.errType = o.f.errType
		}
		if p.f.errCode == "" {
			p.f.errCode = o.f.errCode
		}
		if p.f.requestID == "" {
			p.f.requestID = o.f.requestID
		}
		if p.provider == "" {
			p.provider = o.provider
		}
		return
	}
}

// baseURLInText returns the URL a paste assigns to ANTHROPIC_BASE_URL
// (export ANTHROPIC_BASE_URL=…, "ANTHROPIC_BASE_URL": "…").
func baseURLInText(text string) string {
	// The last assignment wins; strings.Index is much faster than LastIndex.
	// Claude Code's /status shows the same setting as "Anthropic base URL",
	// its value in a column.
	i, key := -1, ""
	for _, k := range [...]string{"ANTHROPIC_BASE_URL", "Anthropic base URL"} {
		for off := 0; ; {
			j := strings.Index(text[off:], k)
			if j < 0 {
				break
			}
			if off+j > i {
				i, key = off+j, k
			}
			off += j + 1
		}
	}
	if i < 0 {
		return ""
	}
	rest := text[i+len(key):]
	j := 0
	for j < len(rest) && j < 24 && strings.IndexByte(" \t\"'=:", rest[j]) >= 0 {
		j++
	}
	rest = rest[j:]
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") {
		return ""
	}
	k := 0
	for k < len(rest) && k < 300 && strings.IndexByte(" \t\n\"'`,;)", rest[k]) < 0 {
		k++
	}
	return rest[:k]
}

// inheritStatus gives a repeated error the status an earlier mention of the
// same error showed ("Error: 400 The provided model identifier is invalid"
// then a log line with the same message and no status).
func inheritStatus(p *occurrence, occs []*occurrence) {
	// A status the wording only implies (Bedrock's AccessDenied is a 403)
	// gives way to the one shown with another copy of the same error.
	if p.f.status != 0 && p.f.statusFrom != "implied" || (p.rule == nil && p.f.errType == "") {
		return
	}
	// The same error shown twice: by the same wording, or the same body
	// (a "404 {…}" line, then the body pretty-printed under it).
	same := func(o *occurrence) bool {
		if p.rule != nil {
			// or the same failure decided by its status ("Request failed
			// with status code 400" from the proxy, then the notice alone)
			// or told in another's words (Kimi's "exceeded model token
			// limit", then Claude Code's "Prompt is too long")
			return o.rule == p.rule || o.cat == p.cat && (o.rule == nil || o.rule.tier == p.rule.tier)
		}
		// or the line right above the body that named its status in words
		// of the same failure (the C# SDK's "AnthropicRateLimitException:
		// Status Code: TooManyRequests" above the body)
		return o.f.errType == p.f.errType && o.f.message == p.f.message ||
			o.f.errType == "" && o.cat == p.cat && o.log == p.log && p.first-o.last == 1
	}
	for i := len(occs) - 1; i >= 0; i-- {
		o := occs[i]
		if o != p && same(o) && o.f.status != 0 && o.f.statusFrom != "implied" {
			p.f.status, p.f.statusFrom = o.f.status, o.f.statusFrom
			return
		}
	}
}

// statusFromAccessLog: a relay's log of its own refusal says no status, but
// its server's access line for the Messages request does (Uvicorn's, as
// LiteLLM and the Python proxies print it: `"POST /v1/messages?beta=true
// HTTP/1.1" 401 Unauthorized`). The last such line's status is the error's
// when it means the same failure.
func statusFromAccessLog(p *occurrence, text string) {
	if p.f.status != 0 && p.f.statusFrom != "implied" || p.log >= 0 {
		return
	}
	status := 0
	for rest := text; ; {
		i := strings.Index(rest, "\"POST /v1/messages")
		if i < 0 {
			break
		}
		rest = rest[i+1:]
		line := rest[:nextLineEnd(rest)]
		j := strings.Index(line, " HTTP/1.")
		if j < 0 || !strings.HasPrefix(line[j+len(" HTTP/1.")+1:], "\" ") {
			continue
		}
		if n, ok := threeDigits(line, j+len(" HTTP/1.")+3); ok && n >= 400 {
			status = n
		}
	}
	if status != 0 && statusEntry(status).cat == p.cat {
		p.f.status, p.f.statusFrom = status, "other"
	}
}

// statusFromReport: an error shown without its status, in a report that
// states the status elsewhere — a field of the template ("HTTP Status: 500"),
// a line of its own ("HTTP 503"), a relay log's column ("| 500 |"), the
// title or the prose ("fail with 400 The provided model identifier is
// invalid", "upstream returns 401 Missing API key", "返回 404"). The first
// such status of the failure's class (4xx for an error resending will not
// fix, 5xx for one it may) is the error's.
func statusFromReport(p *occurrence, text string, reasoned []string) {
	if p.f.status != 0 && p.f.statusFrom != "implied" || p.cat == None || p.cat == "" {
		return
	}
	switch p.cat {
	case Network, TLS, Proxy:
		return // no answer came back, so no status is this error's
	}
	low := lowerASCII(text)
	if strings.Contains(low, "event: error") || strings.Contains(low, "event:error") {
		return // a stream error has no HTTP status of its own
	}
	joined := joinSplitNumbers(low) // where statusesIn's offsets point
	statusesIn(low, func(n, i int, kind, before string) bool {
		// A status only the API answers with (529, its own) means the
		// failure of its category wherever the report names it ("they send
		// back an error, sometimes 529").
		own := statusEntry(n).ownStatus && statusEntry(n).cat == p.cat
		if n < 400 || kind == "" && !own && !proseStatus(before) && !wordingAfter(p.rule, joined, i) && !errorNamed(joined[i+3:]) || jsonField(before) {
			return true
		}
		if statusFromProbe(lineAround(text, i), n) || wordingHasStatus(p.rule, n) {
			return true
		}
		if len(reasoned) > 0 && slices.ContainsFunc(reasoned, func(r string) bool { return strings.Contains(straightQuotes(lineAround(text, i)), r) }) {
			return true // a reply's reasoning names the status, not the error
		}
		if n >= 500 && p.retry || n >= 400 && n < 500 && n != 429 && n != 408 && !p.retry || statusEntry(n).cat == p.cat {
			p.f.status, p.f.statusFrom = n, "other"
			return false
		}
		return true
	})
}

// wordingAfter reports the error's own wording right after the status at
// low[i:i+3], bare or quoted ('413 "Request too large"', "529 Overloaded"):
// a report that names the failure by its status and its message.
func wordingAfter(rule *entry, low string, i int) bool {
	if rule == nil {
		return false
	}
	after := strings.TrimLeft(low[i+3:], " \"'`:")
	for _, w := range rule.any {
		if len(after) >= len(w) && strings.EqualFold(after[:len(w)], w) {
			return true
		}
	}
	return false
}

// wordingHasStatus reports a catalogue wording that holds the status itself
// (Claude Code's "Server returned 401 after re-authentication"): the entry
// chose not to give that wording a status, so the number is not read again.
func wordingHasStatus(rule *entry, n int) bool {
	if rule == nil {
		return false
	}
	code := strconv.Itoa(n)
	for _, w := range rule.any {
		if strings.Contains(w, code) {
			return true
		}
	}
	for _, w := range rule.all {
		if strings.Contains(w, code) {
			return true
		}
	}
	return false
}

// jsonField reports a number that is a JSON field's value ("code": 429):
// a body's field, which codeFieldAbove reads where it belongs.
func jsonField(before string) bool {
	return strings.HasSuffix(before, "\"code") || strings.HasSuffix(before, "\"status")
}

// proseStatus reports a number right after the words a report uses for the
// answer it got (answerVerbs, or "with"): "returns 401", "failed with 400",
// "got a 529", "返回 404". A word of how often it happens, and the error the
// number stands for, may come between: "they send back an error, sometimes
// 529", "returns errors, usually 500".
func proseStatus(before string) bool {
	for _, h := range [...]string{"sometimes", "often", "usually", "always", "mostly", "occasionally", "randomly", "intermittently", "frequently", "constantly", "consistently", "repeatedly"} {
		if b, ok := strings.CutSuffix(before, h); ok && (b == "" || !isAlnum(b[len(b)-1])) {
			before = strings.TrimRight(b, " ,")
			break
		}
	}
	for _, e := range [...]string{" errors", " error"} {
		if b, ok := strings.CutSuffix(before, e); ok {
			before = b
			break
		}
	}
	for _, a := range [...]string{" an", " a", " the"} {
		if b, ok := strings.CutSuffix(before, a); ok {
			before = b
			break
		}
	}
	for _, w := range answerVerbs {
		if answeredWith(before, w) {
			return true
		}
	}
	// Chinese writes no blank before the number: "频繁触发429", "返回403".
	return answeredWith(before, "with") || cjkAnswerVerb(before)
}

// answeredWith reports before ending with the whole word (or words) w.
func answeredWith(before, w string) bool {
	b, ok := strings.CutSuffix(before, w)
	return ok && (b == "" || !isAlnum(b[len(b)-1]))
}

// errorNamed reports a status the report calls the error it got, the word
// right after it: "a 500 error", "触发 500 报错", "429 错误", "500エラー",
// "503异常" (Chinese reports' other word for a failure: an exception),
// "503 錯誤" (Traditional), "429 에러" / "500 오류" (Korean).
func errorNamed(after string) bool {
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, "error") {
		return true
	}
	for _, w := range cjkErrorWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// nextLineEnd is the index of the end of s's first line.
func nextLineEnd(s string) int {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return i
	}
	return len(s)
}

// statusOfBodiless: the SDKs' "403 status code (no body)" (makeMessage in
// the TypeScript SDK's core/error.ts) says a request was refused and nothing
// of why. A credential or access failure shown in the same paste (Claude
// Code's log that it had no key to send) is why: it is the diagnosis, with
// the status the bodiless answer had.
func statusOfBodiless(p *occurrence, occs []*occurrence) {
	if p.f.status != 0 && p.f.statusFrom != "implied" || p.cat != Authentication && p.cat != Permission {
		return
	}
	for i := len(occs) - 1; i >= 0; i-- {
		if o := occs[i]; o != p && (o.f.status == 401 || o.f.status == 403) && strings.Contains(o.lower(), "status code (no body)") {
			p.f.status, p.f.statusFrom = o.f.status, o.f.statusFrom
			return
		}
	}
}

// providerFromURL: Python requests' HTTPError names the URL that answered
// ("403 Client Error: Forbidden for url: https://relay.example/v1/chat/
// completions"); a host that is none of the providers' is a relay's.
func providerFromURL(p *occurrence) {
	if p.provider != "" || p.notAPI {
		return
	}
	_, rest, ok := strings.Cut(p.text, " for url: ")
	if !ok {
		return
	}
	if i := strings.IndexAny(rest, " \n\t"); i >= 0 {
		rest = rest[:i]
	}
	if h := hostOf(rest); h != "" && !apiHost(h) && !isLocal(rest) {
		p.provider = "gateway"
	}
}

// googleBodyProvider: Google's JSON error object ({"error":{"code":429,
// "message":…,"status":"RESOURCE_EXHAUSTED"}}, google.rpc.Status as JSON,
// https://google.aip.dev/193) is what every Google API answers with, the
// Gemini API's as well as Vertex AI's. Claude Code reaches Google only
// through Vertex AI, so printed by it ("API Error: 429 {…}") the body is
// Vertex's; printed by anything else (Gemini CLI's "[API Error: …]", a
// relay's or an app's wrapper) it is the Gemini API's, unless the paste
// shows Vertex itself (its host, publisher path, request ids, its name) or
// an entry of its own names the provider.
func googleBodyProvider(p *occurrence, dc *doc, rs *ruleSet) {
	if p.f.statusName == "" || p.f.statusFrom == "api" || p.notAPI || p.entry != nil && p.entry.provider != "" {
		return
	}
	if p.provider != "" && p.provider != "vertex" {
		return
	}
	for _, x := range dc.hits {
		if e := rs.envOf[x.id] - 1; e >= 0 && rs.envEntry[e].provider == "vertex" && rs.envEntry[e].relayed == "" {
			return // the paste shows Vertex itself
		}
	}
	p.provider = "gemini"
}

// inheritProvider gives an error the provider of the error printed right
// above it, in the same block, when its own text names none: a relay prints
// its failure, then the cause it caught ("Provider API request failed." /
// "Provider exception:" / "Request timed out."), and the cause happened there.
func inheritProvider(p *occurrence, occs []*occurrence) {
	if p.provider != "" {
		return
	}
	for i := len(occs) - 1; i > 0; i-- {
		if occs[i] != p {
			continue
		}
		if prev := occs[i-1]; prev.provider != "" && prev.log == p.log && p.first-prev.last <= 3 {
			p.provider = prev.provider
		}
		return
	}
}

// hints are facts about the whole paste that change how one error reads.
type hints struct {
	localBaseURL bool   // ANTHROPIC_BASE_URL=http://127.0.0.1:… is mentioned
	proxyEnv     bool   // HTTPS_PROXY / HTTP_PROXY is mentioned
	baseURL      string // the ANTHROPIC_BASE_URL the paste shows, if any
	timing       string // the paste's lines that name a wait (retry-after, Retrying in, a reset header)
	endpoint     *entry // the service the paste names as where requests go (entry.endpoint), if any
	endpointAt   int    // the line that names it
}

func readHints(dc *doc, rs *ruleSet, text string) hints {
	var h hints
	baseURL := false
	var timing []string
	last := -1
	for _, x := range dc.hits {
		// A request path beats a name: of a relay (the request it sent on),
		// or of the same provider (claude.ai's web API paths, after the
		// site's name).
		if e := rs.endpoint[x.id]; e != nil && (h.endpoint == nil || rs.upstream[x.id] && (!h.endpoint.serves || h.endpoint.provider == e.provider)) {
			if li := dc.lineAt(x.start); rs.endpointWord[x.id] == "" || namesService(lowerASCII(dc.lines[li].text), rs.endpointWord[x.id]) {
				h.endpoint, h.endpointAt = e, li
			}
		}
		for _, id := range rs.proxyEnv {
			if x.id == id {
				h.proxyEnv = true
			}
		}
		for _, id := range rs.baseURL {
			if x.id == id {
				baseURL = true
			}
		}
		for _, id := range rs.timing {
			if x.id != id {
				continue
			}
			if li := dc.lineAt(x.start); li != last {
				timing, last = append(timing, dc.lines[li].text), li
			}
		}
	}
	h.timing = strings.Join(timing, "\n")
	if baseURL {
		h.baseURL = baseURLInText(text)
		h.localBaseURL = isLocal(h.baseURL)
	}
	return h
}

// localCurl reports curl -v output from a connection to this machine in
// the paste. Few errors ask, so it is read on the first question.
func (d *doc) localCurl() bool {
	if d.curl == 0 {
		d.curl = 1
		if localCurl(d.raw) {
			d.curl = 2
		}
	}
	return d.curl == 2
}

// localCurl reports curl -v output from a connection to this machine
// ("* Connected to 127.0.0.1", "> Host: localhost:9000").
func localCurl(text string) bool {
	// One search per prefix, not per host: pastes are up to 1 MiB.
	for _, p := range [...]struct {
		prefix string
		hosts  []string
	}{{"* Connected to ", []string{"127.0.0.1", "localhost", "::1"}}, {"> Host: ", []string{"127.0.0.1", "localhost"}}} {
		for rest := text; ; {
			i := strings.Index(rest, p.prefix)
			if i < 0 {
				break
			}
			rest = rest[i+len(p.prefix):]
			for _, h := range p.hosts {
				if strings.HasPrefix(rest, h) {
					return true
				}
			}
		}
	}
	return false
}

// statusFromProbe reports a status that shows only on lines of the user's
// own HTTP checks (probeCommand).
func statusFromProbe(text string, status int) bool {
	if status == 0 {
		return false
	}
	code, probe := strconv.Itoa(status), false
	for line := range strings.SplitSeq(text, "\n") {
		if !strings.Contains(line, code) {
			continue
		}
		if !probeCommand(line) {
			return false
		}
		probe = true
	}
	return probe
}

// probeCommand reports text that opens with an HTTP client command the user
// ran to check the path ("curl -v https://api.anthropic.com → HTTP/2 405",
// "$ wget …", "PS> Invoke-WebRequest …"): the status it shows is what the
// check got, not the failure being reported.
func probeCommand(text string) bool {
	t := strings.TrimLeft(text, " \t>$#")
	if strings.HasPrefix(t, "PS ") { // a PowerShell prompt: "PS C:\> iwr …"
		if i := strings.Index(t, "> "); i > 0 {
			t = t[i+2:]
		}
	}
	cmd, rest, _ := strings.Cut(t, " ")
	switch strings.ToLower(cmd) {
	case "http", "https":
		// HTTPie's command, lower case, not "HTTP 502 Bad Gateway" or "HTTP
		// Error 502: Bad Gateway": a status follows no command.
		return (cmd == "http" || cmd == "https") && (rest == "" || !isDigit(rest[0]))
	case "curl", "curl.exe", "wget", "xh", "invoke-webrequest", "invoke-restmethod", "iwr", "irm":
		return true
	}
	return false
}

// quotedInline reports an error body written inside an inline code span in
// the middle of a sentence ("a `{"type":"error",…}` event delivered
// mid-stream…"): prose explaining an error, not a paste of one.
func quotedInline(text string) bool {
	i := strings.Index(text, "`{")
	if i < 0 {
		return false
	}
	lineStart := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.Index(text[i:], "}`")
	if end < 0 {
		return false
	}
	end += i + 2
	rest := text[end:]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	return words(text[lineStart:i]) >= 1 && words(rest) >= 3 && !metInline(text[lineStart:i])
}

// inlineMet reports a body quoted inline in a sentence that tells the
// writer got it (metInline).
func inlineMet(text string) bool {
	i := strings.Index(text, "`{")
	return i >= 0 && metInline(text[strings.LastIndexByte(text[:i], '\n')+1:i])
}

// metInline reports the words before an inline body telling that the
// writer got it: a first-person sentence whose verb of answering stands
// right before the body ("I run a prompt in opencode and get `{…}`"). A
// sentence to a reader ("if you get `{…}`", "the API returns `{…}`")
// names it.
func metInline(before string) bool {
	low := strings.TrimRight(lowerASCII(before), " :")
	verb := false
	for _, v := range answerVerbs {
		if answeredWith(low, v) {
			verb = true
			break
		}
	}
	return verb && (hasWord(before, "I") || hasWord(low, "we") || hasWord(low, "my"))
}

// aboutErrors reports a paste in which every error is only named in running
// prose (a pull request, an article, a feature request): no line a tool
// printed, no body, no log, no fenced block, no UI line. Users stuck on an
// error paste what was printed; text that explains errors writes about them.
func aboutErrors(dc *doc, occs []*occurrence, text string) bool {
	if len(occs) == 0 || strings.Contains(text, "```") || strings.Contains(text, "~~~") {
		return false
	}
	// A change description (a pull request's "## Changes", "## Test plan")
	// names the errors its code handles, however precisely it words them.
	change := changeDescription(dc)
	for _, o := range occs {
		if o.log >= 0 || (o.rule != nil && o.rule.strong && !change && !namedAsTopic(o)) || (o.f.reported && !change) || !proseShaped(o.text) {
			return false
		}
		for i := o.first; i <= o.last && i < len(dc.lines); i++ {
			if l := dc.lines[i]; l.marker != markNone || l.tool {
				return false // under a Claude Code UI marker (⎿ ⏺ ●): printed
			}
		}
	}
	return true
}

// proseShaped reports text made only of sentences: with inline code spans
// set aside, no body ({…}, <…>), no UI separator (" · "), and every line a
// run of words that does not open with a label such as "API Error:" the way
// a printed error line does. Text in scripts written without spaces is not
// judged: word counts say nothing there.
func proseShaped(text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		line = stripCodeSpans(strings.TrimSpace(line))
		if line == "" {
			continue
		}
		if strings.ContainsAny(line, "{}<>") || strings.Contains(line, " · ") || sentenceWords(line) < 8 || hasCJK(line) || dottedPair(line) {
			return false
		}
		if c := line[0]; c >= '0' && c <= '9' {
			return false // a timestamp or a status opens a log line
		}
		bold := strings.HasPrefix(strings.TrimLeft(line, "-#> "), "*") // a **bold:** label is markdown
		toks := strings.Fields(line)
		for i, tok := range toks {
			if strings.ContainsRune(tok, '=') {
				return false // key=value fields: a log line
			}
			if !strings.HasSuffix(tok, ":") || bold && i < 3 {
				continue
			}
			if i < 3 {
				return false // "API Error: …", "Error: …": a printed label
			}
			if next := toks[min(i+1, len(toks)-1)]; next != tok && next[0] >= 'A' && next[0] <= 'Z' {
				return false // "…was: Error: Request failed…": a label before a printed message
			}
		}
	}
	return true
}

// dottedPair reports a Lisp cons printed as "(key . value)": an error
// body as Emacs reads it (json.el's alist), a body as surely as {…}.
func dottedPair(line string) bool {
	for off := 0; ; {
		i := strings.Index(line[off:], " . ")
		if i < 0 {
			return false
		}
		at := off + i
		off = at + 3
		if j := strings.LastIndexAny(line[:at], "( "); j >= 0 && line[j] == '(' && j+1 < at {
			return true
		}
	}
}

// hasCJK reports Han, kana or Hangul characters.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x3000 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7af || r >= 0xff00 && r <= 0xffef {
			return true
		}
	}
	return false
}

// stripCodeSpans replaces each `…` span with a single word: a quoted regex or
// message inside a sentence is part of the sentence.
func stripCodeSpans(line string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(line, '`')
		if i < 0 {
			break
		}
		j := strings.IndexByte(line[i+1:], '`')
		if j < 0 {
			break
		}
		b.WriteString(line[:i])
		b.WriteString("code")
		line = line[i+1+j+1:]
	}
	b.WriteString(line)
	return b.String()
}

// sentenceWords counts the words of a line read as a sentence: a URL is one
// word, not the runs of letters in its host and path ("Request to
// https://llm.example/v1/messages failed: 503 Service Unavailable" is a
// printed error of six words, not a sentence of ten).
func sentenceWords(line string) int {
	if !strings.Contains(line, "://") {
		return words(line)
	}
	n := 0
	for _, tok := range strings.Fields(line) {
		if strings.Contains(tok, "://") {
			n++
		} else {
			n += words(tok)
		}
	}
	return n
}

// words counts the runs of letters in s.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if letter && !in {
			n++
		}
		in = letter
	}
	return n
}

// evaluate reads one segment; nil when it is not an error occurrence.
// framed is true when a status header ("Status Code: 504") just announced it.
func evaluate(dc *doc, s segment, rs *ruleSet, opts Options, framed bool, h hints) *occurrence {
	text, low := dc.textLow(s)
	o := &occurrence{log: s.log, text: text, low: low, first: s.first, last: s.last, hints: h}
	o.f.status, o.f.statusFrom = findStatus(low)
	if o.f.statusFrom != "api" && strings.Contains(low, "event:") && (strings.Contains(low, "event: error") || strings.Contains(low, "event:error")) {
		o.f.status, o.f.statusFrom = 0, "" // a stream error has no HTTP status of its own
	}
	readJSON(text, &o.f, &dc.bodies)
	if n := originalStatus(low); n != 0 {
		o.f.status, o.f.statusFrom, o.f.modelStatus = n, "json", true
	}
	if o.f.status == 0 {
		if n := codeFieldAbove(dc, s.first); n != 0 {
			o.f.status, o.f.statusFrom = n, "json"
		}
	}
	if o.f.requestID == "" {
		o.f.requestID = findRequestID(text, low)
	}
	typeTold := false
	if o.f.errType == "" {
		if o.f.errType, typeTold = reportedTypeTold(low); o.f.errType != "" {
			o.f.reported = true
		}
	}
	if o.f.errType == "" {
		if o.f.errType = printedType(low); o.f.errType != "" {
			o.f.printed = true
		}
	}
	if o.f.status == 0 {
		if o.f.status = saidStatus(low); o.f.status != 0 {
			o.f.statusFrom, o.f.reported = "said", true
		}
	}
	if o.f.status == 0 {
		if o.f.status = aiSDKStatusText(low); o.f.status != 0 {
			o.f.statusFrom = "sdk"
		}
	}
	if strings.IndexByte(low, '<') >= 0 && (strings.Contains(low, "<html") || strings.Contains(low, "<!doctype") || strings.Contains(low, "<head>")) {
		o.f.html = true
		o.f.title = htmlTitle(text, low)
	}
	set := dc.phrases(rs, s.first, s.last)
	unwrapStatus(o, set, rs)
	o.classify(set, rs)

	// Is this an API failure, or text that merely mentions one?
	apiFrame := false
	for _, id := range rs.apiFrame {
		if set.has(id) {
			apiFrame = true
			break
		}
	}
	var strong bool
	if s.tool {
		strong = apiFrame || rs.anyStrong(set, true)
	} else {
		jsonEv := (anthropicType(o.f.errType) && (o.f.validJSON || o.f.status != 0 || o.f.requestID != "")) || (o.f.envelope && o.f.errType != "") ||
			(o.f.rpcBody && o.f.status != 0)
		// "Error: 500 Internal Server Error" from the user's own app is not
		// framed enough; an error body, a page or a strong wording is.
		body := o.f.errType != "" || o.f.html || (o.rule != nil && o.rule.strong) || o.f.status == 529
		frame := o.f.statusFrom == "api" || o.f.statusFrom == "sdk" ||
			(o.f.statusFrom == "header" && o.f.status != 0) ||
			((o.f.statusFrom == "error" || o.f.statusFrom == "line" || o.f.statusFrom == "json") && body) ||
			o.f.status == 407 || (s.log >= 0 && o.f.status != 0) ||
			bareStatusLine(dc, o, text) || statusPage(dc, o)
		strong = framed || apiFrame || jsonEv || frame || o.f.printed || (o.f.reported && (dc.reportTold() || typeTold || o.f.statusFrom == "said" && (dc.showsEndpoint() || cjkTold(low)))) || rs.anyStrong(set, false) || (o.f.awsName != "" && o.f.status != 0) ||
			(o.f.status != 0 && anthropicRequestID(o.f.requestID))
	}
	if strong && o.cat == Network && !apiFrame && foreignHost(low, opts) {
		strong = false // "connect ECONNREFUSED 127.0.0.1:5432" is the user's database
	}
	if strong && !set.has(rs.apiError) {
		for _, id := range rs.mcp {
			if set.has(id) {
				strong = false // an MCP server's connection failed, not the API
				break
			}
		}
	}
	if strong && !h.localBaseURL && !isLocal(opts.BaseURL) && !apiFrame && !anthropicType(o.f.errType) && dc.localCurl() {
		strong = false // curl -v against the user's own server on localhost
	}
	if strong && !s.tool && !apiFrame && o.f.requestID == "" && o.f.statusFrom != "api" && quotedInline(text) {
		strong = false // an error body quoted mid-sentence: a mention, not a failure
	} else if strong && o.f.errType != "" && inlineMet(text) {
		o.f.reported = true // "I … get `{…}`": the writer's own account of it
	}
	if strong && !s.tool && (o.f.status == 0 || o.f.statusFrom == "implied") && o.f.errType == "" && o.f.requestID == "" && classList(o.text) {
		strong = false // "retries ThrottlingException, InternalServerException and …": a library's docs
	}
	if strong && !s.tool && o.rule == nil && o.f.errType == "" && o.f.requestID == "" && !o.f.html && statusFromProbe(o.text, o.f.status) {
		strong = false // "curl -v https://api.anthropic.com/v1/messages → HTTP/2 405": the user's own check
	}
	if !strong || (o.cat == None && o.rule == nil && o.f.status == 0) {
		return nil
	}
	// A status with nothing else ("Status Code: 500", "API Error: 401" above
	// its JSON body) belongs to the body that follows.
	fb := rs.fb.first(set)
	// The SDKs' "520 status code (no body)" (makeMessage in the TypeScript
	// SDK's core/error.ts) is the whole error: nothing follows it.
	if o.f.status != 0 && o.f.errType == "" && !o.f.html && !o.f.bareError && (o.rule == nil || o.rule == bareAPIError()) && o.f.awsName == "" && (fb == nil || fb == bareAPIError()) &&
		strings.Count(text, "{") <= strings.Count(text, "}") && // a cut-off body is not a header
		!strings.Contains(o.lower(), "status code (no body)") {
		o.header = true
	}
	o.provider = detectProvider(set, rs, o, opts)
	if o.cat == UsageLimit || o.cat == SpendLimit {
		o.reset = findReset(text)
	}
	o.finish(rs, opts)
	return o
}

// unwrapStatus: a wrapper's catch-all 500 (entry.wrapsStatus) hides the
// status the provider answered, which the wording inside implies.
func unwrapStatus(o *occurrence, set *phraseSet, rs *ruleSet) {
	if o.f.status == 500 && (o.f.statusFrom == "api" || o.f.statusFrom == "header") {
		if n := rs.wrappedStatus(set); n != 0 {
			o.f.status = n
		}
	}
}

// codeFieldAbove reads the status of an error object pasted without its
// braces, one field a line: the "code" field on the field lines right above
// the segment. Google's error object (google.rpc.Status as JSON: code,
// message, status, details) puts the HTTP status first, so a fragment's
// segment, which starts at its message, leaves it above. So does
// itty-router's error(status, message) (src/error.ts: {"status": N,
// "error": message}), which Worker relays answer with: its "status" field.
// Only a 4xx or 5xx counts: other "code" fields are business codes.
func codeFieldAbove(dc *doc, first int) int {
	for i := first - 1; i >= 0 && i >= first-4; i-- {
		l := strings.TrimSpace(dc.lines[i].text)
		if !strings.HasPrefix(l, `"`) || !strings.Contains(l, `":`) {
			return 0 // not a field of the same object
		}
		rest, ok := strings.CutPrefix(l, `"code":`)
		if !ok {
			// Google's "status" is its code's name: only a number counts.
			rest, ok = strings.CutPrefix(l, `"status":`)
			if t := strings.TrimLeft(rest, " "); t == "" || !isDigit(t[0]) {
				ok = false
			}
		}
		if ok {
			rest = strings.TrimLeft(rest, " ")
			if n, ok := threeDigits(rest, 0); ok && n >= 400 && (len(rest) == 3 || rest[3] == ',') {
				return n
			}
			return 0
		}
	}
	return 0
}

// classify decides the category: the envelope's structured fields first
// (error code), then specific wording, the error type, an HTML page, the
// status, and general wording last.
func (o *occurrence) classify(set *phraseSet, rs *ruleSet) {
	o.cat, o.rule, o.entry, o.thin = "", nil, nil, false
	var e *entry
	if e = codeEntry(o.f.errCode); e != nil {
		// error_code is the most specific thing an error says
	} else if r := rs.msg.first(set); r != nil {
		e, o.rule = r, r
	} else if e = typeEntry(o.f.errType); e != nil && !rs.typeIsDefault(set) {
	} else if o.f.html {
		e = pageEntry(o.f.status, lowerASCII(o.f.title))
		o.thin = o.f.title == "" // a page cut before its title says little
	} else if o.f.status != 0 {
		e = statusEntry(o.f.status)
		if b := bareBodyEntry(); b != nil && o.f.bareError && e.cat == ServerError {
			e = b // the API's errors always carry an error object
		}
	} else if r := rs.fb.first(set); r != nil {
		e, o.rule = r, r
	} else if o.f.errType != "" {
		e = baseOf(UnknownAPIError)
	} else {
		e = baseOf(None)
	}
	if o.rule == nil && (e.cat == None || e.cat == UnknownAPIError) {
		if r := rs.fb.first(set); r != nil && e.cat == None {
			e, o.rule = r, r
		}
	}
	o.entry, o.cat = e, e.cat
	if o.rule != nil && (slices.Contains(o.rule.passes, o.f.status) || o.rule.statusDecides && o.f.status != 0) {
		o.cat = statusEntry(o.f.status).cat
	}
	if o.rule != nil && o.rule.typeDecides && anthropicType(o.f.errType) {
		o.cat = typeEntry(o.f.errType).cat
	}
	if o.rule != nil {
		if o.rule.thin {
			o.thin = true
		}
		o.notAPI = o.rule.notAPI
		if o.f.status == 0 && o.rule.impliedStatus != 0 {
			o.f.status, o.f.statusFrom = o.rule.impliedStatus, "implied"
		}
	}
}

// typeIsDefault reports an envelope whose error.type is the same on every
// error (entry.defaultType): it cannot classify.
func (rs *ruleSet) typeIsDefault(set *phraseSet) bool {
	for _, id := range rs.defaultType {
		if set.has(id) {
			return true
		}
	}
	return false
}

// actions are the deciding entry's steps, or its category's.
func (o *occurrence) actions(a *advice) []Action {
	if e := o.deciding(); e.actions != nil {
		return e.actions(a)
	}
	return baseOf(o.cat).actions(a)
}

// setStatusEntry classifies by the status alone.
func (o *occurrence) setStatusEntry() {
	o.entry = statusEntry(o.f.status)
	o.cat, o.rule = o.entry.cat, nil
}

// deciding is the entry whose summary and actions apply: the one that
// matched, unless a later finding changed the category.
func (o *occurrence) deciding() *entry {
	if o.entry != nil && o.entry.cat == o.cat {
		return o.entry
	}
	return baseOf(o.cat)
}

// finish settles the provider-specific category tweaks and retryability.
func (o *occurrence) finish(rs *ruleSet, opts Options) {
	o.atProvider()
	if o.rule == nil && o.f.status != 0 && (o.cat == "" || o.cat == None) {
		o.setStatusEntry()
	}
	if o.rule != nil && o.rule.dropStatus && o.f.status != 407 {
		o.f.status, o.f.statusFrom = 0, ""
	}
	if o.rule != nil && o.f.statusFrom != "implied" && !o.f.modelStatus && eventStreamFrame(o.lower()) {
		o.f.status, o.f.statusFrom = 0, "" // the frame's status_code, not HTTP's
	}
	// A 200 read off an access-log or response line ('"POST /v1/messages
	// HTTP/1.1" 200 OK') is the exchange that succeeded; the failure its
	// wording names came inside the stream (a proxy writes its upstream's
	// failure into the answer), so it has no status of its own.
	if o.rule != nil && o.f.status == 200 && o.f.statusFrom == "other" {
		o.f.status, o.f.statusFrom = 0, ""
	}
	// "Failed to connect to api.anthropic.com: Request failed with status code
	// 503" with HTTPS_PROXY set: the status is the proxy's; "Failed to connect
	// to api.anthropic.com: fetch failed" (or ERR_SOCKET_CLOSED) with a proxy
	// set is the proxy failing to relay, not the network.
	// The same holds for any other status the check got: it sends no body
	// and no key, so the API answers it 200 (or refuses access, 403).
	if o.hints.proxyEnv && (o.rule == nil && o.f.status >= 400 && o.f.status != 403 || o.cat == Network) && connectivityCheck(o.text) {
		o.cat = Proxy
	}
	o.retry = baseOf(o.cat).retryable
	if o.rule != nil && o.rule.retry != 0 {
		o.retry = o.rule.retry > 0
	}
	switch o.cat {
	case UnknownAPIError:
		if o.rule != nil && o.rule.retry != 0 {
			break // the wording says (an ACP agent's internal error is retryable)
		}
		o.retry = o.f.status >= 500 || o.f.status == 408 || o.f.status == 409 || o.f.errType == "conflict_error"
	case GatewayError:
		// A gateway's 4xx is its refusal, unless the wording says the gateway
		// is only out of capacity for now (a pool with no free account).
		if o.f.status >= 400 && o.f.status < 500 && o.f.status != 408 && o.f.status != 429 && (o.rule == nil || o.rule.retry <= 0) {
			o.retry = false
		}
	case Network:
		low := o.lower()
		if strings.Contains(low, ".undefined.") || (isLocal(opts.BaseURL) || o.hints.localBaseURL) && strings.Contains(strings.ReplaceAll(low, " ", ""), "connectionrefused") {
			o.retry = false // a setting, not a blip: nothing listens there
		}
	}
}

// atProvider: a status can mean something else at a given provider
// (Bedrock's 503 is capacity): the provider's entry decides when no wording
// did. It reports a change.
func (o *occurrence) atProvider() bool {
	if o.rule == nil && o.provider != "" && o.f.status != 0 && o.cat == statusEntry(o.f.status).cat {
		if e := catalogue.get().byProviderStatus[o.provider+"/"+strconv.Itoa(o.f.status)]; e != nil && e != o.entry && (!e.relayShape || o.f.bareObject || o.f.bareError) {
			o.entry, o.cat = e, e.cat
			return true
		}
	}
	return false
}

// detectProvider names who wrote the error from its own text: the deciding
// entry's provider, else the best-ranked envelope (a relay's envelope
// around another's body names that body's provider, as the entry says).
func detectProvider(set *phraseSet, rs *ruleSet, o *occurrence, opts Options) string {
	if o.entry != nil && o.entry.provider != "" {
		return o.entry.provider
	}
	if o.f.modelStatus {
		return "bedrock" // a model exception's payload, however printed (entries_bedrockstream.go)
	}
	// The first envelope with a phrase found: the phrases found are few.
	first := int32(-1)
	for _, id := range set.hits {
		if e := rs.envOf[id] - 1; e >= 0 && (first < 0 || e < first) && (!rs.envEntry[e].carried || o.f.envelope) {
			first = e
		}
	}
	if first >= 0 {
		best := rs.envEntry[first]
		// A sentence only one provider writes (the Gemini API's "The model
		// is overloaded. Please try again later.") says whose body it is:
		// a relay's envelope around it, or the Google RPC shape the Gemini
		// API shares with Vertex, does not change that. Not Anthropic's
		// wording: relays copy it for their own errors.
		if o.rule != nil && o.rule.wording != "" && o.rule.wording != "anthropic" &&
			(best.provider == "gateway" || best.relayed == o.rule.wording) {
			return o.rule.wording
		}
		// Carried inside a relay's (gateway) envelope, it means relayed.
		if best.relayed != "" {
			for j := int(first) + 1; j < len(rs.envelope); j++ {
				if rs.envEntry[j].provider != "gateway" {
					continue
				}
				for _, id := range rs.envelope[j] {
					if set.has(id) {
						return best.relayed
					}
				}
			}
		}
		return best.provider
	}
	if strings.HasPrefix(o.f.requestID, "req_vrtx_") {
		return "vertex"
	}
	if relayErrorType(o.f.errType) {
		return "gateway"
	}
	return ""
}

// relayErrorType reports an error.type named after a relay: one-api writes
// "one_api_error" on its own errors (middleware/utils.go, relay/model's
// ErrorWrapper) and its forks put their own name there ("new_api_error",
// "rix_api_error", "Aihubmix_api_error"). No provider's type ends so but
// Anthropic's own "api_error", which is the whole type.
func relayErrorType(t string) bool {
	return len(t) > len("_api_error") && strings.HasSuffix(lowerASCII(t), "_api_error")
}

// hasWord reports w in s with no ASCII letter or digit right before it and
// no letter right after it: "ccr" is a word in "和 ccr 都", not in "accrue";
// a version may follow a name ("CLIProxyAPI7.1.22").
func hasWord(s, w string) bool { return wordAt(s, w, 0) >= 0 }

// wordAt is the index of the first such word w in s at or after from, -1
// when there is none.
func wordAt(s, w string, from int) int {
	for off := from; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(w)
		if (i == 0 || !isAlnum(s[i-1])) && (j == len(s) || !isAlnum(s[j]) || s[j] >= '0' && s[j] <= '9') {
			return i
		}
		off = i + 1
	}
}

// connectivityCheck reports Claude Code's start-up connectivity check
// failing ("Unable to connect to Anthropic services", "Failed to connect to
// api.anthropic.com: …").
func connectivityCheck(text string) bool {
	low := lowerASCII(text)
	return strings.Contains(low, "failed to connect to") || strings.Contains(low, "unable to connect to anthropic services")
}

// foreignHost reports a network error that names a host other than the API's
// ("connect ECONNREFUSED 127.0.0.1:5432"): the user's own service failed.
func foreignHost(low string, opts Options) bool {
	host := failedHost(low)
	return host != "" && !apiHost(host) && (opts.BaseURL == "" || !strings.Contains(host, hostOf(opts.BaseURL)))
}

// failedHost returns the host a network error says it could not reach
// (Node's "ENOTFOUND host", curl's "Could not resolve host: host", urllib3's
// "HTTPSConnectionPool(host='host', …)", botocore's 'on endpoint URL:
// "https://host/…"', 'Could not connect to the endpoint URL: "…"' and 'SSL
// validation failed for https://host/…'), "" when it names none.
func failedHost(low string) string {
	for _, key := range []string{"econnrefused ", "enotfound ", "etimedout ", "eai_again ", "ehostunreach ", "could not resolve host: ", "failed to connect to ", "connectionpool(host='", "endpoint url: \"https://", "ssl validation failed for https://"} {
		i := strings.Index(low, key)
		if i < 0 {
			continue
		}
		rest := low[i+len(key):]
		j := 0
		for j < len(rest) && rest[j] != ' ' && rest[j] != '\n' && rest[j] != ')' && rest[j] != ']' && rest[j] != '\'' && rest[j] != '"' && rest[j] != ',' {
			j++
		}
		if host := rest[:j]; host != "" {
			return host
		}
	}
	return ""
}

func apiHost(h string) bool {
	// Anthropic's published API addresses (160.79.104.0/23, 2607:6bc0::/48) count as the API.
	for _, s := range []string{"anthropic", "claude", "amazonaws", "googleapis", "bedrock", "aiplatform", "160.79.104.", "160.79.105.", "2607:6bc0:"} {
		if strings.Contains(h, s) {
			return true
		}
	}
	return false
}

// hostOf returns the host of a URL ("" when it has none).
func hostOf(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "" // most calls: no base URL set
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return u.Hostname()
}

func isLocal(raw string) bool {
	h := hostOf(raw)
	return h == "localhost" || h == "127.0.0.1" || h == "::1" || h == "0.0.0.0"
}

// anthropicRequestID reports a full-length id in Anthropic's format.
func anthropicRequestID(id string) bool {
	body := strings.TrimPrefix(strings.TrimPrefix(id, "req_"), "vrtx_")
	return body != id && strings.HasPrefix(body, "011") && len(body) >= 20
}

// lowerASCII folds ASCII letters only, so byte offsets stay those of s.
func lowerASCII(s string) string {
	i := nextUpper(s, 0)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeLower(&b, s, i)
	return b.String()
}

// writeLower writes s to b with ASCII letters folded, i being its first
// upper-case letter: one copy, written in runs between them.
func writeLower(b *strings.Builder, s string, i int) {
	run := 0
	for ; i < len(s); i = nextUpper(s, i+1) {
		b.WriteString(s[run:i])
		b.WriteByte(s[i] + 32)
		run = i + 1
	}
	b.WriteString(s[run:])
}

// nextUpper returns the index of the first ASCII upper-case letter in
// s[i:], or len(s).
func nextUpper(s string, i int) int { return nextIn(s, i, 'A', 'Z') }

// nextIn returns the index of the first byte from lo to hi (ASCII, lo > 0)
// in s[i:], or len(s). It reads eight bytes at a time.
func nextIn(s string, i int, lo, hi byte) int {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	atLeast, above := (0x80-uint64(lo))*ones, (0x80-uint64(hi)-1)*ones
	for ; i+8 <= len(s); i += 8 {
		w := word(s[i : i+8])
		// A high bit for each byte from lo to hi: at least lo, not above hi,
		// not 0x80 or more (the sums stay within their bytes).
		x := w & low7
		if m := (x + atLeast) &^ (x + above) &^ w & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= lo && s[i] <= hi {
			return i
		}
	}
	return len(s)
}

// gatewayHost returns the host of a custom ANTHROPIC_BASE_URL, "" for
// Anthropic's own API or none.
func gatewayHost(baseURL string) string {
	h := hostOf(baseURL)
	if h == "" || h == "api.anthropic.com" {
		return ""
	}
	return h
}

// noneReason says why nothing was diagnosed.
func noneReason(occs []*occurrence) string {
	for _, o := range occs {
		if o.notAPI {
			return ""
		}
	}
	return "no Claude API error found"
}

// FromStatus classifies an error known by its parts — HTTP status, error.type,
// error.details.error_code and message — as the hook and transcript readers
// get them. It uses the same catalogue as Diagnose.
func FromStatus(status int, errType, errCode, message string, opts Options) Diagnosis {
	rs := rules.get()
	o := &occurrence{log: -1, text: message, hints: hints{timing: message}}
	if validStatus(status) {
		o.f.status, o.f.statusFrom = status, "api"
	}
	o.f.errType, o.f.errCode, o.f.message = errType, errCode, message
	if o.f.errType == "" && message != "" {
		readJSON(message, &o.f, nil)
	}
	low := lowerASCII(message)
	if o.f.requestID == "" {
		o.f.requestID = findRequestID(message, low)
	}
	set := rs.newSet()
	if lines := normalise(message); len(lines) > 0 {
		set = newDoc(lines, rs).phrases(rs, 0, len(lines)-1)
	}
	o.classify(set, rs)
	if o.cat == None && (status != 0 || errType != "") {
		o.entry, o.cat = baseOf(UnknownAPIError), UnknownAPIError
		if status != 0 {
			o.setStatusEntry()
		}
	}
	if o.cat == None {
		return build(nil, nil, opts, "no Claude API error found")
	}
	o.provider = detectProvider(set, rs, o, opts)
	if o.cat == UsageLimit || o.cat == SpendLimit {
		o.reset = findReset(message)
	}
	o.model = findModel(low)
	o.finish(rs, opts)
	return build(o, nil, opts, "")
}
