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
	attrs      map[attrsKey]map[string]any
}

// attrsKey is a span's attributes, one or two or none: k1 and k2 are
// their names, "" for none.
type attrsKey struct{ k1, v1, k2, v2 string }

// sharedAttrs is the document's one map of the attributes k: the spans a
// document's suggestions give the same attributes share it, as the pieces
// of a statement always have (a map a span was a quarter of the bytes the
// suggester allocated). Nothing changes a suggested span's map in place:
// the store writes it as JSON, and edits copy it first.
func (b *emitBuffers) sharedAttrs(k attrsKey) map[string]any {
	if m, ok := b.attrs[k]; ok {
		return m
	}
	m := map[string]any{}
	if k.k1 != "" {
		m[k.k1] = k.v1
	}
	if k.k2 != "" {
		m[k.k2] = k.v2
	}
	b.attrs[k] = m
	return m
}

var emitBufferPool = sync.Pool{New: func() any {
	return &emitBuffers{spans: map[spanKey]int{}, stmtKey: map[int]spanKey{}, stmtPieces: map[int][]spanKey{},
		speakerKey: map[int]spanKey{}, taken: map[string]bool{}, attrs: map[attrsKey]map[string]any{}}
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
	clear(b.attrs)
	b.order = b.order[:0]
	clear(b.idOf)
	b.idOf = b.idOf[:0]
	emitBufferPool.Put(b)
}
