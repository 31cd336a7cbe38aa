package apierror

// phraseMatcher finds every occurrence of a fixed set of phrases in one pass
// (Aho-Corasick over a dense transition table), so scanning a paste costs
// O(len(text)) however many phrases the catalogue holds.
type phraseMatcher struct {
	class [256]uint16 // byte → column; 0 for bytes no phrase uses
	ncol  int32
	delta []int32   // state*ncol + column → next state
	out   [][]int32 // phrase ids that end in a state (while building)
	// ids[first[s]:first[s+1]] are the phrase ids that end in state s.
	first  []int32
	ids    []int32
	length []int // phrase id → length in bytes
}

func newPhraseMatcher(phrases []string) *phraseMatcher {
	m := &phraseMatcher{length: make([]int, len(phrases))}
	var used [256]bool
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			used[p[i]] = true
		}
	}
	n := int32(1)
	for b := 0; b < 256; b++ {
		if used[b] {
			m.class[b] = uint16(n)
			n++
		}
	}
	m.ncol = n
	// Matching folds ASCII case and skips blanks and backticks, so the lines
	// need not be squashed first (phrases are stored squashed, lower case).
	for b := 'A'; b <= 'Z'; b++ {
		m.class[b] = m.class[b+32]
	}
	for _, b := range []byte{' ', '\t', '\n', '`'} {
		m.class[b] = skipClass
	}
	newState := func() int32 {
		s := int32(len(m.out))
		for c := int32(0); c < n; c++ {
			m.delta = append(m.delta, -1)
		}
		m.out = append(m.out, nil)
		return s
	}
	newState() // root
	for id, p := range phrases {
		m.length[id] = len(p)
		if p == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int32(m.class[p[i]])
			nx := m.delta[s*n+c]
			if nx < 0 {
				nx = newState()
				m.delta[s*n+c] = nx
			}
			s = nx
		}
		m.out[s] = append(m.out[s], int32(id))
	}
	fail := make([]int32, len(m.out))
	queue := make([]int32, 0, len(m.out))
	for c := int32(0); c < n; c++ {
		if nx := m.delta[c]; nx < 0 {
			m.delta[c] = 0
		} else {
			queue = append(queue, nx)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if f := m.out[fail[s]]; len(f) > 0 {
			own := m.out[s]
			m.out[s] = append(own[:len(own):len(own)], f...)
		}
		for c := int32(0); c < n; c++ {
			nx := m.delta[s*n+c]
			if nx < 0 {
				m.delta[s*n+c] = m.delta[fail[s]*n+c]
				continue
			}
			fail[nx] = m.delta[fail[s]*n+c]
			queue = append(queue, nx)
		}
	}
	m.first = make([]int32, len(m.out)+1)
	for s, o := range m.out {
		m.first[s] = int32(len(m.ids))
		m.ids = append(m.ids, o...)
	}
	m.first[len(m.out)] = int32(len(m.ids))
	m.out = nil
	return m
}

// skipClass marks bytes the matcher steps over (blanks, backticks).
const skipClass = 0xffff

// scan calls emit for every phrase occurrence, with the offset where it starts.
func (m *phraseMatcher) scan(text string, emit func(id int32, start int)) {
	s := int32(0)
	delta, class, first, n := m.delta, &m.class, m.first, m.ncol
	for i := 0; i < len(text); i++ {
		c := class[text[i]]
		if c == skipClass {
			continue
		}
		s = delta[s*n+int32(c)]
		if a, b := first[s], first[s+1]; a < b {
			for _, id := range m.ids[a:b] {
				emit(id, i+1-m.length[id])
			}
		}
	}
}

// scanLines matches over lines as if they were squashed (blanks and
// backticks removed, case folded) and concatenated. emit gets the phrase id,
// its end in that virtual text, and the line and byte offset where it ends.
// It returns where each line starts in the virtual text.
func (m *phraseMatcher) scanLines(lines []line, emit func(id int32, end, line, at int)) []int {
	starts := make([]int, len(lines)+1)
	s, v := int32(0), 0
	delta, class, first, n := m.delta, &m.class, m.first, m.ncol
	for li := range lines {
		starts[li] = v
		text := lines[li].text
		for i := 0; i < len(text); i++ {
			c := class[text[i]]
			if c == skipClass {
				continue
			}
			v++
			s = delta[s*n+int32(c)]
			if a, b := first[s], first[s+1]; a < b {
				for _, id := range m.ids[a:b] {
					emit(id, v, li, i+1)
				}
			}
		}
	}
	starts[len(lines)] = v
	return starts
}
