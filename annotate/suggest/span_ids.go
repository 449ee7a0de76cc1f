package suggest

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"newsmark/annotate"
)

// This file numbers the suggested spans (number) without a map lookup a
// span for its label's prefix and counter, without noting every new id as
// taken (new ids never collide with one another: each label has its own
// prefix and counter), and with the ids of a document's first spans read
// from a table instead of made anew for every document.

// idLabels are the labels of suggested spans with their id prefixes, in a
// fixed order: a label's counter is its place here.
var idLabels = [...]struct{ label, prefix string }{
	{annotate.LabelStatement, "rs"},
	{annotate.LabelSpeaker, "rspk"},
	{annotate.LabelCue, "rcue"},
	{annotate.LabelAddressee, "radr"},
	{annotate.LabelMedium, "rmed"},
	{"", ""}, // any other label: no prefix
}

// idLabel is label's place in idLabels.
func idLabel(label string) int {
	for i, l := range idLabels[:len(idLabels)-1] {
		if l.label == label {
			return i
		}
	}
	return len(idLabels) - 1
}

// tabledIDs is how many ids a label's table holds ("rs1" … "rs256").
const tabledIDs = 256

// idTable holds, for each place in idLabels, the ids "prefix1" to
// "prefix256", made once.
var idTable = sync.OnceValue(func() (t [len(idLabels)][]string) {
	for i, l := range idLabels {
		t[i] = make([]string, tabledIDs+1)
		for n := 1; n <= tabledIDs; n++ {
			t[i][n] = l.prefix + strconv.Itoa(n)
		}
	}
	return t
})

// spanID is the n-th id of the label at place li in idLabels.
func spanID(li, n int) string {
	if n <= tabledIDs {
		return idTable()[li][n]
	}
	return idLabels[li].prefix + strconv.Itoa(n)
}

// number gives the kept spans ids in text order and keeps the relations
// whose ends survive. A span that overlaps an existing one of its label is
// not suggested again: relations point at the analyst's span instead, or
// vanish when that span was a rejected suggestion.
func number(eb *emitBuffers, existing []annotate.Span) Result {
	spans, rels, store := eb.spans, eb.rels, eb.store
	taken := eb.taken // the existing spans' ids
	for _, x := range existing {
		taken[x.ID] = true
	}
	// every span in store has its key in spans: order the spans as their
	// keys sort, by start, then longest first, then label
	order := eb.order[:0]
	for i := range store {
		order = append(order, i)
	}
	eb.order = order
	slices.SortFunc(order, func(a, b int) int {
		x, y := &store[a], &store[b]
		if x.Start != y.Start {
			return cmp.Compare(x.Start, y.Start)
		}
		if x.End != y.End {
			return cmp.Compare(y.End, x.End)
		}
		return strings.Compare(x.Label, y.Label)
	})
	ids := slices.Grow(eb.idOf[:0], len(store))[:len(store)] // a span's id, "" for one dropped as rejected
	eb.idOf = ids
	var counters [len(idLabels)]int
	out := Result{Spans: make([]annotate.Span, 0, len(store)), Relations: make([]annotate.Relation, 0, len(rels))}
	for _, i := range order {
		s := store[i]
		if id, ok := existingFor(spanKey{s.Label, s.Start, s.End}, existing); ok {
			ids[i] = id // "" when rejected: relations to it are dropped
			continue
		}
		li := idLabel(s.Label)
		var id string
		for {
			counters[li]++
			id = spanID(li, counters[li])
			if len(existing) == 0 || !taken[id] {
				break
			}
		}
		ids[i] = id
		s.ID = id
		out.Spans = append(out.Spans, s)
	}
	for _, rk := range rels {
		hi, ok1 := spans[rk.head]
		ci, ok2 := spans[rk.child]
		if !ok1 || !ok2 {
			continue
		}
		h, c := ids[hi], ids[ci]
		if h == "" || c == "" || h == c {
			continue
		}
		out.Relations = append(out.Relations, annotate.Relation{Label: rk.label, Head: h, Child: c,
			Source: annotate.SourceRules, Status: annotate.SpanPending})
	}
	if len(out.Spans) == 0 {
		out.Spans = nil // as when nothing was appended
	}
	if len(out.Relations) == 0 {
		out.Relations = nil
	}
	return out
}
