package apierror

// phraseMatcher finds every occurrence of a fixed set of phrases in a single pass
// (Aho-Corasick), so scanning a paste costs O(len(text)) however many phrases
// the catalogue holds.
//
// States are numbered breadth first. That makes the shallow states, where a
// scan spends most of its steps, the prefix 0..nDense-1, and gives each of
// them a dense transition row: one load per byte. Deeper states keep their
// children as a consecutive run of ids and follow failure links. The rows
// are built with the automaton, which they also speed up (a failure link
// resolves in one lookup once it reaches a shallow state).
type phraseMatcher struct {
	col   [256]uint8 // byte → column of a dense row; colSkip for blanks and backticks, 0 for bytes in no phrase
	lower [256]byte  // byte → the byte phrases are written with (ASCII case folded)
	ncol  int32
	// delta[s*ncol+col] is the next state from dense state s (s < nDense).
	delta  []int32
	nDense int32
	// The children of state s are the states kids[s]..kids[s+1]-1; label is
	// the byte that leads to a state.
	kids  []int32
	label []byte
	fail  []int32
	dict  []int32 // nearest suffix state that ends a phrase, or -1
	emits []bool  // a phrase ends at the state or at one of its suffixes
	// ids[outStart[s]:outStart[s+1]] are the phrases that end exactly at s.
	outStart, ids []int32
}

// colSkip marks the bytes a scan passes over: blanks and backticks, which
// squashed phrases never hold.
const colSkip = 0xff

// denseDepth is how deep states get a dense transition row.
const denseDepth = 3

func newPhraseMatcher(phrases []string) *phraseMatcher {
	m := &phraseMatcher{}
	for b := 0; b < 256; b++ {
		m.lower[b] = byte(b)
		if b >= 'A' && b <= 'Z' {
			m.lower[b] = byte(b + 32)
		}
	}
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			if m.col[p[i]] == 0 {
				m.ncol++
				m.col[p[i]] = uint8(m.ncol)
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

	// A trie in insertion order: children as sibling lists, the root's
	// children in a table.
	total := 1
	for _, p := range phrases {
		total += len(p)
	}
	var rootKid [256]int32
	firstChild := make([]int32, 1, total)
	nextSibling := make([]int32, 1, total)
	tlabel := make([]byte, 1, total)
	firstChild[0] = -1
	end := make([]int32, len(phrases)) // trie node where phrase id ends, 0 for ""
	for id, p := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			nx := int32(-1)
			if s == 0 {
				if k := rootKid[p[i]]; k != 0 {
					nx = k
				}
			} else {
				for c := firstChild[s]; c >= 0; c = nextSibling[c] {
					if tlabel[c] == p[i] {
						nx = c
						break
					}
				}
			}
			if nx < 0 {
				nx = int32(len(tlabel))
				tlabel = append(tlabel, p[i])
				firstChild = append(firstChild, -1)
				nextSibling = append(nextSibling, firstChild[s])
				firstChild[s] = nx
				if s == 0 {
					rootKid[p[i]] = nx
				}
			}
			s = nx
		}
		end[id] = s
	}

	// Number the states breadth first: order[new] = trie node; the children
	// of a state get consecutive numbers.
	n := len(tlabel)
	order := make([]int32, 1, n)
	renum := make([]int32, n)
	m.kids = make([]int32, n+1)
	m.label = make([]byte, n)
	depth := 0
	levelEnd := 1 // order[:levelEnd] holds the states up to depth
	m.nDense = -1
	for s := 0; s < n; s++ {
		if s == levelEnd {
			depth++
			levelEnd = len(order)
			if depth > denseDepth && m.nDense < 0 {
				m.nDense = int32(s)
			}
		}
		m.kids[s] = int32(len(order))
		for c := firstChild[order[s]]; c >= 0; c = nextSibling[c] {
			renum[c] = int32(len(order))
			m.label[len(order)] = tlabel[c]
			order = append(order, c)
		}
	}
	m.kids[n] = int32(n)
	if m.nDense < 0 {
		m.nDense = int32(n)
	}

	// Failure links, breadth first, and the dense rows as their states come:
	// a row starts as its failure state's row, which is shallower and done.
	m.fail = make([]int32, n)
	m.delta = make([]int32, int(m.nDense)*int(m.ncol))
	for u := int32(0); u < int32(n); u++ {
		if u < m.nDense {
			row := m.delta[u*m.ncol : (u+1)*m.ncol]
			if u != 0 {
				f := m.fail[u]
				copy(row, m.delta[f*m.ncol:(f+1)*m.ncol])
			}
			for v := m.kids[u]; v < m.kids[u+1]; v++ {
				row[m.col[m.label[v]]] = v
			}
		}
		for v := m.kids[u]; v < m.kids[u+1]; v++ {
			if u != 0 {
				m.fail[v] = m.next(m.fail[u], m.label[v])
			}
		}
	}

	// Outputs.
	nOwn := make([]int32, n+1)
	for _, e := range end {
		if e != 0 {
			nOwn[renum[e]]++
		}
	}
	m.outStart = make([]int32, n+1)
	for s := 0; s < n; s++ {
		m.outStart[s+1] = m.outStart[s] + nOwn[s]
	}
	m.ids = make([]int32, m.outStart[n])
	fill := nOwn[:n] // reused as the next free slot per state
	copy(fill, m.outStart[:n])
	for id, e := range end {
		if e != 0 {
			s := renum[e]
			m.ids[fill[s]] = int32(id)
			fill[s]++
		}
	}
	m.dict = make([]int32, n)
	m.emits = make([]bool, n)
	m.dict[0] = -1
	for s := 1; s < n; s++ { // breadth first: a failure state comes first
		f := m.fail[s]
		if m.outStart[f] < m.outStart[f+1] {
			m.dict[s] = f
		} else {
			m.dict[s] = m.dict[f]
		}
		m.emits[s] = m.outStart[s] < m.outStart[s+1] || m.dict[s] >= 0
	}
	return m
}

// next is the automaton's transition from s on the folded byte b.
func (m *phraseMatcher) next(s int32, b byte) int32 {
	col := int32(m.col[b])
	if col == 0 {
		return 0 // in no phrase
	}
	for {
		if s < m.nDense {
			return m.delta[s*m.ncol+col]
		}
		for c := m.kids[s]; c < m.kids[s+1]; c++ {
			if m.label[c] == b {
				return c
			}
		}
		s = m.fail[s]
	}
}

// scanLines matches over lines as if they were squashed (blanks and
// backticks removed, case folded) and concatenated. emit gets the phrase id,
// its end in that virtual text, and the line and byte offset where it ends;
// phrases ending at the same place come longest first. It returns where
// each line starts in the virtual text.
func (m *phraseMatcher) scanLines(lines []line, emit func(id int32, end, line, at int)) []int {
	starts := make([]int, len(lines)+1)
	s, v := int32(0), 0
	delta, ncol, nDense := m.delta, m.ncol, m.nDense
	for li := range lines {
		starts[li] = v
		text := lines[li].text
		for i := 0; i < len(text); i++ {
			col := m.col[text[i]]
			if col == colSkip {
				continue
			}
			v++
			if s < nDense {
				s = delta[s*ncol+int32(col)]
			} else {
				s = m.next(s, m.lower[text[i]])
			}
			if !m.emits[s] {
				continue
			}
			for t := s; t > 0; t = m.dict[t] {
				for _, id := range m.ids[m.outStart[t]:m.outStart[t+1]] {
					emit(id, v, li, i+1)
				}
			}
		}
	}
	starts[len(lines)] = v
	return starts
}
