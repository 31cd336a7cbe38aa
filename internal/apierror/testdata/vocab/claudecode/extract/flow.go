package main

import (
	"bytes"

	"github.com/tdewolff/parse/v2/js"
)

// A module's flow follows what Claude Code puts in the text of the message it
// shows for a failed API request. That message is built as an object with
// both a content and an error property ({content, error: "rate_limit", …}),
// directly or spread from a helper's result; every string or template literal
// that can end up in its content is a template the user can see — whether it
// is written there, held by a variable, returned by a called function (in
// this module or imported from another), on either side of a ?: or ||, or
// passed to a helper that only colours or joins text. The same is followed
// for what Claude Code's checks of a credential, a region, a sign-in or a
// policy answer when they fail: the value of an error property
// ({error: "…"}), and the message of a result or state that says it failed
// ({ok: false, message: "…"}, success or valid false, state or status
// "error" or "failed").
type flow struct {
	defs    map[*js.Var][]js.INode // a variable's values, or its function
	top     map[string]*js.Var     // the module's own top-level names
	imports map[string]string      // local name → the name another module exports it as
	exports map[string]string      // exported name → local name ("" and reexport: see below)
	reexp   map[string]string      // exported name → the name it is imported as (export{a as b}from…)
	sinks   []js.IExpr             // the content of each error message built
	errors  []js.IExpr             // the value of each error property, the message of each failed result
	spreads []js.IExpr             // what is spread into an error message
	throws  []js.IExpr             // the message of each error thrown or constructed (throws.go)
}

// program is every module's flow, linked by exported names: Bun gives every
// symbol one name across the chunks of a build, so a name finds its module.
type program struct {
	flows   []*flow
	exports map[string][]*flow
	out     map[string]bool // where eval records the literals it reaches
}

func newFlow(ast *js.AST) *flow {
	f := &flow{defs: map[*js.Var][]js.INode{}, top: map[string]*js.Var{}, imports: map[string]string{},
		exports: map[string]string{}, reexp: map[string]string{}}
	for _, v := range ast.Scope.Declared {
		f.top[string(v.Data)] = v
	}
	js.Walk(f, ast)
	return f
}

func root(v *js.Var) *js.Var {
	for v.Link != nil {
		v = v.Link
	}
	return v
}

func (f *flow) Enter(n js.INode) js.IVisitor {
	switch n := n.(type) {
	case *js.ImportStmt:
		for _, a := range n.List {
			if a.Binding == nil {
				continue
			}
			name := a.Binding
			if a.Name != nil {
				name = a.Name
			}
			f.imports[string(a.Binding)] = string(name)
		}
	case *js.ExportStmt:
		for _, a := range n.List {
			if a.Binding == nil {
				continue
			}
			local, name := a.Binding, a.Binding
			if a.Name != nil {
				local = a.Name
			}
			if n.Module != nil {
				f.reexp[string(name)] = string(local)
			} else {
				f.exports[string(name)] = string(local)
			}
		}
	case *js.VarDecl:
		for _, b := range n.List {
			if v, ok := b.Binding.(*js.Var); ok && b.Default != nil {
				f.defs[root(v)] = append(f.defs[root(v)], b.Default)
			}
		}
	case *js.FuncDecl:
		if n.Name != nil {
			f.defs[root(n.Name)] = append(f.defs[root(n.Name)], n)
		}
	case *js.ThrowStmt:
		f.throws = append(f.throws, thrownMessages(n.Value)...)
	case *js.NewExpr, *js.CallExpr:
		f.throws = append(f.throws, constructedMessages(n)...)
	case *js.BinaryExpr:
		if v, ok := n.X.(*js.Var); ok && n.Op == js.EqToken {
			f.defs[root(v)] = append(f.defs[root(v)], n.Y)
		}
	case *js.ObjectExpr:
		var content, msg js.IExpr
		var spread []js.IExpr
		hasError, failed := false, false
		for _, p := range n.List {
			if p.Spread {
				spread = append(spread, p.Value)
				continue
			}
			switch propName(p) {
			case "content":
				content = p.Value
			case "message":
				msg = p.Value
			case "ok", "success", "valid":
				failed = failed || isFalse(p.Value)
			case "state", "status":
				failed = failed || isString(p.Value, "error", "failed")
			case "error":
				hasError = true
				f.errors = append(f.errors, p.Value)
			}
		}
		if failed && msg != nil {
			f.errors = append(f.errors, msg)
		}
		if !hasError {
			break
		}
		if content != nil {
			f.sinks = append(f.sinks, content)
		}
		f.spreads = append(f.spreads, spread...)
	}
	return f
}

func (f *flow) Exit(js.INode) {}

// isFalse reports whether an expression is false as written or minified (!1).
func isFalse(x js.IExpr) bool {
	if u, ok := x.(*js.UnaryExpr); ok && u.Op == js.NotToken {
		l, ok := u.X.(*js.LiteralExpr)
		return ok && string(l.Data) == "1"
	}
	l, ok := x.(*js.LiteralExpr)
	return ok && string(l.Data) == "false"
}

// isString reports whether an expression is one of these strings.
func isString(x js.IExpr, want ...string) bool {
	l, ok := x.(*js.LiteralExpr)
	if !ok || l.TokenType != js.StringToken {
		return false
	}
	for _, w := range want {
		if string(bytes.Trim(l.Data, `"'`)) == w {
			return true
		}
	}
	return false
}

func propName(p js.Property) string {
	if p.Name == nil || p.Name.IsComputed() {
		return ""
	}
	return string(bytes.Trim(p.Name.Literal.Data, `"'`))
}

func newProgram(flows []*flow) *program {
	p := &program{flows: flows, exports: map[string][]*flow{}}
	for _, f := range flows {
		for name := range f.exports {
			p.exports[name] = append(p.exports[name], f)
		}
		for name := range f.reexp {
			p.exports[name] = append(p.exports[name], f)
		}
	}
	return p
}

// messages returns the literals that reach an API error message's content.
func (p *program) messages() map[string]bool {
	p.out = map[string]bool{}
	for _, f := range p.flows {
		for _, s := range f.sinks {
			p.eval(f, s, 0, visits{})
		}
		for _, s := range f.spreads {
			for _, c := range p.property(f, s, "content", 0) {
				p.eval(c.f, c.x, 0, visits{})
			}
		}
	}
	return p.out
}

// errorValues returns the literals that reach an error property or a
// failed result's message.
func (p *program) errorValues() map[string]bool {
	p.out = map[string]bool{}
	for _, f := range p.flows {
		for _, s := range f.errors {
			p.eval(f, s, 0, visits{})
		}
	}
	return p.out
}

// visits records the least depth at which each variable and function was
// followed from one message: one reached again deeper has nothing new to
// give, one reached again less deep may (its own depth limit is further).
type visits map[js.INode]int

func (v visits) first(n js.INode, depth int) bool {
	if d, ok := v[n]; ok && d <= depth {
		return false
	}
	v[n] = depth
	return true
}

// maxDepth bounds how many variables and calls a text is followed through
// (2.1.328 gives the same list with 14).
const maxDepth = 8

// a value is an expression and the module it is in.
type value struct {
	f *flow
	x js.INode
}

// resolve lists the values a variable may hold: its own definitions, or
// the definitions of the name another module exports it as.
func (p *program) resolve(f *flow, v *js.Var) []value {
	v = root(v)
	var out []value
	for _, d := range f.defs[v] {
		out = append(out, value{f, d})
	}
	if len(out) > 0 {
		return out
	}
	name, ok := f.imports[string(v.Data)]
	if !ok {
		return nil
	}
	return p.exported(name, 0)
}

func (p *program) exported(name string, depth int) []value {
	if depth > 4 {
		return nil
	}
	var out []value
	for _, g := range p.exports[name] {
		if local, ok := g.exports[name]; ok {
			if v := g.top[local]; v != nil {
				for _, d := range g.defs[root(v)] {
					out = append(out, value{g, d})
				}
			} else if orig, ok := g.imports[local]; ok {
				out = append(out, p.exported(orig, depth+1)...)
			}
		}
		if orig, ok := g.reexp[name]; ok {
			out = append(out, p.exported(orig, depth+1)...)
		}
	}
	return out
}

func (p *program) eval(f *flow, n js.INode, depth int, seen visits) {
	if n == nil || depth > maxDepth {
		return
	}
	switch n := n.(type) {
	case *js.LiteralExpr:
		if n.TokenType == js.StringToken {
			p.out[unescape(n.Data[1:len(n.Data)-1])] = true
		}
	case *js.TemplateExpr:
		if n.Tag != nil {
			return
		}
		p.out[templateString(n)] = true
		for _, part := range n.List {
			p.eval(f, part.Expr, depth, seen)
		}
	case *js.Var:
		if !seen.first(root(n), depth) {
			return
		}
		for _, d := range p.resolve(f, n) {
			switch d.x.(type) {
			case *js.FuncDecl, *js.ArrowFunc:
				continue // a function is no text; a call of it is
			}
			p.eval(d.f, d.x, depth+1, seen)
		}
	case *js.CallExpr:
		fns := p.functions(f, n.X)
		for _, fn := range fns {
			if !seen.first(fn.x, depth) {
				continue
			}
			for _, r := range returns(fn.x) {
				p.eval(fn.f, r, depth+1, seen)
			}
		}
		if len(fns) > 0 {
			return
		}
		if d, ok := n.X.(*js.DotExpr); ok {
			// A string or array method (join, trim, replace…): the
			// text is its receiver's.
			p.eval(f, d.X, depth, seen)
			return
		}
		// A function not followed (a parameter, a colouring helper):
		// its arguments may be the text.
		for _, a := range n.Args.List {
			p.eval(f, a.Value, depth, seen)
		}
	case *js.CondExpr:
		p.eval(f, n.X, depth, seen)
		p.eval(f, n.Y, depth, seen)
	case *js.BinaryExpr:
		switch n.Op {
		case js.AddToken, js.OrToken, js.NullishToken:
			p.eval(f, n.X, depth, seen)
			p.eval(f, n.Y, depth, seen)
		case js.AndToken, js.EqToken:
			p.eval(f, n.Y, depth, seen)
		}
	case *js.NewExpr:
		// An error constructed where a text is expected (a function
		// returning new Error("…") for its caller to throw): its message.
		if n.Args != nil {
			for _, a := range n.Args.List {
				p.eval(f, a.Value, depth, seen)
			}
		}
	case *js.GroupExpr:
		p.eval(f, n.X, depth, seen)
	case *js.CommaExpr:
		if len(n.List) > 0 {
			p.eval(f, n.List[len(n.List)-1], depth, seen)
		}
	case *js.ArrayExpr:
		for _, e := range n.List {
			p.eval(f, e.Value, depth, seen)
		}
	}
}

// functions lists the functions a callee names.
func (p *program) functions(f *flow, x js.IExpr) []value {
	switch x := x.(type) {
	case *js.FuncDecl, *js.ArrowFunc:
		return []value{{f, x}}
	case *js.GroupExpr:
		return p.functions(f, x.X)
	case *js.Var:
		var out []value
		for _, d := range p.resolve(f, x) {
			switch d.x.(type) {
			case *js.FuncDecl, *js.ArrowFunc:
				out = append(out, d)
			}
		}
		return out
	}
	return nil
}

// property finds a property of the object an expression stands for (what
// is spread into an error message): an object literal, a variable holding
// one, or a call of a function returning one.
func (p *program) property(f *flow, x js.IExpr, name string, depth int) []value {
	if depth > 2 {
		return nil
	}
	var out []value
	switch x := x.(type) {
	case *js.ObjectExpr:
		for _, prop := range x.List {
			if propName(prop) == name {
				out = append(out, value{f, prop.Value})
			}
		}
	case *js.GroupExpr:
		out = p.property(f, x.X, name, depth)
	case *js.CondExpr:
		out = append(p.property(f, x.X, name, depth), p.property(f, x.Y, name, depth)...)
	case *js.Var:
		for _, d := range p.resolve(f, x) {
			if e, ok := d.x.(js.IExpr); ok {
				out = append(out, p.property(d.f, e, name, depth+1)...)
			}
		}
	case *js.CallExpr:
		for _, fn := range p.functions(f, x.X) {
			for _, r := range returns(fn.x) {
				out = append(out, p.property(fn.f, r, name, depth+1)...)
			}
		}
	}
	return out
}

// returns lists what a function returns (not what its nested functions do).
func returns(fn js.INode) []js.IExpr {
	r := &returnCollector{}
	switch fn := fn.(type) {
	case *js.FuncDecl:
		js.Walk(r, &fn.Body)
	case *js.ArrowFunc:
		js.Walk(r, &fn.Body)
	}
	return r.values
}

type returnCollector struct{ values []js.IExpr }

func (r *returnCollector) Enter(n js.INode) js.IVisitor {
	switch n := n.(type) {
	case *js.FuncDecl, *js.ArrowFunc, *js.MethodDecl, *js.ClassDecl:
		return nil
	case *js.ReturnStmt:
		if n.Value != nil {
			r.values = append(r.values, n.Value)
		}
	}
	return r
}

func (r *returnCollector) Exit(js.INode) {}
