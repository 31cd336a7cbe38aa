# gen.awk writes a tree of realistic CLAUDE.md files: headings, prose
# paragraphs, bullet lists, fenced code blocks, inline code, @imports,
# @mentions and e-mail addresses. Deterministic (fixed seed).
#   awk -v root=DIR -v files=2001 -v size=11500 -f gen.awk
# With -v dup=1, the root CLAUDE.md holds one long paragraph that every other
# file repeats after each of its sections: about 28,000 duplicate-content
# findings on 2,001 files (the "many findings" case for the printers).
function word() { return W[int(rand() * NW) + 1] }
function sentence(n,   s, i) {
  s = word(); s = toupper(substr(s, 1, 1)) substr(s, 2)
  for (i = 1; i < n; i++) {
    r = rand()
    if (r < 0.04) s = s " `" word() "_" word() "`"
    else if (r < 0.05) s = s " **" word() "**"
    else s = s " " word()
  }
  return s "."
}
function para(   p, k) { p = ""; for (k = 0; k < 3 + int(rand() * 4); k++) p = p (k ? " " : "") sentence(8 + int(rand() * 14)); return p }
function emit(f, s) { printf "%s\n", s > f; bytes += length(s) + 1 }
function file(f, i, depth,   h, n, rel) {
  bytes = 0
  rel = ""; for (n = 0; n < depth; n++) rel = rel "../"
  emit(f, "# " (i ? "Package svc" i : "Monorepo") " — notes for Claude")
  emit(f, "")
  emit(f, para())
  emit(f, "")
  if (dup && !i && f ~ /\/CLAUDE.md$/) { emit(f, DUP); emit(f, "") }
  if (f !~ /\/docs\//) {
    emit(f, "Shared conventions: @" rel "docs/conventions.md and testing guide @" rel "docs/testing.md")
    emit(f, "")
  }
  h = 0
  while (bytes < size) {
    emit(f, "## " H[(h++ % NH) + 1])
    emit(f, "")
    r = rand()
    if (r < 0.35) {
      for (n = 0; n < 4 + int(rand() * 5); n++) emit(f, "- " sentence(6 + int(rand() * 10)))
    } else if (r < 0.55) {
      emit(f, "```bash")
      for (n = 0; n < 3 + int(rand() * 4); n++) emit(f, C[int(rand() * NC) + 1] " --" word() "=" word())
      emit(f, "```")
    } else if (r < 0.6) {
      emit(f, "Ask @" U[int(rand() * NU) + 1] " before changing " word() "; mail " U[int(rand() * NU) + 1] "@example.com.")
    } else {
      emit(f, para())
    }
    emit(f, "")
    if (dup && i && h % 5) { emit(f, DUP); emit(f, "") }
  }
  close(f)
}
BEGIN {
  srand(42)
  NW = split("the a service request handler cache database migration schema test fixture build deploy staging production config flag feature module package import export function method class interface type struct error retry timeout context logger metric trace span queue worker job scheduler lock mutex channel stream buffer parser token client server endpoint route middleware auth session cookie header payload response status code value key index table column row query transaction commit rollback branch review release version changelog docs lint format style naming prefer avoid always never must should only when before after because unless instead keep use add remove update check run write read call return handle validate", W)
  NH = split("Build|Testing|Code style|Architecture|Error handling|Database|Deployment|Review checklist|Performance|Security|Logging|Dependencies|Release", H, "|")
  NC = split("make test|go test ./...|npm run lint|pnpm build|cargo clippy|docker compose up|kubectl apply -f deploy/|python -m pytest|bazel test //...", C, "|")
  NU = split("alice bob carol dave erin frank grace heidi", U)
  if (dup) DUP = sentence(20) " " sentence(20)
  system("mkdir -p " root "/docs")
  file(root "/docs/conventions.md", 0, 0)
  file(root "/docs/testing.md", 0, 0)
  file(root "/CLAUDE.md", 0, 0)
  for (i = 1; i < files; i++) {
    d = root "/services/group" int(i / 100) "/svc" i
    dirs = dirs " " d
    if (i % 100 == 0 || i == files - 1) { system("mkdir -p" dirs); dirs = "" }
  }
  for (i = 1; i < files; i++) file(root "/services/group" int(i / 100) "/svc" i "/CLAUDE.md", i, 3)
}
