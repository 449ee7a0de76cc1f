package suggest

import (
	"sync"

	"newsmark/annotate"
)

// This file lends emit and number their tables (the suggested spans by
// key, the relations, the ids) from one document to the next, as
// buffers.go lends the text's slices: made anew for each document they
// were a sixth of the bytes the suggester allocated. The Result gets
// copies of the spans; nothing in it points into these.

// emitBuffers are the tables emit and number fill for one document.
type emitBuffers struct {
	spans      map[spanKey]int // a suggested span's key → its place in store
	store      []annotate.Span
	rels       []relKey
	stmtKey    map[int]spanKey   // attribution → its statement's first span
	stmtPieces map[int][]spanKey // attribution → its statement's spans, one a paragraph
	speakerKey map[int]spanKey   // mention → its speaker span
	taken      map[string]bool   // the existing spans' ids
	order      []int             // places in store, in the order of the spans' keys
	idOf       []string          // a place in store → its span's id
}

var emitBufferPool = sync.Pool{New: func() any {
	return &emitBuffers{spans: map[spanKey]int{}, stmtKey: map[int]spanKey{}, stmtPieces: map[int][]spanKey{},
		speakerKey: map[int]spanKey{}, taken: map[string]bool{}}
}}

// borrowEmitBuffers lends empty tables.
func borrowEmitBuffers() *emitBuffers { return emitBufferPool.Get().(*emitBuffers) }

// giveBack empties the tables, so that they keep no document's spans
// alive, and returns them to the pool; b is not read again.
func (b *emitBuffers) giveBack() {
	clear(b.spans)
	clear(b.store)
	b.store = b.store[:0]
	clear(b.rels)
	b.rels = b.rels[:0]
	clear(b.stmtKey)
	clear(b.stmtPieces)
	clear(b.speakerKey)
	clear(b.taken)
	b.order = b.order[:0]
	clear(b.idOf)
	b.idOf = b.idOf[:0]
	emitBufferPool.Put(b)
}
