package agree

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"newsmark/annotate"
)

// Doc is one document with every analyst's layer of it.
type Doc struct {
	ID   string
	Text string
	// Layers maps an analyst to their annotations of the document (spans,
	// relations, stances, document labels). An analyst who did not annotate
	// the document has no entry; one who annotated nothing has an empty one.
	Layers map[string]*annotate.Annotations
}

// Options narrows a report.
type Options struct {
	// Analysts restricts the report to these analysts; nil means every
	// analyst found in the documents.
	Analysts []string
	// Majority is the number of analysts whose identical versions make a
	// unit agreed by majority (0: every analyst of the document).
	Majority int
	// StanceLabels is the set of stance labels for Gwet's AC1 (its chance
	// term counts categories); nil means the default schema's.
	StanceLabels []string
}

// Report is the agreement of a group of analysts over a corpus. Every
// figure is pooled over the corpus (one continuum, or sums over all
// documents), never a mean of per-document figures.
type Report struct {
	Analysts []string `json:"analysts"`
	// Idle are analysts asked for who have no work in any document (a
	// layer holding only the suggestions it was handed, or nothing): no
	// figure uses them, and they are named so the report says why.
	Idle []string `json:"idle_analysts,omitempty"`
	// Documents counts the documents at least two of the analysts
	// annotated; Complete those every analyst annotated; Skipped those with
	// fewer than two analysts, which no figure uses.
	Documents int `json:"documents"`
	Complete  int `json:"complete_documents"`
	Skipped   int `json:"skipped_documents"`
	// Majority is Options.Majority, the number of analysts whose identical
	// versions count as a majority (0: all of a document's analysts).
	Majority int `json:"majority"`
	// Spans has one entry per span label, then one for all labels together
	// (Label "").
	Spans       []SpanFigures      `json:"spans"`
	Attribution AttributionFigures `json:"attribution"`
	Stance      StanceFigures      `json:"stance"`
	// Attributes has Krippendorff's α (nominal) per label attribute
	// ("STATEMENT.quote_type") over the units two or more analysts tagged;
	// DocLabels the same per document field over documents.
	Attributes []NamedResult `json:"attributes"`
	DocLabels  []NamedResult `json:"doc_labels"`
	// Pairs compares every two analysts over the documents both annotated.
	Pairs []PairFigures `json:"pairs"`
	// PerDocument lists the documents, those with the most disagreements first.
	PerDocument []DocFigures `json:"documents_table"`
	// Diagnosis lists every disagreement, document by document.
	Diagnosis []Disagreement `json:"diagnosis"`
	// Alignments are the documents' alignments the figures were computed
	// from, for a caller that shows them (the adjudication view).
	Alignments []*DocAlignment `json:"-"`
}

// SpanFigures is the agreement on the spans of one label (or of all).
type SpanFigures struct {
	Label string `json:"label"`
	// Spans counts each analyst's accepted spans in the documents used.
	Spans map[string]int `json:"spans"`
	// Units counts the aligned units; Agreed those every analyst of the
	// document tagged the same on every aspect; Majority those at least
	// Options.Majority analysts hold the same version of.
	Units    int `json:"units"`
	Agreed   int `json:"agreed"`
	Majority int `json:"majority"`
	// F1Exact and F1Overlap are pairwise F1 (one analyst's spans as the
	// other's reference) with identical offsets or overlapping spans of the
	// same unit, pooled over every pair and document: 2·matches over the
	// spans compared.
	F1Exact   Result `json:"f1_exact"`
	F1Overlap Result `json:"f1_overlap"`
	// AlphaU is Krippendorff's α_U over the documents every analyst annotated,
	// concatenated into one continuum.
	AlphaU Result `json:"alpha_u"`
}

// AttributionFigures is the agreement on who said what, over statements two
// analysts both tagged (matched statements), pooled over pairs of analysts.
type AttributionFigures struct {
	// Speaker and Cue are accuracies: the share of matched statements on
	// which the two analysts name the same speaker (at entity level) or
	// link the same cue (no speaker, or no cue, on both sides counts as the
	// same).
	Speaker Result `json:"speaker"`
	Cue     Result `json:"cue"`
	// F1 is attribution F1: a statement counts as matched only when both
	// analysts tagged it and agree on its speaker.
	F1 Result `json:"f1"`
}

// StanceFigures is the agreement on stance per (matched statement, target).
type StanceFigures struct {
	// Kappa is Cohen's κ, defined for two analysts; Fleiss is Fleiss' κ
	// over items every analyst labelled; Alpha is Krippendorff's α
	// (nominal) for any number with missing values; AC1 is Gwet's AC1;
	// Percent the observed agreement.
	Kappa   Result `json:"cohen_kappa"`
	Fleiss  Result `json:"fleiss_kappa"`
	Alpha   Result `json:"alpha"`
	AC1     Result `json:"gwet_ac1"`
	Percent Result `json:"percent"`
}

// NamedResult is a figure about one named thing: a label's attribute or a
// document field.
type NamedResult struct {
	Name  string `json:"name"`
	Alpha Result `json:"alpha"`
}

// PairFigures compares two analysts over the documents both annotated.
type PairFigures struct {
	A         string `json:"a"`
	B         string `json:"b"`
	Documents int    `json:"documents"`
	F1Exact   Result `json:"f1_exact"`
	F1Overlap Result `json:"f1_overlap"`
	// AttributionF1 counts statements both tagged with the same speaker.
	AttributionF1 Result `json:"attribution_f1"`
	StanceKappa   Result `json:"stance_kappa"`
	AlphaU        Result `json:"alpha_u"`
}

// DocFigures is one document's row in the per-document table.
type DocFigures struct {
	ID       string `json:"id"`
	Analysts int    `json:"analysts"`
	Units    int    `json:"units"`
	Agreed   int    `json:"agreed"`
	// Disagreements counts the document's diagnosis rows, ByAspect per aspect.
	Disagreements int            `json:"disagreements"`
	ByAspect      map[Aspect]int `json:"by_aspect"`
}

// Disagreement is one row of the diagnosis: one aspect of one unit (or one
// document field) on which the analysts differ.
type Disagreement struct {
	Doc string `json:"doc"`
	// Unit indexes the document's alignment; -1 for a document label.
	Unit  int    `json:"unit"`
	Label string `json:"label"`
	// Aspect is what differs; Key names the target (stance), the attribute
	// (attributes) or the field (doc_label).
	Aspect Aspect `json:"aspect"`
	Key    string `json:"key,omitempty"`
	// Start and End are the unit's stretch, Text the first version's text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Values holds each analyst's value, "(none)" when they have none.
	Values []AnalystValue `json:"values"`
	// Differs says in words what differs.
	Differs string `json:"differs"`
}

// AnalystValue is one analyst's value in a disagreement.
type AnalystValue struct {
	Analyst string `json:"analyst"`
	Value   string `json:"value"`
}

// AspectDocLabel marks a disagreement on a document label.
const AspectDocLabel Aspect = "doc_label"

// Exclusion reasons of the report's figures.
const (
	ExcludedOtherDocs     = "in documents only one of the two analysts annotated"
	ExcludedIncompleteDoc = "not annotated by every analyst"
	ExcludedNoPartner     = "tagged by one analyst only"
)

// Compute aligns every document and computes the report.
func Compute(docs []Doc, opt Options) *Report {
	analysts := opt.Analysts
	if analysts == nil {
		seen := map[string]bool{}
		for _, d := range docs {
			for a := range d.Layers {
				seen[a] = true
			}
		}
		analysts = slices.Sorted(maps.Keys(seen))
	} else {
		analysts = slices.Clone(analysts)
		slices.Sort(analysts)
		analysts = slices.Compact(analysts)
	}
	stanceLabels := opt.StanceLabels
	if stanceLabels == nil {
		stanceLabels = defaultSchema().Stance.Labels
	}
	rep := &Report{Analysts: analysts, Majority: opt.Majority}
	var used []usedDoc
	for _, d := range docs {
		layers := map[string]*annotate.Annotations{}
		for _, a := range analysts {
			if l, ok := d.Layers[a]; ok {
				layers[a] = l
			}
		}
		if len(layers) < 2 {
			rep.Skipped++
			continue
		}
		al := Align(d.Text, layers)
		al.DocID = d.ID
		rep.Alignments = append(rep.Alignments, al)
		ud := usedDoc{doc: d, al: al, length: annotate.RuneLen(d.Text),
			diffs: make([][]Aspect, len(al.Units)), majority: make([]bool, len(al.Units))}
		for i := range al.Units {
			u := &al.Units[i]
			ud.diffs[i] = u.Differences()
			if len(ud.diffs[i]) == 0 {
				ud.majority[i] = true
			} else {
				_, ud.majority[i] = u.Consensus(opt.Majority)
			}
		}
		used = append(used, ud)
		rep.Documents++
		if len(layers) == len(analysts) {
			rep.Complete++
		}
	}
	c := &computation{rep: rep, docs: used, analysts: analysts, majority: opt.Majority, stanceLabels: stanceLabels}
	c.spans()
	c.attribution()
	c.stance()
	c.attributes()
	c.docLabels()
	c.pairs()
	c.diagnose()
	return rep
}

type usedDoc struct {
	doc    Doc
	al     *DocAlignment
	length int
	// diffs[i] are the differing aspects of unit i; majority[i] says
	// whether enough analysts hold one version of it.
	diffs    [][]Aspect
	majority []bool
}

func (u usedDoc) has(a string) bool { return slices.Contains(u.al.Analysts, a) }

type computation struct {
	rep          *Report
	docs         []usedDoc
	analysts     []string
	majority     int
	stanceLabels []string
	// pairMemo holds pairCounts per pair of analysts and label ("" for all).
	pairMemo map[[2]string]map[string]pairCounts
}

// pairCounts accumulates pairwise span matches for F1.
type pairCounts struct {
	spans, exact, overlap, attributed int // spans of both analysts; matched units (×1)
	otherDocs                         int // spans in documents only one annotated
}

func (p *pairCounts) f1(name string, matches int) Result {
	ex := []Exclusion(nil)
	if p.otherDocs > 0 {
		ex = []Exclusion{{Reason: ExcludedOtherDocs, Count: p.otherDocs}}
	}
	if p.spans == 0 {
		return undefined(name, ReasonNoSpans, 0, "spans", ex)
	}
	r := defined(name, float64(2*matches)/float64(p.spans), p.spans, "spans", ex)
	r.Matches = 2 * matches
	return r
}

// f1 is a pooled F1, undefined when there are not two analysts to pair.
func (c *computation) f1(p pairCounts, name string, matches int) Result {
	if len(c.analysts) < 2 {
		return undefined(name, ReasonFewAnalysts, 0, "spans", nil)
	}
	return p.f1(name, matches)
}

// pairSpans counts, for analysts a and b and one label ("" for all), the
// spans each tagged and the units both tagged (exact: same offsets). All
// labels are counted in one pass over the corpus per pair.
func (c *computation) pairSpans(a, b, label string) pairCounts {
	key := [2]string{a, b}
	if m, ok := c.pairMemo[key]; ok {
		return m[label]
	}
	byLabel := map[string]*pairCounts{"": {}}
	for _, d := range c.docs {
		hasA, hasB := d.has(a), d.has(b)
		for i := range d.al.Units {
			u := &d.al.Units[i]
			p := byLabel[u.Label]
			if p == nil {
				p = &pairCounts{}
				byLabel[u.Label] = p
			}
			for _, p := range []*pairCounts{p, byLabel[""]} {
				va, vb := u.Versions[a], u.Versions[b]
				if !hasA || !hasB {
					if (hasA && va != nil) || (hasB && vb != nil) {
						p.otherDocs++
					}
					continue
				}
				if va != nil {
					p.spans++
				}
				if vb != nil {
					p.spans++
				}
				if va != nil && vb != nil {
					p.overlap++
					if u.Same(a, b, AspectSpan) {
						p.exact++
					}
					if u.Label == annotate.LabelStatement && sameAspect(va, vb, AspectSpeaker) {
						p.attributed++
					}
				}
			}
		}
	}
	m := make(map[string]pairCounts, len(byLabel))
	for l, p := range byLabel {
		m[l] = *p
	}
	if c.pairMemo == nil {
		c.pairMemo = map[[2]string]map[string]pairCounts{}
	}
	c.pairMemo[key] = m
	return m[label]
}

func (c *computation) eachPair(fn func(a, b string)) {
	for i, a := range c.analysts {
		for _, b := range c.analysts[i+1:] {
			fn(a, b)
		}
	}
}

// spans fills the per-label figures.
func (c *computation) spans() {
	labelSet := map[string]bool{}
	for _, d := range c.docs {
		for _, u := range d.al.Units {
			labelSet[u.Label] = true
		}
	}
	labels := slices.Sorted(maps.Keys(labelSet))
	alphaU := c.alphaU(c.analysts, labels)
	for _, label := range append(labels, "") {
		f := SpanFigures{Label: label, Spans: map[string]int{}}
		for _, d := range c.docs {
			for i := range d.al.Units {
				u := &d.al.Units[i]
				if label != "" && u.Label != label {
					continue
				}
				f.Units++
				for a := range u.Versions {
					f.Spans[a]++
				}
				if len(d.diffs[i]) == 0 {
					f.Agreed++
				}
				if d.majority[i] {
					f.Majority++
				}
			}
		}
		var sum pairCounts
		c.eachPair(func(a, b string) {
			p := c.pairSpans(a, b, label)
			sum.spans += p.spans
			sum.exact += p.exact
			sum.overlap += p.overlap
			sum.otherDocs += p.otherDocs
		})
		f.F1Exact = c.f1(sum, "F1 exact", sum.exact)
		f.F1Overlap = c.f1(sum, "F1 overlap", sum.overlap)
		if label == "" {
			f.AlphaU = alphaU
		} else if r, ok := alphaU.Category(label); ok {
			r.Excluded = append(r.Excluded, docExclusion(alphaU)...)
			f.AlphaU = r
		} else {
			f.AlphaU = alphaU // undefined overall: same reason
		}
		c.rep.Spans = append(c.rep.Spans, f)
	}
}

func docExclusion(r Result) []Exclusion {
	var out []Exclusion
	for _, e := range r.Excluded {
		if e.Unit == "documents" {
			out = append(out, e)
		}
	}
	return out
}

// alphaU computes α_U over the documents every one of the analysts
// annotated, concatenated in order into one continuum, with one category
// per label.
func (c *computation) alphaU(analysts []string, labels []string) Result {
	coder := map[string]int{}
	for i, a := range analysts {
		coder[a] = i
	}
	want := map[string]bool{}
	for _, l := range labels {
		want[l] = true
	}
	cont := Continuum{Coders: len(analysts)}
	n := 0
	for _, d := range c.docs {
		n += len(d.al.Units) * len(analysts)
	}
	cont.Segments = make([]Segment, 0, n)
	incomplete := 0
	for _, d := range c.docs {
		all := true
		for _, a := range analysts {
			if !d.has(a) {
				all = false
				break
			}
		}
		if !all {
			incomplete++
			continue
		}
		for _, u := range d.al.Units {
			if !want[u.Label] {
				continue
			}
			for a, v := range u.Versions {
				i, ok := coder[a]
				if !ok {
					continue
				}
				cont.Segments = append(cont.Segments, Segment{Coder: i, Category: u.Label,
					Start: cont.Length + v.Span.Start, Length: v.Span.End - v.Span.Start})
			}
		}
		cont.Length += d.length
	}
	var r Result
	switch {
	case len(analysts) < 2:
		r = undefined(alphaUName, ReasonFewAnalysts, 0, "units", nil)
	case cont.Length == 0:
		r = undefined(alphaUName, "no document annotated by every analyst", 0, "units", nil)
	default:
		r = AlphaU(cont)
	}
	r.Unit = "spans"
	for i := range r.Categories {
		r.Categories[i].Unit = "spans"
	}
	if incomplete > 0 {
		r.Excluded = append(r.Excluded, Exclusion{Reason: ExcludedIncompleteDoc, Count: incomplete, Unit: "documents"})
	}
	return r
}

// attribution fills speaker and cue accuracy and attribution F1.
func (c *computation) attribution() {
	var matched, speaker, cue, onlyOne int
	var sum pairCounts
	c.eachPair(func(a, b string) {
		p := c.pairSpans(a, b, annotate.LabelStatement)
		sum.spans += p.spans
		sum.attributed += p.attributed
		sum.otherDocs += p.otherDocs
		for _, d := range c.docs {
			if !d.has(a) || !d.has(b) {
				continue
			}
			for i := range d.al.Units {
				u := &d.al.Units[i]
				if u.Label != annotate.LabelStatement {
					continue
				}
				va, vb := u.Versions[a], u.Versions[b]
				switch {
				case va != nil && vb != nil:
					matched++
					if sameAspect(va, vb, AspectSpeaker) {
						speaker++
					}
					if sameAspect(va, vb, AspectCue) {
						cue++
					}
				case va != nil || vb != nil:
					onlyOne++
				}
			}
		}
	})
	acc := func(name string, agree int) Result {
		ex := exclusions(ExcludedNoPartner, onlyOne)
		if len(c.analysts) < 2 {
			return undefined(name, ReasonFewAnalysts, 0, "matched statements", nil)
		}
		if matched == 0 {
			return undefined(name, "no statement tagged by two analysts", 0, "matched statements", ex)
		}
		r := defined(name, float64(agree)/float64(matched), matched, "matched statements", ex)
		r.Matches = agree
		return r
	}
	c.rep.Attribution = AttributionFigures{
		Speaker: acc("speaker accuracy", speaker),
		Cue:     acc("cue accuracy", cue),
		F1:      c.f1(sum, "F1 attribution", sum.attributed),
	}
	c.rep.Attribution.F1.Unit = "statements"
}

// stanceItems lists one item per (statement unit, target) with a value per
// analyst ("" when the analyst gave none).
func (c *computation) stanceItems(analysts []string, docOK func(usedDoc) bool) [][]string {
	var items [][]string
	for _, d := range c.docs {
		if docOK != nil && !docOK(d) {
			continue
		}
		for i := range d.al.Units {
			u := &d.al.Units[i]
			if u.Label != annotate.LabelStatement {
				continue
			}
			targets := map[string]bool{}
			for _, v := range u.Versions {
				for t := range v.Stances {
					targets[t] = true
				}
			}
			for _, t := range slices.Sorted(maps.Keys(targets)) {
				item := make([]string, len(analysts))
				for j, a := range analysts {
					if v := u.Versions[a]; v != nil {
						item[j] = v.Stances[t]
					}
				}
				items = append(items, item)
			}
		}
	}
	return items
}

func (c *computation) stance() {
	items := c.stanceItems(c.analysts, nil)
	s := StanceFigures{
		Fleiss:  FleissKappa(items),
		Alpha:   KrippendorffAlpha(items, Nominal),
		AC1:     GwetAC1(items, c.stanceLabels),
		Percent: PercentAgreement(items),
	}
	if len(c.analysts) == 2 {
		s.Kappa = CohenKappa(items)
	} else {
		s.Kappa = undefined("Cohen's κ", ReasonTwoCoders+": see the pairs", 0, "items", nil)
	}
	for _, r := range []*Result{&s.Kappa, &s.Fleiss, &s.Alpha, &s.AC1, &s.Percent} {
		r.Unit = "(statement, target) pairs"
	}
	c.rep.Stance = s
}

// attributes fills α nominal per label attribute over the units.
func (c *computation) attributes() {
	type key struct{ label, attr string }
	var keys []key
	seen := map[key]bool{}
	for _, d := range c.docs {
		for label, attrs := range d.al.Attributes {
			for _, at := range attrs {
				k := key{label, at}
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.label, b.label), cmp.Compare(a.attr, b.attr)) })
	for _, k := range keys {
		var items [][]string
		for _, d := range c.docs {
			for i := range d.al.Units {
				u := &d.al.Units[i]
				if u.Label != k.label {
					continue
				}
				item := make([]string, len(c.analysts))
				set := false
				for j, a := range c.analysts {
					if v := u.Versions[a]; v != nil {
						item[j] = v.Attrs[k.attr]
						set = set || item[j] != ""
					}
				}
				if set {
					items = append(items, item)
				}
			}
		}
		if len(items) == 0 {
			continue
		}
		r := KrippendorffAlpha(items, Nominal)
		r.Unit = "units"
		c.rep.Attributes = append(c.rep.Attributes, NamedResult{Name: k.label + "." + k.attr, Alpha: r})
	}
}

// docLabels fills α nominal per document field over the documents.
func (c *computation) docLabels() {
	fields := map[string]bool{}
	for _, d := range c.docs {
		for _, l := range d.doc.Layers {
			if l != nil {
				for k := range l.DocLabels {
					fields[k] = true
				}
			}
		}
	}
	for _, f := range slices.Sorted(maps.Keys(fields)) {
		var items [][]string
		for _, d := range c.docs {
			item := make([]string, len(c.analysts))
			for j, a := range c.analysts {
				if l := d.doc.Layers[a]; l != nil && d.has(a) {
					item[j] = attrText(l.DocLabels[f])
				}
			}
			items = append(items, item)
		}
		r := KrippendorffAlpha(items, Nominal)
		r.Unit = "documents"
		c.rep.DocLabels = append(c.rep.DocLabels, NamedResult{Name: f, Alpha: r})
	}
}

// pairs fills the pairwise matrix.
func (c *computation) pairs() {
	c.eachPair(func(a, b string) {
		both := func(d usedDoc) bool { return d.has(a) && d.has(b) }
		pf := PairFigures{A: a, B: b}
		for _, d := range c.docs {
			if both(d) {
				pf.Documents++
			}
		}
		p := c.pairSpans(a, b, "")
		pf.F1Exact = p.f1("F1 exact", p.exact)
		pf.F1Overlap = p.f1("F1 overlap", p.overlap)
		ps := c.pairSpans(a, b, annotate.LabelStatement)
		pf.AttributionF1 = ps.f1("F1 attribution", ps.attributed)
		pf.AttributionF1.Unit = "statements"
		pf.StanceKappa = CohenKappa(c.stanceItems([]string{a, b}, both))
		pf.StanceKappa.Unit = "(statement, target) pairs"
		labelSet := map[string]bool{}
		for _, d := range c.docs {
			for _, u := range d.al.Units {
				labelSet[u.Label] = true
			}
		}
		pf.AlphaU = c.alphaU([]string{a, b}, slices.Sorted(maps.Keys(labelSet)))
		pf.AlphaU.Categories = nil
		pf.AlphaU.Excluded = slices.DeleteFunc(pf.AlphaU.Excluded, func(e Exclusion) bool { return e.Unit == "documents" })
		c.rep.Pairs = append(c.rep.Pairs, pf)
	})
}

// diagnose lists every disagreement and fills the per-document table.
func (c *computation) diagnose() {
	for _, d := range c.docs {
		df := DocFigures{ID: d.doc.ID, Analysts: len(d.al.Analysts), Units: len(d.al.Units), ByAspect: map[Aspect]int{}}
		add := func(row Disagreement) {
			c.rep.Diagnosis = append(c.rep.Diagnosis, row)
			df.Disagreements++
			df.ByAspect[row.Aspect]++
		}
		for i := range d.al.Units {
			u := &d.al.Units[i]
			diffs := d.diffs[i]
			if len(diffs) == 0 {
				df.Agreed++
				continue
			}
			for _, row := range unitDisagreements(d.doc.ID, u, diffs) {
				add(row)
			}
		}
		for _, row := range c.docLabelDisagreements(d) {
			add(row)
		}
		c.rep.PerDocument = append(c.rep.PerDocument, df)
	}
	slices.SortStableFunc(c.rep.PerDocument, func(a, b DocFigures) int {
		return cmp.Or(cmp.Compare(b.Disagreements, a.Disagreements), cmp.Compare(a.ID, b.ID))
	})
}

// unitDisagreements turns a unit's differing aspects into diagnosis rows:
// one per aspect, and one per target or attribute for stance and attributes.
func unitDisagreements(doc string, u *Unit, diffs []Aspect) []Disagreement {
	first := u.Versions[u.Tagged()[0]]
	base := Disagreement{Doc: doc, Unit: u.Index, Label: u.Label, Start: u.Start, End: u.End, Text: first.Text}
	var rows []Disagreement
	for _, asp := range diffs {
		switch asp {
		case AspectSpan:
			row := base
			row.Aspect = asp
			var missing []string
			for _, a := range u.Analysts {
				v := u.Versions[a]
				row.Values = append(row.Values, AnalystValue{a, v.Describe(asp)})
				if v == nil {
					missing = append(missing, a)
				}
			}
			var why []string
			if tagged := u.Tagged(); len(tagged) > 1 {
				for _, b := range tagged[1:] {
					if !u.Same(tagged[0], b, AspectSpan) {
						why = append(why, "boundaries differ")
						break
					}
				}
			}
			if len(missing) > 0 {
				why = append(why, "not tagged by "+strings.Join(missing, ", "))
			}
			row.Differs = strings.Join(why, "; ")
			rows = append(rows, row)
		case AspectStance, AspectAttributes:
			keys := map[string]bool{}
			for _, v := range u.Versions {
				m := v.Stances
				if asp == AspectAttributes {
					m = v.Attrs
				}
				for k := range m {
					keys[k] = true
				}
			}
			for _, k := range slices.Sorted(maps.Keys(keys)) {
				row := base
				row.Aspect, row.Key = asp, k
				vals := map[string]bool{}
				for _, a := range u.Tagged() {
					m := u.Versions[a].Stances
					if asp == AspectAttributes {
						m = u.Versions[a].Attrs
					}
					val := m[k]
					vals[val] = true
					if val == "" {
						val = "(none)"
					}
					row.Values = append(row.Values, AnalystValue{a, val})
				}
				if len(vals) > 1 {
					row.Differs = k + " differs"
					if asp == AspectStance {
						row.Differs = "stance toward " + k + " differs"
					}
					rows = append(rows, row)
				}
			}
		default:
			row := base
			row.Aspect = asp
			for _, a := range u.Tagged() {
				row.Values = append(row.Values, AnalystValue{a, u.Versions[a].Describe(asp)})
			}
			row.Differs = string(asp) + " differs"
			if asp == AspectSpeaker {
				row.Differs = "speaker differs (entity level)"
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// docLabelDisagreements lists the document fields the analysts set differently.
func (c *computation) docLabelDisagreements(d usedDoc) []Disagreement {
	fields := map[string]bool{}
	for _, a := range d.al.Analysts {
		if l := d.doc.Layers[a]; l != nil {
			for k := range l.DocLabels {
				fields[k] = true
			}
		}
	}
	var rows []Disagreement
	for _, f := range slices.Sorted(maps.Keys(fields)) {
		row := Disagreement{Doc: d.doc.ID, Unit: -1, Aspect: AspectDocLabel, Key: f}
		vals := map[string]bool{}
		for _, a := range d.al.Analysts {
			val := ""
			if l := d.doc.Layers[a]; l != nil {
				val = attrText(l.DocLabels[f])
			}
			vals[val] = true
			if val == "" {
				val = "(none)"
			}
			row.Values = append(row.Values, AnalystValue{a, val})
		}
		if len(vals) > 1 {
			row.Differs = "document label " + f + " differs"
			rows = append(rows, row)
		}
	}
	return rows
}
