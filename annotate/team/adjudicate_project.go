package team

import (
	"context"
	"errors"

	"newsmark/annotate"
	"newsmark/store"
)

// AdjudicationSummary is where a project's adjudication stands.
type AdjudicationSummary struct {
	Documents int // documents two or more analysts worked on
	// Resolved of Disagreements: the units analysts disagree on that gold
	// has decided.
	Resolved, Disagreements int
	// Agreed is how many units the analysts agree on are not in gold yet.
	Agreed int
	// Taken is how many agreed units AdjudicateAgreed put into gold.
	Taken int
}

// AdjudicationProgress reads every document's layers and says how far
// adjudication has come: N of M disagreements resolved, and how many
// agreed units still wait to go into gold.
func AdjudicationProgress(ctx context.Context, st *store.Store, analysts []string, min int) (AdjudicationSummary, error) {
	return adjudicateAll(ctx, st, "", analysts, min, nil)
}

// AdjudicateAgreed puts into gold, document by document (each document one
// undoable edit of the adjudicator's), every unit that at least min
// analysts agree on (all the document's analysts when min ≤ 0), and says
// where adjudication then stands. progress counts documents.
func AdjudicateAgreed(ctx context.Context, st *store.Store, adjudicator string, analysts []string, min int, progress func(done, total int)) (AdjudicationSummary, error) {
	if err := store.CheckAnalyst(adjudicator); err != nil {
		return AdjudicationSummary{}, err
	}
	return adjudicateAll(ctx, st, adjudicator, analysts, min, progress)
}

func adjudicateAll(ctx context.Context, st *store.Store, adjudicator string, analysts []string, min int, progress func(done, total int)) (AdjudicationSummary, error) {
	var sum AdjudicationSummary
	total, _, err := st.CountDocuments(ctx, "")
	if err != nil {
		return sum, err
	}
	done := 0
	err = st.ForEachDocumentLayers(ctx, func(d *annotate.Document, layers []*annotate.Annotations) error {
		done++
		if progress != nil {
			progress(done, total)
		}
		a := NewAdjudication(d, layers, analysts)
		if len(a.Layers) < 2 {
			return nil
		}
		sum.Documents++
		if adjudicator != "" {
			e, n, err := a.AcceptAgreed(min, adjudicator)
			switch {
			case errors.Is(err, ErrNothingAgreed):
			case err != nil:
				return err
			default:
				if _, err := st.Adjudicate(ctx, adjudicator, e); err != nil {
					return err
				}
				sum.Taken += n
				gold, err := st.Annotations(ctx, d.ID, annotate.LayerGold)
				if err != nil {
					return err
				}
				a.SetGold(gold)
			}
		}
		r, t := a.Progress()
		sum.Resolved += r
		sum.Disagreements += t
		sum.Agreed += a.Pending(min)
		return nil
	})
	return sum, err
}
