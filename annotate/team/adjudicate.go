package team

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"newsmark/annotate"
	"newsmark/annotate/agree"
)

// SourceAdjudication is the source of a span an adjudicator put in gold.
const SourceAdjudication = "adjudication"

// Adjudication is one document being adjudicated: every analyst's layer
// aligned into units (the same alignment the agreement figures use, so what
// the adjudicator sees as a disagreement is what the figures count), and
// the gold layer, whose spans decide units.
type Adjudication struct {
	Doc    *annotate.Document
	Layers map[string]*annotate.Annotations // the analysts' layers that count
	Gold   *annotate.Annotations
	Align  *agree.DocAlignment
	// decided[i] lists the gold spans (by index in Gold.Spans) that
	// decide unit i: accepted ones put a version in gold, a rejected one
	// records that nothing belongs there.
	decided [][]int
}

// NewAdjudication aligns the analysts' layers of a document (those they
// started, as the agreement figures count them; only the named analysts
// when analysts is not empty) and finds which units gold already decides.
func NewAdjudication(doc *annotate.Document, layers []*annotate.Annotations, analysts []string) *Adjudication {
	a := &Adjudication{Doc: doc, Layers: map[string]*annotate.Annotations{}, Gold: &annotate.Annotations{Layer: annotate.LayerGold}}
	for _, l := range layers {
		switch {
		case l.Layer == annotate.LayerGold:
			a.Gold = l
		case counts(l, false) && (len(analysts) == 0 || slices.Contains(analysts, l.Layer)):
			a.Layers[l.Layer] = l
		}
	}
	a.Align = agree.Align(doc.Text, a.Layers)
	a.findDecided()
	return a
}

// findDecided gives each unit the gold spans of its label that overlap it
// best: a gold span decides the unit it overlaps most (ties to the earlier
// unit).
func (a *Adjudication) findDecided() {
	a.decided = make([][]int, len(a.Align.Units))
	for gi, g := range a.Gold.Spans {
		best, bestScore := -1, 0.0
		for ui, u := range a.Align.Units {
			if u.Label != g.Label {
				continue
			}
			if s := jaccard(g.Start, g.End, u.Start, u.End); s > bestScore {
				best, bestScore = ui, s
			}
		}
		if best >= 0 {
			a.decided[best] = append(a.decided[best], gi)
		}
	}
}

func jaccard(s1, e1, s2, e2 int) float64 {
	inter := min(e1, e2) - max(s1, s2)
	if inter <= 0 {
		// Zero-length spans and points: equal positions still match.
		if s1 == s2 && e1 == e2 {
			return 1
		}
		return 0
	}
	return float64(inter) / float64(max(e1, e2)-min(s1, s2))
}

// SetGold replaces the gold layer (read again after an edit, an undo or a
// redo) and finds again which units it decides; the alignment stays.
func (a *Adjudication) SetGold(gold *annotate.Annotations) {
	a.Gold = gold
	a.findDecided()
}

// Decided tells whether gold already holds a decision on unit i.
func (a *Adjudication) Decided(i int) bool { return len(a.decided[i]) > 0 }

// Decision is the gold span deciding unit i, if any.
func (a *Adjudication) Decision(i int) (annotate.Span, bool) {
	if len(a.decided[i]) == 0 {
		return annotate.Span{}, false
	}
	return a.Gold.Spans[a.decided[i][0]], true
}

// Disagreements lists the units the analysts disagree on, in reading order.
func (a *Adjudication) Disagreements() []int {
	var out []int
	for i := range a.Align.Units {
		if !a.Align.Units[i].Agreed() {
			out = append(out, i)
		}
	}
	return out
}

// Progress counts the disagreements gold has decided, and all of them.
func (a *Adjudication) Progress() (resolved, total int) {
	for _, i := range a.Disagreements() {
		total++
		if a.Decided(i) {
			resolved++
		}
	}
	return resolved, total
}

// Pending counts the units the analysts agree on that gold does not hold yet.
func (a *Adjudication) Pending(min int) int {
	n := 0
	for i := range a.Align.Units {
		if _, ok := a.Align.Units[i].Consensus(min); ok && !a.Decided(i) {
			n++
		}
	}
	return n
}

// ErrNothingAgreed means no undecided unit has the agreement asked for.
var ErrNothingAgreed = errors.New("no undecided unit has that agreement")

// AcceptAgreed puts into gold every undecided unit at least min analysts
// agree on, on every aspect (all of the document's analysts when min ≤ 0):
// the span, its speaker, cue and stance, each gold span naming the analysts
// who agreed. It returns the edit and how many units it takes.
func (a *Adjudication) AcceptAgreed(min int, adjudicator string) (annotate.Edit, int, error) {
	w := a.newWriter(adjudicator)
	n := 0
	for i := range a.Align.Units {
		c, ok := a.Align.Units[i].Consensus(min)
		if !ok || a.Decided(i) {
			continue
		}
		if err := w.take(i, c); err != nil {
			return annotate.Edit{}, 0, err
		}
		n++
	}
	if n == 0 {
		return annotate.Edit{}, 0, ErrNothingAgreed
	}
	e := w.edit(fmt.Sprintf("accept %d agreed", n))
	return e, n, nil
}

// Take puts one analyst's version of unit i into gold (replacing what gold
// decided there), with the analysts who hold the same version. Taking the
// version of an analyst who tagged nothing there records that nothing
// belongs there.
func (a *Adjudication) Take(i int, analyst, adjudicator string) (annotate.Edit, error) {
	if i < 0 || i >= len(a.Align.Units) {
		return annotate.Edit{}, fmt.Errorf("no unit %d", i)
	}
	u := &a.Align.Units[i]
	if !slices.Contains(u.Analysts, analyst) {
		return annotate.Edit{}, fmt.Errorf("%s has no layer of this document", analyst)
	}
	c := agree.Choice{Version: u.Versions[analyst], Analysts: u.AgreeWith(analyst)}
	w := a.newWriter(adjudicator)
	if err := w.take(i, c); err != nil {
		return annotate.Edit{}, err
	}
	what := "take " + analyst + "'s " + u.Label
	if c.Version == nil {
		what = "none of these: " + u.Label
	}
	return w.edit(what), nil
}

// NoneHere records in gold that no version of unit i belongs there: every
// analyst who tagged it was wrong. (INCEpTION's curation cannot record it.)
func (a *Adjudication) NoneHere(i int, adjudicator string) (annotate.Edit, error) {
	if i < 0 || i >= len(a.Align.Units) {
		return annotate.Edit{}, fmt.Errorf("no unit %d", i)
	}
	w := a.newWriter(adjudicator)
	if err := w.take(i, agree.Choice{}); err != nil {
		return annotate.Edit{}, err
	}
	return w.edit("none of these: " + a.Align.Units[i].Label), nil
}

// goldWriter builds one gold edit: spans get fresh gold ids, and spans the
// edit needs twice (a speaker two statements share) are written once.
type goldWriter struct {
	a           *Adjudication
	adjudicator string
	ops         []annotate.Op
	next        map[string]int       // id prefix → next number
	at          map[[3]string]string // start, end, label → gold id, live spans only
	deleted     map[string]bool      // gold ids this edit deletes
}

var idNumber = regexp.MustCompile(`^(.*?)(\d+)$`)

func (a *Adjudication) newWriter(adjudicator string) *goldWriter {
	w := &goldWriter{a: a, adjudicator: adjudicator, next: map[string]int{}, at: map[[3]string]string{},
		deleted: map[string]bool{}}
	for _, s := range a.Gold.Spans {
		if m := idNumber.FindStringSubmatch(s.ID); m != nil {
			n, _ := strconv.Atoi(m[2])
			w.next[m[1]] = max(w.next[m[1]], n)
		}
		if s.Status != annotate.SpanRejected {
			w.at[spanKey(s.Start, s.End, s.Label)] = s.ID
		}
	}
	return w
}

func spanKey(start, end int, label string) [3]string {
	return [3]string{strconv.Itoa(start), strconv.Itoa(end), label}
}

func (w *goldWriter) edit(summary string) annotate.Edit {
	return annotate.Edit{Doc: w.a.Doc.ID, Summary: summary, Ops: w.ops}
}

// newID is a fresh gold id for a span of label.
func (w *goldWriter) newID(label string) string {
	p := annotate.SpanIDPrefix(label)
	w.next[p]++
	return p + strconv.Itoa(w.next[p])
}

// add writes span s into gold (unless gold has a live span of the same
// range and label, which it reuses) and returns its gold id.
func (w *goldWriter) add(s annotate.Span, agreed []string) string {
	k := spanKey(s.Start, s.End, s.Label)
	if id, ok := w.at[k]; ok && !w.deleted[id] {
		return id
	}
	g := annotate.Span{ID: w.newID(s.Label), Start: s.Start, End: s.End, Label: s.Label, Attrs: s.Attrs, Note: s.Note,
		Annotator: w.adjudicator, Source: SourceAdjudication, Status: annotate.SpanAccepted, AgreedBy: agreed}
	w.ops = append(w.ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &g})
	w.at[k] = g.ID
	return g.ID
}

// take decides unit i with choice c: the choice's version, or nothing.
func (w *goldWriter) take(i int, c agree.Choice) error {
	a := w.a
	u := &a.Align.Units[i]
	for _, gi := range a.decided[i] {
		id := a.Gold.Spans[gi].ID
		if !w.deleted[id] {
			w.ops = append(w.ops, annotate.Op{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: id}})
			w.deleted[id] = true
		}
	}
	if c.Version == nil {
		none := annotate.Span{ID: w.newID(u.Label), Start: u.Start, End: u.End, Label: u.Label, Annotator: w.adjudicator,
			Source: SourceAdjudication, Status: annotate.SpanRejected, AgreedBy: c.Analysts,
			Note: "none of the analysts' versions belongs here"}
		w.ops = append(w.ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &none})
		return nil
	}
	v := c.Version
	layer := a.Layers[v.Analyst]
	if layer == nil {
		return fmt.Errorf("no layer of %s", v.Analyst)
	}
	id := w.add(v.Span, c.Analysts)
	// The span's links, as the analyst made them: its speaker (with the
	// coref chain that names it), cue, addressee, medium; a claim's
	// statement; a statement's parent statement when gold holds it.
	byID := map[string]annotate.Span{}
	for _, s := range layer.Spans {
		byID[s.ID] = s
	}
	for _, r := range layer.Relations {
		if r.Head != v.Span.ID || (r.Status != "" && r.Status != annotate.SpanAccepted) {
			continue
		}
		child, ok := byID[r.Child]
		if !ok {
			continue
		}
		var childID string
		switch r.Label {
		case annotate.RelNestedIn, annotate.RelPartOf:
			// Only to a span gold already holds: the other unit is decided
			// on its own.
			gid, ok := w.at[spanKey(child.Start, child.End, child.Label)]
			if !ok || w.deleted[gid] {
				continue
			}
			childID = gid
		default:
			if child.Label == annotate.LabelSpeaker && v.Speaker != "" {
				child.Attrs = withAttr(child.Attrs, "canonical", v.Speaker)
			}
			childID = w.add(child, nil)
			w.copyCoref(layer, byID, child, childID, map[string]bool{child.ID: true})
		}
		w.ops = append(w.ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: r.Label, Head: id, Child: childID}})
	}
	for _, st := range layer.Stances {
		if st.Statement != v.Span.ID {
			continue
		}
		n := st
		n.Statement, n.Annotator = id, w.adjudicator
		w.ops = append(w.ops, annotate.Op{Kind: annotate.OpSetStance, Stance: &n})
	}
	return nil
}

// copyCoref follows a speaker's coref chain in the analyst's layer into
// gold (seen guards against a chain that loops).
func (w *goldWriter) copyCoref(layer *annotate.Annotations, byID map[string]annotate.Span, speaker annotate.Span, goldID string, seen map[string]bool) {
	for _, r := range layer.Relations {
		if r.Label != annotate.RelCoref || r.Head != speaker.ID || seen[r.Child] {
			continue
		}
		ante, ok := byID[r.Child]
		if !ok {
			continue
		}
		seen[r.Child] = true
		anteID := w.add(ante, nil)
		w.ops = append(w.ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelCoref, Head: goldID, Child: anteID}})
		w.copyCoref(layer, byID, ante, anteID, seen)
		return
	}
}

func withAttr(attrs map[string]any, key string, value any) map[string]any {
	out := make(map[string]any, len(attrs)+1)
	for k, v := range attrs {
		out[k] = v
	}
	out[key] = value
	return out
}
