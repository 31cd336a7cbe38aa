package apierror

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// A paste is either something that failed (what a terminal, a log or a
// stack printed, or a bug report around it) or a text written about errors:
// documentation, an article, release notes, a pull request that changes
// error handling, a feature request, a status-page incident. Both quote the
// same error lines, so the error lines alone cannot tell them apart; the
// rest of the text can. explainsErrors looks at that rest.

// explainsErrors reports a text written about errors rather than a failure:
// it shows at least one sign of the explaining genres and no sign of a real
// failure. Signs of a failure win: a bug report that quotes its error in a
// code fence, a terminal transcript or a log stays an error. Only a text
// that says what it is outweighs a printed failure — an article naming
// itself, or a request for support of something new, which shows what that
// thing prints today — and a first-person account or a bug template's
// headings still outweigh it. Only a pull request's own sections outweigh a
// first-person account.
func explainsErrors(dc *doc, occs []*occurrence, text string) bool {
	// Normalising maps ⏺ ● and an article's • to one marker: Claude Code's
	// own bullets are looked for in the raw text.
	if len(occs) == 0 || strings.Contains(text, "⏺") || strings.Contains(text, "●") { // not ContainsAny: it decodes every rune
		return false
	}
	// A printed failure ends the check, unless the text may say what it
	// is: most pastes show one and hold no stem of those cues, so they
	// are spared the scan.
	shown := !articleTitled(dc) && failureShown(dc, occs, text)
	// A write-up whose headings say the fix is in shows the failure it
	// fixed: that one is past.
	// A pull request's page shows the failure its change fixes: past too.
	resolved := shown && (resolvedWriteup(dc) || pullRequestPage(dc))
	if shown && !resolved && !slices.ContainsFunc(selfNamingStems, func(st string) bool { return strings.Contains(text, st) }) {
		return false
	}
	low, kinds := dc.writerText() // text is dc.raw
	if supportAsked(low) {
		kinds |= cueSupport
	}
	if closesIssue(dc) || proposedHandlerFix(dc, occs) || pullRequestPage(dc) {
		kinds |= cueRequest // a pull request's closing keyword or page, or a change to handling code proposed
	}
	if environmentLabel(dc) {
		kinds |= cueBugReport
	}
	if shown && !resolved && kinds&(cueArticle|cueSupport) == 0 {
		return false
	}
	if kinds&cueRequest != 0 {
		// A pull request may tell how its author met the error ("I was
		// able to reproduce…"); what it is, is a change.
		return true
	}
	if kinds&(cueSection|cueArticle) == 0 && mirroredIssue(dc) {
		return false // a copied issue: the site's chrome is no genre
	}
	if kinds&cueBugReport != 0 || genreCues(dc, occs, kinds) == 0 {
		return false
	}
	return !experienceTold(text)
}

// selfNamingStems are in every cue of articleCues and supportCues and in
// "support" after addAsks, matched as written: without a word's first
// letter, which a title capitalises ("This Guide Explains"). A text holding
// none of them cannot say what it is.
var selfNamingStems = []string{"uide", "rticle", "utorial", "his post", "his Post", "upport", "本文", "本指南", "記事", "이 글", "支持", "対応", "サポート", "지원"}

// articleTitled reports a text whose title is a Japanese how-to article's:
// its first line opens with a bracketed label that names the kind of
// article ("【対処法】… エラーの原因と対応": remedy, solution, guide). Such
// an article shows the failure it explains as it was printed, retry
// notices and all, so a printed failure does not make it a report; its
// author's own account still does (experienceTold). A bracketed product
// name ("【Claude】…") is no such label.
func articleTitled(dc *doc) bool {
	for _, l := range dc.lines {
		if l.blank || l.text == "" {
			continue
		}
		label, ok := strings.CutPrefix(l.text, "【")
		if !ok {
			return false
		}
		if end := strings.Index(label, "】"); end > 0 {
			label = label[:end]
			for _, c := range articleLabels {
				if strings.Contains(label, c) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// articleLabels name a how-to article in its bracketed title: remedy,
// solution, "cause and …", guide, summary, thorough explanation. Not
// "原因不明" (cause unknown): a stuck user titles a question so.
var articleLabels = []string{"対処法", "対処方法", "解決方法", "解決策", "原因と", "ガイド", "まとめ", "徹底解説"}

// failureShown reports what only a failure prints: an entry of Claude Code's
// errors log, a line under its UI marker ⎿ or in a tool's output,
// its retry notice, a stack frame, or a log line that opens with a
// timestamp.
func failureShown(dc *doc, occs []*occurrence, text string) bool {
	for _, o := range occs {
		if o.log >= 0 || retryLine(o) {
			return true
		}
	}
	if fencedRaise(dc.raw) {
		return true
	}
	for i, l := range dc.lines {
		// Not markBullet alone: "•" lists of articles read as one.
		if l.log >= 0 || l.tool || l.marker == markCorner || l.marker == markSpinner {
			return true
		}
		if stackFrame(l.text) || failedAttempt(l.text) {
			return true
		}
		// A failed run's link, unless the text is a change that cites the
		// run it fixes (a pull request's sections, a closing keyword).
		if failedRun(l.text) && !changeDescription(dc) && !closesIssue(dc) {
			return true
		}
		// A log's line, not an article's dateline ("2025-05-29 01:44:12
		// by …"): it holds or heads an error, or the log has more lines
		// (counted in the paste: normalising strips their stamps).
		if (l.stamped || stamped(l.text)) && (nearOccurrence(occs, i) || stampedLines(text) >= 2) {
			return true
		}
	}
	return leveledLines(dc) >= 2
}

// leveledLines counts, up to 2, the lines that open with a log level in
// brackets ("[ERROR] Claude CLI execution failed.", "[DEBUG] Output: …"):
// what a wrapper script or a relay printed, the way a log line opens with
// its timestamp. Two of them: an article may show one.
func leveledLines(dc *doc) int {
	n := 0
	for _, l := range dc.lines {
		t, ok := strings.CutPrefix(l.text, "[")
		if !ok {
			continue
		}
		for _, lv := range logLevels {
			if strings.HasPrefix(t, lv) && strings.HasPrefix(t[len(lv):], "] ") {
				if n++; n == 2 {
					return n
				}
				break
			}
		}
	}
	return n
}

// logLevels are the levels loggers print in brackets, as they print them.
var logLevels = []string{"ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL", "error", "warn", "info", "debug"}

// namedAsPossible reports an occurrence that is a sentence naming errors
// as possibilities, not one the writer met: "Whether it's a 404 (model not
// found), an auth error, or a model that doesn't support tool calling — the
// user always sees the same message". A bug report about a message's
// wording, a feature request or a design note lists so what might happen;
// a failure is printed, or told in the first person ("I get a 404 whether
// it's Sonnet or Opus"). Only a line of running words, outside any UI
// marker, log or tool output, with the choice's "or" after its frame.
func namedAsPossible(dc *doc, o *occurrence) bool {
	if o.log >= 0 || o.first != o.last || o.first < 0 || o.first >= len(dc.lines) || o.f.validJSON {
		return false
	}
	if namedAsConsequence(dc, o) || namedAsComparison(dc, o) {
		return true
	}
	low := o.lower()
	// An error given as an example of a kind ("the final message is an API
	// error — e.g. a stream idle timeout") illustrates it; a user who lists
	// what they got says so in the first person.
	if l := dc.lines[o.first]; strings.Contains(low, "e.g. ") && !exampleInside(o, low) && l.marker == markNone && !l.tool && proseShaped(l.text) && firstPersonSet.scan(o.text, true) == 0 {
		return true
	}
	for _, f := range possibilityFrames {
		if i := strings.Index(low, f); i >= 0 && strings.Contains(low[i+len(f):], " or ") {
			l := dc.lines[o.first]
			return l.marker == markNone && !l.tool && proseShaped(l.text) && firstPersonSet.scan(o.text, true) == 0
		}
	}
	return false
}

// exampleInside reports an error whose own wording comes before its first
// "e.g.": the example is the notice's own, of what to run ("authentication
// failed. Please re-authenticate the CLI (e.g. run claude /login …)"),
// not the error given as an example of a kind.
func exampleInside(o *occurrence, low string) bool {
	if o.rule == nil {
		return false
	}
	eg := strings.Index(low, "e.g. ")
	for _, w := range o.rule.any {
		if i := strings.Index(low, lowerASCII(w)); i >= 0 && i < eg {
			return true
		}
	}
	return false
}

// provokedOnPurpose leaves out the model-not-found errors that a bug
// report's reproduction provoked on purpose: its steps pass a model id made
// up to name no model (madeUpModel). Its writer knows that model does not
// exist; the report is about something else — how an SDK wraps the result,
// an exit code, a fallback that does not trigger — and a crash or another
// error printed beside it still shows that.
func provokedOnPurpose(occs []*occurrence, text string) []*occurrence {
	notFound := func(o *occurrence) bool { return o.cat == NotFound }
	if !slices.ContainsFunc(occs, notFound) || !madeUpModel(text) {
		return occs
	}
	return slices.DeleteFunc(occs, notFound)
}

// madeUpModel reports a bug report's reproduction (a bug template's
// headings, or "repro…") that passes a made-up model on purpose: a
// hyphenated id with a word of madeUpWords and "model" or "claude" in it
// ("nonexistent-model", "claude-invalid-model-name"), such a word right
// after a model setting ("--model fake", model="does-not-exist"), or a step
// that tells to pass one ("1. Run the CLI with a non-existent model",
// "When you pass an invalid model with --model"). Real ids, retired or
// mistyped, hold none of those words; an error's own code does not count
// ("invalid_model" is no id), nor does a sentence that is no step ("it
// fails with an invalid model error").
func madeUpModel(text string) bool {
	low := lowerASCII(text)
	if !strings.Contains(low, "repro") && lowerCueSet.scan(low, false)&cueBugReport == 0 {
		return false
	}
	idChar := func(c byte) bool { return isAlnum(c) || c == '-' || c == '_' }
	for _, w := range madeUpWords {
		for off := 0; ; {
			i := strings.Index(low[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			s, e := i, i+len(w)
			if s > 0 && isAlnum(low[s-1]) || e < len(low) && isAlnum(low[e]) {
				continue // inside a longer word
			}
			for s > 0 && idChar(low[s-1]) {
				s--
			}
			for e < len(low) && idChar(low[e]) {
				e++
			}
			id := low[s:e]
			if strings.Contains(id, "-") && (strings.Contains(id, "model") || strings.HasPrefix(id, "claude")) ||
				w != "invalid" && strings.HasSuffix(strings.TrimRight(low[:s], " '\"`=:"), "model") ||
				provokingStep(low, i+len(w)) {
				return true
			}
		}
	}
	return false
}

// provokingStep reports a reproduction step that tells to pass a made-up
// model, the word of madeUpWords ending at end: its line opens with an
// instruction ("1. Run …", "Configure …", "When you pass …") and names a
// model right after the word ("a non-existent model", "an invalid primary
// model").
func provokingStep(low string, end int) bool {
	line := low[strings.LastIndexByte(low[:end], '\n')+1:]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	after := low[end:min(len(low), end+24)]
	if j := strings.IndexByte(after, '\n'); j >= 0 {
		after = after[:j]
	}
	if !strings.Contains(after, " model") {
		return false
	}
	t := strings.TrimLeft(line, "0123456789.)-*•># \t")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "when you "), "if you ")
	for _, v := range provokeVerbs {
		if strings.HasPrefix(t, v) {
			return true
		}
	}
	return false
}

// provokeVerbs open a reproduction step that hands a program its input.
var provokeVerbs = []string{"run ", "use ", "pass ", "set ", "specify ", "configure ", "select ", "choose ", "call ",
	"invoke ", "start ", "launch ", "send "}

// madeUpWords name a model that is not there, in the ids and steps written
// to provoke a not-found answer (lower case).
var madeUpWords = []string{"nonexistent", "non-existent", "nonexisting", "non-existing", "does-not-exist",
	"doesnotexist", "not-a-real", "fake", "bogus", "made-up", "invalid"}

// possibilityFrames open a choice among errors that may happen (lower
// case). Not "such as" nor "e.g.": a user lists what they got so (an
// "e.g." example outside the first person is one, above).
var possibilityFrames = []string{"whether it's ", "whether it’s ", "whether it is ", "whether it was ", "whether that's ",
	"no matter whether ", "no matter if ", "regardless of whether ", "be it a ", "be it an "}

// bareStatusLine reports an occurrence that is only a web status line: a
// status with its own reason phrase inside an error frame ("Error: 503
// Service Unavailable", "HTTP 502 Bad Gateway"), outside any JSON body —
// a body's envelope says whose error it is. Such a line is a failure with
// the status's generic meaning, unless the paste holds a stack trace (the
// program that threw it is the user's own: "Error: 500 Internal Server
// Error\n    at handler (/srv/app/routes.js:10:5)") or an HTTP command the
// user ran ("curl -i https://api.anthropic.com" then "HTTP/2 405 Method Not
// Allowed": the check's answer).
func bareStatusLine(dc *doc, o *occurrence, text string) bool {
	switch o.f.statusFrom {
	case "error", "other", "line":
	default:
		return false
	}
	if o.f.status < 400 || o.f.validJSON || o.f.bareError || reasonFramedStatus(text) != o.f.status {
		return false
	}
	for _, l := range dc.lines {
		if stackFrame(l.text) || probeCommand(l.text) {
			return false
		}
	}
	return true
}

// stampedLines counts the lines of text that open with a timestamp, up to 2.
func stampedLines(text string) int {
	n := 0
	for l := range strings.SplitSeq(text, "\n") {
		if stamped(strings.TrimLeft(l, " \t`>")) {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// nearOccurrence reports a line inside an occurrence or right above one.
func nearOccurrence(occs []*occurrence, i int) bool {
	for _, o := range occs {
		if o.first-1 <= i && i <= o.last {
			return true
		}
	}
	return false
}

// stackFrame reports a frame of a JavaScript, Python, Go or Java stack
// trace.
func stackFrame(t string) bool {
	switch {
	case strings.HasPrefix(t, "at ") && (strings.HasSuffix(t, ")") || strings.Contains(t, ".js:") || strings.Contains(t, ".ts:")):
		return true
	case strings.HasPrefix(t, "File \"") && strings.Contains(t, "\", line "):
		return true
	case strings.HasPrefix(t, "Traceback (most recent call last)"), strings.HasPrefix(t, "goroutine "):
		return true
	}
	return false
}

// failedAttempt reports a client's log line counting a failed call: "API
// call failed (attempt 1/3): ValueError", "Request failed (attempt 2/5)".
// Its count holds numbers only when it was printed: the code that prints
// it holds placeholders ("(attempt {n}/{max})"), and a request for such a
// notice words it as a retry, not a failure ("retrying (attempt 2/5)").
func failedAttempt(t string) bool {
	i := strings.Index(t, "failed (attempt ")
	if i < 0 {
		return false
	}
	rest := t[i+len("failed (attempt "):]
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	if n == 0 || n == len(rest) || rest[n] != '/' {
		return false
	}
	rest = rest[n+1:]
	m := 0
	for m < len(rest) && isDigit(rest[m]) {
		m++
	}
	return m > 0 && m < len(rest) && rest[m] == ')'
}

// failedRun reports a line that says a CI run failed and links to that run
// ("Failed run at …: [workflow run](https://github.com/o/r/actions/runs/25892858598)"):
// what a workflow's failure notice or a bot's outage-tracking issue lists.
// Documentation about errors links no particular run.
func failedRun(t string) bool {
	i := strings.Index(t, "/actions/runs/")
	if i < 0 || i+len("/actions/runs/") >= len(t) || !isDigit(t[i+len("/actions/runs/")]) {
		return false
	}
	low := lowerASCII(t)
	return strings.Contains(low, "failed") || strings.Contains(low, "failure")
}

// fencedRaise reports a Python exception's last line (pythonRaised) in a
// Markdown code fence: a report pastes what its run printed there. A web
// article shows its sample in running text, or names it in sentences.
func fencedRaise(raw string) bool {
	if !strings.Contains(raw, "```") {
		return false
	}
	in := false
	for line := range strings.SplitSeq(raw, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") {
			in = !in
			continue
		}
		if in && (pythonRaised(t) || sdkStatusRaised(t)) {
			return true
		}
	}
	return false
}

// pythonRaised reports the line Python prints last for an uncaught
// exception: the class with its module path, then its message
// ("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] …",
// "anthropic.RateLimitError: Error code: 429 - …"), alone on its line. Code
// names the class without a message after it ("except ssl.SSLError:").
func pythonRaised(t string) bool {
	colon := strings.Index(t, ": ")
	if colon < 0 || colon+2 >= len(t) {
		return false
	}
	name := t[:colon]
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || !(strings.HasSuffix(name, "Error") || strings.HasSuffix(name, "Exception")) {
		return false
	}
	if c := name[dot+1]; c < 'A' || c > 'Z' {
		return false
	}
	for i := 0; i < dot; i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c == '_' || c == '.' || isDigit(c)) {
			return false // a module path is lower case
		}
	}
	return name[0] >= 'a' && name[0] <= 'z'
}

// stamped reports a line that opens with a date or a clock time, the way a
// log line does ("2026-01-02T10:11:12Z …", "[2026-01-02 …", "10:11:12 …").
func stamped(t string) bool {
	t = strings.TrimLeft(t, "[(")
	if digitsAt(t, 0, 4) && len(t) > 10 && t[4] == '-' && digitsAt(t, 5, 2) && t[7] == '-' && digitsAt(t, 8, 2) {
		return true
	}
	return digitsAt(t, 0, 2) && len(t) > 8 && t[2] == ':' && digitsAt(t, 3, 2) && t[5] == ':' && digitsAt(t, 6, 2)
}

// digitsAt reports n ASCII digits at s[i:].
func digitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// experienceTold reports a writer telling what happened to them ("I keep
// getting"), unless it is quoted from someone else.
func experienceTold(text string) bool {
	// Copy the text without notAccounts only when a cue was found at all.
	return firstPersonSet.scan(text, true) != 0 && firstPersonSet.scan(unquoted(othersMet(notAccounts.Replace(text))), true) != 0
}

// unquoted leaves out what a line holds between double quotation marks
// (straight or curly, opened and closed on the same line): a message quoted
// whole ("Sorry, I encountered an unexpected error") speaks in its
// program's first person, not the writer's.
func unquoted(text string) string {
	if !strings.Contains(text, "\"") && !strings.Contains(text, "“") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.SplitAfterSeq(text, "\n") {
		for {
			i, open := strings.IndexByte(line, '"'), 1
			closing := "\""
			if j := strings.Index(line, "“"); j >= 0 && (i < 0 || j < i) {
				i, open, closing = j, len("“"), "”"
			}
			if i < 0 {
				break
			}
			k := strings.Index(line[i+open:], closing)
			if k < 0 {
				break
			}
			b.WriteString(line[:i])
			line = line[i+open+k+len(closing):]
		}
		b.WriteString(line)
	}
	return b.String()
}

// othersMet leaves out the Japanese sentences that tell of other people
// meeting an error: "多くの開発者が…エラーに遭遇しました" (many developers
// ran into this error). A memo's "遭遇し" has no subject; there it has one,
// and it is not the writer.
func othersMet(text string) string {
	if !strings.Contains(text, "遭遇し") {
		return text
	}
	var b strings.Builder
	for rest := text; rest != ""; {
		end := len(rest)
		if i := strings.IndexAny(rest, "。\n"); i >= 0 {
			end = i + 1
			if rest[i] != '\n' {
				end = i + len("。")
			}
		}
		sentence := rest[:end]
		rest = rest[end:]
		if strings.Contains(sentence, "遭遇し") &&
			slices.ContainsFunc(otherSubjects, func(o string) bool { return strings.Contains(sentence, o) }) {
			continue
		}
		b.WriteString(sentence)
	}
	return b.String()
}

// otherSubjects name who met an error in an article's sentence: developers,
// users, people, everyone, many.
var otherSubjects = []string{"開発者が", "ユーザーが", "人が", "皆さんが", "みなさんが", "多くの"}

// notAccounts open like a first-person account but are none: a proposal
// ("我的想法": my idea) or an article speaking to its reader: "遭遇した場合"
// (if you have met it), "遭遇し得る"/"遭遇しうる" (that one may meet),
// "遭遇したことはありませんか" (have you ever met),
// "遭遇した方" (those who met it), "遭遇しやすい" (easy to meet),
// "遭遇しないように" (so as not to meet); or a Korean article's author
// presenting their write-up: "제가 직접 경험하고 알아본" (what I have
// experienced and looked into), "제가 알아본" (what I looked into), "제가
// 정리한/정리해" (I have put together), "제가 준비한" (I have prepared),
// "제가 알려드" (I will tell you), "제가 소개" (I introduce).
var notAccounts = strings.NewReplacer("我的想法", "", "我的建议", "",
	"遭遇した場合", "", "遭遇したら", "", "遭遇し得", "", "遭遇しう", "", "遭遇した際", "", "遭遇したとき", "", "遭遇しやす", "", "遭遇しな", "",
	"遭遇したことはありません", "", "遭遇したことがありません", "", "遭遇した方", "", "遭遇している方", "",
	"제가 직접 경험하고 알아본", "", "제가 알아본", "", "제가 정리한", "", "제가 정리해", "", "제가 준비한", "",
	"제가 알려드", "", "제가 소개", "")

// firstPerson: how a user tells of a failure that happened to them. Not
// "we are seeing": status pages and pull requests speak so too.
var firstPerson = []string{
	"I get ", "I got ", "I'm getting", "I am getting", "I keep getting", "I keep hitting", "I've been getting",
	"I have been getting", "I'm seeing", "I am seeing", "I see ", "I saw ", "I received", "I'm receiving",
	"I encountered", "I ran into", "I run into", "I'm running into", "I am running into", "I'm hitting", "I am hitting",
	"I hit ", "I tried", "I was ", "I can't", "I cannot",
	"Getting this", "getting this error", "got this error", "keeps failing", "stopped working",
	// The same turn told of the writer's requests ("every request started
	// failing with:"): a failure met, where a guide says "may fail".
	"request started failing", "requests started failing", "request began failing", "requests began failing",
	"requests kept failing",
}

// firstPersonCJK: the same accounts in Chinese, Japanese and Korean, which
// write no blank before them ("我遇到", "私は", "제가"). Not "我们" (we):
// articles speak so.
var firstPersonCJK = []string{
	"我遇到", "我在", "我一直", "我收到", "我使用", "我用", "我的", "我这", "我刚", "我不知道", "我试", "我已经",
	"私は", "私の", "僕は", "제가", "저는", "내가",
	// A Japanese memo's past tense: "遭遇した" / "遭遇し解決した" (I ran
	// into it), where an article writes "遭遇する" (one runs into).
	"遭遇し",
}

// bugReportCues are the sections of issue templates in which users report
// a failure they hit (Claude Code's and most projects' bug templates). Not
// "expected behavior": a feature request has it too, next to its "current
// behavior".
var bugReportCues = []string{
	"steps to reproduce", "error messages/logs", "what's wrong?", "environment info", "feedback id:",
	"bug description", "actual behavior", "actual vs. expected", "how to reproduce",
	"describe the bug", "# to reproduce", // GitHub's default bug template
	// An "Environment" heading over the reporter's versions: a report of
	// something they ran (no feature request, pull request or article in
	// the corpora has one).
	// Whole: "## Environments" heads a reference's section on them.
	"## environment\n", "## environment\r", "## environment ", "## environment:",
	// A "Version" heading over what the reporter ran, as bug templates
	// ask for it (a changelog's "## Version 2.1.0" heads a release).
	"## version\n", "## version\r",
	// Issue forms' questions and sections over what the reporter saw:
	// "What happened?" (LibreChat's, Cline's, Roo's, LiteLLM's forms),
	// "Observed behavior".
	"what happened?", "observed behavior", "observed behaviour",
	// A heading over the output the reporter's own run printed ("Full
	// Error Output" above "Command failed with exit code 1: claude -p …"):
	// a failure shown, not one explained.
	"full error output",
	// A report's own account of what its run's logs printed ("Every
	// instance log shows:" over a fenced error, an agent's or CI's
	// incident report): an explainer tells what a log would show, in the
	// conditional, not what one showed.
	"log shows:", "logs show:", "log showed:", "logs showed:",
	// Roo Code's bug form (its sections "Problem (one or two sentences)",
	// "Context (who is affected and when)", "Reproduction steps", "Expected
	// result", "Actual result"; its feature form has "Desired behavior"
	// instead): the last two are what the reporter ran and saw.
	"# reproduction steps", "# actual result",
	// The "Environment" heading in the other heading forms (bold, 【…】 as
	// Chinese plugins' diagnostic blocks print it). Not "## Reproduction"
	// nor "## Version": a code-level report about how an SDK words errors
	// has them too, and reproduces that wording, not a failure it met.
	"**environment**", "【environment",
}

// genreCues counts the signs of the explaining genres.
func genreCues(dc *doc, occs []*occurrence, kinds int) int {
	n := 0
	if severalKinds(dc, occs) {
		n++ // a reference names many errors; a failure is one error
	}
	if kinds&(cueExplainer|cueArticle|cueSupport) != 0 {
		n++
	}
	if lineStarts(dc, changeCues) >= 1 || titledFix(dc) || titledCommit(dc) || releaseNote(dc) {
		n++ // release notes, commit lists
	}
	if kinds&(cueSection|cueRequest) != 0 || bareSection(dc) || titledRequest(dc) {
		n++ // a pull request's, feature request's or design doc's sections
	}
	if docLabels(dc) >= 2 {
		n++ // a troubleshooting page's "Symptom:", "Cause:", "Solution:", two of them
	}
	if quotedErrorHeadings(dc) >= 3 {
		n++ // a troubleshooting page's sections, each headed by the error it fixes
	}
	if refSections(dc) >= 2 {
		n++ // a library reference's sections: "Types", "Constructors", "Arguments"
	}
	if lineStarts(dc, statusPageCues) >= 1 {
		n++ // a status-page incident's updates
	}
	if issueRefs(dc) >= 2 {
		n++ // a list of issues ("possible duplicates", "related"): their titles name errors
	}
	if titleCaseLines(dc) >= 2 {
		n++ // an article's headline and section headings
	}
	if testSource(dc, occs) {
		n++ // a test's source: the error bodies it builds are fixtures
	}
	if resolvedWriteup(dc) {
		n++ // a write-up of a fix that is in: the failure it shows is past
	}
	if templatedMessages(occs) {
		n++ // message templates, a placeholder where a value is printed
	}
	if publishedRecord(dc) {
		n++ // a page served as JSON: its strings quote what it is about
	}
	if wordingsHeading(dc) {
		n++ // a guide's section headed by the wordings it covers
	}
	if squashedSubject(dc) || codeFindings(dc) {
		n++ // a squashed commit, or a review's findings: about code
	}
	if promptFile(dc) {
		n++ // a prompt's definition: instructions about errors
	}
	if handlerCode(dc, occs) {
		n++ // the classes a program's source catches
	}
	return n
}

// resolvedWriteup reports a write-up whose own heading says its fix is in
// ("## ✅ Solution Implemented", "# Error Handling - Implementation
// Complete", "**Fix applied (v1.4):**"): it shows the failure it was
// written about, traceback and all, and that failure is solved. Only a
// heading (a Markdown one, or a span in bold) that ends with the words
// counts: a report says in a sentence, or in a heading that goes on ("Fix
// applied but still failing"), that a fix did not help.
func resolvedWriteup(dc *doc) bool {
	// The paste as given: normalising drops a heading's hashes.
	for line := range strings.SplitSeq(dc.raw, "\n") {
		t := strings.TrimLeft(line, " \t>")
		switch {
		case strings.HasPrefix(t, "#"):
			t = strings.TrimLeft(t, "#")
		case strings.HasPrefix(t, "**"):
			t = t[2:]
			if i := strings.Index(t, "**"); i >= 0 {
				t = t[:i]
			}
		default:
			continue
		}
		t = strings.TrimRight(t, " \t:.!*")
		if strings.HasSuffix(t, ")") {
			if i := strings.LastIndexByte(t, '('); i >= 0 {
				t = strings.TrimRight(t[:i], " ")
			}
		}
		t = lowerASCII(t)
		for _, c := range resolvedCues {
			if strings.HasSuffix(t, c) {
				return true
			}
		}
	}
	return false
}

// resolvedCues end a heading that says a fix is in (lower case): solution
// or fix implemented or applied, implementation complete.
var resolvedCues = []string{"solution implemented", "solutions implemented", "fix implemented", "fixes implemented",
	"fix applied", "fixes applied", "implementation complete"}

// testSource reports a test file's source: a test defined (testDefCues
// opening a line) and something checked or stood in for (testCheckCues),
// no test runner's report of a run (testRunCues), and every error written
// inside a code expression — after an assignment or an open call, as a
// mocked response's body or a fake exception's message is. Such a test
// shows the error it makes up; a test run that failed on a real one prints
// it bare (Error code: 529 - {…}), with its runner's report or a stack.
func testSource(dc *doc, occs []*occurrence) bool {
	// The errors' own lines first: most texts fail here, at once.
	for _, o := range occs {
		if o.first < 0 || o.first >= len(dc.lines) || o.log >= 0 {
			return false
		}
		if !inCodeExpression(dc.lines[o.first].text) {
			return false
		}
	}
	def, check := false, false
	for _, l := range dc.lines {
		t := l.text
		if slices.ContainsFunc(testRunCues, func(c string) bool { return strings.HasPrefix(t, c) }) {
			return false
		}
		def = def || slices.ContainsFunc(testDefCues, func(c string) bool { return strings.HasPrefix(t, c) })
		check = check || slices.ContainsFunc(testCheckCues, func(c string) bool { return strings.Contains(t, c) })
	}
	return def && check
}

// inCodeExpression reports an error's first line written as code: what
// comes before its body or its first quotation mark assigns or opens a call
// ("payload = {", "new Error('529 …", "HttpResponse.json({"), or the line
// opens a block after a name, as a builder DSL does ("anthropic.messages
// {", "} respondsError {"). A printed error opens its body after a label or
// a status ("API Error: 529 {", "Error code: 529 - {").
func inCodeExpression(t string) bool {
	head := t
	if i := strings.IndexAny(t, "{'\""); i >= 0 {
		head = t[:i]
	}
	if strings.ContainsAny(head, "=(") {
		return true
	}
	block, ok := strings.CutSuffix(strings.TrimRight(t, " \t"), "{")
	return ok && !strings.ContainsAny(block, ":'\"") && !strings.ContainsAny(block, "0123456789")
}

// testDefCues open the line that defines a test or its suite (pytest and
// unittest, Jest, Vitest and Mocha, Go, Rust, RSpec, JUnit and Kotlin,
// xUnit and NUnit, GoogleTest, C's Check).
var testDefCues = []string{"def test", "async def test", "class Test", "@pytest.", "import pytest", "from unittest", "import unittest",
	"describe(", "it(", "test(", "it.each", "test.each", "beforeEach(", "func Test", "#[test]", "#[tokio::test]", "#[cfg(test)]",
	"RSpec.describe", "it \"", "it '", "@Test", "[Fact]", "[Test]", "TEST(", "TEST_F(", "START_TEST("}

// testCheckCues are a test's assertions and its stand-ins for what it
// calls (mocks, patches, stubs, fake servers).
var testCheckCues = []string{"assert", "expect(", "pytest.raises", "t.Fatal", "t.Error", "require.", "mock", "Mock", "patch(", "patch.object",
	"monkeypatch", "stub", "jest.fn", "vi.fn", "nock(", "respx", "responses.add", "httptest.", "EXPECT_", "ASSERT_"}

// testRunCues open the lines of a test runner's report of a run: pytest's
// error lines and summary, Jest's and Go's verdicts.
var testRunCues = []string{"E   ", "FAILED ", "FAIL ", "--- FAIL:", "✕ ", "× ", "===", "Tests: "}

// titleCaseLines counts, up to 2, the lines written as headlines: five or
// more words, every one but the short function words capitalised, nothing
// after them ("What Anthropic Won't Tell You About Production Deployment",
// "Connection Failures: Your New Best Friend"). Articles title their
// sections so; what a program prints under an error does not.
func titleCaseLines(dc *doc) int {
	n := 0
	for _, l := range dc.lines {
		if !l.blank && l.log < 0 && !l.tool && l.marker == markNone && titleCase(l.text) {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// titleCase reports a headline in Title Case (see titleCaseLines).
func titleCase(t string) bool {
	if t == "" || t[0] < 'A' || t[0] > 'Z' || strings.ContainsAny(t, "{}<>()[]=/|`\"") {
		return false // a headline opens with a capital
	}
	if c := t[len(t)-1]; c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!' {
		return false
	}
	capital := 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, "\"'“”‘’:—–-")
		if w == "" {
			continue
		}
		switch c := w[0]; {
		case c >= 'A' && c <= 'Z':
			capital++
		case c >= 'a' && c <= 'z':
			if !smallWords[w] {
				return false
			}
		default:
			return false // a number, a symbol: a status or a code, not a headline
		}
	}
	return capital >= 5
}

// smallWords are the words a Title Case headline leaves in lower case.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true,
	"as": true, "vs": true, "via": true, "into": true}

// severalKinds reports a text that names three or more distinct error
// kinds: different categories among its occurrences, or different HTTP
// error statuses written as numbers.
func severalKinds(dc *doc, occs []*occurrence) bool {
	cats := map[Category]bool{}
	for _, o := range occs {
		if o.cat != None {
			cats[o.cat] = true
		}
	}
	if len(cats) >= 3 {
		return true
	}
	// Not an HTML attribute's number (<img width="445">) nor one glued to
	// a unit or a word ("503ms", "v4.500"): sizes and times are no statuses.
	// Nor an issue's or pull request's number ("triggered by #483").
	statuses := map[int]bool{}
	for _, l := range dc.lines {
		t := l.text
		for i := 0; i+3 <= len(t); i++ {
			if (t[i] == '4' || t[i] == '5') && isDigit(t[i+1]) && isDigit(t[i+2]) &&
				(i == 0 || !isAlnum(t[i-1]) && t[i-1] != '#' && !(i > 1 && (t[i-1] == '.' && isDigit(t[i-2]) || t[i-1] == '"' && t[i-2] == '='))) &&
				(i+3 == len(t) || !isAlnum(t[i+3]) && !(t[i+3] == '.' && i+4 < len(t) && isDigit(t[i+4]))) {
				statuses[int(t[i]-'0')*100+int(t[i+1]-'0')*10+int(t[i+2]-'0')] = true
				i += 2
			}
		}
	}
	return len(statuses) >= 3
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// explainerCues: how documentation and articles address a reader about an
// error (lower case).
var explainerCues = []string{
	"what it means", "what this error means", "this error means", "error means", "what the error means",
	"why this happens", "if you see", "if you're getting", "if you're seeing", "what causes this",
	"if you get ", "if you're hitting", "you may see", "you might see", "you'll see", "what this means",
	// "… looks like this:" introduces a sample, so the colon or the line's
	// end must follow; "Looks like this has something to do with my
	// tier" is a reporter's hedge about the failure they met.
	"look like this:", "looks like this:", "look like this\n", "looks like this\n",
	"an error like this", "errors like this",
	// The shape of an error body described, not met: "the response has
	// this structure:", "… has the following format".
	"has this structure", "has the following structure", "has this shape", "has the following shape",
	"has this format", "has the following format",
	// The same said of several ("Errors have the following format:").
	"have this structure", "have the following structure", "have this shape", "have the following shape",
	"have this format", "have the following format",
	"the response body", "the full error", "treat it as", "treat this as", "exponential backoff",
	"error reference", "error library", "tl;dr", "quick reference", "**cause:**", "**resolution:**",
	"対処法", // "remedy": Japanese articles' "原因と対処法"
	// A guide speaking to a hypothetical reader, or of itself.
	"have you ever", "you may encounter", "you might encounter", "you will see",
	"imagine this", "here's how to", "here is how to", "here's the fix", "here is the fix", "how to tell which", "how to tell the difference",
	"if you searched", "in this article", "in this guide", "in this post", "ai summary",
	// The chrome of a blog or documentation page around the text.
	"min read", "back to blog", "originally published", "related pages", "related articles",
	"on this page", "was this page helpful", "table of contents",
	// A web page's skip link, the accessibility link over a site's pages
	// ("Skip to main content", and its usual Korean, Chinese and Japanese
	// wordings, as documentation themes translate it): the page copied
	// whole, chrome and all.
	"skip to main content", "본문으로 건너뛰기", "跳到主要内容", "メインコンテンツまでスキップ",
	// A documentation site's page exported for language models (Mintlify's
	// "> ## Documentation Index / > Fetch the complete documentation index
	// at: …/llms.txt" over every page).
	"documentation index",
	// A release's page on GitHub ("Choose a tag to compare" by its tag,
	// "Full Changelog: v1.0...v1.1" at its end): its notes name the errors
	// a version fixed.
	"choose a tag to compare", "full changelog",
	// A blog platform's chrome (dev.to, Forem): the cover image's caption
	// over the title, the toggle under every code block.
	"cover image for", "enter fullscreen mode",
	// A reference sorting errors into kinds.
	"classified as",
	// A request about an error's wording quotes the message it would change.
	// Not "the message suggests": a user stuck on it writes that too.
	"message implies", "error message should",
	// The same, in Chinese, Japanese and Korean articles: "the error
	// means", "usually means", "the core meaning of the error", "this
	// article", "this guide", "this post", "cause and remedy". Declarative
	// only: "这个错误的含义是什么" is a stuck user's question.
	"错误意味着", "通常意味着", "错误的核心含义",
	"의미합니다", "원인과 해결",
	// A Korean article's "this article" with its other particles, its
	// author's note and its title ("… solution guide").
	"이 글이", "이 글을", "이 글에서", "저자 주", "해결 가이드",
	// The author's note heading a Japanese or Chinese article.
	"著者注", "作者注",
	// "This article" as a reader may also name someone else's ("この記事の
	// 手順で": by this article's steps): an explainer's sign, not a claim
	// to be one (articleCues).
	"この記事",
	// "This article" said the other ways: "이번 글" (this time's
	// article), "본 글" (the present article).
	"이번 글", "본 글은",
	// An article's voice addressing its reader in Japanese: "let's look
	// at", "this explains", "this introduces".
	"見てみましょう", "解説します", "紹介します",
	// "exponential backoff" in Japanese, Chinese and Korean.
	"エクスポネンシャルバックオフ", "指数バックオフ", "指数退避", "지수 백오프",
	// A relay's or platform's Chinese error-code reference page names
	// itself so in its title or table head: "error-code reference",
	// "error-code table", "common error codes", "handling advice".
	"错误码参考", "错误码表", "常见错误码", "处理建议",
	// The same page's heading "error list" and its opening "when a request
	// fails, the API returns…": documentation's voice, where a stuck user
	// writes that it failed ("请求失败了").
	"错误列表", "当请求失败时",
	// A Chinese write-up's section headings and its sources: "problem
	// background", "analysis of the symptom", "analysis of the problem",
	// "users' feedback" — it tells of other people's failures.
	"问题背景", "现象分析", "用户反馈",
	// A feature idea's heading in Chinese issues: "my idea".
	"我的想法",
	// A how-to question about a setup goal, not a fix for a failure.
	"how to ensure",
	// A lesson of a course or tutorial site: its fixed sections ("Why
	// this matters", "Key takeaways", "What you'll learn") and its name
	// for itself. It names the failures a setup prevents ("fails silently
	// with timeout errors or certificate validation failures") next to
	// the settings that prevent them.
	"why this matters", "key takeaways", "what you'll learn", "what you will learn", "in this lesson", "this lesson ",
	// A feature request's asking forms ("Would be great to show…",
	// "[FEATURE] Automatic fallback…", "Consider adding a retry policy"),
	// and the same in Chinese ("希望支持": please support, "建议增加":
	// suggest adding) and Korean ("기능 요청": feature request). Not
	// "please add": error messages ask for credits so.
	"would be great to", "would be nice", "consider adding", "[feature]",
	// A request that asks the maintainers to reconsider a behaviour ("Could
	// you please consider aligning with …", "Populating the field would
	// also be very useful"): a person asking, which no message does.
	"could you please consider", "could you consider", "would you consider", "would you please consider",
	"would be very useful", "would be really useful", "would be extremely useful", "would be super useful",
	"建议增加", "기능 요청",
	// A Russian article's voice: "in this article", "this article", "in
	// this guide", "common causes", "frequent causes".
	// Declarative: a stuck user asks "как исправить?" (how do I fix it?)
	// without them; not "рассмотрим" (let us look at): a maintainer
	// answers a report so (we will look into it).
	// Cyrillic is not case-folded: a sentence's capital is written out.
	"этой статье", "данной статье", "эта статья", "Эта статья", "данная статья", "Данная статья",
	"этом руководстве", "это руководство", "Это руководство",
	"распространённые причины", "распространенные причины", "Распространённые причины", "Распространенные причины",
	"частые причины", "Частые причины",
}

// supportCues ask a project to support something it does not yet: a
// provider, a router, a model ("add support for", "please support",
// "希望支持": hope you support, "能否支持": could you support,
// "対応してほしい": want it handled, "지원해 주세요": please support). Such
// a request shows what that thing prints today — the 404 of an endpoint
// the client does not speak — so a printed failure does not make it a
// report; the writer's own account or a bug template's headings still do.
// Not "是否支持" (does it support): a stuck user asks so.
var supportCues = []string{
	"add support for", "adding support for", "possible to support", "could you support", "can you support",
	"please support", "plan to support", "plans to support",
	"希望支持", "能否支持", "可否支持", "能不能支持", "请支持", "建议支持", "是否可以支持",
	"対応してほしい", "対応していただけ", "サポートしてほしい", "サポートしていただけ",
	"지원해 주", "지원해주", "지원 부탁",
}

// supportAsks are asks that, with their word later in the same line, ask
// for support of something new: "is it possible to add the router
// support?", "it would be great if it supported OpenRouter", "希望能支持
// CCR" (hope it can support CCR), "增加对 CCR 的支持" (add support for
// CCR). Alone they may ask for credits, seats or a fix.
var supportAsks = []struct{ ask, word string }{
	{"possible to add", "support"}, {"could you add", "support"}, {"can you add", "support"}, {"please add", "support"},
	{"would be great if", "support"}, {"would be nice if", "support"}, {"would be great to", "support"},
	{"would be nice to", "support"}, {"any plans to", "support"}, {"any plan to", "support"},
	{"希望能", "支持"}, {"希望可以", "支持"}, {"增加对", "支持"}, {"添加对", "支持"}, {"新增对", "支持"},
}

// notSupportAsks end the words between an ask and its word when that word
// means a helpdesk: "contact support", "联系技术支持" (contact technical
// support), "得到支持" (get help).
var notSupportAsks = []string{"contact", "联系", "技术", "得到", "获得"}

// supportAsked reports an ask of supportAsks followed by its word in its
// line of low (lower case).
func supportAsked(low string) bool {
	for _, a := range supportAsks {
		for rest := low; ; {
			i := strings.Index(rest, a.ask)
			if i < 0 {
				break
			}
			rest = rest[i+len(a.ask):]
			line := rest
			if j := strings.IndexByte(line, '\n'); j >= 0 {
				line = line[:j]
			}
			if j := strings.Index(line, a.word); j >= 0 {
				gap := strings.TrimRight(line[:j], " ")
				if !slices.ContainsFunc(notSupportAsks, func(n string) bool { return strings.HasSuffix(gap, n) }) {
					return true
				}
			}
		}
	}
	return false
}

// articleCues: a text telling what it is, a guide or an article, as its
// subject ("this guide explains", "in this post, we", "本文将": this
// article will, "本指南": this guide, "この記事では": in this article,
// "이 글은": this article). Such a text shows the failures it explains as
// they were printed, stack frames and all, so a printed failure does not
// make it a report; its author's own account still does (experienceTold).
// Not "in this article" alone: a user follows the steps in one. Chinese in
// both scripts: sites publish a traditional edition of the same page
// ("本文將", "本文介紹").
var articleCues = []string{
	"this guide covers", "this guide explains", "this guide starts", "this guide walks", "this guide shows", "this guide will",
	"this article covers", "this article explains", "this article shows", "this article walks", "this article will",
	"this post covers", "this post explains", "this post shows", "this post walks", "this post will",
	"this tutorial covers", "this tutorial explains", "this tutorial shows", "this tutorial walks", "this tutorial will",
	"in this article, we", "in this article we", "in this guide, we", "in this guide we", "in this post, we", "in this post we",
	"本文将", "本文基于", "本文介绍", "本文提供", "本文整理", "本指南",
	"本文將", "本文基於", "本文介紹",
	"本記事", "この記事では", "이 글은", "이 글에서는",
}

// changeCues open the lines of release notes and commit lists.
// Not "Fix:" nor "Fix ": Claude Code's notices carry "· Fix: …" and
// "· Fix external API key", which a wrapped terminal line may open with.
// Lower-case "fix:" is a conventional commit's; the notices write "Fix:".
// normalise drops a line that opens with one (isReleaseNote, marked as a
// note); the genre check counts those and the ones behind an area tag
// ("[VSCode] Fixed …").
var changeCues = []string{"Fixed ", "Added ", "Improved ", "Changed ", "Reverted ", "Removed ", "Updated ", "fix:", "fix(", "feat:", "feat("}

// releaseNote reports a line that normalise left out as a release note's
// ("Fixed 403 errors when …"): an article explaining a changelog entry
// quotes the entry and the error it fixed.
func releaseNote(dc *doc) bool {
	for _, l := range dc.lines {
		if l.note {
			return true
		}
	}
	return false
}

// titledFix reports a text whose first line is a commit subject or a
// release note opening with "Fix ": only there, where no wrapped notice
// starts.
func titledFix(dc *doc) bool {
	for _, l := range dc.lines {
		if l.blank || l.text == "" {
			continue
		}
		return strings.HasPrefix(strings.TrimLeft(l.text, "-*• "), "Fix ")
	}
	return false
}

// titledRequest reports a text whose first line names it a request for
// something new: "Feature Request: …", "[Feature Request] …", "[FR] …",
// "Enhancement: …", "Proposal: …" (issue titles; Claude Code's feature
// form titles "[FEATURE] …", GitHub's default one is named "Feature
// request"). Such a request quotes the error that moved its writer as its
// motivation; like the sections of sectionCues it counts only without a
// first-person account, and a failure printed in it still wins (a request
// that pastes the retry notice it keeps seeing reports that failure).
// "Feature" alone needs its tag's bracket or colon: "Feature X is broken"
// is a bug's title.
func titledRequest(dc *doc) bool {
	for _, l := range dc.lines {
		if l.blank || l.text == "" {
			continue
		}
		t := lowerASCII(strings.TrimLeft(l.text, "#*[(【 "))
		for _, w := range requestTitles {
			rest, ok := strings.CutPrefix(t, w)
			if !ok {
				continue
			}
			if w == "feature request" || rest == "" || strings.ContainsRune(":]】)：", []rune(rest)[0]) ||
				strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " — ") || strings.HasPrefix(rest, " :") {
				return true
			}
		}
		return false
	}
	return false
}

// requestTitles open the title of a request for something new (lower case;
// checked in order, the longer first).
var requestTitles = []string{"feature request", "feature", "fr", "enhancement", "proposal", "rfc", "suggestion",
	"功能请求", "需求", "機能リクエスト", "機能要望"}

// sectionCues are the section headings of pull requests, feature requests
// and design documents (lower case). Not "## Description": bug templates
// open with it, and a report written in another language has no English
// first-person account to veto it. A feature request may quote the error its
// author just hit, so these count only without a first-person account.
var sectionCues = []string{
	"## summary", "## root cause", "## overview",
	// A specification's or design document's own sections: what it is
	// for, what it sets out to do and not to do, the principle behind it.
	"## purpose", "## goals", "non-goals", "## design principle",
	"## problem", "## solution", "## proposed", "## motivation", "## why",
	"problem statement", "proposed solution",
	// A task's or feature's definition of done (issue trackers' and agile
	// templates' "Acceptance criteria"): work to be built, not a failure
	// met; it quotes the error the feature is to handle.
	"acceptance criteria",
	// "Overview" in the design documents of other languages (French,
	// Spanish, Portuguese, Italian). Not their "summary" or "problem": a
	// bug report heads its own account so, and its first person is not
	// recognised in those languages.
	"## vue d'ensemble", "## aperçu", "## descripción general", "## visión general", "## visão geral", "## panoramica",
	// The other sections of Claude Code's feature form (feature_request.yml)
	// and of GitHub's default feature request template.
	"alternative solutions", "use case example", "feature category",
	"is your feature request related to a problem", "describe the solution you'd like",
	"describe alternatives you've considered",
}

// bareSection reports a line that is only a section heading of sectionCues
// of more than one word ("Root cause"): a copy of a web page keeps its
// headings without their hashes. Not a heading of one word ("Summary",
// "Problem"): users title the parts of their own reports so.
func bareSection(dc *doc) bool {
	for _, l := range dc.lines {
		t := lowerASCII(strings.TrimRight(l.text, ": "))
		if strings.IndexByte(t, ' ') < 0 {
			continue
		}
		for _, c := range sectionCues {
			if strings.TrimPrefix(c, "## ") == t {
				return true
			}
		}
	}
	return false
}

// requestCues are the sections only pull requests have, and code changes
// under review (lower case).
var requestCues = []string{"## test plan", "## testing", "how has this been tested", "## changes", "## what changed",
	"type of change", "changed paths", "prior art", "```diff", "diff --git"}

// docLabelCues are the section labels of troubleshooting and knowledge-base
// pages (Microsoft's and AWS's "Symptoms / Cause / Resolution", AWS
// Knowledge Center's "Short description / Resolution"), and the same labels
// of Chinese, Japanese and Korean articles ("现象 / 根因 / 解法", "症状 /
// 原因 / 対処法", "증상 / 원인"). One opens a paragraph ("Symptom: …") or
// stands alone on its line: a copy of a web page keeps its headings as bare
// lines. Capitalised: Node prints a nested error as "cause:" or "[cause]:".
var docLabelCues = []string{
	"Symptom", "Symptoms", "Cause", "Root cause", "Solution", "Resolution", "Workaround", "Prevention",
	"Short description", "Steps to resolve",
	"现象", "症状", "原因", "根因", "解决方法", "解决方案", "解法", "解决办法",
	"対処法", "対処方法", "解決策", "解決方法",
	"증상", "원인", "해결 방법", "해결책",
	// A how-to article's headings over the error it quotes. "The fix" also
	// in sentence case, as failure indexes head it; not "The error": a
	// report introduces its paste so.
	"The Error", "The Cause", "The Fix", "The fix",
	// A prevention section, as error pages and failure indexes word it
	// besides "Prevention": a stuck user writes none.
	"How to prevent it", "Preventing it next time", "How to avoid it",
	// A knowledge-base article's header and steps: the products it
	// "Applies to:" (Microsoft's, Zendesk's and vendors' KB pages), its
	// "Resolution Steps" or "Resolution steps".
	"Applies to", "Resolution Steps", "Resolution steps",
}

// docLabels counts the different labels of docLabelCues that open a line
// with a colon or stand alone on it: two different ones mark a
// troubleshooting page (one label said twice may be a user's own notes).
func docLabels(dc *doc) int {
	var seen uint64
	for _, l := range dc.lines {
		t := strings.TrimRight(strings.TrimLeft(l.text, "-*• "), " ")
		for j, p := range docLabelCues {
			if rest, ok := strings.CutPrefix(t, p); ok && (rest == "" || rest[0] == ':' || strings.HasPrefix(rest, "：")) {
				seen |= 1 << (j % 64)
			}
		}
	}
	return bits.OnesCount64(seen)
}

// quotedErrorHeadings counts, up to 3, the lines that are only an error
// message in quotation marks after "Error:" (`Error: "Invalid API key"`,
// `Error: "503 Service Unavailable"`): a troubleshooting page heads each of
// its sections so. A program prints its message bare ("Error: Invalid API
// key"), and a log quotes it inside a longer line.
func quotedErrorHeadings(dc *doc) int {
	n := 0
	for _, l := range dc.lines {
		t, ok := strings.CutPrefix(strings.TrimLeft(l.text, "-*#• "), "Error: ")
		if !ok || len(t) < 3 {
			continue
		}
		if open, close := t[0], t[len(t)-1]; (open == '"' || open == '\'') && close == open ||
			strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”") {
			if n++; n == 3 {
				break
			}
		}
	}
	return n
}

// refSectionCues head the sections of a library's API reference (hexdocs,
// docs.rs, pkg.go.dev, ocaml.org, botocore, a docstring's "Args:" /
// "Returns:" / "Raises:"), each alone on its line: the reference names the
// errors its functions return beside what they mean.
var refSectionCues = []string{"Types", "Constructors", "Functions", "Values", "Methods", "Fields", "Arguments", "Args",
	"Parameters", "Type parameters", "Returns", "Return value", "Raises", "Throws", "Exceptions", "Syntax", "Structure"}

// refSections counts, up to 2, the different headings of refSectionCues
// that stand alone on a line (a colon after them allowed): two different
// ones mark a reference (one may be a user's own label).
func refSections(dc *doc) int {
	var seen uint32
	for _, l := range dc.lines {
		t := strings.TrimSuffix(l.text, ":")
		if len(t) > 16 || t == "" || t[0] < 'A' || t[0] > 'Z' {
			continue
		}
		if j := slices.Index(refSectionCues, t); j >= 0 {
			seen |= 1 << j
			if bits.OnesCount32(seen) == 2 {
				break
			}
		}
	}
	return bits.OnesCount32(seen)
}

// statusPageCues open the updates of a status-page incident.
var statusPageCues = []string{"Investigating - ", "Identified - ", "Monitoring - ", "Resolved - ", "Update - ", "This incident affected:"}

// issueRefs counts the lines that end with an issue or pull-request
// reference ("… #1234", ".../issues/1234").
func issueRefs(dc *doc) int {
	n := 0
	for _, l := range dc.lines {
		if emailQuoteHeader(l.text) {
			continue
		}
		t := strings.TrimRight(l.text, " )")
		j := len(t)
		for j > 0 && isDigit(t[j-1]) {
			j--
		}
		if j == len(t) || j == 0 {
			continue
		}
		if t[j-1] == '#' || strings.HasSuffix(t[:j], "/issues/") || strings.HasSuffix(t[:j], "/pull/") {
			n++
		}
	}
	if n < 2 {
		// An article cites the issues it tells of inside its sentences:
		// "(anthropics/claude-code #8052)", "owner/repo#12".
		for _, l := range dc.lines {
			if !emailQuoteHeader(l.text) {
				n += repoRefsIn(l.text)
			}
		}
	}
	return n
}

// emailQuoteHeader reports the header line of GitHub's notification email
// quoted in a reply by email ("> *name* left a comment (owner/repo#N)"):
// it names the thread the reply belongs to, not an issue told of.
func emailQuoteHeader(t string) bool {
	return strings.Contains(t, " left a comment (")
}

// repoRefsIn counts the repository-qualified issue references a line
// holds, owner/repo#N or owner/repo #N, anywhere in it.
func repoRefsIn(t string) int {
	n := 0
	for off := 0; ; {
		k := strings.IndexByte(t[off:], '#')
		if k < 0 {
			return n
		}
		i := off + k
		off = i + 1
		if off >= len(t) || !isDigit(t[off]) {
			continue
		}
		j := i
		if j > 0 && t[j-1] == ' ' {
			j--
		}
		// The repo, then its owner, each a run of name characters.
		r := j
		for r > 0 && (isAlnum(t[r-1]) || t[r-1] == '-' || t[r-1] == '_' || t[r-1] == '.') {
			r--
		}
		if r == j || r == 0 || t[r-1] != '/' {
			continue
		}
		o := r - 1
		for o > 0 && (isAlnum(t[o-1]) || t[o-1] == '-' || t[o-1] == '_') {
			o--
		}
		if o < r-1 && (o == 0 || !strings.ContainsRune("/.:", rune(t[o-1]))) {
			n++
		}
	}
}

// Kinds of cue, as bits of what cueSet.scan found.
const (
	cueBugReport = 1 << iota
	cueExplainer
	cueSection
	cueRequest
	cueFirstPerson
	cueArticle
	cueSupport
)

// cueSet finds its cues in a text in one pass: at each position only the
// cues that begin with that byte are tried. The cues are searched on every
// paste that shows no failure, up to 1 MiB, so once, not list by list.
type cueSet [256][]struct {
	text string
	kind int
}

// cueGroup is a list of cues of one kind.
type cueGroup struct {
	kind int
	cues []string
}

func newCueSet(groups ...cueGroup) *cueSet {
	var c cueSet
	for _, g := range groups {
		for _, cue := range g.cues {
			c[cue[0]] = append(c[cue[0]], struct {
				text string
				kind int
			}{cue, g.kind})
		}
	}
	return &c
}

// scan returns the kinds of the cues found in s. A cue must not start
// inside a word; with afterBlank it must follow a blank or "(" (not a
// quotation mark: quoted words are someone else's).
func (c *cueSet) scan(s string, afterBlank bool) int {
	found := 0
	for i := 0; i < len(s); i++ {
		cues := c[s[i]]
		if len(cues) == 0 {
			continue
		}
		if i > 0 {
			p := s[i-1]
			// Scripts without blanks between words (Chinese, Japanese)
			// have no blank to require.
			if afterBlank && s[i] < utf8.RuneSelf && p != ' ' && p != '\n' && p != '\t' && p != '(' || isAlnum(p) {
				continue
			}
			// Korean does write blanks between words: a cue in Hangul must
			// not start inside one ("제가", I, is the end of "문제가", a
			// problem).
			if p >= utf8.RuneSelf && hangul(s[i:]) {
				if r, _ := utf8.DecodeLastRuneInString(s[:i]); r >= 0xAC00 && r <= 0xD7A3 {
					continue
				}
			}
		}
		for _, cue := range cues {
			if found&cue.kind == 0 && strings.HasPrefix(s[i:], cue.text) {
				found |= cue.kind
			}
		}
	}
	return found
}

// hangul reports s opening with a Hangul syllable.
func hangul(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0xAC00 && r <= 0xD7A3
}

var (
	firstPersonSet = newCueSet(cueGroup{cueFirstPerson, firstPerson}, cueGroup{cueFirstPerson, firstPersonCJK})
	lowerCueSet    = newCueSet(cueGroup{cueBugReport, bugReportCues}, cueGroup{cueExplainer, explainerCues}, cueGroup{cueArticle, articleCues},
		cueGroup{cueSupport, supportCues},
		cueGroup{cueSection, sectionCues}, cueGroup{cueRequest, requestCues})
)

// lineStarts counts the prefixes that open a line (after a list bullet and
// a "[Area] " tag): how many different ones, not how many lines, so that
// two labels of a troubleshooting page are not one label said twice.
func lineStarts(dc *doc, prefixes []string) int {
	var seen uint64 // which prefixes opened a line: the lists are short
	for _, l := range dc.lines {
		t := strings.TrimLeft(l.text, "-*• ")
		if strings.HasPrefix(t, "[") {
			if i := strings.Index(t, "] "); i > 0 && i < 24 {
				t = t[i+2:]
			}
		}
		for j, p := range prefixes {
			if strings.HasPrefix(t, p) {
				if p != "Fixed " || !fixedWhere(t[len(p):]) { // where a fix landed: a reply
					seen |= 1 << (j % 64)
				}
				break
			}
		}
	}
	return bits.OnesCount64(seen)
}

// changeDescription reports the sections only a pull request has ("## Changes",
// "## Test plan"): it names the errors its code handles, however precisely it
// words them.
func changeDescription(dc *doc) bool {
	return dc.headingCues()&cueRequest != 0
}

// plainHeadings drops what a Markdown heading puts between its hashes and
// its first word ("## 🔍 Root Cause" reads "## Root Cause"), so that the
// section cues find decorated headings too.
func plainHeadings(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += i
		}
		if s[i] == '#' {
			j := i
			for j < end && s[j] == '#' {
				j++
			}
			if j < end && s[j] == ' ' {
				j++
				k := j
				for k < end && !isAlnum(s[k]) && s[k] != '#' && s[k] != '`' && s[k] != '*' {
					k++
				}
				k = afterSectionNumber(s[:end], k)
				if k > j && k < end {
					if b.Len() == 0 {
						b.Grow(len(s))
					}
					b.WriteString(s[last:j])
					last = k
				}
			}
		}
		i = end + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// afterSectionNumber skips a heading's section number at s[k:] ("7. ",
// "7.2 ", "3) "), as specifications and design documents number their
// sections: "## 12. Non-Goals" is the section "Non-Goals". It returns k
// when none is there.
func afterSectionNumber(s string, k int) int {
	m := k
	for m < len(s) && (isDigit(s[m]) || m > k && (s[m] == '.' || s[m] == ')')) {
		m++
	}
	if m == k || m == len(s) || s[m] != ' ' {
		return k
	}
	for m < len(s) && s[m] == ' ' {
		m++
	}
	return m
}

// outsideBodies is text with its {…} bodies left out: the words inside an
// error's body are the error's own ("the response body was empty"), not
// the writer's, so they are no sign of a text written about errors. A body
// that never closes is kept: it may be a stray brace.
func outsideBodies(text string) string {
	if strings.IndexByte(text, '{') < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	depth, open, run := 0, 0, 0 // run: where the text outside bodies resumed
	for j := 0; j < len(text); j++ {
		switch text[j] {
		case '{':
			if depth == 0 {
				b.WriteString(text[run:j])
				open = j
			}
			depth++
		case '}':
			if depth > 0 {
				if depth--; depth == 0 {
					run = j + 1
				}
			}
		}
	}
	if depth > 0 {
		b.WriteString(text[open:])
	} else {
		b.WriteString(text[run:])
	}
	return b.String()
}

// quoteTables marks the rows of an error reference table quoted in a
// report ("400 - invalid_request_error: …", "529 - overloaded_error: …",
// "| not_found_error | 404 | … |", one status a row, three or more
// different ones in a row) as thin: they list what the API may answer, not
// what the writer met, so the error the writer tells of is the one they
// are stuck on. It reports whether every occurrence is such a row: then
// the paste names no error its writer met (an article's or a guide's
// table, whatever its prose says around it).
func quoteTables(dc *doc, occs []*occurrence) bool {
	all := len(occs) > 0
	for _, o := range occs {
		if o.first < 0 || o.first >= len(dc.lines) || rowStatus(dc.lines[o.first].text) == 0 {
			all = false
			continue
		}
		seen := map[int]bool{}
		// A list copied from a web page keeps a blank line between its
		// items: the blank lines do not end it.
		for i := o.first; i >= 0 && (dc.lines[i].blank || rowStatus(dc.lines[i].text) != 0); i-- {
			if !dc.lines[i].blank {
				seen[rowStatus(dc.lines[i].text)] = true
			}
		}
		last := o.first
		for i := o.first + 1; i < len(dc.lines) && (dc.lines[i].blank || rowStatus(dc.lines[i].text) != 0); i++ {
			if !dc.lines[i].blank {
				seen[rowStatus(dc.lines[i].text)] = true
				last = i
			}
		}
		if len(seen) >= 3 {
			o.thin = true
		}
		all = all && len(seen) >= 3 && o.last <= last
	}
	return all
}

// rowStatus is the 4xx or 5xx status a line opens with, standing alone
// ("429 - rate_limit_error"), or the one a cell of a table row holds
// alone ("| rate_limit_error | 429 | … |", or "rate_limit_error | 429 |"
// as a copied web page keeps it), or 0. A row with a date or a clock time
// in a cell is a log's, not a reference's: 0.
func rowStatus(t string) int {
	if strings.Count(t, "|") < 2 {
		return openingStatus(strings.TrimLeft(t, "|-*• "))
	}
	status := 0
	for cell := range strings.SplitSeq(strings.Trim(t, "| "), "|") {
		cell = strings.Trim(cell, " `*")
		if stamped(cell) {
			return 0
		}
		if n := openingStatus(cell); n != 0 && status == 0 {
			status = n
		}
	}
	return status
}

// openingStatus is the 4xx or 5xx status t opens with, standing alone, or
// 0.
func openingStatus(t string) int {
	if len(t) < 3 || (t[0] != '4' && t[0] != '5') || !isDigit(t[1]) || !isDigit(t[2]) || len(t) > 3 && isAlnum(t[3]) {
		return 0
	}
	return int(t[0]-'0')*100 + int(t[1]-'0')*10 + int(t[2]-'0')
}
