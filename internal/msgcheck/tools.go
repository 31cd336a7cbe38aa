package msgcheck

import (
	"fmt"
	"strings"

	"github.com/tidwall/gjson"
)

// validToolName reports whether name matches ^[a-zA-Z0-9_-]{1,64}$, the
// pattern the API requires of custom tool names.
func validToolName(name string) bool {
	if len(name) == 0 || len(name) > 64 {
		return false
	}
	for i := 0; i < len(name); i++ {
		b := name[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-') {
			return false
		}
	}
	return true
}

func (c *checker) checkTools(tools gjson.Result) {
	if !tools.Exists() {
		return
	}
	if !tools.IsArray() {
		c.add("$.tools", "tools_invalid", Error, "tools must be an array")
		return
	}
	list := tools.Array()
	max := c.opts.MaxTools
	if max <= 0 {
		max = DefaultMaxTools
	}
	if len(list) > max {
		c.add("$.tools", "too_many_tools", Error, fmt.Sprintf(
			"%d tools are defined; at most %d are allowed — drop the ones this request does not need", len(list), max))
	}
	seen := map[string]int{}
	for i, t := range list {
		p := index("$.tools", i)
		// Server tools (web_search_20250305, bash_20250124, …) carry a
		// versioned type and no input_schema.
		if typ := t.Get("type").String(); typ != "" && typ != "custom" {
			continue
		}
		name := t.Get("name").String()
		if !validToolName(name) {
			c.add(p+".name", "tool_name_invalid", Error, fmt.Sprintf(
				"tool name %q must match ^[a-zA-Z0-9_-]{1,64}$ (letters, digits, _ and -, at most 64)", name))
		}
		if j, dup := seen[name]; dup && name != "" {
			c.add(p+".name", "tool_name_duplicate", Error, fmt.Sprintf("tool name %q is already used by $.tools[%d]", name, j))
		} else {
			seen[name] = i
		}
		schema := t.Get("input_schema")
		if !schema.Exists() {
			c.add(p+".input_schema", "input_schema_missing", Error, "custom tools need an input_schema (a JSON Schema object)")
			continue
		}
		if !schema.IsObject() || schema.Get("type").String() != "object" {
			c.add(p+".input_schema", "input_schema_not_object", Error, "input_schema must be a JSON Schema with \"type\": \"object\"")
			continue
		}
		if d, at := schemaDepth(schema, p+".input_schema", 0); d > MaxSchemaDepth {
			c.add(at, "input_schema_too_deep", Error, fmt.Sprintf(
				"input_schema nests %d levels deep; keep it to %d or fewer (flatten it or pass a JSON string)", d, MaxSchemaDepth))
		}
		if cycle := refCycle(schema); cycle != "" {
			c.add(p+".input_schema", "input_schema_circular_ref", Error, "input_schema has a circular $ref: "+cycle)
		}
	}
}

// schemaDepth returns how many object/array levels nest below s, and the
// path of the deepest one.
func schemaDepth(s gjson.Result, path string, level int) (int, string) {
	best, at := level, path
	visit := func(child gjson.Result, cp string) {
		if d, p := schemaDepth(child, cp, level+1); d > best {
			best, at = d, p
		}
	}
	if props := s.Get("properties"); props.IsObject() {
		props.ForEach(func(k, v gjson.Result) bool {
			visit(v, path+".properties."+jsonKey(k.String()))
			return true
		})
	}
	if items := s.Get("items"); items.IsObject() {
		visit(items, path+".items")
	}
	for _, kw := range []string{"anyOf", "oneOf", "allOf"} {
		for i, v := range s.Get(kw).Array() {
			// Alternatives do not add a level of nesting.
			if d, p := schemaDepth(v, index(path+"."+kw, i), level); d > best {
				best, at = d, p
			}
		}
	}
	if best == level {
		return level, path
	}
	return best, at
}

// jsonKey writes an object key for a JSONPath, quoting it when needed.
func jsonKey(k string) string {
	if validToolName(k) && !strings.Contains(k, "-") {
		return k
	}
	return fmt.Sprintf("[%q]", k)
}

// refCycle finds a cycle of local $refs (#/$defs/A → #/$defs/B → #/$defs/A)
// and returns it as "A → B → A", or "".
func refCycle(schema gjson.Result) string {
	defs := map[string]gjson.Result{}
	for _, kw := range []string{"$defs", "definitions"} {
		schema.Get(gjson.Escape(kw)).ForEach(func(k, v gjson.Result) bool {
			defs["#/"+kw+"/"+k.String()] = v
			return true
		})
	}
	state := map[string]int{} // 0 unseen, 1 on the stack, 2 done
	var stack []string
	var found string
	var walk func(ref string) bool
	var refsIn func(v gjson.Result, fn func(string) bool) bool
	refsIn = func(v gjson.Result, fn func(string) bool) bool {
		stop := false
		if v.IsObject() {
			v.ForEach(func(k, child gjson.Result) bool {
				if k.String() == "$ref" && child.Type == gjson.String {
					stop = fn(child.String())
				} else {
					stop = refsIn(child, fn)
				}
				return !stop
			})
		} else if v.IsArray() {
			for _, child := range v.Array() {
				if stop = refsIn(child, fn); stop {
					break
				}
			}
		}
		return stop
	}
	walk = func(ref string) bool {
		if ref == "#" {
			// A ref to the root is a cycle by construction.
			found = strings.Join(append(append([]string(nil), stack...), "#"), " → ")
			return true
		}
		switch state[ref] {
		case 1:
			i := 0
			for i < len(stack) && stack[i] != ref {
				i++
			}
			found = strings.Join(append(append([]string(nil), stack[i:]...), ref), " → ")
			return true
		case 2:
			return false
		}
		def, ok := defs[ref]
		if !ok {
			return false
		}
		state[ref] = 1
		stack = append(stack, ref)
		if refsIn(def, walk) {
			return true
		}
		stack = stack[:len(stack)-1]
		state[ref] = 2
		return false
	}
	// Start from the root's own properties, then from every definition.
	if refsIn(withoutDefs(schema), walk) {
		return found
	}
	for ref := range defs {
		stack = nil
		if walk(ref) {
			return found
		}
	}
	return ""
}

// withoutDefs hides $defs/definitions so the root walk only follows refs
// that the schema actually uses.
func withoutDefs(schema gjson.Result) gjson.Result {
	out := "{"
	first := true
	schema.ForEach(func(k, v gjson.Result) bool {
		if k.String() == "$defs" || k.String() == "definitions" {
			return true
		}
		if !first {
			out += ","
		}
		first = false
		out += k.Raw + ":" + v.Raw
		return true
	})
	return gjson.Parse(out + "}")
}
