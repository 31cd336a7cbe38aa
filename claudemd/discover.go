package claudemd

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	ignore "github.com/sabhiram/go-gitignore"
)

// Memory file names Claude Code reads in every directory it loads.
const (
	nameProject = "CLAUDE.md"
	nameLocal   = "CLAUDE.local.md"
	dirClaude   = ".claude"
	dirRules    = "rules"
)

// walker discovers the memory files of a tree: it honours .gitignore (and
// .ccdiag.yml's ignore list), skips .git and node_modules, and follows
// symlinked directories only inside the tree, once, after the real tree.
type walker struct {
	root    string // absolute, symlinks resolved
	set     *settings
	emit    func(*File)
	notes   []Finding
	visited map[string]bool
	pending []pendingLink
	dirBuf  []byte
}

type ignoreLayer struct {
	dir string
	gi  *ignore.GitIgnore
}

type pendingLink struct {
	path, real string
	layers     []ignoreLayer
}

func (w *walker) note(rule *Rule, path, format string, args ...any) {
	f := Finding{Rule: rule.ID, Severity: w.set.severity[rule.ID], abs: path, Line: 1, Column: 1}
	f.Message = sprintf(format, args...)
	if f.Severity != SeverityOff {
		w.notes = append(w.notes, f)
	}
}

func (w *walker) walk() {
	w.visited = map[string]bool{w.root: true}
	w.dir(w.root, nil)
	for len(w.pending) > 0 {
		p := w.pending[0]
		w.pending = w.pending[1:]
		if w.visited[p.real] {
			if within(p.real, p.path) {
				w.note(ruleSymlinkLoop, p.path, "symlink loop: %s points back to %s; not followed", w.display(p.path), w.display(p.real))
			}
			continue
		}
		w.visited[p.real] = true
		w.dir(p.path, p.layers)
	}
}

func (w *walker) display(p string) string {
	if r, err := filepath.Rel(w.root, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

// ignored applies the .gitignore layers and the config's ignore list.
func (w *walker) ignored(path string, isDir bool, layers []ignoreLayer) bool {
	if len(w.set.ignore) > 0 {
		if rel, err := filepath.Rel(w.root, path); err == nil && w.set.ignored(rel) {
			return true
		}
	}
	for _, l := range layers {
		r, err := filepath.Rel(l.dir, path)
		if err != nil || strings.HasPrefix(r, "..") {
			continue
		}
		r = filepath.ToSlash(r)
		if l.gi.MatchesPath(r) || isDir && l.gi.MatchesPath(r+"/") {
			return true
		}
	}
	return false
}

func (w *walker) dir(dir string, layers []ignoreLayer) {
	ents, buf, err := readDir(dir, w.dirBuf)
	w.dirBuf = buf
	if err != nil {
		return
	}
	for i := range ents {
		ents[i].resolveType(dir)
	}
	for _, e := range ents {
		if e.name == ".gitignore" && e.isRegular() {
			if gi, err := ignore.CompileIgnoreFile(filepath.Join(dir, ".gitignore")); err == nil {
				layers = append(layers[:len(layers):len(layers)], ignoreLayer{dir, gi})
			}
			break
		}
	}
	atRoot := dir == w.root
	kind, loaded := KindProject, LoadedStartup
	if !atRoot {
		kind, loaded = KindNested, LoadedLazy
	}
	var subdirs []string
	var project, local *dirEntry
	hasClaude := false
	for i, e := range ents {
		name := e.name
		switch name {
		case ".git", "node_modules":
			continue
		case nameProject:
			project = &ents[i]
			continue
		case nameLocal:
			local = &ents[i]
			continue
		case dirClaude:
			hasClaude = e.isDir() || e.isSymlink()
			continue
		}
		path := filepath.Join(dir, name)
		if e.isSymlink() {
			real, err := filepath.EvalSymlinks(path)
			if err != nil {
				continue // dangling or looping links to non-memory files are not our business
			}
			st, err := os.Stat(real)
			if err != nil || !st.IsDir() {
				continue
			}
			if w.ignored(path, true, layers) {
				continue
			}
			if !within(w.root, real) {
				w.note(ruleSymlinkOutside, path, "directory symlink %s points outside the project to %s; not followed", w.display(path), real)
				continue
			}
			w.pending = append(w.pending, pendingLink{path, real, layers})
			continue
		}
		if e.isDir() && !w.ignored(path, true, layers) {
			subdirs = append(subdirs, path)
		}
	}
	// Claude Code's order in one directory: CLAUDE.md, .claude/CLAUDE.md,
	// .claude/rules/**, CLAUDE.local.md.
	if project != nil {
		w.entry(dir, *project, kind, loaded, dir, layers)
	}
	if hasClaude {
		cdir := filepath.Join(dir, dirClaude)
		if !w.ignored(cdir, true, layers) {
			w.file(filepath.Join(cdir, nameProject), kind, loaded, dir, layers, true)
			rk := KindRules
			w.rules(filepath.Join(cdir, dirRules), rk, loaded, dir)
		}
	}
	if local != nil {
		// CLAUDE.local.md is meant to be gitignored and still loads.
		w.entry(dir, *local, KindLocal, loaded, dir, nil)
	}
	for _, s := range subdirs {
		w.visited[s] = true
		w.dir(s, layers)
	}
}

// entry emits a memory file found in a listing: a regular file needs no
// further system call.
func (w *walker) entry(dir string, e dirEntry, kind Kind, loaded Loaded, scope string, layers []ignoreLayer) {
	path := filepath.Join(dir, e.name)
	if !e.isRegular() {
		w.file(path, kind, loaded, scope, layers, false)
		return
	}
	if layers != nil && w.ignored(path, false, layers) {
		return
	}
	w.emit(&File{abs: path, real: path, Kind: kind, Loaded: loaded, scope: scope, regular: true})
}

// file emits one memory file if it exists (optional files may be absent).
func (w *walker) file(path string, kind Kind, loaded Loaded, scope string, layers []ignoreLayer, optional bool) {
	lst, err := os.Lstat(path)
	if err != nil {
		return
	}
	if layers != nil && w.ignored(path, false, layers) {
		return
	}
	f := &File{abs: path, real: path, Kind: kind, Loaded: loaded, scope: scope}
	if lst.Mode()&os.ModeSymlink != 0 {
		real, err := filepath.EvalSymlinks(path)
		if err == nil {
			f.real = real
			if !within(w.root, real) {
				w.note(ruleSymlinkOutside, path, "%s is a symlink to %s, outside the project", w.display(path), real)
			}
		}
	} else if optional && lst.IsDir() {
		return
	}
	w.emit(f)
}

// rules emits .claude/rules/**/*.md, following symlinks and cutting cycles
// as Claude Code does.
func (w *walker) rules(dir string, kind Kind, loaded Loaded, scope string) {
	walkRules(dir, func(path string, loops bool) {
		if loops {
			w.emit(&File{abs: path, real: path, Kind: kind, Loaded: loaded, scope: scope})
			return
		}
		w.file(path, kind, loaded, scope, nil, false)
	}, w.loop)
}

// loop notes a rules folder that leads back to one of its parents.
func (w *walker) loop(dir, real string) {
	w.note(ruleSymlinkLoop, dir, "symlink loop: %s leads back to %s; Claude Code cuts it", w.display(dir), w.display(real))
}

// walkRules is the one walk of a .claude/rules folder, shared by lint and
// --report: the .md files at any depth, symlinks followed, a folder that
// leads back to one of its parents cut (and passed to onLoop). A .md
// symlink that loops is passed with loops set: Claude Code skips it.
func walkRules(dir string, file func(path string, loops bool), onLoop func(dir, real string)) {
	var walk func(string, map[string]bool)
	walk = func(dir string, chain map[string]bool) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			return
		}
		if chain[real] {
			onLoop(dir, real)
			return
		}
		ents, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		chain[real] = true
		defer delete(chain, real)
		for _, e := range ents {
			path := filepath.Join(dir, e.Name())
			isDir := e.IsDir()
			if e.Type()&os.ModeSymlink != 0 {
				st, err := os.Stat(path)
				if err != nil {
					if isLoop(err) && strings.HasSuffix(e.Name(), ".md") {
						file(path, true)
					}
					continue
				}
				isDir = st.IsDir()
			}
			if isDir {
				walk(path, chain)
			} else if strings.HasSuffix(e.Name(), ".md") {
				file(path, false)
			}
		}
	}
	walk(dir, map[string]bool{})
}

// within reports whether p is dir or below it (no allocation: it is hot).
func within(dir, p string) bool {
	if !strings.HasPrefix(p, dir) {
		return false
	}
	if len(p) == len(dir) {
		return true
	}
	return p[len(dir)] == filepath.Separator || strings.HasSuffix(dir, string(filepath.Separator))
}

// notRead is the skip reason of a location a confined run does not read.
const notRead = "outside the roots, not read"

// confinement is the set of folders a confined run may read (nil: any).
type confinement struct{ roots []string }

func newConfinement(roots []string) *confinement {
	if len(roots) == 0 {
		return nil
	}
	c := &confinement{}
	for _, r := range roots {
		if real, err := filepath.EvalSymlinks(r); err == nil {
			r = real
		}
		c.roots = append(c.roots, filepath.Clean(r))
	}
	return c
}

// allows reports whether p (taken as it is: resolve symlinks first) is
// inside a root. A nil confinement allows everything.
func (c *confinement) allows(p string) bool {
	if c == nil {
		return true
	}
	for _, r := range c.roots {
		if within(r, p) {
			return true
		}
	}
	return false
}

// allowsReal is allows for p's real location; a path that does not resolve
// is judged as written.
func (c *confinement) allowsReal(p string) bool {
	if c == nil {
		return true
	}
	if !c.allows(p) {
		return false
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		return c.allows(real)
	}
	return true
}

// startupFiles lists what Claude Code loads at startup in dir: the managed
// policy, the user's files, then every directory from / down to dir, minus
// claudeMdExcludes (which never applies to managed files).
func startupFiles(dir, home, managed string, excludes []string, conf *confinement, emit func(*File), onLoop func(dir, real string)) {
	// outside lists a location a confined run must not read, once, unread.
	outside := func(loc string, kind Kind) bool {
		if conf.allows(loc) {
			return false
		}
		emit(&File{abs: loc, real: loc, Kind: kind, Loaded: LoadedSkipped, SkipReason: notRead})
		return true
	}
	add := func(path string, kind Kind, scope string) {
		if _, err := os.Lstat(path); err != nil {
			return
		}
		if kind != KindManaged && excluded(path, excludes) {
			emit(&File{abs: path, real: path, Kind: kind, Loaded: LoadedSkipped, scope: scope, SkipReason: "excluded by claudeMdExcludes"})
			return
		}
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			real = path
		}
		emit(&File{abs: path, real: real, Kind: kind, Loaded: LoadedStartup, scope: scope})
	}
	rules := func(rdir string, kind Kind, scope string) {
		walkRules(rdir, func(p string, _ bool) { add(p, kind, scope) }, onLoop)
	}
	if managed != "" && !outside(managed, KindManaged) {
		add(filepath.Join(managed, nameProject), KindManaged, "")
		rules(filepath.Join(managed, dirClaude, dirRules), KindManaged, "")
	}
	if home != "" && !outside(filepath.Join(home, dirClaude), KindUser) {
		ud := filepath.Join(home, dirClaude)
		add(filepath.Join(ud, nameProject), KindUser, "")
		rules(filepath.Join(ud, dirRules), KindUser, "")
	}
	var dirs []string
	for d := dir; ; d = filepath.Dir(d) {
		dirs = append(dirs, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	sort.SliceStable(dirs, func(i, j int) bool { return len(dirs[i]) < len(dirs[j]) })
	for _, d := range dirs {
		kind, local := KindAncestor, KindAncestor
		if d == dir {
			kind, local = KindProject, KindLocal
		}
		if outside(d, kind) {
			continue
		}
		add(filepath.Join(d, nameProject), kind, d)
		add(filepath.Join(d, dirClaude, nameProject), kind, d)
		rk := KindRules
		if d != dir {
			rk = KindAncestor
		}
		rules(filepath.Join(d, dirClaude, dirRules), rk, d)
		add(filepath.Join(d, nameLocal), local, d)
	}
}
