package apierror

import "testing"

// TestConventionalCommitTitle: a pull request or commit titled as a
// Conventional Commits subject ("docs: …", "chore(deps): …") describes a
// change and the errors it handles; a tool's output that opens the same
// way, a capitalised or error-word subject, and the writer's own failure
// printed under such a title stay errors.
func TestConventionalCommitTitle(t *testing.T) {
	const note = "Adds a troubleshooting entry: routing to a third-party model on Vertex answers 400 invalid_request_error when prompt caching is on; the page documents turning it off."
	checkGenreCases(t, []genreCase{
		{"a docs change titled as a commit", "docs: add a Vertex troubleshooting entry\n\n" + note, None},
		{"a scoped chore", "chore(gateway)!: drop the legacy retry table\n\n" + note, None},
		{"a refactor", "refactor: move the 400 mapping into one place\n\n" + note, None},
		{"a subject that opens with an error word", "build: error: API Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", ServerError},
		{"a capitalised subject is a log's label", "test: API Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", ServerError},
		{"the type later in the paste", "The run printed\ndocs: regenerate\nAPI Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", ServerError},
		{"the writer's failure printed under a commit title", "docs: add the proxy page\n  ⎿  API Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", ServerError},
	})
}

// TestClosingKeywords: a pull request links the issue it closes ("Closes
// #12", GitHub's closing keywords) and may tell how its author met the
// error; a report that only mentions an issue, or a keyword followed by
// words, stays an error.
func TestClosingKeywords(t *testing.T) {
	const quoted = "A long reply dies with:\n\n```\nAPI Error: Claude's response exceeded the 32000 output token maximum.\n```\n\nI hit this while generating a large file, so this sets the limit from the model."
	checkGenreCases(t, []genreCase{
		{"a pull request closing an issue", "Closes #812.\n\n" + quoted, None},
		{"several issues and a repository's own", "Resolves #3, acme/cli#44 and https://github.com/acme/cli/issues/45\n\n" + quoted, None},
		{"an issue that only refers to another", "Same as #812.\n\n" + quoted, MaxOutputTokens},
		{"a keyword followed by words", "Fixed #812 for me, but now:\n\n" + quoted, MaxOutputTokens},
	})
}

// TestRussianArticleVoice: a Russian article names itself or its subject
// ("в этой статье": in this article, "распространённые причины": common
// causes) around the message it explains; a Russian user asking how to
// fix what they got still reports it.
func TestRussianArticleVoice(t *testing.T) {
	const quote = "Сообщение «API Error: 500 Internal Server Error» обычно означает сбой на стороне сервера."
	checkGenreCases(t, []genreCase{
		{"an article naming itself", "В этой статье объясняем ошибки Claude.\n" + quote, None},
		{"an article's title of common causes", "Ошибка 500 в Claude: распространённые причины и как их исправить\n" + quote, None},
		{"a user who does not know the causes", "Не понимаю причины и как исправить. При запуске claude выходит:\nAPI Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", ServerError},
		{"a user asking how to fix it", "Как исправить? При запуске claude выходит:\nAPI Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", ServerError},
	})
}

// TestJapanesePotentialMeet: "遭遇し得る" / "遭遇しうる" (that one may run
// into) is an article's voice, not the writer's past "遭遇した".
func TestJapanesePotentialMeet(t *testing.T) {
	const table = "| 制限の種類 | 症状 |\n|---|---|\n| リクエスト長制限 | 413 request_too_large |"
	checkGenreCases(t, []genreCase{
		{"an article on limits one may meet", "本記事では、Claude Codeで遭遇し得る制限を整理します。\n" + table, None},
		{"a memo of a limit met", "本記事のとおり設定したが、遭遇した:\nAPI Error: 413 {\"type\":\"error\",\"error\":{\"type\":\"request_too_large\",\"message\":\"Request exceeds the maximum size\"}}", RequestTooLarge},
	})
}

// TestReportSigns: a report's "Environment:" label, its Environment
// heading in bold or in 【…】, and a wrapper's log lines with bracketed
// levels show a failure that happened; a YAML key, one bracketed line in
// an article and a report about an SDK's error wording keep their
// readings.
func TestReportSigns(t *testing.T) {
	const nf = "There's an issue with the selected model (my-model). It may not exist or you may not have access to it."
	const limit = "You've hit your limit · resets 3am (Europe/Berlin)"
	checkGenreCases(t, []genreCase{
		{"an Environment label over a summary's fenced failure", "## Summary\n\nEvery task fails with:\n\n```\n" + nf + "\n```\n\nEnvironment: claude CLI 2.1.179; ANTHROPIC_BASE_URL=https://proxy.example/v1", NotFound},
		{"the summary alone", "## Summary\n\nEvery task fails with:\n\n```\n" + nf + "\n```", None},
		{"a plugin's bracketed Environment heading", "## Overview\nAPI Error: 403 {\"error\":{\"message\":\"Forbidden\",\"code\":403}}\n【Environment Diagnostics】\nNode.js version: v23.7.0", Permission},
		{"a bold Environment heading", "## Summary\nAPI Error: 403 {\"error\":{\"message\":\"Forbidden\",\"code\":403}}\n**Environment**\n- OS: macOS", Permission},
		{"a wrapper's leveled log lines", "Fixed \n```\n[INFO] Executing Claude CLI command...\n[ERROR] Claude CLI execution failed.\n[DEBUG] Output: " + limit + "\n```", UsageLimit},
		{"one leveled line in a note", "Fixed the wrapper's pattern so it waits on\n[DEBUG] Output: " + limit, None},
		{"a YAML environment key", "## Summary\n\nEvery task fails with:\n\n```\n" + nf + "\n```\n\n```yaml\nenvironment: staging\n```", None},
	})
}
