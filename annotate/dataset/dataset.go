// Package dataset turns a Newsmark project into training data and back: the
// newsmark/1 document and stance JSONL formats, adapters for Prodigy,
// doccano, Label Studio, brat and spaCy, the import of labeled JSONL files
// and a validator. Offsets are Unicode code points unless the user asks for
// UTF-16 code units or UTF-8 bytes, and every span is checked against the
// text it claims before it is written.
package dataset

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"newsmark/annotate"
	"newsmark/store"
)

// The export formats.
const (
	FormatNewsmark    = "newsmark"
	FormatStance      = "stance"
	FormatProdigy     = "prodigy"
	FormatDoccano     = "doccano"
	FormatLabelStudio = "labelstudio"
	FormatBrat        = "brat"
	FormatSpacy       = "spacy"
)

// Formats lists the export formats, for menus and --help.
var Formats = []string{FormatNewsmark, FormatStance, FormatProdigy, FormatDoccano, FormatLabelStudio, FormatBrat, FormatSpacy}

// The offset units an export can count in.
const (
	UnitCodepoint = "codepoint"
	UnitUTF16     = "utf16"
	UnitUTF8      = "utf8"
)

// Options chooses what an export writes and how.
type Options struct {
	Format             string // newsmark (default), stance, prodigy, doccano, labelstudio, brat, spacy
	Offsets            string // codepoint (default), utf16, utf8: the unit of every offset written
	IncludeSuggestions bool   // pending spans too, marked with status "pending"
	IncludeUnlabeled   bool   // stance format: statements without a stance, target and stance null
	// Layer is whose annotations to write: an analyst's layer, gold
	// (annotate.LayerGold), or LayerAll for one record per document and
	// analyst. Empty means DefaultLayer's choice.
	Layer     string
	Status    annotate.Status    // only documents with this status in the layer ("" = all)
	Annotator string             // only this annotator's spans
	Labels    []string           // only these span labels (none = all)
	Split     map[string]float64 // e.g. train .8 dev .1 test .1: by document, deterministic with Seed
	Seed      int64
	// Force lets a brat export write into a folder that already holds
	// files; even then it replaces only files an earlier Newsmark export
	// wrote there (listed in the folder's .newsmark-export).
	Force bool
	// Overlapping writes every span into doccano's entities, for a doccano
	// project created with "Allow overlapping spans"; by default spans that
	// overlap one already written ride in the record's metadata instead, so
	// the file loads into doccano's default relation project.
	Overlapping bool
}

// LayerAll, as Options.Layer, writes one record per document and analyst
// layer (gold excluded: ask for it by name), each naming its analyst.
const LayerAll = "all"

// DefaultLayer is the layer an export writes when none is named: the gold
// when the project has one (a review project after adjudication), else the
// analyst's own. With no analyst named, it is the project's analyst, or
// the project's only layer.
func DefaultLayer(ctx context.Context, st *store.Store, analyst string) (string, error) {
	gold, err := st.HasLayer(ctx, annotate.LayerGold)
	if err != nil || gold {
		return annotate.LayerGold, err
	}
	if analyst != "" {
		return analyst, nil
	}
	if owner, ok, err := st.Setting(ctx, store.SettingAnalyst); err != nil || ok {
		return owner, err
	}
	names, err := st.Analysts(ctx)
	switch {
	case err != nil:
		return "", err
	case len(names) == 1:
		return names[0], nil
	case len(names) == 0:
		// Nothing is tagged yet: every layer reads empty, so any name
		// exports the documents as they are.
		return "analyst", nil
	}
	return "", fmt.Errorf("name the layer to export: the project has %s", strings.Join(names, ", "))
}

// Summary says what an export wrote.
type Summary struct {
	Files                                []string
	Documents, Spans, Relations, Stances int
	// Config is the Label Studio labeling config written beside the
	// export ("" for other formats or a standard-output export).
	Config string
	// Notes say what the format had no room for (pending suggestions left
	// out of a doccano file, spans moved to metadata), one sentence each.
	Notes []string
}

// ErrSpanText means a span's offsets do not slice its own text out of the
// document in the unit being written; the export stops rather than write it.
var ErrSpanText = errors.New("span offsets do not match the text")

// ErrFormat means the format or offset unit asked for is not one we write.
var ErrFormat = errors.New("unknown format")

// ErrUnit means the offset unit asked for is one the format's own tool
// cannot read; the message says which unit it needs.
var ErrUnit = errors.New("wrong offset unit for the format")

// consumers says, per format, which offset units the tool that reads it
// counts in (the first is the default) and why.
var consumers = map[string]struct {
	units []string
	who   string
}{
	// Python's str slicing, spaCy's Doc.char_span and brat's annotation.py
	// (server/src/annotation.py, nlplab/brat 44ecd82) all count code points.
	FormatSpacy:   {[]string{UnitCodepoint}, "spaCy's Doc.char_span counts code points (Python str indices)"},
	FormatProdigy: {[]string{UnitCodepoint}, "Prodigy and spaCy count code points (Python str indices)"},
	FormatBrat:    {[]string{UnitCodepoint}, "brat's server reads the .txt as a Python str and counts code points"},
	// Label Studio's Text tag places regions by code point.
	FormatLabelStudio: {[]string{UnitCodepoint}, "Label Studio's Text regions count code points"},
	// doccano's annotation view (doccano/v-annotator, src/domain/models/
	// Label/Text.ts at ab973f0) indexes the JavaScript string: UTF-16 units.
	FormatDoccano: {[]string{UnitUTF16}, "doccano's annotation view places spans by JavaScript string index (UTF-16 code units)"},
}

// DefaultUnit is the offset unit format is written in when none is asked
// for: the one its tool reads.
func DefaultUnit(format string) string {
	if c, ok := consumers[format]; ok {
		return c.units[0]
	}
	return UnitCodepoint
}

// Units lists the offset units format can be written in, the default first.
func Units(format string) []string {
	if c, ok := consumers[format]; ok {
		return slices.Clone(c.units)
	}
	return []string{UnitCodepoint, UnitUTF16, UnitUTF8}
}

func (o Options) unit() (string, error) {
	switch o.Offsets {
	case "":
		return DefaultUnit(o.Format), nil
	case UnitCodepoint, UnitUTF16, UnitUTF8:
	default:
		return "", fmt.Errorf("offsets %q (want codepoint, utf16 or utf8): %w", o.Offsets, ErrFormat)
	}
	if c, ok := consumers[o.Format]; ok && !slices.Contains(c.units, o.Offsets) {
		return "", fmt.Errorf("--offsets %s: %s; export %s with --offsets %s (%w)", o.Offsets, c.who, o.Format, c.units[0], ErrUnit)
	}
	return o.Offsets, nil
}

// selection is what of one document's annotations an export writes, after
// the options' filters, with offsets ready in the chosen unit.
type selection struct {
	doc       *annotate.Document
	x         *textIndex
	unit      string
	unitKind  byte // unit as a number: off is called for every token and span
	spans     []annotate.Span
	byID      map[string]int // span id → index in spans
	relations []annotate.Relation
	stances   []annotate.Stance
	targets   []annotate.Target
	labels    map[string]any
	src       *annotate.Annotations // everything, before the filters
	opt       Options
	state     *exportState // what the whole export gathers; nil outside Export
	tok       tokenizer    // Prodigy's tokens, their tables kept from one document to the next
}

// off converts a code-point offset to the chosen unit.
func (s *selection) off(cp int) int {
	switch s.unitKind {
	case unitKindUTF16:
		return s.x.UTF16(cp)
	case unitKindUTF8:
		return s.x.UTF8(cp)
	}
	return cp
}

// The values of selection.unitKind.
const (
	unitKindCodepoint byte = iota
	unitKindUTF16
	unitKindUTF8
)

// text is the document text between two code-point offsets.
func (s *selection) text(start, end int) string { return s.x.Slice(start, end) }

// checkRange verifies that [start, end) lies in the text and that the
// offsets written for it slice the same text back in the chosen unit.
// kind and name say what the range is ("span", "s3") in an error; they are
// joined only then, as a million spans would otherwise cost a million
// strings.
func (s *selection) checkRange(kind, name string, start, end int) error {
	what := func() string { return kind + " " + name }
	n := s.x.Len()
	if start < 0 || end < start || end > n {
		return fmt.Errorf("document %s %s: [%d, %d) outside the text (%d code points): %w", s.doc.ID, what(), start, end, n, ErrSpanText)
	}
	// Code-point offsets are the index itself; other units must slice the
	// same text back out of the document.
	if s.unit == UnitCodepoint {
		return nil
	}
	want := s.x.Slice(start, end)
	var got string
	switch s.unit {
	case UnitUTF8:
		got = s.doc.Text[s.off(start):s.off(end)]
	case UnitUTF16:
		a, ok1 := s.x.FromUTF16(s.off(start))
		b, ok2 := s.x.FromUTF16(s.off(end))
		if !ok1 || !ok2 {
			return fmt.Errorf("document %s %s: utf16 [%d, %d) splits a character: %w", s.doc.ID, what(), s.off(start), s.off(end), ErrSpanText)
		}
		got = s.x.Slice(a, b)
	}
	if got != want {
		return fmt.Errorf("document %s %s: text[%d:%d] is %q, not %q: %w", s.doc.ID, what(), s.off(start), s.off(end), got, want, ErrSpanText)
	}
	return nil
}

// selectAnnotations applies opt's filters to a document's annotations and
// checks every range that will be written.
func selectAnnotations(d *annotate.Document, a *annotate.Annotations, opt Options) (*selection, error) {
	return (&selection{}).load(d, a, opt)
}

// load fills s for one document, reusing its tables and slices, so an
// export reuses one selection for every document.
func (s *selection) load(d *annotate.Document, a *annotate.Annotations, opt Options) (*selection, error) {
	unit, err := opt.unit()
	if err != nil {
		return nil, err
	}
	if s.x == nil {
		s.x = &textIndex{}
	}
	s.x.reset(d.Text)
	s.doc, s.unit = d, unit
	switch unit {
	case UnitUTF16:
		s.unitKind = unitKindUTF16
	case UnitUTF8:
		s.unitKind = unitKindUTF8
	default:
		s.unitKind = unitKindCodepoint
	}
	s.spans, s.relations, s.stances, s.targets = s.spans[:0], s.relations[:0], s.stances[:0], s.targets[:0]
	if a == nil {
		a = &annotate.Annotations{}
	}
	s.labels, s.src, s.opt = a.DocLabels, a, opt
	if s.byID == nil {
		s.byID = make(map[string]int, len(a.Spans))
	} else {
		clear(s.byID)
	}
	for _, sp := range a.Spans {
		switch sp.Status {
		case annotate.SpanRejected:
			continue
		case annotate.SpanPending:
			if !opt.IncludeSuggestions {
				continue
			}
			if opt.Format == FormatDoccano {
				// doccano has no state for a suggestion: written among
				// the entities it would become accepted data.
				if s.state != nil {
					s.state.pendingLeftOut++
				}
				continue
			}
		}
		if opt.Annotator != "" && sp.Annotator != opt.Annotator {
			continue
		}
		if len(opt.Labels) > 0 && !slices.Contains(opt.Labels, sp.Label) {
			continue
		}
		if err := s.checkRange("span", sp.ID, sp.Start, sp.End); err != nil {
			return nil, err
		}
		s.byID[sp.ID] = len(s.spans)
		s.spans = append(s.spans, sp)
	}
	for _, r := range a.Relations {
		if r.Status == annotate.SpanRejected || (r.Status == annotate.SpanPending && !opt.IncludeSuggestions) {
			continue
		}
		_, okH := s.byID[r.Head]
		_, okC := s.byID[r.Child]
		if okH && okC {
			s.relations = append(s.relations, r)
		}
	}
	for _, st := range a.Stances {
		if _, ok := s.byID[st.Statement]; !ok {
			continue
		}
		if st.Evidence != nil {
			if err := s.checkRange("stance evidence of", st.Statement, st.Evidence.Start, st.Evidence.End); err != nil {
				return nil, err
			}
		}
		s.stances = append(s.stances, st)
	}
	for _, t := range a.Targets {
		used := t.DocID != ""
		for i := 0; i < len(s.stances) && !used; i++ {
			used = s.stances[i].Target == t.ID
		}
		if used {
			s.targets = append(s.targets, t)
		}
	}
	for _, z := range d.Zones {
		if err := s.checkRange("zone", z.Zone, z.Start, z.End); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// span returns the selected span with id, or nil.
func (s *selection) span(id string) *annotate.Span {
	if i, ok := s.byID[id]; ok {
		return &s.spans[i]
	}
	return nil
}

// target returns the target with id, or nil.
func (s *selection) target(id string) *annotate.Target {
	for i := range s.targets {
		if s.targets[i].ID == id {
			return &s.targets[i]
		}
	}
	return nil
}

// annotators lists, sorted, everyone whose spans or stances are written.
func (s *selection) annotators() []string {
	var out []string
	add := func(a string) {
		if a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	for _, sp := range s.spans {
		add(sp.Annotator)
	}
	for _, st := range s.stances {
		add(st.Annotator)
	}
	slices.Sort(out)
	return out
}
