package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"newsmark/annotate"
)

// Record is one document read from a JSONL file, with its annotations.
type Record struct {
	Doc *annotate.Document
	Ann *annotate.Annotations
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
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var recs []Record
	var bad []LineError
	fallback := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	err = eachLine(f, func(n int, line []byte) {
		rec, probs := parseLine(line, fmt.Sprintf("%s-%d", fallback, n))
		if len(probs) > 0 {
			e := probs[0]
			if len(probs) > 1 {
				e = fmt.Errorf("%w (and %d more problems)", e, len(probs)-1)
			}
			bad = append(bad, LineError{Line: n, Err: e})
			return
		}
		recs = append(recs, rec)
	})
	if err != nil {
		return recs, bad, fmt.Errorf("read %s: %w", path, err)
	}
	return recs, bad, nil
}

// eachLine calls fn with every non-blank line and its 1-based number,
// however long the line.
func eachLine(r io.Reader, fn func(n int, line []byte)) error {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			fn(n, t)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// parseLine reads one record in whichever format its keys say.
func parseLine(line []byte, fallbackID string) (Record, []error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(line, &keys); err != nil {
		return Record{}, []error{fmt.Errorf("not a JSON object: %w", err)}
	}
	var meta struct {
		Schema string `json:"schema"`
	}
	if m, ok := keys["meta"]; ok {
		json.Unmarshal(m, &meta)
	}
	switch {
	case strings.HasPrefix(meta.Schema, "newsmark/"):
		if meta.Schema != annotate.SchemaName {
			return Record{}, []error{fmt.Errorf("schema %s is not %s", meta.Schema, annotate.SchemaName)}
		}
		return parseNewsmark(line, false)
	case keys["tokens"] != nil || keys["_input_hash"] != nil || isList(keys["spans"]):
		return parseProdigy(line, fallbackID)
	case keys["entities"] != nil || isList(keys["label"]):
		return parseDoccano(line, fallbackID)
	}
	return Record{}, []error{errors.New("not a newsmark, Prodigy or doccano record (no meta.schema, spans or entities)")}
}

func isList(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) > 0 && t[0] == '['
}

// offsets converts offsets of one text from a unit to code points, and
// checks them.
type offsets struct {
	x    *annotate.Index
	unit string
}

func newOffsets(text, unit string) (*offsets, error) {
	switch unit {
	case "", UnitCodepoint:
		unit = UnitCodepoint
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
	return off, off >= 0 && off <= o.x.Len()
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
	return o.x.Len()
}

type nmSpan struct {
	ID         string         `json:"id"`
	Start      int            `json:"start"`
	End        int            `json:"end"`
	Label      string         `json:"label"`
	Text       *string        `json:"text"`
	Attrs      map[string]any `json:"attrs"`
	Annotator  string         `json:"annotator"`
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
var metaDropped = map[string]bool{"schema": true, "offset_unit": true, "annotators": true, "annotator": true}

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
	annotator, _ := r.Meta["annotator"].(string)
	d := &annotate.Document{ID: r.ID, Text: *r.Text, Meta: metaFrom(r.Meta)}
	a := &annotate.Annotations{DocLabels: r.DocLabels}
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
		if z.Text != nil && *z.Text != offs.x.Slice(s, e) {
			fail("zone %s: text %q is not what [%d, %d) slices: %q", z.Zone, *z.Text, z.Start, z.End, offs.x.Slice(s, e))
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
		if sp.Text != nil && *sp.Text != offs.x.Slice(s, e) {
			fail("%s: text %q is not what [%d, %d) slices: %q", what, *sp.Text, sp.Start, sp.End, offs.x.Slice(s, e))
			continue
		}
		out := annotate.Span{ID: sp.ID, Start: s, End: e, Label: sp.Label, Attrs: sp.Attrs, Annotator: sp.Annotator,
			Source: sp.Source, Status: sp.Status, Note: sp.Note, Pattern: sp.Pattern, Confidence: sp.Confidence}
		if out.Annotator == "" {
			out.Annotator = annotator
		}
		if out.Source == "" {
			out.Source = annotate.SourceImport
		}
		if out.Status == "" {
			out.Status = annotate.SpanAccepted
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
			if ev.Text != nil && *ev.Text != offs.x.Slice(s, e) {
				fail("%s evidence: text %q is not what [%d, %d) slices: %q", what, *ev.Text, ev.Start, ev.End, offs.x.Slice(s, e))
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

type prodigyRecord struct {
	Text  *string `json:"text"`
	Spans []struct {
		ID     string  `json:"id"`
		Start  int     `json:"start"`
		End    int     `json:"end"`
		Label  string  `json:"label"`
		Text   *string `json:"text"`
		Status string  `json:"status"`
	} `json:"spans"`
	Relations []struct {
		HeadSpan  *nmSpanRef `json:"head_span"`
		ChildSpan *nmSpanRef `json:"child_span"`
		Label     string     `json:"label"`
	} `json:"relations"`
	Meta   map[string]any `json:"meta"`
	Answer string         `json:"answer"`
}

type nmSpanRef struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

func parseProdigy(line []byte, fallbackID string) (Record, []error) {
	var r prodigyRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return Record{}, []error{fmt.Errorf("not a Prodigy task: %w", err)}
	}
	if r.Text == nil {
		return Record{}, []error{errors.New("no text")}
	}
	unit, _ := r.Meta["offset_unit"].(string)
	offs, err := newOffsets(*r.Text, unit)
	if err != nil {
		return Record{}, []error{err}
	}
	id, _ := r.Meta["id"].(string)
	if id == "" {
		id = fallbackID
	}
	annotator, _ := r.Meta["annotator"].(string)
	if annotator == "" {
		annotator, _ = r.Meta["_annotator_id"].(string)
	}
	d := &annotate.Document{ID: id, Text: *r.Text, Meta: metaFrom(r.Meta)}
	delete(d.Meta.Extra, "id")
	a := &annotate.Annotations{}
	if r.Answer == "reject" || r.Answer == "ignore" {
		return Record{Doc: d, Ann: a}, nil
	}
	var probs []error
	taken := map[string]bool{}
	for _, sp := range r.Spans {
		if sp.ID != "" {
			taken[sp.ID] = true
		}
	}
	ids := idMaker{}
	at := map[nmSpanRef]string{}
	for _, sp := range r.Spans {
		s, e, err := offs.rng("span "+sp.Label, sp.Start, sp.End)
		if err != nil {
			probs = append(probs, err)
			continue
		}
		if sp.Text != nil && *sp.Text != offs.x.Slice(s, e) {
			probs = append(probs, fmt.Errorf("span %s [%d, %d): text %q is not what the offsets slice: %q", sp.Label, sp.Start, sp.End, *sp.Text, offs.x.Slice(s, e)))
			continue
		}
		sid := sp.ID
		if sid == "" {
			sid = ids.next(sp.Label, taken)
		}
		status := sp.Status
		if status == "" {
			status = annotate.SpanAccepted
		}
		at[nmSpanRef{sp.Start, sp.End, sp.Label}] = sid
		a.Spans = append(a.Spans, annotate.Span{ID: sid, Start: s, End: e, Label: sp.Label, Annotator: annotator,
			Source: annotate.SourceImport, Status: status})
	}
	for _, rel := range r.Relations {
		if rel.HeadSpan == nil || rel.ChildSpan == nil {
			probs = append(probs, fmt.Errorf("relation %s: no head_span or child_span", rel.Label))
			continue
		}
		h, okH := at[*rel.HeadSpan]
		c, okC := at[*rel.ChildSpan]
		if !okH || !okC {
			probs = append(probs, fmt.Errorf("relation %s: head_span or child_span is not one of the spans", rel.Label))
			continue
		}
		a.Relations = append(a.Relations, annotate.Relation{Label: rel.Label, Head: h, Child: c, Source: annotate.SourceImport})
	}
	return Record{Doc: d, Ann: a}, probs
}

type doccanoRecord struct {
	DocID     any               `json:"doc_id"`
	ID        any               `json:"id"`
	Text      *string           `json:"text"`
	Entities  []json.RawMessage `json:"entities"`
	Label     []json.RawMessage `json:"label"`
	Relations []struct {
		FromID int    `json:"from_id"`
		ToID   int    `json:"to_id"`
		Type   string `json:"type"`
	} `json:"relations"`
	OffsetUnit string `json:"offset_unit"`
}

func parseDoccano(line []byte, fallbackID string) (Record, []error) {
	var r doccanoRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return Record{}, []error{fmt.Errorf("not a doccano record: %w", err)}
	}
	if r.Text == nil {
		return Record{}, []error{errors.New("no text")}
	}
	offs, err := newOffsets(*r.Text, r.OffsetUnit)
	if err != nil {
		return Record{}, []error{err}
	}
	id := fallbackID
	for _, v := range []any{r.DocID, r.ID} {
		switch v := v.(type) {
		case string:
			if v != "" {
				id = v
			}
		case float64:
			id = strconv.FormatFloat(v, 'f', -1, 64)
		}
		if id != fallbackID {
			break
		}
	}
	d := &annotate.Document{ID: id, Text: *r.Text}
	a := &annotate.Annotations{}
	var probs []error
	ids := idMaker{}
	byEntity := map[int]string{}
	for i, raw := range append(r.Entities, r.Label...) {
		var e struct {
			ID     *int   `json:"id"`
			Label  string `json:"label"`
			Start  int    `json:"start_offset"`
			End    int    `json:"end_offset"`
			Status string `json:"status"`
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
		s, en, err := offs.rng("entity "+e.Label, e.Start, e.End)
		if err != nil {
			probs = append(probs, err)
			continue
		}
		sid := ids.next(e.Label, nil)
		if e.ID != nil {
			byEntity[*e.ID] = sid
		}
		status := e.Status
		if status == "" {
			status = annotate.SpanAccepted
		}
		a.Spans = append(a.Spans, annotate.Span{ID: sid, Start: s, End: en, Label: e.Label, Source: annotate.SourceImport, Status: status})
	}
	for _, rel := range r.Relations {
		h, okH := byEntity[rel.FromID]
		c, okC := byEntity[rel.ToID]
		if !okH || !okC {
			probs = append(probs, fmt.Errorf("relation %s %d → %d: unknown entity id", rel.Type, rel.FromID, rel.ToID))
			continue
		}
		a.Relations = append(a.Relations, annotate.Relation{Label: rel.Type, Head: h, Child: c, Source: annotate.SourceImport})
	}
	return Record{Doc: d, Ann: a}, probs
}
