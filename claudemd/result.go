package claudemd

// Kind says why a file is a memory file.
type Kind string

// Kinds of memory file, as Claude Code distinguishes them.
const (
	KindProject  Kind = "project"  // CLAUDE.md or .claude/CLAUDE.md
	KindLocal    Kind = "local"    // CLAUDE.local.md
	KindRules    Kind = "rules"    // .claude/rules/**/*.md
	KindNested   Kind = "nested"   // CLAUDE.md below the project root, loaded lazily
	KindAncestor Kind = "ancestor" // a memory file in a directory above the project root
	KindUser     Kind = "user"     // ~/.claude/CLAUDE.md, ~/.claude/rules/
	KindManaged  Kind = "managed"  // /etc/claude-code/CLAUDE.md
	KindImport   Kind = "import"   // reached through an @import
)

// Loaded says when Claude Code puts a file in context.
type Loaded string

// When a file loads.
const (
	LoadedStartup Loaded = "startup" // at session start
	LoadedLazy    Loaded = "lazy"    // when Claude reads files in that subtree, or a rule's paths match
	LoadedSkipped Loaded = "skipped" // never: too large, not a regular file, excluded, empty, too deep
)

// Import is one @path found in a memory file's Markdown text.
type Import struct {
	Raw    string       `json:"raw"`  // as written after the @, before unescaping
	Path   string       `json:"path"` // resolved, for display
	Line   int          `json:"line"`
	Column int          `json:"column"`
	Status ImportStatus `json:"status"`

	abs    string
	offset int // byte offset of the '@' in the file
	end    int // byte offset just after the raw path
}

// ImportStatus is what Claude Code does with one @import.
type ImportStatus string

// Import statuses (their strings are part of the JSON output).
const (
	ImportLoaded    ImportStatus = "loaded"
	ImportMissing   ImportStatus = "missing"   // meant as a file, not there
	ImportMention   ImportStatus = "mention"   // not there, and not meant as a file (@alice, @app.route)
	ImportCycle     ImportStatus = "cycle"     // already in the chain of imports
	ImportTooDeep   ImportStatus = "too-deep"  // past Claude Code's depth limit
	ImportOutside   ImportStatus = "outside"   // outside the project (not followed)
	ImportDuplicate ImportStatus = "duplicate" // already loaded elsewhere
	ImportNotText   ImportStatus = "not-text"  // an extension Claude Code does not read
)

// Section is the size of one "## " section of a file (for --report).
type Section struct {
	Heading string `json:"heading"`
	Line    int    `json:"line"`
	Chars   int    `json:"chars"`
}

// File is one memory file and what it costs.
type File struct {
	Path   string `json:"path"`
	Kind   Kind   `json:"kind"`
	Loaded Loaded `json:"loaded"`
	// Chars is what Claude Code counts: the UTF-16 length of the content
	// after frontmatter and block-level HTML comments are removed.
	Chars int `json:"chars"`
	Lines int `json:"lines"`
	// Tokens is an estimate: Chars / chars-per-token, as Claude Code sizes it.
	Tokens  int      `json:"tokens"`
	Bytes   int64    `json:"bytes"`
	Depth   int      `json:"depth,omitempty"`
	Parent  string   `json:"parent,omitempty"`
	Paths   []string `json:"paths,omitempty"` // a rule's paths: frontmatter
	Imports []Import `json:"imports"`
	// ImportsOmitted counts the @imports past MaxImportsPerFile, not checked.
	ImportsOmitted int `json:"imports_omitted,omitempty"`
	// SkipReason says why a skipped file does not load.
	SkipReason string    `json:"skip_reason,omitempty"`
	Sections   []Section `json:"sections,omitempty"`

	abs   string
	real  string // symlinks resolved
	scope string // directory whose session loads this file
	info  *analysis
	// importFindings counts the import-rule findings reported in this
	// file, for MaxFindingsPerFile.
	importFindings int
	// regular is set when the directory listing already said "regular
	// file", so reading it needs no fstat.
	regular bool
}

// Finding is one problem in one place.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Path     string   `json:"path"`
	Line     int      `json:"line"`
	Column   int      `json:"column"`
	Message  string   `json:"message"`

	abs  string
	fix  *edit
	info *analysis // the analysis the fix's offsets come from
	root string    // the linted tree: --fix writes nothing outside it
}

// Totals sums what loads at startup.
type Totals struct {
	Files          int            `json:"files"`
	StartupFiles   int            `json:"startup_files"`
	StartupChars   int            `json:"startup_chars"`
	StartupTokens  int            `json:"startup_tokens"`
	FileLimit      int            `json:"file_limit_chars"`
	TotalLimit     int            `json:"total_limit_chars"`
	CharsPerToken  int            `json:"chars_per_token"`
	ContextWindow  int            `json:"context_window_tokens"`
	Errors         int            `json:"errors"`
	Warnings       int            `json:"warnings"`
	Infos          int            `json:"infos"`
	FindingsByRule map[string]int `json:"findings_by_rule,omitempty"`
}

// Result is everything one lint run found.
type Result struct {
	Root     string    `json:"root"`
	Files    []*File   `json:"files"`
	Findings []Finding `json:"findings"`
	Totals   Totals    `json:"totals"`
	// Fixes lists what --fix changed, one line per change.
	Fixes []string `json:"fixes,omitempty"`
	// NotFixed lists the files --fix left alone and why (read-only, outside
	// the linted tree, changed since it was linted).
	NotFixed []string `json:"not_fixed,omitempty"`
	// Omitted counts the findings left out by MaxFindingsPerFile and
	// MaxFindings; they are not in Findings or in the totals' counts.
	Omitted int `json:"omitted_findings,omitempty"`

	omittedMax Severity
}

// Max returns the highest severity among the findings.
func (r *Result) Max() Severity {
	m := r.omittedMax
	for _, f := range r.Findings {
		if f.Severity > m {
			m = f.Severity
		}
	}
	return m
}
