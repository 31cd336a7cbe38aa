package hooks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// DuplicateKeyError is a key that appears twice in one object. Claude Code
// (JSON.parse) honours the last one, while an edit may change the first: a
// hook install would report success for hooks that never run.
type DuplicateKeyError struct {
	Key       string
	Where     string // "the top level", or the object's path ("hooks", "hooks.Stop[0]")
	Line, Col int    // of the second occurrence
}

func (e *DuplicateKeyError) Error() string {
	return fmt.Sprintf("duplicate key %q in %s (line %d, column %d): Claude Code uses only the last one; "+
		"remove one of them and run again", e.Key, e.Where, e.Line, e.Col)
}

// duplicateKey finds the first key repeated within one object, at any
// depth. data must be valid JSON whose depth was already bounded.
func duplicateKey(data []byte) error {
	type frame struct {
		obj     bool
		keys    map[string]bool
		path    string
		key     string // the member whose value comes next (objects)
		wantKey bool
		index   int // the next element (arrays)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*frame
	// child is the path of the value about to start in the top frame.
	child := func() string {
		if len(stack) == 0 {
			return ""
		}
		f := stack[len(stack)-1]
		if f.obj {
			if f.path == "" {
				return f.key
			}
			return f.path + "." + f.key
		}
		return f.path + "[" + strconv.Itoa(f.index) + "]"
	}
	// done marks the value of the top frame as complete.
	done := func() {
		if len(stack) == 0 {
			return
		}
		f := stack[len(stack)-1]
		if f.obj {
			f.wantKey = true
		} else {
			f.index++
		}
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil // end of input (validity is checked elsewhere)
		}
		if len(stack) > 0 {
			if f := stack[len(stack)-1]; f.obj && f.wantKey {
				if k, ok := tok.(string); ok {
					if f.keys[k] {
						where := "the top level"
						if f.path != "" {
							where = strconv.Quote(f.path)
						}
						line, col := position(data, dec.InputOffset())
						return &DuplicateKeyError{Key: k, Where: where, Line: line, Col: col - len(strconv.Quote(k)) + 1}
					}
					f.keys[k], f.key, f.wantKey = true, k, false
					continue
				}
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{obj: true, keys: map[string]bool{}, path: child(), wantKey: true})
		case json.Delim('['):
			stack = append(stack, &frame{path: child()})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			done()
		default:
			done()
		}
	}
}
