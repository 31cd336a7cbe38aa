package main

import (
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// thrownMessages lists the message expressions of what a throw statement
// throws: the arguments of the error it constructs (new Error("…"),
// Error("…"), a subclass, or its {message} object), inside Object.assign and
// the like, on either side of ?:. What Claude Code throws while it sends a
// request or sets up its client is printed to the user as the failure
// ("API Error: …", or on its own in -p mode).
func thrownMessages(x js.IExpr) []js.IExpr {
	switch x := x.(type) {
	case *js.LiteralExpr, *js.TemplateExpr:
		return []js.IExpr{x}
	case *js.GroupExpr:
		return thrownMessages(x.X)
	case *js.CondExpr:
		return append(thrownMessages(x.X), thrownMessages(x.Y)...)
	case *js.CommaExpr:
		if len(x.List) > 0 {
			return thrownMessages(x.List[len(x.List)-1])
		}
	case *js.NewExpr:
		if x.Args != nil && len(x.Args.List) > 0 {
			return arguments(x.Args.List)
		}
	case *js.CallExpr:
		var out []js.IExpr
		for _, a := range x.Args.List {
			if n, ok := a.Value.(*js.NewExpr); ok {
				out = append(out, thrownMessages(n)...)
			}
		}
		if len(out) == 0 && len(x.Args.List) > 0 {
			out = arguments(x.Args.List)
		}
		return out
	}
	return nil
}

// arguments are where an error constructor's message may be: any of its
// arguments (an error class may take a code first: new E("stale_bearer",
// "By this computer's clock, …")), or an argument's message property. A
// code or an option is one word, which the filter's three words leave out.
func arguments(args []js.Arg) []js.IExpr {
	var out []js.IExpr
	for _, a := range args {
		if o, ok := a.Value.(*js.ObjectExpr); ok {
			for _, p := range o.List {
				if propName(p) == "message" {
					out = append(out, p.Value)
				}
			}
			continue
		}
		out = append(out, a.Value)
	}
	return out
}

// thrown returns the literals that reach a thrown or constructed error's
// message.
func (p *program) thrown() map[string]bool {
	p.out = map[string]bool{}
	for _, f := range p.flows {
		for _, s := range f.throws {
			p.eval(f, s, 0, visits{})
		}
	}
	return p.out
}

// constructedMessages lists the message expressions of an error constructed
// anywhere, not only at a throw: one rejected, passed to a callback or
// returned for a caller to throw. Outside a throw only the name tells an
// error, so only a class named …Error (new Error, new f.CredentialsProviderError)
// or a call of Error itself counts; minified classes count where thrown.
func constructedMessages(n js.INode) []js.IExpr {
	switch n := n.(type) {
	case *js.NewExpr:
		if n.Args != nil && len(n.Args.List) > 0 && strings.HasSuffix(calleeName(n.X), "Error") {
			return arguments(n.Args.List)
		}
	case *js.CallExpr:
		if calleeName(n.X) == "Error" && len(n.Args.List) > 0 {
			return arguments(n.Args.List)
		}
	}
	return nil
}

// calleeName is the name a constructor or function is called by (the last
// part of a dotted name).
func calleeName(x js.IExpr) string {
	switch x := x.(type) {
	case *js.Var:
		return string(x.Data)
	case *js.DotExpr:
		switch y := x.Y.(type) {
		case *js.Var:
			return string(y.Data)
		case *js.LiteralExpr:
			return string(y.Data)
		}
	}
	return ""
}
