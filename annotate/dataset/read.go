package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"newsmark/annotate"
	"newsmark/annotate/internal/inputfile"
)

// Record is one document read from a file, with its annotations. When the
// file names who made them (Prodigy's _annotator_id, Label Studio's
// completed_by, newsmark's annotator, a doccano export's user file),
// Ann.Layer is that analyst; otherwise it is empty, the importing
// analyst's.
type Record struct {
	Doc *annotate.Document
	Ann *annotate.Annotations
	// Line is the record's line in a JSONL file, its task's position in a
	// JSON array, or 0 for a whole file (a brat .txt and .ann).
	Line int
	// Name is the file inside an archive the record came from ("" when
	// it is the file itself).
	Name string
	// Notes say what of the record was left out, without failing it (a
	// relation that names no span, a brat line it could not read).
	Notes []string
}

// ReadOptions says how to read files that do not say it themselves.
type ReadOptions struct {
	// Offsets is the unit of offsets in records that do not name one
	// (meta.offset_unit, offset_unit): codepoint (default), utf16 (files
	// that doccano wrote) or utf8.
	Offsets string
}

// LineError is a problem with one line of a file; the line is skipped.
type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e LineError) Unwrap() error { return e.Err }

// ReadJSONL reads a .jsonl file in the newsmark format (meta.schema set),
// Prodigy's (tokens or _input_hash) or doccano's (entities or label), with
// annotations: span ids are kept, unknown attributes and meta keys kept (so
// they are exported back), spans without a status are accepted, spans
// without a source are "import", and spans and stances without an annotator
// get meta.annotator. Text is taken as is, never cleaned. Offsets in
// meta.offset_unit (utf16, utf8) are converted to code points. A malformed
// line (bad JSON, offsets outside the text, a span whose text is not what
// its offsets slice, unknown span ids in relations or stance) is reported by
// line number and skipped. The error is for the file as a whole.
func ReadJSONL(path string) ([]Record, []LineError, error) {
	return readJSONLFile(path, ReadOptions{})
}

func readJSONLFile(file string, opt ReadOptions) ([]Record, []LineError, error) {
	f, err := inputfile.Open(file)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", file, err)
	}
	defer f.Close()
	var recs []Record
	var bad []LineError
	err = jsonlPieces(f, filepath.Base(file), "", "", func(p *Piece) error {
		r, b := p.Parse(opt)
		recs, bad = append(recs, r...), append(bad, b...)
		return nil
	})
	if err != nil {
		return recs, bad, fmt.Errorf("read %s: %w", file, err)
	}
	return recs, bad, nil
}

// joinProblems makes one error of a record's problems.
func joinProblems(probs []error) error {
	e := probs[0]
	if len(probs) > 1 {
		e = fmt.Errorf("%w (and %d more problems)", e, len(probs)-1)
	}
	return e
}

// eachLine calls fn with every non-blank line and its 1-based number,
// however long the line; the line is valid until fn returns. fn's error
// stops the reading and is returned.
func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var long []byte
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: gather it.
			long = append(long[:0], line...)
			for err == bufio.ErrBufferFull {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if ferr := fn(n, t); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// parseLine reads one record in whichever format its keys say. A Label
// Studio task gives one record per annotation.
func parseLine(line []byte, fallbackID string, opt ReadOptions) ([]Record, []error) {
	// A newsmark record (what an export writes, and most large files) is
	// told by its keys before the line is checked: its decoding checks it,
	// and a line it cannot decode is checked then, to be reported as any
	// other bad line is.
	if keys, ok := scanTopKeys(line); ok {
		var meta struct {
			Schema string `json:"schema"`
		}
		if m, ok := keys["meta"]; ok {
			json.Unmarshal(m, &meta)
		}
		if meta.Schema == annotate.SchemaName {
			r, probs := parseNewsmark(line, false)
			if len(probs) == 0 {
				return []Record{r}, nil
			}
			if json.Valid(line) {
				return nil, probs
			}
		}
	}
	keys, ok := topKeys(line)
	if !ok {
		if err := json.Unmarshal(line, &keys); err != nil {
			return nil, []error{fmt.Errorf("not a JSON object: %w", err)}
		}
	}
	var meta struct {
		Schema string `json:"schema"`
	}
	if m, ok := keys["meta"]; ok {
		json.Unmarshal(m, &meta)
	}
	one := func(r Record, probs []error) ([]Record, []error) {
		if len(probs) > 0 {
			return nil, probs
		}
		return []Record{r}, nil
	}
	switch {
	case strings.HasPrefix(meta.Schema, "newsmark/"):
		if meta.Schema != annotate.SchemaName {
			return nil, []error{fmt.Errorf("schema %s is not %s", meta.Schema, annotate.SchemaName)}
		}
		return one(parseNewsmark(line, false))
	case keys["data"] != nil && (keys["annotations"] != nil || keys["predictions"] != nil || keys["completions"] != nil):
		return parseLabelStudio(line, fallbackID, opt)
	case keys["tokens"] != nil || keys["_input_hash"] != nil || isList(keys["spans"]):
		return one(parseProdigy(line, fallbackID, opt))
	case keys["entities"] != nil || keys["label"] != nil || keys["labels"] != nil || keys["cats"] != nil:
		return one(parseDoccano(line, fallbackID, opt))
	case keys["text"] != nil:
		return one(parsePlain(line, fallbackID))
	case keys["data"] != nil:
		return parseLabelStudio(line, fallbackID, opt)
	}
	return nil, []error{errors.New("not a newsmark, Prodigy, doccano or Label Studio record (no text, meta.schema, spans, entities or data)")}
}

// parsePlain reads a line that is only a text and perhaps an id and meta:
// the plain input of doccano, Prodigy and Label Studio.
func parsePlain(line []byte, fallbackID string) (Record, []error) {
	var r struct {
		ID   any            `json:"id"`
		Text *string        `json:"text"`
		Meta map[string]any `json:"meta"`
	}
	if err := json.Unmarshal(line, &r); err != nil {
		return Record{}, []error{fmt.Errorf("not a record: %w", err)}
	}
	if r.Text == nil || *r.Text == "" {
		return Record{}, []error{errors.New("no text")}
	}
	id := idOf(fallbackID, r.ID)
	return Record{Doc: &annotate.Document{ID: id, Text: *r.Text, Meta: metaFrom(r.Meta)}, Ann: &annotate.Annotations{}}, nil
}

// idOf is the first non-empty id among vals (strings or numbers), else
// fallback.
func idOf(fallback string, vals ...any) string {
	for _, v := range vals {
		switch v := v.(type) {
		case string:
			if v != "" {
				return v
			}
		case float64:
			return strconv.FormatFloat(v, 'f', -1, 64)
		}
	}
	return fallback
}

// unitOf is a record's offset unit: the one it names, else the one the
// user gave for the file.
func unitOf(named string, opt ReadOptions) string {
	if named != "" {
		return named
	}
	return opt.Offsets
}

func isList(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) > 0 && t[0] == '['
}

// offsets converts offsets of one text from a unit to code points, and
// checks them. Code points need no index of the text (cpText); the other
// units build one.
type offsets struct {
	x    *annotate.Index // nil for code points
	c    *cpText         // code points only
	unit string
}

func newOffsets(text, unit string) (*offsets, error) {
	switch unit {
	case "", UnitCodepoint:
		return &offsets{c: newCPText(text), unit: UnitCodepoint}, nil
	case UnitUTF16, UnitUTF8:
	default:
		return nil, fmt.Errorf("offset_unit %q is not codepoint, utf16 or utf8", unit)
	}
	return &offsets{x: annotate.NewIndex(text), unit: unit}, nil
}

func (o *offsets) cp(off int) (int, bool) {
	switch o.unit {
	case UnitUTF16:
		return o.x.FromUTF16(off)
	case UnitUTF8:
		return o.x.FromUTF8(off)
	}
	return off, off >= 0 && off <= o.c.runes
}

// slice is the text between code points start and end, clamped to the
// text.
func (o *offsets) slice(start, end int) string {
	if o.c != nil {
		return o.c.slice(start, end)
	}
	return o.x.Slice(start, end)
}

// rng converts [start, end) and checks it lies inside the text on
// character boundaries.
func (o *offsets) rng(what string, start, end int) (int, int, error) {
	a, ok1 := o.cp(start)
	b, ok2 := o.cp(end)
	if !ok1 || !ok2 || b < a {
		return 0, 0, fmt.Errorf("%s: [%d, %d) is outside the text (%d %s) or splits a character", what, start, end, o.length(), o.unit)
	}
	return a, b, nil
}

func (o *offsets) length() int {
	switch o.unit {
	case UnitUTF16:
		return o.x.UTF16Len()
	case UnitUTF8:
		return len(o.x.Text())
	}
	return o.c.runes
}

type nmSpan struct {
	ID         string         `json:"id"`
	Start      int            `json:"start"`
	End        int            `json:"end"`
	Label      string         `json:"label"`
	Text       *string        `json:"text"`
	Attrs      map[string]any `json:"attrs"`
	Annotator  string         `json:"annotator"`
	AgreedBy   []string       `json:"agreed_by"`
	Source     string         `json:"source"`
	Status     string         `json:"status"`
	Note       string         `json:"note"`
	Pattern    string         `json:"pattern"`
	Confidence float64        `json:"confidence"`
}

type nmRange struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  *string `json:"text"`
}

type nmRecord struct {
	ID    string         `json:"id"`
	Text  *string        `json:"text"`
	Meta  map[string]any `json:"meta"`
	Zones []struct {
		Zone string `json:"zone"`
		nmRange
	} `json:"zones"`
	Spans     []nmSpan            `json:"spans"`
	Relations []annotate.Relation `json:"relations"`
	Targets   []annotate.Target   `json:"targets"`
	Stance    []struct {
		Statement string   `json:"statement"`
		Target    string   `json:"target"`
		Label     string   `json:"label"`
		Implicit  bool     `json:"implicit"`
		Evidence  *nmRange `json:"evidence"`
		Annotator string   `json:"annotator"`
	} `json:"stance"`
	DocLabels map[string]any `json:"doc_labels"`
}

// metaDropped are meta keys that describe an export, not the article: they
// are written afresh on the next export.
var metaDropped = map[string]bool{"schema": true, "offset_unit": true, "annotators": true, "annotator": true, "layer": true}

// parseNewsmark reads a newsmark/1 record; strict also wants every span to
// carry its text, as the contract says.
func parseNewsmark(line []byte, strict bool) (Record, []error) {
	var r nmRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return Record{}, []error{fmt.Errorf("not a newsmark/1 record: %w", err)}
	}
	var probs []error
	fail := func(format string, args ...any) { probs = append(probs, fmt.Errorf(format, args...)) }
	if r.ID == "" {
		fail("no id")
	}
	if r.Text == nil {
		return Record{}, append(probs, errors.New("no text"))
	}
	unit, _ := r.Meta["offset_unit"].(string)
	offs, err := newOffsets(*r.Text, unit)
	if err != nil {
		return Record{}, append(probs, err)
	}
	// The one annotator the record names fills in spans and stances that
	// name none; the layer is the one our export names, else that annotator.
	annotator, _ := r.Meta["annotator"].(string)
	if list, ok := r.Meta["annotators"].([]any); ok && annotator == "" && len(list) == 1 {
		annotator, _ = list[0].(string)
	}
	layer, _ := r.Meta["layer"].(string)
	if layer == "" {
		layer = annotator
	}
	d := &annotate.Document{ID: r.ID, Text: *r.Text, Meta: metaFrom(r.Meta)}
	a := &annotate.Annotations{DocLabels: r.DocLabels, Layer: layer}
	switch st, _ := r.Meta["status"].(string); annotate.Status(st) {
	case annotate.StatusTodo, annotate.StatusInProgress, annotate.StatusDone:
		d.Status = annotate.Status(st)
	case "":
	default:
		fail("meta.status %q is not todo, in_progress or done", st)
	}

	for _, z := range r.Zones {
		s, e, err := offs.rng("zone "+z.Zone, z.Start, z.End)
		if err != nil {
			probs = append(probs, err)
			continue
		}
		if z.Text != nil && *z.Text != offs.slice(s, e) {
			fail("zone %s: text %q is not what [%d, %d) slices: %q", z.Zone, *z.Text, z.Start, z.End, offs.slice(s, e))
			continue
		}
		d.Zones = append(d.Zones, annotate.Zone{Zone: z.Zone, Start: s, End: e})
	}
	ids := map[string]bool{}
	for _, sp := range r.Spans {
		what := "span " + sp.ID
		if sp.ID == "" {
			fail("span %s [%d, %d): no id", sp.Label, sp.Start, sp.End)
			continue
		}
		if ids[sp.ID] {
			fail("%s: id used twice", what)
			continue
		}
		ids[sp.ID] = true
		s, e, err := offs.rng(what, sp.Start, sp.End)
		if err != nil {
			probs = append(probs, err)
			continue
		}
		if sp.Text == nil && strict {
			fail("%s: no text", what)
		}
		if sp.Text != nil && *sp.Text != offs.slice(s, e) {
			fail("%s: text %q is not what [%d, %d) slices: %q", what, *sp.Text, sp.Start, sp.End, offs.slice(s, e))
			continue
		}
		out := annotate.Span{ID: sp.ID, Start: s, End: e, Label: sp.Label, Attrs: sp.Attrs, Annotator: sp.Annotator,
			Source: sp.Source, Status: sp.Status, Note: sp.Note, Pattern: sp.Pattern, Confidence: sp.Confidence, AgreedBy: sp.AgreedBy}
		if out.Annotator == "" {
			out.Annotator = annotator
		}
		if out.Source == "" {
			out.Source = annotate.SourceImport
		}
		if out.Status == "" {
			out.Status = annotate.SpanAccepted
		}
		if a.Spans == nil {
			a.Spans = make([]annotate.Span, 0, len(r.Spans)) // grown once, not doubling
		}
		a.Spans = append(a.Spans, out)
	}
	for _, rel := range r.Relations {
		if !ids[rel.Head] || !ids[rel.Child] {
			fail("relation %s %s → %s: unknown span id", rel.Label, rel.Head, rel.Child)
			continue
		}
		if rel.Source == "" {
			rel.Source = annotate.SourceImport
		}
		if a.Relations == nil {
			a.Relations = make([]annotate.Relation, 0, len(r.Relations))
		}
		a.Relations = append(a.Relations, rel)
	}
	targets := map[string]bool{}
	for _, t := range r.Targets {
		if t.ID == "" || t.Text == "" {
			fail("target %q %q: needs an id and a text", t.ID, t.Text)
			continue
		}
		targets[t.ID] = true
		a.Targets = append(a.Targets, t)
	}
	for _, st := range r.Stance {
		what := "stance " + st.Statement + " → " + st.Target
		switch {
		case !ids[st.Statement]:
			fail("%s: unknown statement span id", what)
			continue
		case !targets[st.Target]:
			fail("%s: unknown target id", what)
			continue
		}
		out := annotate.Stance{Statement: st.Statement, Target: st.Target, Label: st.Label, Implicit: st.Implicit, Annotator: st.Annotator}
		if out.Annotator == "" {
			out.Annotator = annotator
		}
		if ev := st.Evidence; ev != nil {
			s, e, err := offs.rng(what+" evidence", ev.Start, ev.End)
			if err != nil {
				probs = append(probs, err)
				continue
			}
			if ev.Text != nil && *ev.Text != offs.slice(s, e) {
				fail("%s evidence: text %q is not what [%d, %d) slices: %q", what, *ev.Text, ev.Start, ev.End, offs.slice(s, e))
				continue
			}
			out.Evidence = &annotate.Evidence{Start: s, End: e}
		}
		a.Stances = append(a.Stances, out)
	}
	return Record{Doc: d, Ann: a}, probs
}

// metaFrom splits a JSON meta object into known fields and kept extras.
func metaFrom(m map[string]any) annotate.Meta {
	var out annotate.Meta
	str := func(k string) string {
		s, _ := m[k].(string)
		return s
	}
	out.SourceFile, out.Title, out.Byline = str("source_file"), str("title"), str("byline")
	out.Published, out.Outlet, out.Wire = str("published"), str("outlet"), str("wire")
	out.Language, out.URL = str("language"), str("url")
	if list, ok := m["removed"].([]any); ok {
		for _, v := range list {
			if s, ok := v.(string); ok {
				out.Removed = append(out.Removed, s)
			}
		}
	}
	for k, v := range m {
		if metaKeysWritten[k] || metaDropped[k] {
			continue
		}
		if out.Extra == nil {
			out.Extra = map[string]any{}
		}
		out.Extra[k] = v
	}
	return out
}

// idMaker hands out span ids by label prefix for formats without ids.
type idMaker map[string]int

func (m idMaker) next(label string, taken map[string]bool) string {
	p := annotate.SpanIDPrefix(label)
	for {
		m[p]++
		id := p + strconv.Itoa(m[p])
		if !taken[id] {
			return id
		}
	}
}

type prodigySpan struct {
	ID         string         `json:"id"`
	Start      int            `json:"start"`
	End        int            `json:"end"`
	TokenStart *int           `json:"token_start"`
	TokenEnd   *int           `json:"token_end"`
	Label      string         `json:"label"`
	Text       *string        `json:"text"`
	Status     string         `json:"status"`
	Attrs      map[string]any `json:"attrs"`
	Note       string         `json:"note"`
	Source     string         `json:"source"`
	Pattern    any            `json:"pattern"`
	Score      float64        `json:"score"`
}

type prodigyRelation struct {
	Head      *int       `json:"head"`
	Child     *int       `json:"child"`
	HeadSpan  *nmSpanRef `json:"head_span"`
	ChildSpan *nmSpanRef `json:"child_span"`
	Label     string     `json:"label"`
}

type prodigyRecord struct {
	Text               *string           `json:"text"`
	Spans              []prodigySpan     `json:"spans"`
	Suggestions        []prodigySpan     `json:"suggestions"`
	Relations          []prodigyRelation `json:"relations"`
	SuggestedRelations []prodigyRelation `json:"suggested_relations"`
	stanceParts
	Meta        map[string]any `json:"meta"`
	Answer      string         `json:"answer"`
	AnnotatorID any            `json:"_annotator_id"`
	SessionID   any            `json:"_session_id"`
}

// stanceParts are the targets, stance and document labels that Newsmark
// writes into formats with room for extra keys.
type stanceParts struct {
	Targets []struct {
		ID       string `json:"id"`
		Text     string `json:"text"`
		Kind     string `json:"kind"`
		Document bool   `json:"document"`
	} `json:"targets"`
	Stance []struct {
		Statement     string     `json:"statement"`
		StatementSpan *nmSpanRef `json:"statement_span"`
		Target        string     `json:"target"`
		Label         string     `json:"label"`
		Implicit      bool       `json:"implicit"`
		Evidence      *nmRange   `json:"evidence"`
		Annotator     string     `json:"annotator"`
	} `json:"stance"`
	DocLabels map[string]any `json:"doc_labels"`
}

// addStance reads stanceParts into a, resolving each statement by id, or
// by its range through at; problems are notes, as the spans stand alone.
func (p *stanceParts) addStance(a *annotate.Annotations, offs *offsets, ids map[string]bool, at map[nmSpanRef]string, docID string) (notes []string) {
	targets := map[string]bool{}
	for _, t := range p.Targets {
		if t.ID == "" || t.Text == "" {
			notes = append(notes, fmt.Sprintf("target %q %q left out: it needs an id and a text", t.ID, t.Text))
			continue
		}
		targets[t.ID] = true
		tt := annotate.Target{ID: t.ID, Text: t.Text, Kind: t.Kind}
		if t.Document {
			tt.DocID = docID
		}
		a.Targets = append(a.Targets, tt)
	}
	for _, st := range p.Stance {
		statement := st.Statement
		if st.StatementSpan != nil {
			if id, ok := at[*st.StatementSpan]; ok {
				statement = id
			}
		}
		if !ids[statement] || !targets[st.Target] {
			notes = append(notes, fmt.Sprintf("stance %s toward %s left out: its statement or target is not in the record", st.Statement, st.Target))
			continue
		}
		out := annotate.Stance{Statement: statement, Target: st.Target, Label: st.Label, Implicit: st.Implicit, Annotator: st.Annotator}
		if out.Annotator == "" {
			out.Annotator = a.Layer
		}
		if ev := st.Evidence; ev != nil {
			s, e, err := offs.rng("evidence", ev.Start, ev.End)
			if err == nil {
				out.Evidence = &annotate.Evidence{Start: s, End: e}
			}
		}
		a.Stances = append(a.Stances, out)
	}
	if len(p.DocLabels) > 0 {
		a.DocLabels = p.DocLabels
	}
	return notes
}

type nmSpanRef struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

// parseProdigy reads a Prodigy task: spans (checked against their text and
// tokens), relations by head_span/child_span or, as Prodigy's relations
// recipe writes them, by the index of each span's last token; Newsmark's
// own keys (suggestions, attrs, stance, targets) when present. A relation
// that resolves to no span is left out with a note; the spans stay.
func parseProdigy(line []byte, fallbackID string, opt ReadOptions) (Record, []error) {
	var r prodigyRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return Record{}, []error{fmt.Errorf("not a Prodigy task: %w", err)}
	}
	if r.Text == nil {
		return Record{}, []error{errors.New("no text")}
	}
	unit, _ := r.Meta["offset_unit"].(string)
	offs, err := newOffsets(*r.Text, unitOf(unit, opt))
	if err != nil {
		return Record{}, []error{err}
	}
	id, _ := r.Meta["id"].(string)
	if id == "" {
		id = fallbackID
	}
	annotator, _ := r.Meta["annotator"].(string)
	for _, v := range []any{r.AnnotatorID, r.SessionID} {
		if s, ok := v.(string); ok && s != "" && annotator == "" {
			annotator = s
		}
	}
	d := &annotate.Document{ID: id, Text: *r.Text, Meta: metaFrom(r.Meta)}
	delete(d.Meta.Extra, "id")
	delete(d.Meta.Extra, "_annotator_id")
	a := &annotate.Annotations{Layer: annotator}
	rec := Record{Doc: d, Ann: a}
	if r.Answer == "reject" || r.Answer == "ignore" {
		return rec, nil
	}
	var probs []error
	taken := map[string]bool{}
	for _, sp := range append(slices.Clone(r.Spans), r.Suggestions...) {
		if sp.ID != "" {
			if taken[sp.ID] {
				probs = append(probs, fmt.Errorf("span id %s used twice", sp.ID))
			}
			taken[sp.ID] = true
		}
	}
	ids := idMaker{}
	have := map[string]bool{}
	at := map[nmSpanRef]string{}
	byTokenEnd := map[int][]string{}
	add := func(sp prodigySpan, pending bool) {
		s, e, err := offs.rng("span "+sp.Label, sp.Start, sp.End)
		if err != nil {
			probs = append(probs, err)
			return
		}
		if sp.Text != nil && *sp.Text != offs.slice(s, e) {
			probs = append(probs, fmt.Errorf("span %s [%d, %d): text %q is not what the offsets slice: %q", sp.Label, sp.Start, sp.End, *sp.Text, offs.slice(s, e)))
			return
		}
		sid := sp.ID
		if sid == "" {
			sid = ids.next(sp.Label, taken)
		}
		have[sid] = true
		status, source := sp.Status, annotate.SourceImport
		if status == "" {
			status = annotate.SpanAccepted
		}
		out := annotate.Span{ID: sid, Start: s, End: e, Label: sp.Label, Attrs: sp.Attrs, Note: sp.Note, Annotator: annotator,
			Source: source, Status: status}
		if pending {
			out.Status, out.Annotator, out.Confidence = annotate.SpanPending, "", sp.Score
			if sp.Source != "" {
				out.Source = sp.Source
			}
			out.Pattern, _ = sp.Pattern.(string)
		}
		at[nmSpanRef{sp.Start, sp.End, sp.Label}] = sid
		if sp.TokenEnd != nil {
			byTokenEnd[*sp.TokenEnd] = append(byTokenEnd[*sp.TokenEnd], sid)
		}
		a.Spans = append(a.Spans, out)
	}
	for _, sp := range r.Spans {
		add(sp, false)
	}
	for _, sp := range r.Suggestions {
		add(sp, true)
	}
	// end finds a relation's end: by its span, else by its last token.
	end := func(ref *nmSpanRef, tok *int) (string, string) {
		if ref != nil {
			if id, ok := at[*ref]; ok {
				return id, ""
			}
			return "", fmt.Sprintf("[%d, %d) %s is not one of the spans", ref.Start, ref.End, ref.Label)
		}
		if tok == nil {
			return "", "no head_span, child_span or token index"
		}
		switch c := byTokenEnd[*tok]; len(c) {
		case 1:
			return c[0], ""
		case 0:
			return "", fmt.Sprintf("no span ends at token %d", *tok)
		default:
			return "", fmt.Sprintf("%d spans end at token %d", len(c), *tok)
		}
	}
	for _, rels := range []struct {
		list    []prodigyRelation
		pending bool
	}{{r.Relations, false}, {r.SuggestedRelations, true}} {
		for _, rel := range rels.list {
			h, why := end(rel.HeadSpan, rel.Head)
			c, why2 := end(rel.ChildSpan, rel.Child)
			if h == "" || c == "" {
				rec.Notes = append(rec.Notes, fmt.Sprintf("relation %s left out: %s", rel.Label, strings.TrimPrefix(why+"; "+why2, "; ")))
				continue
			}
			out := annotate.Relation{Label: rel.Label, Head: h, Child: c, Source: annotate.SourceImport}
			if rels.pending {
				out.Status = annotate.SpanPending
			}
			a.Relations = append(a.Relations, out)
		}
	}
	rec.Notes = append(rec.Notes, r.addStance(a, offs, have, at, d.ID)...)
	return rec, probs
}

type doccanoRecord struct {
	DocID      any               `json:"doc_id"`
	ID         any               `json:"id"`
	Text       *string           `json:"text"`
	Entities   []json.RawMessage `json:"entities"`
	Label      []json.RawMessage `json:"label"`
	Labels     []json.RawMessage `json:"labels"`
	Cats       []json.RawMessage `json:"cats"`
	Relations  []json.RawMessage `json:"relations"`
	OffsetUnit string            `json:"offset_unit"`
	Newsmark   *struct {
		Spans []struct {
			nmSpanRef
			ID      string         `json:"id"`
			Attrs   map[string]any `json:"attrs"`
			Note    string         `json:"note"`
			LeftOut bool           `json:"left_out"`
		} `json:"spans"`
		Relations []struct {
			Label     string    `json:"label"`
			Head      string    `json:"head"`
			Child     string    `json:"child"`
			HeadSpan  nmSpanRef `json:"head_span"`
			ChildSpan nmSpanRef `json:"child_span"`
		} `json:"relations"`
		stanceParts
	} `json:"newsmark"`
}

// doccanoCategoriesKey is the document label under which doccano's text
// classification categories are kept.
const doccanoCategoriesKey = "categories"

// parseDoccano reads a doccano line of any text project type: relation
// projects' entities and relations, sequence labelling's "label" (or the
// older "labels") triples, text classification's "label" strings and
// intent detection's "cats", which become the document label
// "categories". doccano's own labels, read by its import
// (backend/data_import/pipeline/label.py at doccano ab6b765), are [start,
// end, label] lists or {start_offset, end_offset, label} objects.
// Newsmark's "newsmark" metadata, when present, gives the spans their ids,
// attributes and stance back and restores the spans doccano was not given.
func parseDoccano(line []byte, fallbackID string, opt ReadOptions) (Record, []error) {
	var r doccanoRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return Record{}, []error{fmt.Errorf("not a doccano record: %w", err)}
	}
	if r.Text == nil {
		return Record{}, []error{errors.New("no text")}
	}
	offs, err := newOffsets(*r.Text, unitOf(r.OffsetUnit, opt))
	if err != nil {
		return Record{}, []error{err}
	}
	d := &annotate.Document{ID: idOf(fallbackID, r.DocID, r.ID), Text: *r.Text}
	a := &annotate.Annotations{}
	rec := Record{Doc: d, Ann: a}
	var probs []error
	ids := idMaker{}
	taken := map[string]bool{}
	byEntity := map[int]string{}
	at := map[nmSpanRef]string{}
	var cats []any
	meta := map[nmSpanRef]int{}
	if r.Newsmark != nil {
		for i, sp := range r.Newsmark.Spans {
			meta[sp.nmSpanRef] = i
			if sp.ID != "" {
				taken[sp.ID] = true
			}
		}
	}
	addSpan := func(ref nmSpanRef, what string) (string, bool) {
		s, e, err := offs.rng(what, ref.Start, ref.End)
		if err != nil {
			probs = append(probs, err)
			return "", false
		}
		if id, dup := at[ref]; dup {
			return id, true
		}
		sp := annotate.Span{Start: s, End: e, Label: ref.Label, Source: annotate.SourceImport, Status: annotate.SpanAccepted}
		if i, ok := meta[ref]; ok && r.Newsmark.Spans[i].ID != "" && !taken["used:"+r.Newsmark.Spans[i].ID] {
			m := r.Newsmark.Spans[i]
			sp.ID, sp.Attrs, sp.Note = m.ID, m.Attrs, m.Note
			taken["used:"+m.ID] = true
		} else {
			sp.ID = ids.next(ref.Label, taken)
		}
		taken[sp.ID] = true
		at[ref] = sp.ID
		a.Spans = append(a.Spans, sp)
		return sp.ID, true
	}
	spans := r.Entities
	if len(spans) == 0 {
		spans = append(slices.Clone(r.Label), r.Labels...)
	}
	for i, raw := range spans {
		t := bytes.TrimSpace(raw)
		if len(t) > 0 && t[0] == '"' {
			var c string
			json.Unmarshal(t, &c)
			cats = append(cats, c)
			continue
		}
		var e struct {
			ID    *int   `json:"id"`
			Label string `json:"label"`
			Start int    `json:"start_offset"`
			End   int    `json:"end_offset"`
		}
		if isList(raw) {
			var triple []any
			if json.Unmarshal(raw, &triple) != nil || len(triple) < 3 {
				probs = append(probs, fmt.Errorf("entity %d: want [start, end, label]", i))
				continue
			}
			s, ok1 := triple[0].(float64)
			en, ok2 := triple[1].(float64)
			l, ok3 := triple[2].(string)
			if !ok1 || !ok2 || !ok3 {
				probs = append(probs, fmt.Errorf("entity %d: want [start, end, label]", i))
				continue
			}
			e.Start, e.End, e.Label = int(s), int(en), l
		} else if err := json.Unmarshal(raw, &e); err != nil {
			probs = append(probs, fmt.Errorf("entity %d: %w", i, err))
			continue
		}
		sid, ok := addSpan(nmSpanRef{e.Start, e.End, e.Label}, "entity "+e.Label)
		if ok && e.ID != nil {
			byEntity[*e.ID] = sid
		}
	}
	for _, raw := range r.Cats {
		var c any
		json.Unmarshal(raw, &c)
		cats = append(cats, c)
	}
	for _, raw := range r.Relations {
		var rel struct {
			FromID int    `json:"from_id"`
			ToID   int    `json:"to_id"`
			Type   string `json:"type"`
		}
		if err := json.Unmarshal(raw, &rel); err != nil {
			probs = append(probs, fmt.Errorf("relation: %w", err))
			continue
		}
		h, okH := byEntity[rel.FromID]
		c, okC := byEntity[rel.ToID]
		if !okH || !okC {
			rec.Notes = append(rec.Notes, fmt.Sprintf("relation %s %d → %d left out: no entity with that id", rel.Type, rel.FromID, rel.ToID))
			continue
		}
		a.Relations = append(a.Relations, annotate.Relation{Label: rel.Type, Head: h, Child: c, Source: annotate.SourceImport})
	}
	if n := r.Newsmark; n != nil {
		have := map[string]bool{}
		for _, sp := range n.Spans {
			if sp.LeftOut {
				addSpan(sp.nmSpanRef, "span "+sp.ID)
			}
		}
		for _, sp := range a.Spans {
			have[sp.ID] = true
		}
		for _, rel := range n.Relations {
			h, okH := at[rel.HeadSpan]
			c, okC := at[rel.ChildSpan]
			if !okH || !okC {
				rec.Notes = append(rec.Notes, fmt.Sprintf("relation %s %s → %s left out: a span is no longer in the record", rel.Label, rel.Head, rel.Child))
				continue
			}
			a.Relations = append(a.Relations, annotate.Relation{Label: rel.Label, Head: h, Child: c, Source: annotate.SourceImport})
		}
		rec.Notes = append(rec.Notes, n.addStance(a, offs, have, at, d.ID)...)
	}
	if len(cats) > 0 {
		if a.DocLabels == nil {
			a.DocLabels = map[string]any{}
		}
		a.DocLabels[doccanoCategoriesKey] = cats
	}
	return rec, probs
}
