package apierror

import (
	"sync"
	"sync/atomic"
)

// phraseMatcher finds every occurrence of a fixed set of phrases in a single pass
// (Aho-Corasick), so scanning a paste costs O(len(text)) however many phrases
// the catalogue holds. The automaton is sparse (a dense row for the root
// only): it builds in well under a millisecond, which matters because the
// hook builds it on first use.
type phraseMatcher struct {
	root [256]int32 // root transitions; 0 means stay at the root
	// Trie nodes: children as sibling lists.
	firstChild, nextSibling []int32
	label                   []byte
	fail                    []int32
	dict                    []int32 // nearest suffix state that ends a phrase, or -1
	// ids[outStart[s]:outStart[s+1]] are the phrases that end exactly at s.
	outStart, ids []int32
	length        []int   // phrase id → length in bytes
	depth         []uint8 // state → depth in the trie (capped)
	// Shallow states (where matching spends most of its time) also get a
	// dense row, built on the first long scan: the hook and the status line
	// only ever scan a line or two and need not pay for it.
	dt        atomic.Pointer[denseTable]
	denseOnce sync.Once
	phrases   []string
	order     []int32 // states, breadth first
}

// denseTable: rows[dense[s]*ncol+class[b]] is the next state from s on b.
type denseTable struct {
	dense []int32
	rows  []int32
	class [256]uint8
	ncol  int32
}

// denseFrom is how long a scan must be to build and use the dense rows.
const denseFrom = 4 << 10

// table returns the dense rows, building them once.
func (m *phraseMatcher) table() *denseTable {
	if t := m.dt.Load(); t != nil {
		return t
	}
	m.denseOnce.Do(func() { m.dt.Store(m.buildDense()) })
	return m.dt.Load()
}

// denseDepth is how deep states get a dense transition row.
const denseDepth = 3

// fold maps a byte to what the phrases are written in: lower case, with
// blanks and backticks skipped (-1), so lines need not be squashed first.
func fold(b byte) int16 {
	switch {
	case b >= 'A' && b <= 'Z':
		return int16(b + 32)
	case b == ' ' || b == '\t' || b == '\n' || b == '`':
		return -1
	}
	return int16(b)
}

func newPhraseMatcher(phrases []string) *phraseMatcher {
	total := 1
	for _, p := range phrases {
		total += len(p)
	}
	m := &phraseMatcher{
		firstChild:  make([]int32, 1, total),
		nextSibling: make([]int32, 1, total),
		label:       make([]byte, 1, total),
		length:      make([]int, len(phrases)),
	}
	m.firstChild[0], m.nextSibling[0] = -1, -1
	// end[id] is the state where phrase id ends; nOwn[s] counts them (no
	// per-state slices: the build stays small, which the hook pays for).
	end := make([]int32, len(phrases))
	nOwn := make([]int32, 1, total)
	m.depth = make([]uint8, 1, total)
	for id, p := range phrases {
		m.length[id] = len(p)
		if p == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			nx := m.child(s, p[i])
			if nx < 0 {
				nx = int32(len(m.label))
				m.label = append(m.label, p[i])
				m.firstChild = append(m.firstChild, -1)
				m.nextSibling = append(m.nextSibling, m.firstChild[s])
				m.firstChild[s] = nx
				nOwn = append(nOwn, 0)
				m.depth = append(m.depth, min(m.depth[s]+1, 255))
				if s == 0 {
					m.root[p[i]] = nx
				}
			}
			s = nx
		}
		end[id] = s
		nOwn[s]++
	}
	n := len(m.label)
	m.fail = make([]int32, n)
	m.dict = make([]int32, n)
	m.dict[0] = -1
	order := make([]int32, 0, n)
	for c := m.firstChild[0]; c >= 0; c = m.nextSibling[c] {
		m.fail[c], m.dict[c] = 0, -1
		order = append(order, c)
	}
	for qi := 0; qi < len(order); qi++ {
		u := order[qi]
		for v := m.firstChild[u]; v >= 0; v = m.nextSibling[v] {
			m.fail[v] = m.step(m.fail[u], m.label[v])
			if f := m.fail[v]; nOwn[f] > 0 {
				m.dict[v] = f
			} else {
				m.dict[v] = m.dict[f]
			}
			order = append(order, v)
		}
	}
	m.phrases, m.order = phrases, order
	m.outStart = make([]int32, n+1)
	for st := 0; st < n; st++ {
		m.outStart[st+1] = m.outStart[st] + nOwn[st]
	}
	m.ids = make([]int32, m.outStart[n])
	fill := append([]int32(nil), m.outStart[:n]...)
	for id, p := range phrases {
		if p == "" {
			continue
		}
		m.ids[fill[end[id]]] = int32(id)
		fill[end[id]]++
	}
	return m
}

// buildDense gives the root and the states up to denseDepth deep a dense
// transition row.
func (m *phraseMatcher) buildDense() *denseTable {
	t := &denseTable{}
	n := int32(1)
	for _, p := range m.phrases {
		for i := 0; i < len(p); i++ {
			if t.class[p[i]] == 0 {
				t.class[p[i]] = uint8(n)
				n++
			}
		}
	}
	t.ncol = n
	t.dense = make([]int32, len(m.label))
	for i := range t.dense {
		t.dense[i] = -1
	}
	addRow := func(s int32) {
		r := int32(len(t.rows)) / n
		t.dense[s] = r
		t.rows = append(t.rows, make([]int32, n)...)
		row := t.rows[r*n : (r+1)*n]
		for c := m.firstChild[s]; c >= 0; c = m.nextSibling[c] {
			row[t.class[m.label[c]]] = c
		}
		if s != 0 {
			// Missing transitions are those of the failure state, which is
			// shallower and so already has its row.
			f := t.rows[t.dense[m.fail[s]]*n : (t.dense[m.fail[s]]+1)*n]
			for col := int32(1); col < n; col++ {
				if row[col] == 0 {
					row[col] = f[col]
				}
			}
		}
	}
	addRow(0)
	for _, s := range m.order {
		if m.depth[s] <= denseDepth {
			addRow(s)
		}
	}
	return t
}

// child returns s's child on byte b, or -1.
func (m *phraseMatcher) child(s int32, b byte) int32 {
	if s == 0 {
		if c := m.root[b]; c != 0 {
			return c
		}
		return -1
	}
	for c := m.firstChild[s]; c >= 0; c = m.nextSibling[c] {
		if m.label[c] == b {
			return c
		}
	}
	return -1
}

// step is the automaton's transition: follow failure links until b fits.
func (m *phraseMatcher) step(s int32, b byte) int32 {
	for {
		if t := m.dt.Load(); t != nil {
			if r := t.dense[s]; r >= 0 {
				return t.rows[r*t.ncol+int32(t.class[b])]
			}
		}
		if c := m.child(s, b); c >= 0 {
			return c
		}
		if s == 0 {
			return 0
		}
		s = m.fail[s]
	}
}

// emitAt reports the phrases ending at state s (its own and its suffixes').
func (m *phraseMatcher) emitAt(s int32, emit func(id int32)) {
	for ; s > 0; s = m.dict[s] {
		for _, id := range m.ids[m.outStart[s]:m.outStart[s+1]] {
			emit(id)
		}
		if m.dict[s] < 0 {
			return
		}
	}
}

// scanLines matches over lines as if they were squashed (blanks and
// backticks removed, case folded) and concatenated. emit gets the phrase id,
// its end in that virtual text, and the line and byte offset where it ends.
// It returns where each line starts in the virtual text.
func (m *phraseMatcher) scanLines(lines []line, emit func(id int32, end, line, at int)) []int {
	total := 0
	for _, l := range lines {
		total += len(l.text)
	}
	var t *denseTable
	if total >= denseFrom {
		t = m.table()
	}
	return m.scanWith(lines, t, emit)
}

// scanWith is scanLines with the dense rows t, or without them (nil).
func (m *phraseMatcher) scanWith(lines []line, t *denseTable, emit func(id int32, end, line, at int)) []int {
	starts := make([]int, len(lines)+1)
	s, v := int32(0), 0
	for li := range lines {
		starts[li] = v
		text := lines[li].text
		for i := 0; i < len(text); i++ {
			c := fold(text[i])
			if c < 0 {
				continue
			}
			v++
			if t != nil && t.dense[s] >= 0 {
				s = t.rows[t.dense[s]*t.ncol+int32(t.class[c])]
			} else {
				s = m.step(s, byte(c))
			}
			if s != 0 && (m.outStart[s] < m.outStart[s+1] || m.dict[s] >= 0) {
				end, at := v, i+1
				m.emitAt(s, func(id int32) { emit(id, end, li, at) })
			}
		}
	}
	starts[len(lines)] = v
	return starts
}
