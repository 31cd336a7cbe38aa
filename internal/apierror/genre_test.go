package apierror

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGenreCuesAreNotErrorText: a cue of the explaining genres must never be
// part of an error message, or the message itself would read as prose about
// errors. Checked against every Claude Code template and every phrase of
// the catalogue.
func TestGenreCuesAreNotErrorText(t *testing.T) {
	squash := func(s string) string {
		return strings.NewReplacer(" ", "", "\t", "", "`", "").Replace(lowerASCII(s))
	}
	var cues []string
	for _, list := range [][]string{explainerCues, articleCues, supportCues, sectionCues, requestCues, bugReportCues, resolvedCues} {
		cues = append(cues, list...)
	}
	for _, a := range supportAsks {
		cues = append(cues, a.ask)
	}
	templates := loadTemplates(t, filepath.Join("testdata", "vocab", "claudecode", "templates.txt"))
	var texts []string
	for _, tx := range append(rules.get().phrases, templates...) {
		texts = append(texts, squash(tx))
	}
	for _, c := range cues {
		if strings.Contains(c, "`") {
			// A fence: the catalogue's phrases have no backticks left.
			for _, tx := range templates {
				if strings.Contains(lowerASCII(tx), c) {
					t.Errorf("genre cue %q is part of error text %q", c, clip(tx, 120))
				}
			}
			continue
		}
		sc := squash(c)
		for _, tx := range texts {
			if strings.Contains(tx, sc) {
				t.Errorf("genre cue %q is part of error text %q", c, clip(tx, 120))
			}
		}
	}
	// Line openers count case and blanks: a wrapped line may open anywhere.
	for _, list := range [][]string{changeCues, statusPageCues, docLabelCues} {
		for _, c := range list {
			for _, tx := range templates {
				if strings.Contains(tx, c) {
					t.Errorf("genre cue %q is part of error text %q", c, clip(tx, 120))
				}
			}
		}
	}
}

// TestSelfNamingStems: every cue that lets a text outweigh its printed
// failure holds a stem of selfNamingStems, or the stem check would skip it.
func TestSelfNamingStems(t *testing.T) {
	cues := append(append([]string{}, articleCues...), supportCues...)
	for _, a := range supportAsks {
		cues = append(cues, a.word)
	}
	for _, c := range cues {
		if !slices.ContainsFunc(selfNamingStems, func(st string) bool { return strings.Contains(c, st) }) {
			t.Errorf("cue %q holds no stem of selfNamingStems", c)
		}
	}
}

// TestTitleCase: a headline is five or more capitalised words with only
// function words in lower case; error lines, with their numbers, codes,
// brackets and sentences, are not — no Claude Code template reads as one.
func TestTitleCase(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"What Anthropic Won't Tell You About Production Deployment", true},
		{"Connection Failures: Your New Best Friend", true},
		{"The Complete Guide to Claude API Errors", true},
		{"What's actually breaking:", false},
		{"API Error: 529 Overloaded", false},
		{"Internal Server Error", false}, // too short
		{"Claude Code Could Not Connect To The API.", false},
		{"Service Unavailable (Too Many Connections Right Now)", false},
		{"HTTP 502 Bad Gateway From Our Proxy", false},
	} {
		if got := titleCase(c.text); got != c.want {
			t.Errorf("titleCase(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, tx := range loadTemplates(t, filepath.Join("testdata", "vocab", "claudecode", "templates.txt")) {
		for l := range strings.SplitSeq(tx, "\n") {
			if titleCase(strings.TrimSpace(l)) {
				t.Errorf("Claude Code template line %q reads as a headline", clip(l, 120))
			}
		}
	}
}

// TestExplainsErrors: the same error line reads as a failure or as an
// example depending on what surrounds it.
func TestExplainsErrors(t *testing.T) {
	const line = `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
	const frame = "\n    at ClaudeAPI.request (/usr/local/lib/node_modules/claude-code/dist/api.js:45:12)"
	for _, tc := range []struct {
		name, text string
		want       Category
	}{
		{"alone", line, Overloaded},
		{"article", "What it means\n" + line + "\nIt is a capacity problem on the server side: wait and retry.", None},
		{"article, first person", "I keep getting this:\n" + line + "\nWhat it means for my work: nothing gets done.", Overloaded},
		{"bug template", "### What's Wrong?\nHow to fix this?\n### Error Messages/Logs\n```\n" + line + "\n```", Overloaded},
		{"under the UI marker", "What it means?\n  ⎿  " + line, Overloaded},
		{"after an assistant bullet", "● Retries seen: 429, 500 and 529.\n● " + line, Overloaded},
		{"in a log", "What it means?\n2026-12-01T10:00:00Z " + line, Overloaded},
		{"pull request", "## Summary\n- Retry when the API answers `" + line + "`\n## Test plan\n- [x] unit tests", None},
		{"pull request, first person", "## Summary\nI got `" + line + "` in CI and now retry it.\n## Test plan\n- [x] unit tests", None},
		{"feature request, first person", "### Problem Statement\nI get this and have to retype my prompt:\n" + line + "\n### Proposed Solution\nRetry longer.", Overloaded},
		{"pull request with decorated headings", "## 📝 Summary\n- Retry when the API answers `" + line + "`\n## 🧪 Test plan\n- [x] unit tests", None},
		{"issue form, full error output", "### Problem (one or two sentences)\nThe command fails.\n### Context (who is affected and when)\n\nClaude AI usage limit reached|1759770000\n\nFull Error Output\nCommand failed with exit code 1: claude -p --verbose\n\nExpected Behavior\nThe command should run.", UsageLimit},
		{"commit subject", "fix: retry " + line, None},
		{"release note", "Fixed " + line + " not being retried", None},
		{"chinese error-code reference", "错误码参考\n网关错误(5xxxx)\n| status_code | status_message | 处理建议 |\n|---|---|---|\n| 50001 | Invalid API key | 检查 Key 是否正确、是否已吊销 |\n| 50002 | Insufficient balance | 控制台充值 |\n| 50003 | Rate limit exceeded | 降低请求频率或联系支持提额 |\n| 50004 | Upstream unavailable | 稍后重试 |\n| 50005 | Internal error | 携带 Request-Id 联系支持 |", None},
		{"chinese stuck user, no reference", "我一直遇到这个错误:\n" + line, Overloaded},
		{"status page", "Resolved - This incident has been resolved.\nInvestigating - We are seeing elevated errors (" + line + ").", None},
		{"duplicate list", "Found 2 possible duplicate issues:\n\n1. [BUG] " + line + " #4321\n2. [BUG] API Error: Repeated 529 Overloaded errors #4400", None},
		{"reference table", "400 invalid_request_error\n401 authentication_error\n" + line, None},
		{"a cue inside the error's own body", `API Error: 502 {"error":{"message":"Upstream returned HTTP 200, but the response body was empty.","type":"bad_gateway_error"}}`, GatewayError},
		{"the same cue in the writer's words", "If you see this, the response body was empty:\n" + line, None},
		{"decorated heading", "## 🔍 Root Cause Analysis\nThe proxy sent an invalid header:\n" + line, None},
		{"feature request on the wording", "## Current Behavior\n" + line + "\nThis message implies a local problem.\n## Expected Behavior\nSay the server is busy.", None},
		{"bug report with its actual behavior", "## Actual Behavior\n" + line + "\nThis message implies a local problem.", Overloaded},
		{"one label said twice", "Solution: retry.\n" + line + "\nSolution: wait.", Overloaded},
		{"a bug report telling how to reproduce", "Here's how to reproduce: run it twice.\n" + line, Overloaded},
		{"free-form bug report with an environment section", "## Summary\nEvery model fails through the app.\n## Environment\n- app 2026.2.3\n- macOS\n## Evidence\n```\n" + line + "\n```", Overloaded},
		{"GitHub's default bug template", "### Describe the bug\nImagine this: every prompt fails.\n" + line + "\n### Expected behavior\nA reply.", Overloaded},
		{"bug report's observed behavior under a summary", "## Summary\nA request fails.\n## Observed behavior\n" + line, Overloaded},
		{"issue form's what-happened question", "### What happened?\nThe proxy fails.\n## Root cause\nunknown\n" + line, Overloaded},
		{"feature request, the writer running into the error", "I'm running into this quite often:\n" + line + "\n## Proposed solution\nRetry.", Overloaded},
		{"issue copied by a mirror site", "Fix: retries stop after an overload\nOn this page\nIssue stats\nacme/agent-cli#812 Fetched 2026-03-02 10:11:12\nView on GitHub\nComments\n4\n\nError Message\n\n" + line + "\n\nRoot Cause\n\nThe run halts mid-task.", Overloaded},
		{"feature request copied by a mirror site", "On this page\nacme/agent-cli#813\nView original issue on GitHub\n\n## Proposed solution\nRetry when the API answers " + line, None},
		{"docs page linking its repository", "On this page\nView on GitHub\n\nWhat it means\n" + line + "\nThe API is at capacity: wait and retry.", None},
		{"troubleshooting page", "Symptom: " + line + "\nCause: the API is at capacity.\nSolution: wait and retry.", None},
		{"troubleshooting page, a label and its steps", "Symptom: " + line + "\nSteps to resolve:\n1. Wait and retry.", None},
		{"knowledge-center page, bare headings", "Short description\nThe API answers so when it is at capacity:\n" + line + "\nResolution\nWait and retry.", None},
		{"Chinese troubleshooting labels", "现象\n" + line + "\n根因:服务器过载\n解法\n稍后重试。", None},
		{"reference page, bare root-cause heading", "Overloaded on every call: " + line + "\n\nRoot cause\n\nThe model's capacity is shared.", None},
		{"a bare one-word heading", "Summary\n" + line, Overloaded},
		{"changelog entry explained", "Fixed subagents not retrying overloaded errors\n\nBefore the fix the subagent stopped with:\n" + line, None},
		{"changelog entry, first person", "Fixed subagents not retrying overloaded errors\n\nI keep getting this after the update:\n" + line, Overloaded},
		{"a bare label said twice", "Symptom\n" + line + "\nSymptom\nit fails again", Overloaded},
		{"article with a dateline", "2025-05-29 01:44:12 by a writer\nThe error means the API is busy:\n" + line, None},
		{"log with timestamps", "2025-05-29 01:44:12 request sent\n2025-05-29 01:44:13 " + line + "\nThe error means the API is busy.", Overloaded},
		{"blog page", "Back to Blog\n8 min read\nYou fire up Claude Code and thirty seconds later:\n" + line, None},
		{"Chinese article", "这个错误意味着服务器过载:\n" + line, None},
		{"Korean article", "이 글에서는 이 오류의 원인을 알아봅니다.\n" + line, None},
		{"Korean article, this time's article", "이번 글에서는 이 오류 메시지의 의미를 정리합니다:\n" + line, None},
		{"Korean article, the present article", "본 글은 이 오류의 해결법을 제공합니다.\n" + line, None},
		{"Korean account", "제가 이 글을 쓰는 지금도 이 오류가 납니다:\n" + line, Overloaded},
		{"Japanese article", "具体的なエラーメッセージを見てみましょう。\n" + line, None},
		{"Japanese article on retries", "エクスポネンシャルバックオフで再試行するのが基本です。\n" + line, None},
		{"Japanese how-to article over a printed retry log", "【対処法】Claude Code の「API Error (Connection error.)」エラーの原因と対応\n\nエラー内容\n  ⎿  API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)\n    ⎿  TypeError (fetch failed)", None},
		{"a Chinese guide naming itself over an example stack trace", "错误信息解读\n本文将系统地解读Claude Code的各类错误信息。\n示例分析:\n" + line + frame, None},
		{"a traditional-Chinese guide naming itself over an example stack trace", "錯誤資訊解讀\n本文將系統地解讀Claude Code的各類錯誤資訊。\n示例分析:\n" + line + frame, None},
		{"the same stack trace, no guide naming itself", "错误信息\n报错如下:\n" + line + frame, Overloaded},
		{"a Chinese guide naming itself, the author's own account", "本文将记录我遇到的错误:\n" + line + frame, Overloaded},
		{"an English guide naming itself over an example stack trace", "This guide explains what each error means.\n" + line + frame, None},
		{"an English guide naming itself, the author's own account", "This guide explains what each error means. I keep getting this one:\n" + line + frame, Overloaded},
		{"an English post naming itself over a printed failure", "In this post, we look at what each notice means.\n  ⎿  " + line, None},
		{"an English article's title-case subject", "This Article Explains the Overloaded Error\n" + line + frame, None},
		{"a user following the steps in an article", "Followed the steps in this article to set the key, now:\n  ⎿  " + line, Overloaded},
		{"a Japanese article naming itself over a printed failure", "この記事では、このエラーの原因を解説します。\n  ⎿  " + line, None},
		{"a Japanese user following an article's steps", "この記事の手順で設定したら、次のエラーが出ます。\n  ⎿  " + line, Overloaded},
		{"a Korean article naming itself over a printed failure", "이 글에서는 이 오류의 원인을 정리합니다.\n  ⎿  " + line, None},
		{"a guide's words inside a bug template", "### Steps to reproduce\n1. Set up the proxy as this guide shows\n" + line + frame, Overloaded},
		{"a request to support a router over what it prints today", "Is it possible to add the router supports?\n  ⎿ " + line, None},
		{"a request to add support for a provider", "Please add support for OpenRouter; today it ends in:\n  ⎿ " + line, None},
		{"a Chinese request to support a provider", "希望支持 Claude Code Router:\n  ⎿ " + line, None},
		{"a Japanese request to support a provider", "このルーターにも対応してほしいです。\n  ⎿ " + line, None},
		{"a wish that the app supported a router", "It would be great if cc-switch supported Claude Code Router; today:\n  ⎿ " + line, None},
		{"a Chinese hope that it can support a router", "希望能支持 Claude Code Router,现在会这样:\n  ⎿ " + line, None},
		{"a Chinese request to add support for a router", "增加对 CCR 的支持\n  ⎿ " + line, None},
		{"a Chinese user hoping for a helpdesk's support", "希望能得到技术支持:\n  ⎿ " + line, Overloaded},
		{"a wish that support would answer", "Would be great if someone could contact support for me:\n  ⎿ " + line, Overloaded},
		{"a request to support, after the writer's own failure", "I get this with the router:\n  ⎿ " + line + "\nIs it possible to add support for it?", Overloaded},
		{"an ask to add something else than support", "Is it possible to add more capacity?\n  ⎿ " + line, Overloaded},
		{"an ask to add credits, or contact support", "Please add credits or contact support.\n  ⎿ " + line, Overloaded},
		{"a request to support inside a bug template", "### Steps to reproduce\n1. Point the base URL at the router\n  ⎿ " + line + "\nCould you add support for it?", Overloaded},
		{"a request to support over a retry streak", "Please add support for this router:\n  ⎿  API Error (529 Overloaded) · Retrying in 1 seconds… (attempt 1/10)", None},
		{"a bracketed product name over a printed retry log", "【Claude Code】接続できない\n  ⎿  API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)\n    ⎿  TypeError (fetch failed)", Network},
		{"how-to title, the author's own account", "【対処法】接続エラー\n私の環境で出ました:\n  ⎿  API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)\n    ⎿  TypeError (fetch failed)", Network},
		{"Japanese article telling of other developers meeting it", "著者注:原因を解説します。\n多くの開発者がこのエラーに遭遇しました:\n" + line, None},
		{"Japanese article, the writer meeting it", "著者注:原因を解説します。\n私はこのエラーに遭遇しました:\n" + line, Overloaded},
		{"Japanese memo of meeting it, no subject", "はじめて触った際に遭遇したエラーを解説します。\n" + line, Overloaded},
		{"Chinese question", "请问这个错误的含义是什么?\n" + line, Overloaded},
		{"Chinese account", "我遇到这个错误意味着无法使用:\n" + line, Overloaded},
		{"article under Title Case headings", "What Nobody Tells You About Claude Outages\nThe API fails more than you think.\nOverload Errors: Your New Best Friend\n" + line, None},
		{"one Title Case line is a title, not an article", "What Nobody Tells You About Claude Outages\n" + line, Overloaded},
		{"Title Case headings over a bug report", "What Nobody Tells You About Claude Outages\nOverload Errors: Your New Best Friend\n### Steps to reproduce\n" + line, Overloaded},
		{"how-to addressing a reader who sees the error", "If you're seeing this error after a top-up: " + line + " the balance is still negative.", None},
		{"how-to naming the cause", "**What causes this:** the API is at capacity.\n" + line, None},
		{"article showing what the error will look like", "The error in your logs will look like this:\n" + line, None},
		{"how-to article's headings", "The Error\n" + line + "\nThe Fix\nWait and retry.", None},
		{"how-to article's cause and fix", "The Cause\nThe API is at capacity:\n" + line + "\nThe Fix\nWait and retry.", None},
		{"troubleshooting page headed by quoted errors", "Authentication Issues\nError: \"Invalid API key\"\nSet it properly.\nError: \"Subscription not recognized\"\nLog in again.\nConnection Problems\nError: \"503 Service Unavailable\"\nWait a few minutes.", None},
		{"the same quoted errors as the writer's own", "I get these, one after another:\nError: \"Invalid API key\"\nError: \"Subscription not recognized\"\nError: \"503 Service Unavailable\"", Authentication},
		{"one quoted error is a user's paste", "Error: \"Invalid API key\"", Authentication},
		{"an article's fix for the reader", "Claude Code not working? Here's the fix:\n" + line, None},
		{"the fix the writer tried, over a printed failure", "Here's the fix I tried, it still fails:\n  ⎿  " + line, Overloaded},
		{"one how-to heading is a user's label", "The Error\n" + line, Overloaded},
		{"Chinese write-up's background heading", "问题背景\n部分用户在使用时遇到:\n" + line, None},
		{"Chinese write-up's symptom analysis", "错误现象分析\n控制台会显示:\n" + line, None},
		{"Chinese write-up from users' feedback", "从用户反馈来看,错误主要表现为:\n" + line, None},
		{"Chinese feature idea", "### 我的想法\n当返回下面的错误时,构造一个429返回:\n" + line, None},
		{"Chinese feature idea after the writer's own failure", "### 我的想法\n我遇到这个错误:\n" + line, Overloaded},
		{"how-to question about a setup goal", "This notice shows up often: " + line + "\nHow to ensure my window starts at 7am?", None},
		{"feature request's asking form", "It would be nice if the client retried when the API answers:\n" + line, None},
		{"feature request's title tag", "[FEATURE] Retry on overload\n" + line, None},
		{"feature request's wish", "Would be great to show something specific than:\n" + line, None},
		{"feature request's suggestion", "Consider adding a retry policy for:\n" + line, None},
		{"Chinese feature request's suggestion", "建议增加自动重试:\n" + line, None},
		{"Korean feature request", "기능 요청: 다음 오류에서 자동 재시도\n" + line, None},
		{"feature request, the writer's own failure", "It would be nice to retry. I keep getting this:\n" + line, Overloaded},
		{"Chinese feature request", "希望支持配置重试次数:\n" + line, None},
		{"Chinese feature request after the writer's own failure", "希望支持重试。我一直遇到这个错误:\n" + line, Overloaded},
		{"Japanese memo of the writer's own failure over the error table", "はじめて触った際に遭遇した、接続エラーの調査メモ\n400 - invalid_request_error\n401 - authentication_error\n" + line, Overloaded},
		{"a report quoting the API's error table", "私の環境で発生しました:\nAPI Error (Connection error.)\n調べたエラー表:\n400 - invalid_request_error: There was an issue with the format or content of your request.\n401 - authentication_error: There's an issue with your API key.\n529 - overloaded_error: Anthropic's API is temporarily overloaded.", Network},
		{"two status lines are no table", "API Error (Connection error.)\nthen:\n401 - authentication_error: There's an issue with your API key.\n529 - overloaded_error: Anthropic's API is temporarily overloaded.", Overloaded},
		{"Japanese article asking its reader over the error table", "このエラーに遭遇したことはありませんか?\n400 - invalid_request_error\n401 - authentication_error\n" + line, None},
		{"Japanese article for readers who met it, over the error table", "このエラーに遭遇した方へ。\n400 - invalid_request_error\n401 - authentication_error\n" + line, None},
		{"Japanese article's conditional over the error table", "このエラーに遭遇した場合は待ちましょう。\n400 - invalid_request_error\n401 - authentication_error\n" + line, None},
		{"an incident report's summary over what its logs showed", "## Summary\nThe nightly eval fails on every task.\n## Failure\nEach task's log shows:\n```\n" + line + "\n```", Overloaded},
		{"an explainer's summary over what a log would show", "## Summary\nIf the log ever says this, wait and retry:\n```\n" + line + "\n```", None},
		{"a bot's failure-tracking issue listing failed runs", "Agent unavailable\n\nThis issue tracks failures until the underlying cause is resolved.\n\nFailed run at 2026-03-02T08:11:00Z: [run](https://github.com/o/r/actions/runs/1234567890) (triggered by #512)\n\nFailed run at 2026-03-02T08:40:00Z: [run](https://github.com/o/r/actions/runs/1234567999) (triggered by #514)\n\n```\n" + line + "\n```", Overloaded},
		{"a run link that failed nothing, in an explainer", "If you see this, wait and retry:\n" + line + "\nThe nightly job ([run](https://github.com/o/r/actions/runs/1234567890)) shows how the retry works.", None},
		{"Title Case headings over a log", "What Nobody Tells You About Claude Outages\nOverload Errors: Your New Best Friend\n2026-12-01T10:00:00Z " + line, Overloaded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); d.Category != tc.want {
				t.Errorf("category %s, want %s (%s)", d.Category, tc.want, d.Summary)
			}
		})
	}
}

// TestNamedAsPossible: a sentence naming errors as what might happen ("whether
// it's a 404 …, an auth error, or …") is no error met; a printed error and
// the writer's own account still are.
func TestNamedAsPossible(t *testing.T) {
	const line = `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
	const choice = "Whether it's a 404 (model not found), an auth error, or a model that doesn't support tool calling — the user always sees the same unhelpful message."
	for _, tc := range []struct {
		name, text string
		want       Category
	}{
		{"a bug report about a dialog's wording", "**Describe the bug**\n\nThe error dialog shows a generic message:\n\n```\nFailed to configure provider: init chat completion request with tool did not succeed.\n```\n\n" + choice + "\n\n**To Reproduce**\n1. Run `goose configure`", None},
		{"the same choice, alone", choice, None},
		{"be it one error or another", "The panel hides the cause, be it a model not found error or an expired key, behind one line of text.", None},
		{"the sentence without a choice", "The app answers model not found for every request since the last update, on every machine we run.", NotFound},
		{"the writer's own account with a choice", "I get a 404 (model not found) whether it's Sonnet or Opus, on every prompt since this morning.", NotFound},
		{"the choice under Claude Code's marker", "  ⎿  API Error: 404 model not found, whether it's sonnet or opus", NotFound},
		{"a printed failure next to the choice", "### Describe the bug\n```\n" + line + "\n```\n" + choice, Overloaded},
		{"an error named as what a condition leads to", "When the pool runs dry, every key gets parked for a minute, which ends in the \"No available accounts\" error for the caller.", None},
		{"a notice printed, then an analysis naming another error", "API Error: Repeated 529 Overloaded errors\n\nAnalysis:\nIf the upstream stays overloaded for long, healthy accounts are marked as cooling down, leading to the \"No available accounts\" error even with quota left.", Overloaded},
		{"the writer's own account of the named error", "I get the \"No available accounts\" error whenever I open a second session in the afternoon.", GatewayError},
		{"an error named only as a comparison", "Claude Code printed API Error: 529 Overloaded all morning.\nAt first I took it for something similar to the 429 rate limit error my team hit last week.", Overloaded},
		{"a notice that says what it found instead of what it expected", "API Error: Unable to connect to API: the proxy presented a TLS certificate for proxy.corp instead of the one you trusted (api.anthropic.com)", TLS},
		{"a condition whose sentence prints an error of its own", "When the key is wrong the proxy answers 401 with {\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}} and the app then shows the \"Something went wrong\" message.", Authentication},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); d.Category != tc.want {
				t.Errorf("category %s, want %s (%s)", d.Category, tc.want, d.Summary)
			}
		})
	}
}

// BenchmarkDiagnoseArticle: a 10 KB article about errors goes through every
// genre check (no failure sign ends them early), the slowest path they add.
func BenchmarkDiagnoseArticle(b *testing.B) {
	cases := loadCorpusDir(b, "nonerrors")
	var text string
	for _, c := range cases {
		if strings.HasPrefix(filepath.Base(c.file), "008-") {
			text = c.text
		}
	}
	for len(text) < 10_000 {
		text += "\n\n" + text
	}
	if d := Diagnose(text, Options{}); d.Category != None {
		b.Fatalf("category %s, want none", d.Category)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Diagnose(text, Options{})
	}
}

// TestSeveralKindsStatuses: a reference names three statuses; sizes,
// versions and times are not statuses.
func TestSeveralKindsStatuses(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"400 Bad Request\n429 Rate Limited\n529 Overloaded", true},
		{"Retry on 429, 503 and 529.", true},
		{`<img width="445" height="502" src="x"> API Error: 429`, false},
		{"v2.401.5 took 503ms, then 429", false},
		{"Failed run (triggered by #483), again (triggered by #480): API Error: 529", false},
	} {
		dc := newDoc(normalise(tc.text), rules.get())
		if got := severalKinds(dc, nil); got != tc.want {
			t.Errorf("severalKinds(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPlainHeadings: only what stands between a heading's hashes and its
// first word goes; everything else stays as it was.
func TestPlainHeadings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"## 🔍 root cause analysis", "## root cause analysis"},
		{"text\n### 🚨 symptom\nmore", "text\n### symptom\nmore"},
		{"## summary", "## summary"},
		{"#1234 fixed", "#1234 fixed"},
		{"a ## 🔍 b", "a ## 🔍 b"},
		{"## `code`", "## `code`"},
		{"## 🔍", "## 🔍"},
		{"## 12. non-goals (explicit)", "## non-goals (explicit)"},
		{"### 7.2 failure\nhttp 502", "### failure\nhttp 502"},
		{"## 3) scope", "## scope"},
		{"## 🔧 1. purpose", "## purpose"},
		{"## 2026", "## 2026"},
		{"", ""},
	} {
		if got := plainHeadings(tc.in); got != tc.want {
			t.Errorf("plainHeadings(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// genreCase is a text and the category Diagnose must give it.
type genreCase struct {
	name, text string
	want       Category
}

// checkGenreCases diagnoses each case's text and checks its category.
func checkGenreCases(t *testing.T, cases []genreCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); d.Category != tc.want {
				t.Errorf("category %s, want %s (%s)", d.Category, tc.want, d.Summary)
			}
		})
	}
}

// TestReferenceTable: a Markdown table of error kinds, one status a row in
// any column, names what the API may answer; a paste that holds nothing
// else names no error its writer met, whatever its prose says. A table of a
// log's rows (a time in a cell), two rows, or an error printed beside the
// table still are errors.
func TestReferenceTable(t *testing.T) {
	const table = "| Error type | HTTP code | Cause | Fix |\n|---|---|---|---|\n" +
		"| `invalid_request_error` | 400 | Malformed request | Check the JSON |\n" +
		"| `not_found_error` | 404 | Wrong model name | Check the model id |\n" +
		"| `request_too_large` | 413 | Prompt too large | Split the request |\n" +
		"| `rate_limit_error` | 429 | Too many requests | Back off |\n" +
		"| `overloaded_error` | 529 | API overloaded | Retry later |\n"
	const line = `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
	checkGenreCases(t, []genreCase{
		{"a docs section's table, status in the second column", "### Common Error Types\n\n" + table, None},
		{"the table under an author's first-person intro", "From what I have run into myself, these are the errors you will meet:\n\n" + table, None},
		{"a Korean article's table under its first-person intro", "제가 직접 경험하고 알아본 바로는 다음과 같습니다.\n| 오류 유형 | HTTP 코드 | 원인 |\n|---|---|---|\n| request_too_large | 413 | 프롬프트 크기 초과 |\n| rate_limit_error | 429 | 요청 과다 |\n| overloaded_error | 529 | 서버 과부하 |", None},
		{"a copied web page's table, no leading bars", "제가 정리해 보았습니다.\n오류 유형 | HTTP 코드 | 원인 |\n---|---|---|\nrequest_too_large | 413 | 프롬프트 크기 초과 |\nrate_limit_error | 429 | 요청 과다 |\noverloaded_error | 529 | 서버 과부하 |", None},
		{"a table with the status first", "| 413 | request_too_large |\n| 429 | rate_limit_error |\n| 529 | overloaded_error |", None},
		{"two rows are no table", "| request_too_large | 413 | Prompt too large |\n| rate_limit_error | 429 | Too many requests |", RequestTooLarge},
		{"a relay's log table, a time in each row", "I keep getting these in the relay's log:\n| 2026-01-02 10:11:12 | claude-sonnet-4 | 413 | request_too_large |\n| 2026-01-02 10:12:40 | claude-sonnet-4 | 429 | rate_limit_error |\n| 2026-01-02 10:13:05 | claude-sonnet-4 | 529 | overloaded_error |", RequestTooLarge},
		{"an error printed beside the table", "I get this on every prompt:\n```\n" + line + "\n```\nThe docs list:\n" + table, Overloaded},
		{"the writer's own error told beside the table", "I keep getting a 413 request_too_large since this morning, though the docs table says:\n" + table, RequestTooLarge},
	})
}

// TestTitledRequest: a text titled as a request for something new ("Feature
// Request: …", "[FR] …") quotes the error that moved its writer; its
// writer's own account, a bug template's headings and titles that only
// open with such a word ("Feature X is broken", "From today …") keep the
// error.
func TestTitledRequest(t *testing.T) {
	const retry = "  ⎿  API Error (529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}) · Retrying in 1 seconds… (attempt 1/10)"
	const quote = "Proxy mode forwards all traffic; forwarding is not reliable here and agents see `502 Anthropic upstream unreachable: read ECONNRESET` on web research."
	const line = `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
	checkGenreCases(t, []genreCase{
		{"a feature request's title and colon", "Feature Request: Option to bypass proxy mode for non-Anthropic traffic\n\n" + quote, None},
		{"a feature request's bracketed title", "[Feature Request] Option to bypass proxy mode\n\n" + quote, None},
		{"a feature request's short tag", "[FR] Option to bypass proxy mode\n\n" + quote, None},
		{"an enhancement's title", "Enhancement: retry 529 with a fallback model\n\n" + line, None},
		{"a proposal's title with a dash", "Proposal - retry 529 with a fallback model\n\n" + line, None},
		{"GitHub's default feature template", "**Is your feature request related to a problem? Please describe.**\nThe session ends on\n" + line + "\n**Describe the solution you'd like**\nRetry it.", None},
		{"Claude Code's feature form", "### Problem Statement\nSessions stop on\n" + line + "\n### Alternative Solutions\nNone.", None},
		{"a feature request, the writer's own failure", "Feature Request: auto-retry\nI keep getting this:\n" + line, Overloaded},
		{"a feature request over a bug template", "[Feature Request] auto-retry\n### Steps to reproduce\n" + line, Overloaded},
		{"a bug's title opening with Feature", "Feature flags panel fails to load\n" + line, Overloaded},
		{"a title opening with a hyphenated Feature", "Feature-flagged model answers\n" + line, Overloaded},
		{"a title opening with From", "From today every prompt ends in\n" + line, Overloaded},
		// A printed failure still wins (blind-2026-12/086, the same
		// request's body, is labelled the overload it shows).
		{"a feature request over a printed retry notice", "[FEATURE] The overload notice is confusing\n### Problem Statement\nIt shows:\n" + retry + "\nwhich reads like a local fault.", Overloaded},
		{"a printed retry notice, the writer's own account, under a request's title", "[FEATURE] Auto-retry longer\nI keep getting this:\n" + retry, Overloaded},
		{"a printed retry notice in a bug template under a request's title", "Feature Request: auto-retry\n### Steps to reproduce\n1. Run claude\n" + retry, Overloaded},
		{"a printed retry notice under a bug's title opening with Feature", "Feature flags panel stalls\n" + retry, Overloaded},
	})
}

// TestProvokedOnPurpose: a bug report whose reproduction passes a made-up
// model id shows the not-found answer it provoked, not one its writer met;
// a real id, a paste without a reproduction, an error code in a body and a
// crash beside the provoked answer keep the error.
func TestProvokedOnPurpose(t *testing.T) {
	nf := func(id string) string {
		return "There's an issue with the selected model (" + id + "). It may not exist or you may not have access to it."
	}
	checkGenreCases(t, []genreCase{
		{"an SDK bug reproduced with a nonexistent model", "## Bug description\nThe SDK raises `error result: success`.\n## Steps to reproduce\n```bash\nclaude --print --model nonexistent-model \"hello\"\n```\n```json\n{\"type\": \"result\", \"subtype\": \"success\", \"is_error\": true, \"result\": \"" + nf("nonexistent-model") + "\", \"api_error_status\": 404}\n```", None},
		{"a fallback bug reproduced with an invalid primary model", "**To Reproduce**\n1. Configure the action with `--model claude-invalid-model-name --fallback-model claude-sonnet-4-20250514`\n2. The run fails:\n```\nAPI Error: 404 {\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: claude-invalid-model-name\"}}\n```", None},
		{"a reproduction naming a fake model in a setting", "Steps to reproduce:\n1. Set `ANTHROPIC_MODEL=fake` and run `claude -p hi`\n2. Output: " + nf("fake") + "\nThe exit code is 0.", None},
		{"a reproduction with a real model id", "## Steps to reproduce\n1. Run `claude --model claude-sonnet-4-5 -p hi` on Bedrock\n2. Output: " + nf("claude-sonnet-4-5"), NotFound},
		{"the made-up id without a reproduction", "$ claude --model nonexistent-model -p hi\n" + nf("nonexistent-model"), NotFound},
		{"an error code in a body is no made-up id", "Steps to reproduce: send a request through the relay.\n```\n{\"error\":{\"type\":\"invalid_model\",\"message\":\"model not found: claude-3-opus\"}}\n```", NotFound},
		{"a step that tells to pass a non-existent model", "## Steps to reproduce\n1. Run the CLI with a non-existent model:\n```\n" + nf("my-model") + "\n```\n2. The SDK raises a generic message instead.", None},
		{"an issue form telling to pass an invalid model", "### What happened?\nWhen you pass an invalid model with the --model variable a cryptic message is returned\n\n✕ [API Error: [{\"error\": {\"code\": 404, \"message\": \"Requested entity was not found.\", \"status\": \"NOT_FOUND\"}}]]", None},
		{"an issue form whose sentence is no step", "### What happened?\nIt fails with an invalid model error since the update:\n```\nAPI Error: 404 {\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: claude-opus-4-1\"}}\n```", NotFound},
		{"a step with the writer's usual model", "## Steps to reproduce\n1. Run claude with my usual model\n2. Output: " + nf("claude-opus-4-1"), NotFound},
		{"a crash beside the provoked answer", "## Steps to reproduce\n1. Run `claude --model nonexistent-model -p hi`\n```\nTypeError: Cannot read properties of undefined (reading 'content')\n    at handleResult (/usr/lib/node_modules/@anthropic-ai/claude-code/cli.js:10:5)\n```", ClientBug},
	})
}

// TestLesson: a course's or tutorial's lesson ("Why this matters", "Key
// takeaways") names the failures a setup prevents next to its settings; a
// bug template, the writer's own account or a printed failure keep the
// error. A proxy's authentication named as a topic is no failure; the
// proxy saying it failed is.
func TestLesson(t *testing.T) {
	const settings = "Configuration\nexport HTTPS_PROXY=http://proxy.corp.internal:8080\nexport NODE_TLS_REJECT_UNAUTHORIZED=0 # only with SSL inspection\nnpm config set strict-ssl false\n"
	const why = "Why this matters\nBehind a corporate proxy, requests fail with 407 Proxy Authentication Required or certificate validation failures.\n"
	checkGenreCases(t, []genreCase{
		{"a lesson's sections over its settings", why + settings, None},
		{"a lesson's takeaways", "Key takeaways\n- A proxy that wants credentials answers 407 Proxy Authentication Required.\n- Put them in the proxy URL.", None},
		{"a lesson naming itself", "In this lesson you set the proxy variables. Without them requests end in ECONNREFUSED.\n" + settings, None},
		{"a proxy's authentication as a topic", "Option 2: npm config for proxy authentication\nnpm config set proxy http://user:password@proxy.corp.internal:8080", None},
		{"the proxy saying its authentication failed", "npm ERR! proxy authentication failed for http://proxy.corp.internal:8080", Proxy},
		{"the lesson's heading in a bug template", "### Steps to reproduce\n1. Set HTTPS_PROXY\n2. Run claude\n" + why, Proxy},
		{"the lesson's heading over the writer's own account", why + "I keep getting 407 Proxy Authentication Required since the proxy changed.", Proxy},
		{"the lesson's heading over a printed failure", why + "  ⎿  API Error: 407 Proxy Authentication Required", Proxy},
	})
}

// TestKoreanArticleVoice: a Korean article's author presenting the
// write-up ("제가 직접 경험하고 알아본 바로는": from what I have experienced
// and looked into; "제가 정리해 보았습니다": I have put it together) tells
// of no failure; a Korean user telling what happened still does.
func TestKoreanArticleVoice(t *testing.T) {
	const line = `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
	checkGenreCases(t, []genreCase{
		{"a Korean article presenting its write-up over one printed error", "제가 직접 경험하고 알아본 바로는 다음과 같습니다. 이 글을 통해 해결해 보세요.\n" + line, None},
		{"a Korean article that says it was put together", "제가 정리해 보았습니다. 이 글을 참고하세요.\n" + line, None},
		{"a Korean user's own account", "제가 사용 중에 다음 오류가 발생했습니다. 이 글을 읽고도 모르겠어요.\n" + line, Overloaded},
	})
}
