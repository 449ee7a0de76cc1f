package team

import (
	"context"
	"slices"

	"newsmark/annotate"
	"newsmark/annotate/agree"
	"newsmark/store"
)

// AgreementOptions chooses what an agreement report compares.
type AgreementOptions struct {
	// Analysts restricts the report to these analysts (nil: all).
	Analysts []string
	// OnlyDone counts an analyst's layer of a document only once they
	// marked it done; otherwise once they started it.
	OnlyDone bool
	// Majority is how many analysts' identical versions make a unit agreed
	// by majority (0: all of a document's analysts).
	Majority int
}

// Agreement reads every analyst's layer of every document (gold aside) and
// computes how well the analysts agree. An analyst's layer counts for a
// document once they started it (or, with OnlyDone, finished it): pending
// suggestions handed out with a document are not the analyst's work.
// progress counts documents read.
func Agreement(ctx context.Context, st *store.Store, opt AgreementOptions, progress func(done, total int)) (*agree.Report, error) {
	schema, _, err := annotate.ProjectSchema(ctx, st)
	if err != nil {
		return nil, err
	}
	total, _, err := st.CountDocuments(ctx, "")
	if err != nil {
		return nil, err
	}
	var docs []agree.Doc
	done := 0
	err = st.ForEachDocumentLayers(ctx, func(d *annotate.Document, layers []*annotate.Annotations) error {
		doc := agree.Doc{ID: d.ID, Text: d.Text, Layers: map[string]*annotate.Annotations{}}
		for _, a := range layers {
			if a.Layer == annotate.LayerGold || !counts(a, opt.OnlyDone) {
				continue
			}
			doc.Layers[a.Layer] = a
		}
		if len(doc.Layers) > 0 {
			docs = append(docs, doc)
		}
		done++
		if progress != nil {
			progress(done, total)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	analysts, idle := workedIn(docs, opt.Analysts)
	rep := agree.Compute(docs, agree.Options{Analysts: analysts, Majority: opt.Majority, StanceLabels: schema.Stance.Labels})
	rep.Idle = idle
	return rep, nil
}

// workedIn splits the analysts asked for (nil: everyone with work) into
// those with work in some document and the idle rest, who would only
// lower the count of documents every analyst annotated: someone who
// opened documents and was given suggestions, never deciding one.
func workedIn(docs []agree.Doc, asked []string) (analysts, idle []string) {
	if asked == nil {
		return nil, nil
	}
	worked := map[string]bool{}
	for _, d := range docs {
		for a := range d.Layers {
			worked[a] = true
		}
	}
	analysts = []string{} // not nil: nil would mean everyone
	for _, a := range asked {
		if worked[a] {
			analysts = append(analysts, a)
		} else {
			idle = append(idle, a)
		}
	}
	slices.Sort(idle)
	return analysts, slices.Compact(idle)
}

// counts reports whether an analyst's layer of a document is their work:
// done, or (unless onlyDone) started, or holding anything they accepted
// (an imported labelled file's layer has work but may have no status).
// Pending suggestions alone are not work.
func counts(a *annotate.Annotations, onlyDone bool) bool {
	switch {
	case a.Status == annotate.StatusDone:
		return true
	case onlyDone:
		return false
	case a.Status == annotate.StatusInProgress, len(a.Stances) > 0, len(a.DocLabels) > 0:
		return true
	}
	for _, s := range a.Spans {
		if s.Status != annotate.SpanPending {
			return true
		}
	}
	return false
}
