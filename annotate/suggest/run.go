package suggest

import (
	"context"
	"fmt"

	"newsmark/annotate"
	"newsmark/store"
)

// Run makes pending suggestions for the documents ids in layer (the analyst
// who will accept or reject them) and stores them, one transaction per
// document, logged under the suggester's name (so they are on no analyst's
// undo history). Spans that already exist in the layer, including rejected
// suggestions, are not suggested again. It returns how many spans it added.
func Run(ctx context.Context, st *store.Store, layer string, ids []string, progress func(done, total int)) (int, error) {
	added := 0
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			return added, err
		}
		doc, err := st.Document(ctx, id)
		if err != nil {
			return added, err
		}
		ann, err := st.Annotations(ctx, id, layer)
		if err != nil {
			return added, err
		}
		res := Suggest(doc, ann.Spans, Options{Headline: true})
		if len(res.Spans) > 0 {
			e := annotate.Edit{Doc: id, Summary: "suggest"}
			for j := range res.Spans {
				e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &res.Spans[j]})
			}
			for j := range res.Relations {
				e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &res.Relations[j]})
			}
			if _, err := st.ApplySuggestions(ctx, annotate.SourceRules, layer, e); err != nil {
				return added, fmt.Errorf("suggestions for %s: %w", id, err)
			}
			added += len(res.Spans)
		}
		if progress != nil {
			progress(i+1, len(ids))
		}
	}
	return added, nil
}
