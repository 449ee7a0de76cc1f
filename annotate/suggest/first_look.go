package suggest

import (
	"context"

	"newsmark/annotate"
	"newsmark/store"
)

// Untouched reports whether a layer holds nothing of a document yet: no
// span (a rejected suggestion stays as a span, so what an analyst turned
// down is never offered again), no link, stance or document label, and
// the document still to do. An analyst's first edit starts the document,
// so a layer they worked on and emptied again is not untouched.
func Untouched(ann *annotate.Annotations) bool {
	if ann == nil {
		return false
	}
	return len(ann.Spans) == 0 && len(ann.Relations) == 0 && len(ann.Stances) == 0 &&
		len(ann.DocLabels) == 0 && (ann.Status == "" || ann.Status == annotate.StatusTodo)
}

// FirstLook makes the pending suggestions of doc in layer when the layer
// is untouched (doc and ann as the caller read them) and the
// suggester made suggestions for the document in another layer: an import
// suggests for the analyst who imported, and every other analyst gets
// theirs the first time they open the document. A document imported
// without suggestions stays without. Pending suggestions are not work
// (agreement and hand-in pass over them), and they go to layer alone. It
// returns how many spans it added.
func FirstLook(ctx context.Context, st *store.Store, layer string, doc *annotate.Document, ann *annotate.Annotations) (int, error) {
	if !Untouched(ann) {
		return 0, nil
	}
	if ok, err := st.SuggestedElsewhere(ctx, doc.ID, layer); err != nil || !ok {
		return 0, err
	}
	return RunFor(ctx, st, layer, []Pending{{Doc: doc}})
}
