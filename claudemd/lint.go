package claudemd

import (
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

// hashSeed is the process's one seed for paragraph and file hashes, so
// hashes from several runs (several PATHs, or --fix's) compare.
var hashSeed = sync.OnceValue(maphash.MakeSeed)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// run is one lint: its settings, files and findings.
type run struct {
	opts     Options
	root     string
	set      *settings
	seed     maphash.Seed
	files    []*File // discovery order
	byReal   map[string]*File
	notes    []Finding
	findings []Finding
	cache    map[string]*analysis // absolute path → analysis, for import targets
	loaded   []*File              // load order, imports included
	cwdReal  string
	stats    map[string]statResult
	omitted  omitted
	conf     *confinement // nil: not confined
}

type statResult struct{ exists, isDir bool }

// stat caches os.Stat: many files import the same few targets.
func (r *run) stat(p string) (exists, isDir bool) {
	if s, ok := r.stats[p]; ok {
		return s.exists, s.isDir
	}
	e, d := statPath(p)
	r.stats[p] = statResult{e, d}
	return e, d
}

// Lint discovers, reads and checks the memory files of opts.Paths[0] (and
// any further paths).
func Lint(opts Options) (*Result, error) {
	if opts.Cwd == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		opts.Cwd = wd
	}
	paths := opts.Paths
	if len(paths) == 0 {
		paths = []string{opts.Cwd}
	}
	var all *Result
	for _, p := range paths {
		r, err := lintOne(opts, p)
		if err != nil {
			return nil, err
		}
		if all == nil {
			all = r
			continue
		}
		all.Files = append(all.Files, r.Files...)
		all.Findings = append(all.Findings, r.Findings...)
		all.Totals = addTotals(all.Totals, r.Totals)
		all.Omitted += r.Omitted
		all.omittedMax = max(all.omittedMax, r.omittedMax)
	}
	return all, nil
}

func addTotals(a, b Totals) Totals {
	a.Files += b.Files
	a.StartupFiles += b.StartupFiles
	a.StartupChars += b.StartupChars
	a.StartupTokens += b.StartupTokens
	a.Errors += b.Errors
	a.Warnings += b.Warnings
	a.Infos += b.Infos
	for k, v := range b.FindingsByRule {
		if a.FindingsByRule == nil {
			a.FindingsByRule = map[string]int{}
		}
		a.FindingsByRule[k] += v
	}
	return a
}

// PathError is a PATH argument that cannot be linted (exit 2).
type PathError struct{ Err error }

func (e *PathError) Error() string { return e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func lintOne(opts Options, path string) (*Result, error) {
	if !filepath.IsAbs(path) {
		path = filepath.Join(opts.Cwd, path)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, &PathError{err}
	}
	single := ""
	root := path
	if !st.IsDir() {
		single, root = path, filepath.Dir(path)
	}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		if single != "" {
			single = filepath.Join(real, filepath.Base(single))
		}
		root = real
	}

	cfg := opts.Config
	if cfg == nil {
		cp, explicit := filepath.Join(root, ConfigFile), false
		if opts.ConfigPath != "" {
			cp, explicit = opts.ConfigPath, true
		}
		if !newConfinement(opts.Roots).allowsReal(cp) {
			cfg = nil // a confined run reads no config outside its roots
		} else if cfg, err = LoadConfig(cp, explicit); err != nil {
			return nil, err
		}
	}
	model, window := opts.Model, opts.ContextWindow
	if cfg != nil {
		if model == "" {
			model = cfg.Model
		}
		if window == 0 {
			window = cfg.ContextWindow
		}
	}
	r := &run{opts: opts, root: root, seed: hashSeed(), byReal: map[string]*File{}, cache: map[string]*analysis{},
		stats: map[string]statResult{}, cwdReal: opts.Cwd, conf: newConfinement(opts.Roots)}
	if real, err := filepath.EvalSymlinks(opts.Cwd); err == nil {
		r.cwdReal = real
	}
	r.set = newSettings(cfg, ComputeLimits(model, window))

	r.discover(single)
	r.resolveImports()
	return r.finish(), nil
}

// discover finds the root memory files, then analyses them on a bounded
// pool of workers.
func (r *run) discover(single string) {
	// Workers analyse batches of files while the walk goes on: the walk is
	// mostly system calls, the analysis mostly CPU.
	const batchSize = 32
	g := r.pool()
	var todo []*File
	emit := func(f *File) {
		r.files = append(r.files, f)
		if f.Loaded == LoadedSkipped {
			return
		}
		if _, dup := r.byReal[f.real]; dup {
			return // a second path to a file already queued: shares its analysis
		}
		r.byReal[f.real] = f
		todo = append(todo, f)
		if len(todo) == batchSize {
			r.analyzeBatch(g, todo)
			todo = make([]*File, 0, batchSize)
		}
	}
	w := &walker{root: r.root, set: r.set, emit: emit}
	switch {
	case r.opts.Startup:
		excludes := claudeMdExcludes(r.root, r.opts.Home, r.opts.ManagedDir, r.conf)
		startupFiles(r.root, r.opts.Home, r.opts.ManagedDir, excludes, r.conf, emit, w.loop)
	case single != "":
		kind := KindProject
		if filepath.Base(single) == nameLocal {
			kind = KindLocal
		}
		w.file(single, kind, LoadedStartup, r.root, nil, false)
	default:
		if r.opts.User && r.opts.Home != "" {
			ud := filepath.Join(r.opts.Home, dirClaude)
			w.file(filepath.Join(ud, nameProject), KindUser, LoadedStartup, "", nil, true)
			w.rules(filepath.Join(ud, dirRules), KindUser, LoadedStartup, "")
		}
		w.walk()
	}
	r.analyzeBatch(g, todo)
	_ = g.Wait() // the analyses return no errors: an unreadable file is a finding
	r.notes = append(r.notes, w.notes...)
	// A file reached twice (a symlink to another memory file) shares the
	// first one's analysis; its own findings would only repeat.
	for _, f := range r.files {
		if f.info == nil && f.Loaded != LoadedSkipped {
			if prev := r.byReal[f.real]; prev != nil && prev != f && prev.info != nil {
				f.info = &analysis{bytes: prev.info.bytes, chars: prev.info.chars, lines: prev.info.lines,
					imports: prev.info.imports, importsOmitted: prev.info.importsOmitted, paras: prev.info.paras, skip: prev.info.skip, empty: prev.info.empty,
					fm: prev.info.fm, sup: prev.info.sup}
			}
		}
	}
}

// analyzeFile reads one file and analyses it; buf is reused across calls.
func (r *run) analyzeFile(f *File, buf []byte) []byte {
	if !r.conf.allowsReal(f.abs) {
		f.info = &analysis{skip: notRead}
		return buf
	}
	src, size, skip, err := readLimited(f.abs, buf, f.regular)
	if err != nil {
		f.info = &analysis{skip: "unreadable: " + errText(err)}
		return buf
	}
	if skip != "" {
		f.info = &analysis{skip: skip, bytes: size}
		c := &fileCheck{file: f, a: f.info, set: r.set}
		if r.set.severity[ruleFileSkipped.ID] != SeverityOff {
			c.rule = ruleFileSkipped
			ruleFileSkipped.file(c)
		}
		return buf
	}
	f.info = analyze(f, src, r.set, r.seed, r.opts.Sections && f.Loaded == LoadedStartup)
	if cap(src) > cap(buf) && cap(src) <= 4<<20 {
		buf = src[:0]
	}
	return buf
}

func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// resolveImports follows every root's @imports the way Claude Code does,
// analysing newly reached files in parallel waves first.
func (r *run) resolveImports() {
	for _, f := range r.files {
		if f.info != nil {
			r.cache[f.abs] = f.info
		}
	}
	// Waves: analyse every existing import target not seen yet.
	frontier := r.files
	for depth := 0; depth < MaxImportDepth && len(frontier) > 0; depth++ {
		var next []*File
		seen := map[string]bool{}
		for _, f := range frontier {
			if f.info == nil {
				continue
			}
			dir := filepath.Dir(f.abs)
			for _, c := range f.info.imports {
				if !c.accepted {
					continue
				}
				t := expandImport(c.path, dir, r.opts.Home)
				inside := within(r.root, t) || f.scope == "" && r.opts.Home != "" && within(r.opts.Home, t)
				if _, ok := r.cache[t]; ok || seen[t] || !inside && !r.opts.Startup || !r.conf.allows(t) {
					continue
				}
				seen[t] = true
				if ok, isDir := r.stat(t); !ok || isDir || !isText(t) {
					continue
				}
				next = append(next, &File{abs: t, real: t, Kind: KindImport})
			}
		}
		r.analyzeAll(next)
		for _, f := range next {
			r.cache[f.abs] = f.info
		}
		frontier = next
	}

	processed := map[string]bool{}
	var visit func(f *File, depth int, chain []string)
	visit = func(f *File, depth int, chain []string) {
		r.loaded = append(r.loaded, f)
		if f.info == nil || f.info.skip != "" {
			return
		}
		if f.info.empty {
			return // Claude Code drops blank files and never reads their imports
		}
		chain = append(chain, f.abs)
		dir := filepath.Dir(f.abs)
		for i := range f.info.imports {
			c := &f.info.imports[i]
			if !c.accepted {
				continue
			}
			res := r.resolve(c, dir, depth, chain, processed, f.scope == "")
			imp := Import{Raw: c.raw, Path: r.display(res.target), Line: c.line, Column: c.col, Status: res.status,
				abs: res.target, offset: c.off, end: c.end}
			f.Imports = append(f.Imports, imp)
			r.checkImport(f, &f.Imports[len(f.Imports)-1], res)
			if res.status != ImportLoaded {
				continue
			}
			child := &File{abs: res.target, real: res.target, Kind: KindImport, Loaded: f.Loaded, Depth: depth + 1,
				Parent: f.abs, scope: f.scope, info: r.cache[res.target]}
			if child.info == nil {
				r.analyzeAll([]*File{child})
			}
			processed[res.target] = true
			visit(child, depth+1, chain)
		}
	}
	// Startup files first, then the lazily loaded ones, each in discovery order.
	for _, pass := range []Loaded{LoadedStartup, LoadedLazy} {
		for _, f := range r.files {
			if f.Loaded == LoadedSkipped && pass == LoadedStartup {
				r.loaded = append(r.loaded, f)
				continue
			}
			if f.Loaded != pass {
				continue
			}
			if processed[f.abs] || processed[f.real] {
				continue
			}
			processed[f.abs], processed[f.real] = true, true
			visit(f, 0, nil)
		}
	}
}

func isText(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == "" || textExtensions()[ext]
}

// pool is the run's one worker pool: at most Workers (GOMAXPROCS)
// analyses at once, for the discovery walk and the import waves alike.
func (r *run) pool() *errgroup.Group {
	workers := r.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g := new(errgroup.Group)
	g.SetLimit(workers)
	return g
}

// readBufs recycles read buffers across the pool's goroutines.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// analyzeBatch queues files on the pool (waiting for a free worker).
func (r *run) analyzeBatch(g *errgroup.Group, files []*File) {
	if len(files) == 0 {
		return
	}
	g.Go(func() error {
		buf := readBufs.Get().(*[]byte)
		for _, f := range files {
			*buf = r.analyzeFile(f, *buf)
		}
		readBufs.Put(buf)
		return nil
	})
}

// analyzeAll analyses files on the pool, in batches of a few per worker.
func (r *run) analyzeAll(files []*File) {
	g := r.pool()
	n := max(1, min(32, len(files)/(4*runtime.GOMAXPROCS(0))+1))
	for i := 0; i < len(files); i += n {
		r.analyzeBatch(g, files[i:min(i+n, len(files))])
	}
	_ = g.Wait()
}

// resolve decides what Claude Code does with one import.
//
// personal is set for the user's and the managed files: their imports are
// "outside" only when they leave the home directory, not the project.
func (r *run) resolve(c *importCand, dir string, depth int, chain []string, processed map[string]bool, personal bool) *resolution {
	res := &resolution{target: expandImport(c.path, dir, r.opts.Home), depth: depth + 1, inCode: c.inCode}
	if !r.conf.allows(res.target) {
		// A confined run does not even look: nothing to say about it.
		res.status, res.outside = ImportOutside, true
		return res
	}
	res.exists, res.isDir = r.stat(res.target)
	res.mention = !meantAsFile(c.path, dir, func(p string) bool { _, d := r.stat(p); return d })
	res.outside = !within(r.root, res.target)
	if personal {
		res.outside = r.opts.Home == "" || !within(r.opts.Home, res.target)
	}
	if res.outside {
		if s := sensitiveReason(res.target, r.opts.Home); s != "" {
			res.sensitive = r.display(s)
		}
	}
	switch {
	case !res.exists || res.isDir:
		res.status = ImportMissing
		if res.mention || c.inCode {
			res.status = ImportMention
		}
		if !res.mention && strings.IndexByte(c.raw, '#') < 0 {
			if t := strings.TrimRight(c.path, trailingPunct); t != c.path && t != "" {
				p := expandImport(t, dir, r.opts.Home)
				if ok, isDir := r.stat(p); ok && !isDir {
					res.trimmed, res.trimmedN = t, len(c.path)-len(t)
				}
			}
		}
		if !res.mention && !strings.HasPrefix(c.path, "/") && !strings.HasPrefix(c.path, "~/") {
			for _, base := range []string{r.root, filepath.Dir(dir)} {
				p := filepath.Join(base, c.path)
				if p == res.target || !within(r.root, p) {
					continue
				}
				if ok, isDir := r.stat(p); ok && !isDir {
					res.wrongBase = p
					break
				}
			}
		}
	case !isText(res.target):
		res.status = ImportNotText
	case res.outside && !r.opts.Startup:
		res.status = ImportOutside
	case contains(chain, res.target):
		res.status = ImportCycle
		res.chain = append(append([]string{}, chain...), res.target)
	case depth+1 >= MaxImportDepth:
		res.status = ImportTooDeep
	case processed[res.target]:
		res.status = ImportDuplicate
	default:
		res.status = ImportLoaded
	}
	return res
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (r *run) checkImport(f *File, imp *Import, res *resolution) {
	c := &importCheck{from: f, imp: imp, res: res, set: r.set, out: &r.findings, omitted: &r.omitted}
	for _, rule := range Rules() {
		if rule.imp == nil || r.set.severity[rule.ID] == SeverityOff {
			continue
		}
		c.rule = rule
		rule.imp(c)
	}
}

// display names a path for output: relative to the working directory when
// below it, ~/… below the home directory, absolute otherwise.
func (r *run) display(p string) string {
	return displayPath(p, r.cwdReal, r.opts.Home)
}

// displayPath names p relative to cwd (symlinks resolved) or home.
func displayPath(p, cwd, home string) string {
	if cwd != "" && within(cwd, p) {
		switch {
		case len(p) == len(cwd):
			return "."
		case strings.HasSuffix(cwd, string(filepath.Separator)):
			return p[len(cwd):]
		}
		return p[len(cwd)+1:]
	}
	if home != "" && within(home, p) {
		rel, _ := filepath.Rel(home, p)
		return "~/" + filepath.ToSlash(rel)
	}
	return p
}

// capFindings keeps the first MaxFindingsPerFile findings of each file and
// MaxFindings in all (findings are sorted by path and line), counting the rest.
func (r *run) capFindings(fs []Finding) []Finding {
	if len(fs) <= MaxFindingsPerFile {
		return fs
	}
	kept := fs[:0]
	perFile, prev := 0, ""
	for _, fd := range fs {
		if fd.abs != prev {
			perFile, prev = 0, fd.abs
		}
		perFile++
		if perFile > MaxFindingsPerFile || len(kept) >= MaxFindings {
			r.omitted.add(fd.Severity)
			continue
		}
		kept = append(kept, fd)
	}
	return kept
}

// finish runs the whole-run rules, applies suppressions and ignores, and
// builds the Result.
func (r *run) finish() *Result {
	lim := r.set.limits
	res := &Result{Root: r.display(r.root)}
	if res.Root == "" || res.Root == "." {
		res.Root = "."
	}
	// File-rule findings, once per real file.
	done := map[*analysis]bool{}
	for _, f := range r.loaded {
		if f.info == nil || done[f.info] {
			continue
		}
		done[f.info] = true
		r.findings = append(r.findings, f.info.findings...)
		r.omitted.n += f.info.omitted.n
		r.omitted.max = max(r.omitted.max, f.info.omitted.max)
	}
	r.findings = append(r.findings, r.notes...)
	for _, f := range r.loaded {
		a := f.info
		f.Path = r.display(f.abs)
		if f.Parent != "" {
			f.Parent = r.display(f.Parent)
		}
		if f.Imports == nil {
			f.Imports = []Import{}
		}
		if a == nil {
			if f.Loaded == LoadedSkipped {
				res.Files = append(res.Files, f) // excluded: listed, never read
			}
			continue
		}
		f.Chars, f.Lines, f.Bytes, f.Sections = a.chars, a.lines, a.bytes, a.sections
		f.ImportsOmitted = a.importsOmitted
		f.Tokens = lim.Tokens(a.chars)
		switch {
		case a.skip != "":
			f.Loaded, f.SkipReason = LoadedSkipped, a.skip
		case a.empty && f.Loaded != LoadedSkipped:
			f.Loaded, f.SkipReason = LoadedSkipped, "empty: Claude Code drops blank files"
		}
		if f.Kind == KindRules || f.Kind == KindAncestor || f.Kind == KindUser || f.Kind == KindManaged {
			if p := rulePaths(a); len(p) > 0 && f.Loaded == LoadedStartup {
				f.Paths, f.Loaded = p, LoadedLazy
			}
		}
		res.Files = append(res.Files, f)
	}
	rc := &runCheck{files: res.Files, set: r.set, out: &r.findings}
	for _, rule := range Rules() {
		if rule.onRun == nil || r.set.severity[rule.ID] == SeverityOff {
			continue
		}
		rc.rule = rule
		rule.onRun(rc)
	}

	sup := map[string]*suppressions{}
	for _, f := range res.Files {
		if f.info != nil && (f.info.sup.file != nil || f.info.sup.lines != nil) {
			sup[f.abs] = &f.info.sup
		}
	}
	for _, fd := range r.findings {
		if s := sup[fd.abs]; s != nil && s.covers(fd.Rule, fd.Line) {
			continue
		}
		if rel, err := filepath.Rel(r.root, fd.abs); err == nil && !strings.HasPrefix(rel, "..") && r.set.ignored(rel) {
			continue
		}
		fd.Path = r.display(fd.abs)
		fd.root = r.root
		res.Findings = append(res.Findings, fd)
	}
	sort.SliceStable(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i], res.Findings[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Rule < b.Rule
	})
	res.Findings = r.capFindings(res.Findings)
	res.Omitted, res.omittedMax = r.omitted.n, r.omitted.max

	t := &res.Totals
	t.Files = len(res.Files)
	t.FileLimit, t.TotalLimit, t.CharsPerToken, t.ContextWindow = lim.FileChars, lim.TotalChars, lim.CharsPerToken, lim.ContextWindow
	for _, f := range res.Files {
		if f.Loaded == LoadedStartup {
			t.StartupFiles++
			t.StartupChars += f.Chars
		}
	}
	t.StartupTokens = lim.Tokens(t.StartupChars)
	for _, fd := range res.Findings {
		switch fd.Severity {
		case SeverityError:
			t.Errors++
		case SeverityWarning:
			t.Warnings++
		case SeverityInfo:
			t.Infos++
		}
		if t.FindingsByRule == nil {
			t.FindingsByRule = map[string]int{}
		}
		t.FindingsByRule[fd.Rule]++
	}
	return res
}
