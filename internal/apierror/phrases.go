package apierror

import (
	"sync"
	"sync/atomic"
)

// phraseMatcher finds every occurrence of a fixed set of phrases in a paste,
// as if the paste were squashed (blanks and backticks removed, ASCII case
// folded), so terminal wrapping cannot hide a phrase.
//
// It is built in two steps because the two kinds of callers differ. The hook
// and the status line diagnose a line or two, once per process: for them a
// trie is enough, walked from every byte, and cheap to build. A long paste
// is scanned in a single pass by an Aho-Corasick automaton, built from the
// trie on the first long scan and used for every text from then on.
type phraseMatcher struct {
	col   [256]uint8 // byte → column of a dense row; colSkip for blanks and backticks, 0 for bytes in no phrase
	lower [256]byte  // byte → the byte phrases are written with (ASCII case folded)
	ncol  int32
	trie  phraseTrie
	once  sync.Once
	auto  atomic.Pointer[automaton]
}

// phraseTrie holds the phrases in insertion order, children as sibling lists.
// The root's children and theirs, which have the longest lists, are also in
// tables.
type phraseTrie struct {
	root [256]int32 // 0: no child
	// second[lead[a]*ncol+col(b)] is the node of the two bytes ab, 0 for
	// none; lead numbers the bytes that start a phrase.
	second                  []int32
	lead                    [256]int32
	firstChild, nextSibling []int32
	label                   []byte
	// ids[outStart[s]:outStart[s+1]] are the phrases that end exactly at
	// node s, in increasing order.
	outStart, ids []int32
	end           []int32 // phrase id → node where it ends, 0 for ""
}

// automaton is the trie with failure links, its states numbered breadth
// first. That makes the shallow states, where a scan spends most of its
// steps, the prefix 0..nDense-1, and gives each of them a dense transition
// row: one load per byte. Deeper states keep their children as a
// consecutive run of ids and follow failure links.
type automaton struct {
	// delta[s*stride+col] is the next state from dense state s (s <
	// nDense), with emitsFlag set when a phrase ends there. Breadth-first
	// numbering keeps those states below the first state one level deeper
	// than the dense ones, so 15 bits hold them: half the table a scan walks
	// at random, twice as much of it in cache. A row is a whole number of
	// cache lines, so the letters' columns take one line of it.
	delta  []uint16
	stride int32
	nDense int32
	// state[s] is what a step from state s reads, in one place: a deep
	// state is followed by its children and failure link.
	state []autoState
	label []byte  // the byte that leads to a state
	dict  []int32 // nearest suffix state that ends a phrase, or -1
	// ids[outStart[s]:outStart[s+1]] are the phrases that end exactly at s.
	outStart, ids []int32
}

// autoState is one state of the automaton. Its children are the states
// kids..kids+nkids-1; most deep states have one, whose label is first.
type autoState struct {
	kids, fail int32
	nkids      uint16
	first      byte
	emits      bool // a phrase ends here or at one of its suffixes
}

// emitsFlag marks a dense row's entry for a state where a phrase ends.
const emitsFlag = 1 << 15

// colSkip marks the bytes a scan passes over: blanks and backticks, which
// squashed phrases never hold.
const colSkip = 0xff

// denseDepth is how deep states get a dense transition row.
const denseDepth = 3

// walkBelow is how short a text the trie walks while there is no automaton:
// walking costs about three times as much per byte as scanning, and
// building the automaton several times as much as walking this many bytes.
const walkBelow = 4 << 10

func newPhraseMatcher(phrases []string) *phraseMatcher {
	m := &phraseMatcher{}
	for b := 0; b < 256; b++ {
		m.lower[b] = byte(b)
		if b >= 'A' && b <= 'Z' {
			m.lower[b] = byte(b + 32)
		}
	}
	// Columns for the bytes phrases hold: lower-case letters first, then
	// digits, the rest of ASCII and the other bytes, so the columns English
	// text uses most share the first cache line of a dense row.
	var used [256]bool
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			used[p[i]] = true
		}
	}
	for _, r := range [][2]int{{'a', 'z'}, {'0', '9'}, {0, 255}} {
		for b := r[0]; b <= r[1]; b++ {
			if used[b] && m.col[b] == 0 {
				m.ncol++
				m.col[b] = uint8(m.ncol)
			}
		}
	}
	m.ncol++ // column 0: bytes in no phrase
	for b := 'A'; b <= 'Z'; b++ {
		m.col[b] = m.col[b+32]
	}
	for _, b := range []byte{' ', '\t', '\n', '`'} {
		m.col[b] = colSkip
	}

	t := &m.trie
	total := 1
	for _, p := range phrases {
		total += len(p)
	}
	t.firstChild = make([]int32, 1, total)
	t.nextSibling = make([]int32, 1, total)
	t.label = make([]byte, 1, total)
	t.firstChild[0] = -1
	t.end = make([]int32, len(phrases))
	nlead := int32(0)
	for _, p := range phrases {
		if p != "" && t.lead[p[0]] == 0 {
			nlead++
			t.lead[p[0]] = nlead
		}
	}
	t.second = make([]int32, (nlead+1)*m.ncol)
	for id, p := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			var nx int32
			switch i {
			case 0:
				nx = t.root[p[0]]
			case 1:
				nx = t.second[m.pair(p[0], p[1])]
			default:
				nx = max(t.child(s, p[i]), 0)
			}
			if nx == 0 {
				nx = int32(len(t.label))
				t.label = append(t.label, p[i])
				t.firstChild = append(t.firstChild, -1)
				t.nextSibling = append(t.nextSibling, t.firstChild[s])
				t.firstChild[s] = nx
				switch i {
				case 0:
					t.root[p[0]] = nx
				case 1:
					t.second[m.pair(p[0], p[1])] = nx
				}
			}
			s = nx
		}
		t.end[id] = s
	}
	t.outStart, t.ids = outputs(t.end, nil, len(t.label))
	return m
}

// outputs lays out the phrases ending at each of n states (renum maps
// end's states to those, nil when they are the same): ids[start[s]:start[s+1]]
// in increasing order.
func outputs(end, renum []int32, n int) (start, ids []int32) {
	start = make([]int32, n+2) // start[s+2] counts first, then is shifted
	for _, e := range end {
		if e != 0 {
			if renum != nil {
				e = renum[e]
			}
			start[e+2]++
		}
	}
	for s := 2; s < n+2; s++ {
		start[s] += start[s-1]
	}
	ids = make([]int32, start[n+1])
	for id, e := range end { // start[s+1] is the next free slot of s
		if e != 0 {
			if renum != nil {
				e = renum[e]
			}
			ids[start[e+1]] = int32(id)
			start[e+1]++
		}
	}
	return start[:n+1], ids
}

// pair is where the node of the two bytes ab is in second.
func (m *phraseMatcher) pair(a, b byte) int32 { return m.trie.lead[a]*m.ncol + int32(m.col[b]) }

// child returns s's child on byte b, or -1; s is not the root.
func (t *phraseTrie) child(s int32, b byte) int32 {
	for c := t.firstChild[s]; c >= 0; c = t.nextSibling[c] {
		if t.label[c] == b {
			return c
		}
	}
	return -1
}

// automaton returns the automaton, building it once.
func (m *phraseMatcher) automaton() *automaton {
	m.once.Do(func() { m.auto.Store(m.buildAutomaton()) })
	return m.auto.Load()
}

func (m *phraseMatcher) buildAutomaton() *automaton {
	t := &m.trie
	a := &automaton{}
	// Number the states breadth first: order[new] = trie node; the children
	// of a state get consecutive numbers.
	n := len(t.label)
	order := make([]int32, 1, n)
	renum := make([]int32, n)
	a.state = make([]autoState, n)
	a.label = make([]byte, n)
	depth := 0
	levelEnd := 1 // order[:levelEnd] holds the states up to depth
	a.nDense = -1
	for s := 0; s < n; s++ {
		if s == levelEnd {
			depth++
			levelEnd = len(order)
			if depth > denseDepth && a.nDense < 0 {
				a.nDense = int32(s)
			}
		}
		st := &a.state[s]
		st.kids = int32(len(order))
		for c := t.firstChild[order[s]]; c >= 0; c = t.nextSibling[c] {
			renum[c] = int32(len(order))
			a.label[len(order)] = t.label[c]
			order = append(order, c)
		}
		if st.nkids = uint16(int32(len(order)) - st.kids); st.nkids > 0 {
			st.first = a.label[st.kids]
		}
	}
	if a.nDense < 0 {
		a.nDense = int32(n)
	}
	// A dense row leads at most to its state's children, and breadth-first
	// numbering gives the children of states 0..k-1 ids below those of state
	// k's: the dense states are as many as keep those below emitsFlag (the
	// root's children always are).
	for a.nDense > 1 && a.state[a.nDense-1].kids+int32(a.state[a.nDense-1].nkids) > emitsFlag {
		a.nDense--
	}

	// Failure links, breadth first, and the dense rows as their states come:
	// a row starts as its failure state's row, which is shallower and done.
	// A state's children get their failure links first: whether a phrase
	// ends at a child (emits) goes into the row.
	a.outStart, a.ids = outputs(t.end, renum, n)
	a.stride = (m.ncol + 31) &^ 31 // 64 bytes
	a.delta = make([]uint16, int(a.nDense)*int(a.stride))
	for u := int32(0); u < int32(n); u++ {
		st := a.state[u]
		for v := st.kids; v < st.kids+int32(st.nkids); v++ {
			if u != 0 {
				a.state[v].fail = m.next(a, st.fail, a.label[v])
			}
			a.state[v].emits = a.outStart[v] < a.outStart[v+1] || a.state[a.state[v].fail].emits
		}
		if u < a.nDense {
			row := a.delta[u*a.stride:][:m.ncol]
			if u != 0 {
				copy(row, a.delta[st.fail*a.stride:][:m.ncol])
			}
			for v := st.kids; v < st.kids+int32(st.nkids); v++ {
				row[m.col[a.label[v]]] = uint16(v)
				if a.state[v].emits {
					row[m.col[a.label[v]]] |= emitsFlag
				}
			}
		}
	}

	// The dictionary links: a failure state comes first.
	a.dict = make([]int32, n)
	a.dict[0] = -1
	for s := 1; s < n; s++ {
		f := a.state[s].fail
		if a.outStart[f] < a.outStart[f+1] {
			a.dict[s] = f
		} else {
			a.dict[s] = a.dict[f]
		}
	}
	return a
}

// next is the automaton's transition from s on the folded byte b. It is
// small enough to be inlined into a scan's loop.
func (m *phraseMatcher) next(a *automaton, s int32, b byte) int32 {
	for s >= a.nDense {
		st := &a.state[s]
		if st.first == b && st.nkids > 0 {
			return st.kids
		}
		for c := st.kids + 1; c < st.kids+int32(st.nkids); c++ {
			if a.label[c] == b {
				return c
			}
		}
		s = st.fail
	}
	return int32(a.delta[s*a.stride+int32(m.col[b])] &^ emitsFlag)
}

// scanLines matches over lines as if they were squashed and concatenated.
// emit gets the phrase id, its end in that virtual text, and the line and
// byte offset where it ends. It returns where each line starts in the
// virtual text. Hits come in no set order (see walkLines and autoLines).
func (m *phraseMatcher) scanLines(lines []line, emit func(id int32, end, line, at int)) []int {
	if m.auto.Load() == nil { // once built, the automaton is faster on any text
		total := 0
		for _, l := range lines {
			total += len(l.text)
		}
		if total < walkBelow {
			return m.walkLines(lines, emit)
		}
	}
	return m.autoLines(lines, emit)
}

// autoLines is scanLines by the automaton: hits come by end, and at the same
// end longest first, then by phrase id.
func (m *phraseMatcher) autoLines(lines []line, emit func(id int32, end, line, at int)) []int {
	a := m.automaton()
	starts := make([]int, len(lines)+1)
	s, v := int32(0), 0
	for li := range lines {
		starts[li] = v
		text := lines[li].text
		for i := 0; ; {
			if i, s, v = m.run(a, text, i, s, v); i < 0 {
				break
			}
			for t := s; t > 0; t = a.dict[t] {
				for _, id := range a.ids[a.outStart[t]:a.outStart[t+1]] {
					emit(id, v, li, i)
				}
			}
		}
	}
	starts[len(lines)] = v
	return starts
}

// run steps from state s over text[i:] (v counts the steps) until it enters
// a state where a phrase ends, and returns where it stopped; i is -1 when it
// reached the end of text instead. It calls nothing, so its loop keeps every
// value in a register.
func (m *phraseMatcher) run(a *automaton, text string, i int, s int32, v int) (int, int32, int) {
	cols, delta, state, stride, nDense := &m.col, a.delta, a.state, a.stride, a.nDense
	for ; i < len(text); i++ {
		col := cols[text[i]]
		if col == colSkip {
			continue
		}
		v++
		if s < nDense {
			x := delta[s*stride+int32(col)]
			if s = int32(x); x >= emitsFlag {
				return i + 1, int32(x &^ emitsFlag), v
			}
			continue
		}
		if s = m.next(a, s, m.lower[text[i]]); state[s].emits {
			return i + 1, s, v
		}
	}
	return -1, s, v
}

// walkLines is scanLines by walking the trie from every byte: hits come by
// start, and at the same start shortest first, then by phrase id.
func (m *phraseMatcher) walkLines(lines []line, emit func(id int32, end, line, at int)) []int {
	t := &m.trie
	starts := make([]int, len(lines)+1)
	v := 0
	for li := range lines {
		starts[li] = v
		text := lines[li].text
		for i := 0; i < len(text); i++ {
			col := m.col[text[i]]
			if col == colSkip {
				continue
			}
			v++
			first := m.lower[text[i]]
			s := t.root[first]
			// Follow the trie from here, over blanks and line ends.
			for end, lj, j := v, li, i; s > 0; end++ {
				for _, id := range t.ids[t.outStart[s]:t.outStart[s+1]] {
					emit(id, end, lj, j+1)
				}
				if t.firstChild[s] < 0 {
					break
				}
				for j++; ; j++ { // the next byte that is not a blank, over line ends
					if j == len(lines[lj].text) {
						if lj++; lj == len(lines) {
							break
						}
						j = -1
						continue
					}
					if m.col[lines[lj].text[j]] != colSkip {
						break
					}
				}
				if lj == len(lines) {
					break
				}
				if b := m.lower[lines[lj].text[j]]; end == v { // the second byte
					s = t.second[m.pair(first, b)]
				} else {
					s = t.child(s, b)
				}
			}
		}
	}
	starts[len(lines)] = v
	return starts
}
