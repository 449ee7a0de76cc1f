package suggest

import "bytes"

// This file gives splitJoined its runs' keys without making a string for
// each it compares: a run's key (its words lower-cased, possessives
// stripped, each followed by a space) is written into a buffer kept for
// the call, and made a string only for the runs' map.

// appendRunKey appends to buf the key of tokens a to b.
func (f *finder) appendRunKey(buf []byte, a, b int) []byte {
	for k := a; k < b; k++ {
		if f.toks[k].kind == tWord {
			buf = append(buf, possessiveBase(f.toks[k].low)...)
			buf = append(buf, ' ')
		}
	}
	return buf
}

// runKeyer writes keys into buffers it keeps.
type runKeyer struct {
	f         *finder
	buf, head []byte
}

// at is the key of tokens a to b, good until the next call.
func (r *runKeyer) at(a, b int) []byte {
	r.buf = r.f.appendRunKey(r.buf[:0], a, b)
	return r.buf
}

// setHead keeps the key of tokens a to b as the head isHead compares with.
func (r *runKeyer) setHead(a, b int) {
	r.head = r.f.appendRunKey(r.head[:0], a, b)
}

// isHead reports whether the key of tokens a to b is the head's.
func (r *runKeyer) isHead(a, b int) bool {
	return bytes.Equal(r.at(a, b), r.head)
}
