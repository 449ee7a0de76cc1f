package suggest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"newsmark/annotate"
	"newsmark/annotate/internal/batchgc"
	"newsmark/store"
)

// runBatch is how many documents' suggestions go into one transaction:
// one commit (and fsync) per batch instead of per document, and a batch
// small enough that an analyst's edit waits for a fraction of a second at
// most behind it.
const runBatch = 256

// Run makes pending suggestions for the documents ids in layer (the analyst
// who will accept or reject them) and stores them, logged under the
// suggester's name (so they are on no analyst's undo history): the
// suggester runs on all cores, and the documents are stored in batches,
// each document's suggestions whole, as one event. Spans that already
// exist in the layer, including rejected suggestions, are not suggested
// again. Whatever the documents were owed (store.AddOptions) is settled.
// It returns how many spans it added.
func Run(ctx context.Context, st *store.Store, layer string, ids []string, progress func(done, total int)) (int, error) {
	return run(ctx, st, layer, len(ids), false, progress, func(yield func(*annotate.Document, *annotate.Annotations) error) error {
		for _, id := range ids {
			doc, err := st.Document(ctx, id)
			if err != nil {
				return err
			}
			ann, err := st.Annotations(ctx, id, layer)
			if err != nil {
				return err
			}
			if err := yield(doc, ann); err != nil {
				return err
			}
		}
		return nil
	})
}

// Pending is a document to suggest for, with the spans its layer already
// has (none for a document just imported without annotations there).
type Pending struct {
	Doc   *annotate.Document
	Spans []annotate.Span
}

// RunFor is Run for documents the caller has in memory (an import that
// has just stored them): nothing is read back.
func RunFor(ctx context.Context, st *store.Store, layer string, docs []Pending) (int, error) {
	return run(ctx, st, layer, len(docs), false, nil, func(yield func(*annotate.Document, *annotate.Annotations) error) error {
		for _, p := range docs {
			if err := yield(p.Doc, &annotate.Annotations{Spans: p.Spans}); err != nil {
				return err
			}
		}
		return nil
	})
}

// RunAll is Run for every document of the project. It reads the
// documents a chunk at a time, each chunk in a read transaction of its
// own (store.ForEachDocumentSpans), rather than the whole project from
// one snapshot: a snapshot held for the whole run would keep SQLite from
// copying the write-ahead log back into the file until the end, and the
// log would grow to the size of everything written. A chunk's documents
// and spans take a few queries, where one document's took a dozen, each
// prepared again.
func RunAll(ctx context.Context, st *store.Store, layer string, progress func(done, total int)) (int, error) {
	total, _, err := st.CountDocuments(ctx, layer)
	if err != nil {
		return 0, err
	}
	return run(ctx, st, layer, total, true, progress, func(yield func(*annotate.Document, *annotate.Annotations) error) error {
		return st.ForEachDocumentSpans(ctx, layer, func(d *annotate.Document, spans []annotate.Span) error {
			return yield(d, &annotate.Annotations{Spans: spans})
		})
	})
}

// Settle makes the suggestions the project owes in layer: documents
// stored by an import that ended (was killed, say) before it suggested for
// them. Only layer's: on a team server a login may write its own layer
// alone. It returns how many spans it added.
func Settle(ctx context.Context, st *store.Store, layer string) (int, error) {
	owed, err := st.OwedSuggestions(ctx)
	if err != nil {
		return 0, fmt.Errorf("suggestions owed: %w", err)
	}
	if len(owed[layer]) == 0 {
		return 0, nil
	}
	return Run(ctx, st, layer, owed[layer], nil)
}

// job is one document on its way through the suggester.
type job struct {
	doc  *annotate.Document
	ann  *annotate.Annotations
	sugg store.Suggestions
	n    int // spans suggested
	done chan struct{}
}

// run suggests for the documents source yields: source runs on its own
// goroutine, the suggester on all cores, and this goroutine stores the
// results in batches, in source's order. asSets stores them as suggestion
// sets where they fit (store.StorePreparedSuggestionSets): a bulk run's
// writes are then its events, not a row for each span and link.
func run(ctx context.Context, st *store.Store, layer string, total int, asSets bool, progress func(done, total int),
	source func(yield func(*annotate.Document, *annotate.Annotations) error) error) (int, error) {
	// The suggester and the writer allocate fast and keep little:
	// collecting less often took a fifth off suggest --all. With 64 MB
	// of headroom, a process that held tens of MB at the start (the app's
	// window, the benchmark's articles) got a lower target than a fresh
	// one's 400% (the benchmark's 40 MB about 160%, a heap of 160 MB at
	// most against 380 now) and spent about 7% more processor time.
	defer batchgc.Raise(256<<20, 400)()
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	// Nothing started here outlives the call (the store may be closed
	// next): cancel, then wait for the source and the workers.
	defer wg.Wait()
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *job)
	// order holds the jobs in flight in source's order; its size bounds
	// how many documents are in memory.
	order := make(chan *job, 2*runBatch)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := Suggest(j.doc, j.ann.Spans, Options{Headline: true})
				if len(res.Spans) == 0 {
					res.Relations = nil // links to the layer's spans alone are not suggested
				}
				// Made ready to store here, on all cores: the goroutine
				// that writes only writes. The result is the store's now.
				j.sugg = store.PrepareSuggested(j.doc, "suggest", res.Spans, res.Relations)
				j.n = len(res.Spans)
				j.doc, j.ann = nil, nil
				close(j.done)
			}
		}()
	}
	srcErr := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		srcErr <- source(func(d *annotate.Document, a *annotate.Annotations) error {
			j := &job{doc: d, ann: a, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	added, done := 0, 0
	var batch []store.Suggestions
	var counts []int
	var firstErr error
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		write := st.StorePreparedSuggestions
		if asSets {
			write = st.StorePreparedSuggestionSets
		}
		errs, err := write(ctx, annotate.SourceRules, layer, batch)
		if err != nil {
			return err
		}
		for i, e := range errs {
			if e == nil {
				added += counts[i]
			} else if firstErr == nil {
				firstErr = e
			}
		}
		done += len(batch)
		if progress != nil {
			progress(done, max(total, done))
		}
		batch, counts = batch[:0], counts[:0]
		return nil
	}
	for j := range order {
		select {
		case <-j.done:
		case <-ctx.Done():
			return added, ctx.Err()
		}
		batch = append(batch, j.sugg)
		counts = append(counts, j.n)
		if len(batch) >= runBatch {
			if err := flush(); err != nil {
				return added, err
			}
		}
	}
	if err := flush(); err != nil {
		return added, err
	}
	if err := <-srcErr; err != nil && !errors.Is(err, context.Canceled) {
		return added, err
	}
	if err := ctx.Err(); err != nil {
		return added, err
	}
	return added, firstErr
}
