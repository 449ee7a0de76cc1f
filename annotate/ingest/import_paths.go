package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
	"newsmark/annotate/internal/batchgc"
	"newsmark/annotate/suggest"
	"newsmark/assets"
	"newsmark/store"
)

// What became of one file, or one record of a labeled file, in an import.
const (
	Imported  = "imported"  // a new document, with its annotations
	Duplicate = "duplicate" // the project already has this text, and the record brought no annotations
	// AnnotationsAdded means the project already had this text and the
	// record's annotations went into their layer of that document.
	AnnotationsAdded = "annotations added"
	// Conflict means the project already had this text and the record's
	// layer already holds annotations there, so nothing was stored.
	Conflict = "conflict"
	Failed   = "failed"
)

// FileResult says what became of one file given to ImportPaths. A labeled
// file holds many records: it gives one result per record, and one per
// bad record.
type FileResult struct {
	Path   string // the file (and, inside an archive, "archive.zip/entry")
	Line   int    // the record's line, or its place in a JSON array; 0 for a whole file
	ID     string // the document stored, or the one it duplicates
	Layer  string // whose layer the annotations went to ("" = the importing analyst's)
	Status string // Imported, Duplicate, AnnotationsAdded, Conflict or Failed
	Err    error  // why it failed, naming the file (and line)
	Notes  []string
}

// Where names the file and line of a result, as "path line N".
func (r FileResult) Where() string {
	if r.Line > 0 {
		return fmt.Sprintf("%s line %d", r.Path, r.Line)
	}
	return r.Path
}

// Options are one import's own choices. None of them changes a project
// setting: an import running beside this one, and every later one, sees
// the project as it was.
type Options struct {
	// NoSuggest makes no suggestions for the new documents, whatever the
	// project's suggest_on_import says.
	NoSuggest bool
	// Offsets is the unit of offsets in labeled files that do not name
	// theirs: codepoint (default), utf16 (files doccano wrote) or utf8.
	Offsets string
	// Reading, when set, is called as a file (or a piece of a labeled
	// file) starts being read and cleaned (reading true) and when that is
	// over, from the goroutines that read: so a process that dies (out
	// of memory) can be told which file it was reading.
	Reading func(path string, reading bool)
}

// SettingSuggestOnImport is the project setting ("on" or "off", on when
// unset) that makes ImportPaths run the suggester on new documents.
const SettingSuggestOnImport = "suggest_on_import"

// SuggestOnImport tells whether the project runs the suggester on import.
func SuggestOnImport(ctx context.Context, st *store.Store) bool {
	v, ok, err := st.Setting(ctx, SettingSuggestOnImport)
	return err != nil || !ok || v != "off"
}

// batchSize is how many records go into one transaction: each commit is
// an fsync (and the store leaves a few milliseconds after it for another
// writer), so batching keeps an import fast; each document still lands
// whole or not at all, and another writer (an analyst's edit in the
// window) gets the project between two batches, a fraction of a second
// apart.
const batchSize = 512

// ahead bounds how many records are read or cleaned ahead of the writer,
// so a folder of 100,000 files or a JSONL file of 100,000 records does not
// sit in memory when storing is slower than reading.
const ahead = batchSize

// record is one document on its way to the store, with where it came from.
type record struct {
	path  string
	line  int
	doc   *annotate.Document
	ann   *annotate.Annotations
	notes []string
}

type cleaned struct {
	path string
	recs []record
	errs []FileResult
	err  error
}

// ImportPaths imports files and folders with the default Options; see
// Import.
func ImportPaths(ctx context.Context, st *store.Store, actor string, paths []string, progress func(done, total int)) ([]FileResult, error) {
	return Import(ctx, st, actor, paths, Options{}, progress)
}

// job is one piece of an import's work: a whole file (an article, a brat
// document), a piece of a labeled file that streams, or the end of such a
// file (with the error that ended its reading, if any).
type job struct {
	path  string
	piece *dataset.Piece
	end   bool // the end of a streamed file
	err   error
	out   cleaned
	done  chan struct{}
}

// weight is how many records the job may hold.
func (u *job) weight() int {
	if u.piece != nil {
		return u.piece.Records()
	}
	return 1
}

// testHookStored, when a test sets it, runs after each batch is committed
// and before its suggestions are made.
var testHookStored func()

// streams tells whether a labeled file is read a piece at a time.
func streams(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".json", ".zip":
		return true
	}
	return false
}

// Import imports files and folders (recursive, sorted) into st: articles
// are read and cleaned on all cores, labeled files read with their
// annotations (JSONL, JSON and zip files streamed, a piece at a time,
// parsed on all cores), every record checked against the project's schema,
// and the documents stored in order in batched transactions, with
// suggestions when the project makes them on import and opt does not say
// otherwise. Memory holds a few batches, whatever the number of documents.
// A bad file or record is reported in its result, naming the file and
// line, and the rest goes on. Only ctx's end stops the import; the batches
// committed before stay, each document whole, and the suggestions they are
// owed are made by the next import (or suggest run). progress(done, total)
// counts files.
func Import(ctx context.Context, st *store.Store, actor string, paths []string, opt Options, progress func(done, total int)) ([]FileResult, error) {
	// Cleaning allocates fast and keeps little: collecting less often
	// while the batch runs saves some of the time the collector would take
	// (for 2,000 scraped articles, 800% against 400% took the ratio to the
	// floor from 2.6–2.8× to 2.2–2.3×). A labeled file's records in flight
	// are larger, and at 800% the heap of a 100,000-article JSONL import
	// reached 245 MB; at 150% it stays at 167 MB, with no time lost there
	// (the writer is what an import waits for).
	defer batchgc.Raise(64<<20, 150)()
	suggestNew := !opt.NoSuggest && SuggestOnImport(ctx, st)
	sch, _, err := annotate.ProjectSchema(ctx, st)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	// An import stopped before it suggested for what it stored left the
	// suggestions owed: make them first (this analyst's; another's are
	// made by their own next import, or by suggest --all).
	if _, err := suggest.Settle(ctx, st, actor); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	readOpt := dataset.ReadOptions{Offsets: opt.Offsets}
	// A path that cannot be read fails alone; the batch goes on.
	var results []FileResult
	var readable []string
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			results = append(results, FileResult{Path: p, Status: Failed, Err: fmt.Errorf("import %s: %w", p, errors.Unwrap(err))})
			continue
		}
		readable = append(readable, p)
	}
	files, err := Files(readable)
	if err != nil {
		return results, err
	}
	total := len(files)
	if progress != nil {
		progress(0, total)
	}

	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // nothing started here outlives the call
	defer cancel()
	// Units are read in order by one goroutine, cleaned or parsed on all
	// cores, and stored in order by this one; tokens bound the records in
	// flight.
	tokens := make(chan struct{}, ahead)
	order := make(chan *job, ahead)
	jobs := make(chan *job)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				if opt.Reading != nil && !u.end {
					opt.Reading(u.path, true)
				}
				switch {
				case u.piece != nil:
					u.out = parsePiece(u.path, u.piece, readOpt, sch)
				case !u.end:
					u.out = readOne(u.path, readOpt, sch)
				}
				if opt.Reading != nil && !u.end {
					opt.Reading(u.path, false)
				}
				close(u.done)
			}
		}()
	}
	send := func(u *job) error {
		u.done = make(chan struct{})
		for range u.weight() {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		select {
		case order <- u:
		case <-ctx.Done():
			return ctx.Err()
		}
		if u.end {
			close(u.done)
			return nil
		}
		select {
		case jobs <- u:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		for _, f := range files {
			if !streams(f) {
				if send(&job{path: f}) != nil {
					return
				}
				continue
			}
			if opt.Reading != nil {
				opt.Reading(f, true)
			}
			err := dataset.ReadPieces(f, readOpt, func(p *dataset.Piece) error {
				return send(&job{path: f, piece: p})
			})
			if opt.Reading != nil {
				opt.Reading(f, false)
			}
			if ctx.Err() != nil || send(&job{path: f, end: true, err: err}) != nil {
				return
			}
		}
	}()

	var batch []record
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		got, fresh, err := storeBatch(ctx, st, actor, batch, suggestNew)
		if err != nil {
			return err
		}
		results = append(results, got...)
		batch = batch[:0]
		if testHookStored != nil {
			testHookStored()
		}
		if len(fresh) > 0 {
			if _, err := suggest.RunFor(ctx, st, actor, fresh); err != nil {
				return err
			}
		}
		return nil
	}
	done := 0
	for u := range order {
		select {
		case <-u.done:
		case <-ctx.Done():
			return results, ctx.Err()
		}
		for range u.weight() {
			<-tokens
		}
		c := u.out
		results = append(results, c.errs...)
		switch {
		case u.end && u.err != nil:
			results = append(results, FileResult{Path: u.path, Status: Failed, Err: u.err})
		case c.err != nil:
			results = append(results, FileResult{Path: c.path, Status: Failed, Err: c.err})
		}
		batch = append(batch, c.recs...)
		if len(batch) >= batchSize {
			if err := flush(); err != nil {
				return results, err
			}
		}
		if u.piece == nil {
			done++
			if progress != nil {
				progress(done, total)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return results, err
	}
	return results, flush()
}

// SuggestMaxBytes is the largest document text, in bytes, an import makes
// suggestions for. The suggester and the spans it stores cost about 0.7 s
// a megabyte on one core (a 20 MB article: 14 s of the import's 16), so a
// larger document is stored without them and its result says so; the
// analyst runs "newsmark suggest ID" (or Suggest in the window) when the
// suggestions are wanted.
const SuggestMaxBytes = 2 << 20

// suggestsFor tells whether an import makes suggestions for doc.
func suggestsFor(doc *annotate.Document) bool { return len(doc.Text) <= SuggestMaxBytes }

// deferredNote is the note on a document stored without its suggestions.
func deferredNote(doc *annotate.Document) string {
	return fmt.Sprintf("suggestions deferred: the text is %.1f MB, above the %d MB an import suggests for; run \"newsmark suggest %s\" to make them",
		float64(len(doc.Text))/(1<<20), SuggestMaxBytes>>20, doc.ID)
}

// storeBatch stores records in one transaction. A record the store cannot
// take (a span outside the text, its layer already holding other work) is
// rolled back alone and reported with its file and line; the others are
// kept. Only a project that cannot be written at all fails the batch.
// With suggest set, the new documents are recorded as owed suggestions in
// actor's layer, in the same transaction, and returned for the suggester
// with the spans that layer has in them; a document larger than
// SuggestMaxBytes is stored without the debt and its result notes it.
func storeBatch(ctx context.Context, st *store.Store, actor string, batch []record, suggest bool) ([]FileResult, []suggestPending, error) {
	out := make([]FileResult, 0, len(batch))
	var fresh []suggestPending
	// The batch goes to the store in runs of records that owe suggestions
	// alike, in order; a giant document is a run of its own.
	for from := 0; from < len(batch); {
		owe := suggest && suggestsFor(batch[from].doc)
		to := from + 1
		for to < len(batch) && (suggest && suggestsFor(batch[to].doc)) == owe {
			to++
		}
		got, f, err := storeRun(ctx, st, actor, batch[from:to], owe)
		if err != nil {
			return nil, nil, err
		}
		if suggest && !owe {
			for i := range got {
				if got[i].Status == Imported {
					got[i].Notes = append(got[i].Notes, deferredNote(batch[from+i].doc))
				}
			}
		}
		out = append(out, got...)
		fresh = append(fresh, f...)
		from = to
	}
	return out, fresh, nil
}

// storeRun stores records in one call to the store, owing them
// suggestions when suggest is set.
func storeRun(ctx context.Context, st *store.Store, actor string, batch []record, suggest bool) ([]FileResult, []suggestPending, error) {
	docs := make([]*annotate.Document, len(batch))
	anns := make([]*annotate.Annotations, len(batch))
	for i, r := range batch {
		docs[i], anns[i] = r.doc, r.ann
	}
	var opt store.AddOptions
	if suggest {
		opt.OweSuggestions = actor
	}
	res, err := st.AddDocumentsWith(ctx, actor, docs, anns, opt)
	if err != nil {
		return nil, nil, err
	}
	out := make([]FileResult, len(batch))
	var fresh []suggestPending
	for i := range batch {
		out[i] = resultOf(batch[i], res[i])
		if suggest && out[i].Status == Imported {
			p := suggestPending{Doc: docs[i]}
			if a := anns[i]; a != nil && (a.Layer == "" || a.Layer == actor) {
				p.Spans = a.Spans
			}
			fresh = append(fresh, p)
		}
	}
	return out, fresh, nil
}

type suggestPending = suggest.Pending

// parsePiece parses a piece of a labeled file and checks each record
// against the project's schema.
func parsePiece(path string, p *dataset.Piece, opt dataset.ReadOptions, sch *annotate.Schema) cleaned {
	c := cleaned{path: path}
	recs, bad := p.Parse(opt)
	c.checked(path, recs, bad, sch)
	return c
}

// checked keeps the records that pass the schema's checks and reports the
// others, and the lines that could not be read, with file and line.
func (c *cleaned) checked(path string, recs []dataset.Record, bad []dataset.LineError, sch *annotate.Schema) {
	for _, le := range bad {
		c.errs = append(c.errs, FileResult{Path: path, Line: le.Line, Status: Failed, Err: fmt.Errorf("%s: %w", where(path, le.Line), le.Err)})
	}
	for _, r := range recs {
		p := path
		if r.Name != "" {
			p = path + "/" + r.Name
		}
		if probs := dataset.CheckRecord(r, sch); len(probs) > 0 {
			c.errs = append(c.errs, FileResult{Path: p, Line: r.Line, ID: r.Doc.ID, Status: Failed,
				Err: fmt.Errorf("%s: %w", where(p, r.Line), errors.Join(probs...))})
			continue
		}
		c.recs = append(c.recs, record{path: p, line: r.Line, doc: r.Doc, ann: r.Ann, notes: r.Notes})
	}
}

func where(path string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s line %d", path, line)
	}
	return path
}

// resultOf reports what the store did with one record.
func resultOf(r record, res store.AddResult) FileResult {
	fr := FileResult{Path: r.path, Line: r.line, ID: res.ID, Status: Imported, Notes: r.notes, Layer: res.Layer}
	switch {
	case res.Err != nil && errors.Is(res.Err, store.ErrLayerConflict):
		fr.Status = Conflict
		fr.Err = fmt.Errorf("%s: %w", where(r.path, r.line), res.Err)
	case res.Err != nil:
		fr.Status = Failed
		fr.Err = fmt.Errorf("%s: %w", where(r.path, r.line), res.Err)
	case res.Duplicate && res.AnnotationsAdded:
		fr.Status = AnnotationsAdded
	case res.Duplicate:
		fr.Status = Duplicate
		fr.Err = fmt.Errorf("%s: %w (%s)", where(r.path, r.line), store.ErrDuplicate, res.ID)
	}
	return fr
}

// readOne reads and cleans one article file, or reads every record of a
// labeled file and checks each against the project's schema.
func readOne(path string, opt dataset.ReadOptions, sch *annotate.Schema) cleaned {
	c := cleaned{path: path}
	if dataset.ReadsFile(path) || isBratText(path) {
		recs, bad, err := dataset.ReadFile(path, opt)
		if err != nil {
			c.err = err
			return c
		}
		c.checked(path, recs, bad, sch)
		return c
	}
	d, err := ReadArticle(path)
	if err != nil {
		c.err = err
		return c
	}
	c.recs = []record{{path: path, doc: d}}
	return c
}

// isBratText tells whether path is a brat document's .txt: one with a .ann
// beside it, whose offsets refer to the text as it is, so it is not
// cleaned.
func isBratText(path string) bool {
	if !strings.EqualFold(filepath.Ext(path), ".txt") {
		return false
	}
	_, err := os.Stat(strings.TrimSuffix(path, filepath.Ext(path)) + ".ann")
	return err == nil
}

// ImportSamples stores the sample articles that ship with Newsmark, so a new
// project has something to tag at once, with suggestions when the project
// makes them on import.
func ImportSamples(ctx context.Context, st *store.Store, actor string) error {
	var docs []*annotate.Document
	for _, s := range assets.Samples() {
		d, err := Clean(s.Name, s.Data, KindOf(s.Name))
		if err != nil {
			return fmt.Errorf("sample %s: %w", s.Name, err)
		}
		docs = append(docs, d)
	}
	on := SuggestOnImport(ctx, st)
	var opt store.AddOptions
	if on {
		opt.OweSuggestions = actor
	}
	res, err := st.AddDocumentsWith(ctx, actor, docs, nil, opt)
	if err != nil || !on {
		return err
	}
	var fresh []suggest.Pending
	for i, r := range res {
		if !r.Duplicate && r.Err == nil {
			fresh = append(fresh, suggest.Pending{Doc: docs[i]})
		}
	}
	_, err = suggest.RunFor(ctx, st, actor, fresh)
	return err
}

// Summarize counts results by status: annotations added to a document
// the project had count as imported, a conflict as a failure.
func Summarize(results []FileResult) (imported, duplicates, failed int) {
	c := Count(results)
	return c.Imported + c.AnnotationsAdded, c.Duplicate, c.Failed + c.Conflict
}

// Counts is how many results an import had of each status.
type Counts struct {
	Imported, Duplicate, AnnotationsAdded, Conflict, Failed int
}

// Count counts results by status.
func Count(results []FileResult) Counts {
	var c Counts
	for _, r := range results {
		switch r.Status {
		case Imported:
			c.Imported++
		case Duplicate:
			c.Duplicate++
		case AnnotationsAdded:
			c.AnnotationsAdded++
		case Conflict:
			c.Conflict++
		case Failed:
			c.Failed++
		}
	}
	return c
}
