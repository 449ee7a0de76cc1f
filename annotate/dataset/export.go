package dataset

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"newsmark/annotate"
	"newsmark/annotate/internal/batchgc"
	"newsmark/store"
)

// Export writes the project's documents in opt.Format to out, a path, or to
// w when out is "-". A file is written under a temporary name in the same
// folder and renamed when complete, so a failed or cancelled export never
// leaves half a file. With opt.Split, one file per part is written beside
// out (NAME.train.jsonl for NAME.jsonl). brat writes a folder of .txt and
// .ann files, or a .zip when out ends in .zip. progress(done, total), when
// not nil, is called as documents are written, from a goroutine of the
// export's own (the GUI wraps its updates in fyne.Do).
func Export(ctx context.Context, st *store.Store, out string, w io.Writer, opt Options, progress func(done, total int)) (Summary, error) {
	sum, _, err := exportRun(ctx, st, out, w, opt, progress)
	return sum, err
}

// LabelStudioConfig is the labeling config a Label Studio export of the
// project with opt would write beside it: the schema's labels and
// relations, and a control for each attribute and stance target the
// exported documents use.
func LabelStudioConfig(ctx context.Context, st *store.Store, opt Options) ([]byte, error) {
	opt.Format = FormatLabelStudio
	opt.Split = nil
	_, state, err := exportRun(ctx, st, "-", io.Discard, opt, nil)
	if err != nil {
		return nil, err
	}
	return state.ls.xml(), nil
}

func exportRun(ctx context.Context, st *store.Store, out string, w io.Writer, opt Options, progress func(done, total int)) (Summary, *exportState, error) {
	// An export allocates fast and keeps little (a few chunks of documents
	// in flight). Collecting less often while it runs took a quarter off
	// the 100,000-article benchmark (4.5 → 3.2 s); 800% was no faster than
	// 400% and took twice the heap. A brat archive keeps every file's
	// header until its central directory is written (40 MB at 100,000
	// articles), and a target of 400% over that grew the heap to 300 MB:
	// it gets 200% (at 100,000 articles: 184 MB; with Go's 100%, 118 MB
	// and a quarter slower).
	most := 400
	if opt.Format == FormatBrat {
		most = 200
	}
	defer batchgc.Raise(32<<20, most)()
	var sum Summary
	if opt.Format == "" {
		opt.Format = FormatNewsmark
	}
	if _, err := opt.unit(); err != nil {
		return sum, nil, err
	}
	f, ok := formats[opt.Format]
	if !ok && opt.Format != FormatBrat {
		return sum, nil, fmt.Errorf("format %q (want one of %s): %w", opt.Format, strings.Join(Formats, ", "), ErrFormat)
	}
	f.opt = opt
	switch {
	case out == "":
		return sum, nil, errors.New("export: no output file named")
	case out == "-" && w == nil:
		return sum, nil, errors.New("export: no writer for -")
	}
	parts := splitParts(opt.Split)
	if out == "-" && len(parts) > 1 {
		return sum, nil, errors.New("export: a split writes several files; name an output file, not -")
	}
	if opt.Format == FormatLabelStudio && out != "-" && !strings.EqualFold(filepath.Ext(out), ".json") {
		// Label Studio's uploader refuses other extensions
		// (label_studio/data_import/uploader.py check_extensions, at
		// HumanSignal/label-studio 0012445).
		return sum, nil, fmt.Errorf("export %s: Label Studio imports a JSON array from a .json file; name the output NAME.json: %w", out, ErrFormat)
	}
	state := &exportState{}
	if opt.Format == FormatLabelStudio {
		sch, _, err := annotate.ProjectSchema(ctx, st)
		if err != nil {
			return sum, nil, fmt.Errorf("export: %w", err)
		}
		state.ls = newLSConfig(sch)
	}
	if out != "-" {
		for _, p := range parts {
			name := partPath(out, p.name, opt.Format == FormatBrat)
			if err := checkOut(name, opt.Format == FormatBrat && !strings.EqualFold(filepath.Ext(name), ".zip")); err != nil {
				return sum, nil, fmt.Errorf("export: %w", err)
			}
		}
		if state.ls != nil {
			state.lsConfigPath = LabelStudioConfigPath(out)
			if err := checkConfigTarget(state.lsConfigPath); err != nil {
				return sum, nil, fmt.Errorf("export: %w", err)
			}
		}
	}
	if opt.Layer == "" {
		var err error
		if opt.Layer, err = DefaultLayer(ctx, st, ""); err != nil {
			return sum, nil, fmt.Errorf("export: %w", err)
		}
	}
	total, err := countDocuments(ctx, st, opt.Layer, opt.Status)
	if err != nil {
		return sum, nil, fmt.Errorf("export: %w", err)
	}

	sinks := map[string]sink{}
	var order []string
	for _, p := range parts {
		name := partPath(out, p.name, opt.Format == FormatBrat)
		var s sink
		switch {
		case opt.Format == FormatBrat && out == "-":
			s = newBratZip(nopCloser{w}, "")
		case opt.Format == FormatBrat:
			s, err = newBratSink(name, opt.Force)
		case out == "-":
			s = newLineSink(nopCloser{w}, f)
		default:
			s, err = newFileSink(name, f)
		}
		if err != nil {
			abortAll(sinks)
			return sum, nil, fmt.Errorf("export %s: %w", name, err)
		}
		sinks[p.name] = s
		order = append(order, p.name)
		if out != "-" {
			sum.Files = append(sum.Files, name)
		}
	}

	// The store reads the next documents while this goroutine's writer
	// formats the previous ones: reading is most of an export's time, and
	// the channel bounds how many documents are held in memory.
	readCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan item, 64)
	written := make(chan error, 1)
	if zips := bratZips(opt, sinks); zips != nil && runtime.GOMAXPROCS(0) > 1 {
		go func() {
			written <- bratInParallel(readCtx, cancel, runtime.GOMAXPROCS(0), queue, opt, parts, order, zips, &sum, total, progress)
		}()
	} else if par := formatters(opt); par > 1 {
		// The format's bytes are made on all cores, in order.
		go func() {
			written <- formatInParallel(readCtx, cancel, par, queue, f, state, opt, parts, order, sinks, &sum, total, progress)
		}()
	} else {
		go func() {
			var werr error
			done := 0
			reuse := &selection{state: state}
			for it := range queue {
				if werr != nil {
					continue // drain, so the reader never blocks
				}
				werr = writeDocument(reuse, it.d, it.a, opt, parts, order, sinks, &sum)
				if werr != nil {
					cancel()
					continue
				}
				done++
				if progress != nil {
					progress(done, total)
				}
			}
			written <- werr
		}()
	}
	put := func(d *annotate.Document, a *annotate.Annotations) error {
		select {
		case queue <- item{d, a}:
			return nil
		case <-readCtx.Done():
			return readCtx.Err()
		}
	}
	if opt.Layer == LayerAll {
		err = st.ForEachDocumentLayers(readCtx, func(d *annotate.Document, layers []*annotate.Annotations) error {
			for _, a := range layers {
				if a.Layer == annotate.LayerGold || (opt.Status != "" && a.Status != opt.Status) {
					continue
				}
				one := *d
				one.Status = a.Status
				if err := put(&one, a); err != nil {
					return err
				}
			}
			return nil
		})
	} else {
		err = st.ForEachDocument(readCtx, store.DocFilter{Layer: opt.Layer, Status: opt.Status}, put)
	}
	close(queue)
	if werr := <-written; werr != nil {
		err = werr
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		abortAll(sinks)
		return Summary{}, nil, fmt.Errorf("export: %w", err)
	}
	// Complete every part under its temporary name first, so a failure
	// (a full disk) leaves none of them, then put them all in place.
	for _, p := range order {
		if err := sinks[p].finish(); err != nil {
			abortAll(sinks)
			return Summary{}, nil, fmt.Errorf("export: %w", err)
		}
	}
	var config *fileSink
	if state.lsConfigPath != "" {
		if config, err = writeConfig(state.lsConfigPath, state.ls.xml()); err != nil {
			abortAll(sinks)
			return Summary{}, nil, fmt.Errorf("export: %w", err)
		}
		sum.Config = state.lsConfigPath
	}
	for _, p := range order {
		if err := sinks[p].publish(); err != nil {
			abortAll(sinks)
			if config != nil {
				config.abort()
			}
			return Summary{}, nil, fmt.Errorf("export: %w", err)
		}
	}
	if config != nil {
		if err := config.publish(); err != nil {
			return Summary{}, nil, fmt.Errorf("export: %w", err)
		}
	}
	sum.Notes = state.notes(opt)
	return sum, state, nil
}

// exportState is what one export gathers across its documents: what a
// format had no room for, and the Label Studio config's contents.
type exportState struct {
	pendingLeftOut   int // pending suggestions a format left out
	spansToMeta      int // doccano: overlapping spans kept in metadata
	relationsLeftOut int // Label Studio: suggested relations with an accepted end
	ls               *lsConfig
	lsTasks          int // Label Studio task ids handed out
	lsConfigPath     string
}

// notes turns the counts into sentences for the user.
func (e *exportState) notes(opt Options) []string {
	var out []string
	if e.pendingLeftOut > 0 {
		out = append(out, fmt.Sprintf("%s has no place for suggestions kept apart from accepted labels: %d pending suggestions were left out", opt.Format, e.pendingLeftOut))
	}
	if e.spansToMeta > 0 {
		out = append(out, fmt.Sprintf("%d spans overlap others, which doccano's default project drops: they are kept in each record's \"newsmark\" metadata (use --overlapping for a project that allows overlapping spans)", e.spansToMeta))
	}
	if e.relationsLeftOut > 0 {
		out = append(out, fmt.Sprintf("%d suggested relations join a suggestion to an accepted span, which Label Studio's predictions cannot reference: left out", e.relationsLeftOut))
	}
	return out
}

// writeDocument writes one document to its part's sink and counts it.
func writeDocument(reuse *selection, d *annotate.Document, a *annotate.Annotations, opt Options, parts []part, order []string, sinks map[string]sink, sum *Summary) error {
	sel, err := reuse.load(d, a, opt)
	if err != nil {
		return err
	}
	name := order[0]
	if len(parts) > 1 {
		name = partOf(parts, d.ID, opt.Seed)
	}
	if err := sinks[name].write(sel); err != nil {
		return err
	}
	sum.Documents++
	sum.Spans += len(sel.spans)
	sum.Relations += len(sel.relations)
	sum.Stances += len(sel.stances)
	return nil
}

func abortAll(sinks map[string]sink) {
	for _, s := range sinks {
		s.abort()
	}
}

// countDocuments is how many documents an export visits, for its
// progress: with LayerAll, how many documents (each gives a record per
// analyst).
func countDocuments(ctx context.Context, st *store.Store, layer string, status annotate.Status) (int, error) {
	if layer == LayerAll {
		layer = ""
	}
	total, done, err := st.CountDocuments(ctx, layer)
	switch {
	case err != nil || status == "" || layer == "":
		return total, err
	case status == annotate.StatusDone:
		return done, nil
	}
	docs, err := st.Documents(ctx, layer)
	n := 0
	for _, d := range docs {
		if d.Status == status {
			n++
		}
	}
	return n, err
}

// A sink receives the documents of one output (one part of a split).
type sink interface {
	write(s *selection) error
	finish() error  // complete the output under its temporary name
	publish() error // put the finished output in place
	abort()         // remove whatever was written and not published
}

// lineFormat renders one document for a file format: its bytes, and what
// goes before the first document, between documents and after the last.
type lineFormat struct {
	header, sep, footer string
	doc                 func(b []byte, s *selection, opt Options) ([]byte, error)
	opt                 Options
}

var formats = map[string]lineFormat{
	FormatNewsmark: {doc: func(b []byte, s *selection, _ Options) ([]byte, error) { return appendNewsmark(b, s), nil }},
	FormatStance:   {doc: appendStance},
	FormatProdigy:  {doc: func(b []byte, s *selection, _ Options) ([]byte, error) { return appendProdigy(b, s), nil }},
	FormatDoccano:  {doc: func(b []byte, s *selection, _ Options) ([]byte, error) { return appendDoccano(b, s), nil }},
	FormatSpacy:    {doc: func(b []byte, s *selection, _ Options) ([]byte, error) { return appendSpacy(b, s), nil }},
	FormatLabelStudio: {header: "[\n", sep: ",\n", footer: "\n]\n",
		doc: func(b []byte, s *selection, _ Options) ([]byte, error) { return appendLabelStudio(b, s), nil }},
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// lineSink writes one format's documents to a stream.
type lineSink struct {
	w   io.WriteCloser
	bw  *bufio.Writer
	f   lineFormat
	opt Options
	buf []byte
	n   int
}

func newLineSink(w io.WriteCloser, f lineFormat) *lineSink {
	return &lineSink{w: w, bw: bufio.NewWriterSize(w, 1<<20), f: f}
}

func (l *lineSink) write(s *selection) error {
	b := l.buf[:0]
	if l.n == 0 {
		b = append(b, l.f.header...)
	} else {
		b = append(b, l.f.sep...)
	}
	b, err := l.f.doc(b, s, l.f.opt)
	if err != nil {
		return err
	}
	l.n++
	l.buf = b
	_, err = l.bw.Write(b)
	return err
}

func (l *lineSink) finish() error {
	if l.n == 0 && l.f.header != "" {
		// An empty Label Studio export is still a JSON array.
		if _, err := l.bw.WriteString(strings.TrimSpace(l.f.header) + strings.TrimSpace(l.f.footer) + "\n"); err != nil {
			return err
		}
	} else if l.n > 0 {
		if _, err := l.bw.WriteString(l.f.footer); err != nil {
			return err
		}
	}
	return l.bw.Flush()
}

func (l *lineSink) publish() error { return nil }
func (l *lineSink) abort()         {}

// fileSink is a lineSink on a temporary file renamed into place on publish.
type fileSink struct {
	*lineSink
	file   *os.File
	final  string
	closed bool
}

func newFileSink(path string, f lineFormat) (*fileSink, error) {
	tmp, err := createTemp(path)
	if err != nil {
		return nil, err
	}
	return &fileSink{lineSink: newLineSink(tmp, f), file: tmp, final: path}, nil
}

func (s *fileSink) finish() error {
	err := s.lineSink.finish()
	if err == nil {
		err = s.file.Sync()
	}
	s.closed = true
	if cerr := s.file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", s.final, err)
	}
	return nil
}

func (s *fileSink) publish() error {
	if err := os.Rename(s.file.Name(), s.final); err != nil {
		return fmt.Errorf("write %s: %w", s.final, err)
	}
	return nil
}

func (s *fileSink) abort() {
	if !s.closed {
		s.file.Close()
	}
	os.Remove(s.file.Name())
}

// writeConfig writes data under a temporary name beside path, ready to be
// published.
func writeConfig(path string, data []byte) (*fileSink, error) {
	tmp, err := createTemp(path)
	if err != nil {
		return nil, err
	}
	s := &fileSink{file: tmp, final: path}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	s.closed = true
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return s, nil
}

// part is one named share of a split.
type part struct {
	name string
	upTo float64 // cumulative share, in (0, 1]
}

// splitParts orders a split's parts by name with cumulative shares; no
// split is one unnamed part.
func splitParts(split map[string]float64) []part {
	var sum float64
	for _, v := range split {
		if v > 0 {
			sum += v
		}
	}
	if sum == 0 {
		return []part{{name: "", upTo: 1}}
	}
	var parts []part
	acc := 0.0
	for _, k := range sortedKeys(split) {
		if split[k] <= 0 {
			continue
		}
		acc += split[k] / sum
		parts = append(parts, part{name: k, upTo: acc})
	}
	parts[len(parts)-1].upTo = 1
	return parts
}

// partOf places a document in a split part from its id and the seed alone,
// so the same document lands in the same part on every export, whatever
// else the project holds.
func partOf(parts []part, id string, seed int64) string {
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatInt(seed, 10)))
	h.Write([]byte{0})
	h.Write([]byte(id))
	x := h.Sum64()
	// Mix the bits (splitmix64's finaliser) so near ids spread evenly.
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	u := float64(x>>11) / (1 << 53)
	for _, p := range parts {
		if u < p.upTo {
			return p.name
		}
	}
	return parts[len(parts)-1].name
}

// SplitOf reports which part of opt.Split the document id goes to ("" when
// there is no split).
func SplitOf(opt Options, id string) string {
	parts := splitParts(opt.Split)
	if len(parts) == 1 {
		return parts[0].name
	}
	return partOf(parts, id, opt.Seed)
}

// ParseSplit reads a split such as "train=0.8,dev=0.1,test=0.1" (shares may
// also be percentages or any positive weights; they are normalised).
func ParseSplit(s string) (map[string]float64, error) {
	out := map[string]float64{}
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	for _, item := range strings.Split(s, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(item), "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("split %q: want name=share, as train=0.8,dev=0.1,test=0.1", item)
		}
		if strings.ContainsAny(name, `/\. `) {
			return nil, fmt.Errorf("split %q: a part name goes into file names; use letters and digits", name)
		}
		v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(val), "%"), 64)
		if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, fmt.Errorf("split %q: the share must be a positive number", item)
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("split: part %q named twice", name)
		}
		out[name] = v
	}
	return out, nil
}

// partPath names a part's output beside out: NAME.train.jsonl for
// NAME.jsonl, NAME.train for a brat folder NAME, NAME.train.zip for NAME.zip.
func partPath(out, part string, folder bool) string {
	if part == "" {
		return out
	}
	ext := filepath.Ext(out)
	if folder && ext != ".zip" {
		ext = ""
	}
	return strings.TrimSuffix(out, ext) + "." + part + ext
}

// item is a document and its layer, on their way from the store to the
// writer.
type item struct {
	d *annotate.Document
	a *annotate.Annotations
}

// formatters is how many goroutines format an export's documents: all
// cores for a line format without state that runs from one document to the
// next, one otherwise (Label Studio numbers its tasks and gathers its
// config in order; brat names its files in order).
func formatters(opt Options) int {
	switch opt.Format {
	case FormatLabelStudio, FormatBrat:
		return 1
	}
	return runtime.GOMAXPROCS(0)
}

// formatted is one document's bytes on their way to its sink.
type formatted struct {
	id                        string
	d                         *annotate.Document
	a                         *annotate.Annotations
	b                         []byte
	spans, relations, stances int
	err                       error
	done                      chan struct{}
}

// formatInParallel formats the documents from queue on n goroutines, each
// with its own selection and counts, and writes them to their sinks in
// queue's order. It returns the first error, after draining queue.
func formatInParallel(ctx context.Context, cancel func(), n int, queue <-chan item, f lineFormat, state *exportState,
	opt Options, parts []part, order []string, sinks map[string]sink, sum *Summary, total int, progress func(done, total int)) error {
	jobs := make(chan *formatted)
	inOrder := make(chan *formatted, 4*n)
	var pool sync.Pool
	states := make([]*exportState, n)
	var wg sync.WaitGroup
	for w := range n {
		states[w] = &exportState{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sel := &selection{state: states[w]}
			for j := range jobs {
				if _, err := sel.load(j.d, j.a, opt); err != nil {
					j.err = err
				} else {
					b, _ := pool.Get().([]byte)
					j.b, j.err = f.doc(b[:0], sel, opt)
					j.spans, j.relations, j.stances = len(sel.spans), len(sel.relations), len(sel.stances)
				}
				j.d, j.a = nil, nil
				close(j.done)
			}
		}()
	}
	go feedInOrder(ctx, queue, func(it item) (*formatted, chan struct{}) {
		j := &formatted{id: it.d.ID, d: it.d, a: it.a, done: make(chan struct{})}
		return j, j.done
	}, jobs, inOrder)
	var werr error
	done := 0
	for j := range inOrder {
		<-j.done
		if werr != nil || ctx.Err() != nil {
			continue
		}
		if j.err != nil {
			werr = j.err
			cancel()
			continue
		}
		name := order[0]
		if len(parts) > 1 {
			name = partOf(parts, j.id, opt.Seed)
		}
		if err := sinks[name].(bytesSink).writeBytes(j.b); err != nil {
			werr = err
			cancel()
			continue
		}
		pool.Put(j.b)
		sum.Documents++
		sum.Spans += j.spans
		sum.Relations += j.relations
		sum.Stances += j.stances
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	wg.Wait()
	for _, st := range states {
		state.pendingLeftOut += st.pendingLeftOut
		state.spansToMeta += st.spansToMeta
		state.relationsLeftOut += st.relationsLeftOut
	}
	return werr
}

// bytesSink is a sink that takes a document already formatted.
type bytesSink interface {
	writeBytes(b []byte) error
}

func (l *lineSink) writeBytes(b []byte) error {
	sep := l.f.sep
	if l.n == 0 {
		sep = l.f.header
	}
	if _, err := l.bw.WriteString(sep); err != nil {
		return err
	}
	l.n++
	if len(b) >= directWrite {
		// A large record (a Prodigy task is 70 KB) goes to the file as it
		// is rather than through a copy in the buffer.
		if err := l.bw.Flush(); err != nil {
			return err
		}
		_, err := l.w.Write(b)
		return err
	}
	_, err := l.bw.Write(b)
	return err
}

// directWrite is the size from which a formatted record is written
// without going through the buffer.
const directWrite = 64 << 10

// feedInOrder hands each document of queue to the workers (jobs) and, in
// queue's order, to the writer (inOrder), so the output keeps the input's
// order however the workers finish. Once ctx is done it goes on draining
// queue, so the reader never blocks, and marks a job already given to the
// writer done without work.
func feedInOrder[J any](ctx context.Context, queue <-chan item, job func(item) (J, chan struct{}), jobs, inOrder chan<- J) {
	defer close(inOrder)
	defer close(jobs)
	for it := range queue {
		j, done := job(it)
		select {
		case inOrder <- j:
		case <-ctx.Done():
			continue
		}
		select {
		case jobs <- j:
		case <-ctx.Done():
			close(done)
		}
	}
}
