package main

import "github.com/tdewolff/parse/v2/js"

// thrownMessages lists the message expressions of what a throw statement
// throws: the first argument of the error it constructs (new Error("…"),
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
			return firstArgument(x.Args.List)
		}
	case *js.CallExpr:
		var out []js.IExpr
		for _, a := range x.Args.List {
			if n, ok := a.Value.(*js.NewExpr); ok {
				out = append(out, thrownMessages(n)...)
			}
		}
		if len(out) == 0 && len(x.Args.List) > 0 {
			out = firstArgument(x.Args.List)
		}
		return out
	}
	return nil
}

// firstArgument is an error constructor's message: its first argument, or
// that argument's message property.
func firstArgument(args []js.Arg) []js.IExpr {
	v := args[0].Value
	if o, ok := v.(*js.ObjectExpr); ok {
		for _, p := range o.List {
			if propName(p) == "message" {
				return []js.IExpr{p.Value}
			}
		}
		return nil
	}
	return []js.IExpr{v}
}

// thrown returns the literals that reach a thrown error's message.
func (p *program) thrown() map[string]bool {
	p.out = map[string]bool{}
	for _, f := range p.flows {
		for _, s := range f.throws {
			p.eval(f, s, 0, visits{})
		}
	}
	return p.out
}
