package sanitize

import (
	"reflect"
	"sync"
)

// Strings sanitises, in place, every string reachable from v (a pointer to
// a struct, slice, map or any decoded JSON value): each is redacted, then
// rendered for a terminal (newlines kept). It reports whether anything
// changed. Printers call it once at their edge, so a field added later is
// covered without anyone remembering to.
func (r *Redactor) Strings(v any) bool {
	changed := false
	w := walker{r: r, seen: map[string]string{}}
	w.walk(reflect.ValueOf(v), &changed)
	return changed
}

// walker remembers what it cleaned: a report repeats its paths and rule
// names thousands of times.
type walker struct {
	r    *Redactor
	seen map[string]string
}

func (r walker) clean(s string) string {
	if len(s) > 96 {
		return r.r.Redact(s).Terminal() // long text rarely repeats
	}
	if c, ok := r.seen[s]; ok {
		return c
	}
	c := r.r.Redact(s).Terminal()
	r.seen[s] = c
	return c
}

func (r walker) walk(v reflect.Value, changed *bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		if v.Kind() == reflect.Interface && e.Kind() == reflect.String {
			if c := r.clean(e.String()); c != e.String() && v.CanSet() {
				v.Set(reflect.ValueOf(c).Convert(e.Type()))
				*changed = true
			}
			return
		}
		r.walk(e, changed)
	case reflect.Struct:
		for _, i := range stringFields(v.Type()) {
			r.walk(v.Field(i), changed)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			r.walk(v.Index(i), changed)
		}
	case reflect.Map:
		iter := v.MapRange()
		type kv struct{ oldK, k, val reflect.Value }
		var sets []kv
		for iter.Next() {
			k, val := iter.Key(), iter.Value()
			nk := k
			if k.Kind() == reflect.String {
				if c := r.clean(k.String()); c != k.String() {
					nk = reflect.ValueOf(c).Convert(k.Type())
				}
			}
			// Map values are not addressable: clean a copy and put it back.
			cp := reflect.New(val.Type()).Elem()
			cp.Set(val)
			before := *changed
			*changed = false
			r.walk(cp, changed)
			if *changed || nk != k {
				sets = append(sets, kv{k, nk, cp})
			}
			*changed = *changed || before
		}
		for _, s := range sets {
			if s.k != s.oldK {
				v.SetMapIndex(s.oldK, reflect.Value{})
				*changed = true
			}
			v.SetMapIndex(s.k, s.val)
		}
	case reflect.String:
		if c := r.clean(v.String()); c != v.String() && v.CanSet() {
			v.SetString(c)
			*changed = true
		}
	}
}

// fieldCache maps a struct type to the indices of its exported fields that
// can hold a string: looking fields up through reflect on every value costs
// more than cleaning them.
var fieldCache sync.Map // reflect.Type → []int

func stringFields(t reflect.Type) []int {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]int)
	}
	var idx []int
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		switch f.Type.Kind() {
		case reflect.String, reflect.Struct, reflect.Slice, reflect.Array, reflect.Pointer, reflect.Map, reflect.Interface:
			idx = append(idx, i)
		}
	}
	fieldCache.Store(t, idx)
	return idx
}
