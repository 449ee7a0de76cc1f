package suggest

// This file spares the suggester work it repeats on one document: the
// resolver asks personName about the same phrases again and again (a
// 5,000-word article asks a few hundred times about a few dozen phrases),
// and the answer depends on the words alone.

// nameMemo remembers, for one document, which part of a list of words
// personName keeps: the answer is always a part ws[a:b] of the list it was
// given, so the memo holds a and b, keyed by the words.
type nameMemo struct {
	key   []byte            // the key being built, reused
	parts map[string][2]int // words → [a, b) of the person's name among them
}

// personName is personName(ws), worked out once a document for each list
// of words.
func (x *text) personName(ws []string) []string {
	m := &x.names
	m.key = m.key[:0]
	for _, w := range ws {
		// each word with its length before it, so no two lists share a key
		n := len(w)
		for n >= 0x80 {
			m.key = append(m.key, byte(n)|0x80)
			n >>= 7
		}
		m.key = append(m.key, byte(n))
		m.key = append(m.key, w...)
	}
	if p, ok := m.parts[string(m.key)]; ok {
		return ws[p[0]:p[1]]
	}
	name := personName(ws)
	a := cap(ws) - cap(name) // name is ws[a:a+len(name)]
	if a < 0 || a+len(name) > len(ws) || len(name) > 0 && &ws[a] != &name[0] {
		return name // not a part of ws: nothing to remember
	}
	if m.parts == nil {
		m.parts = map[string][2]int{}
	}
	m.parts[string(m.key)] = [2]int{a, a + len(name)}
	return name
}
