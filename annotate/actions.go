package annotate

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
)

// The analyst's actions. Each function below computes, from a document's
// current state, the one Edit that a key or a panel control makes; none of
// them touches storage. The caller applies the Edit with the store, which
// makes it one undo step, so every Edit here describes its whole change:
// a new link carries the removal of the link it replaces, accepting a
// suggestion carries its partners.
//
// Errors are sentences an analyst can act on. An action that would change
// nothing returns an error wrapping ErrNoChange, which the GUI may ignore.
// Actions that are not given the document (SetAttr, Unlink, AcceptAll, …)
// leave Edit.Doc empty: the caller fills in the open document's id.

// ErrNoChange is wrapped by the error of an action that would leave the
// document as it is, such as linking a statement to the speaker it already
// has. Applying nothing keeps the undo history free of empty steps.
var ErrNoChange = errors.New("nothing to change")

// single are the relations a head has at most one of: a new link replaces
// the old one.
var single = map[string]bool{RelSaidBy: true, RelCue: true, RelCoref: true}

// TagSpan tags the code points [start, end) of doc with label (keys 1–9) as
// an accepted manual span by analyst. Whitespace at the edges of the
// selection is left out. A STATEMENT gets its quote type preset: direct when
// it begins and ends with quote marks, mixed when it carries quoted
// fragments, indirect otherwise. A SPEAKER gets the canonical name
// CanonicalFor offers; a pronoun gets none until R links it to its
// antecedent. Tagging a suggestion's exact range with its label accepts it.
func TagSpan(doc *Document, ann *Annotations, sch *Schema, label string, start, end int, analyst string) (Edit, error) {
	if doc == nil {
		return Edit{}, errors.New("open a document first")
	}
	if sch == nil {
		sch = ann.schema()
	}
	if _, ok := sch.Label(label); !ok {
		return Edit{}, fmt.Errorf("the schema has no label %q; use one of %s", label, strings.Join(sch.LabelNames(), ", "))
	}
	if start > end {
		start, end = end, start
	}
	n := RuneLen(doc.Text)
	if start < 0 || end > n {
		return Edit{}, fmt.Errorf("the selection [%d, %d) is outside the article (%d characters)", start, end, n)
	}
	start, end = trimSpace(doc.Text, start, end)
	if start >= end {
		return Edit{}, errors.New("select some text first")
	}
	if ann == nil {
		ann = &Annotations{}
	}
	for _, sp := range ann.Spans {
		if sp.Start != start || sp.End != end || sp.Label != label {
			continue
		}
		if sp.Status == SpanAccepted || sp.Status == "" {
			return Edit{}, fmt.Errorf("this text is already tagged %s (%s): %w", label, sp.ID, ErrNoChange)
		}
		// Tagging what a suggestion already covers is agreeing with it; a
		// rejected one comes back as the analyst's own.
		up := cloneSpan(sp)
		up.Status, up.Annotator = SpanAccepted, analyst
		if sp.Status == SpanRejected {
			up.Source = SourceManual
		}
		return Edit{Doc: doc.ID, Summary: "tag " + label, Ops: []Op{{Kind: OpUpdateSpan, Span: &up}}}, nil
	}
	text := Slice(doc.Text, start, end)
	sp := Span{Start: start, End: end, Label: label, Annotator: analyst, Source: SourceManual, Status: SpanAccepted}
	_, quoteType := sch.Attribute(label, "quote_type")
	_, canonical := sch.Attribute(label, "canonical")
	switch {
	case label == LabelStatement && quoteType:
		sp.Attrs = map[string]any{"quote_type": presetQuoteType(text)}
	case label == LabelSpeaker && canonical:
		if !IsPronoun(text) {
			if name := CanonicalFor(text, live(ann.Spans), start); name != "" {
				sp.Attrs = map[string]any{"canonical": name}
			}
		}
	}
	return Edit{Doc: doc.ID, Summary: "tag " + label, Ops: []Op{{Kind: OpAddSpan, Span: &sp}}}, nil
}

// doubleQuotes are the marks that open or close a quotation in the news
// styles we see. Single marks are left out: ’ and ' are apostrophes far more
// often than quotes ("Moscow's").
const doubleQuotes = "\"“”„‟«»"

// presetQuoteType guesses a statement's quote type from its text: direct
// when QuoteTypeFor says so, or when it opens with the only quote mark it
// has (a quote running on into the next paragraph leaves its closing mark
// off); mixed when it carries quote marks elsewhere; indirect without any.
// A paraphrase with scare quotes ("so-called \"red lines\"") comes out mixed,
// and the analyst corrects it in the panel.
func presetQuoteType(text string) string {
	if q := QuoteTypeFor(text); q != "" {
		return q
	}
	switch marks := countAny(text, doubleQuotes); {
	case marks == 0:
		return "indirect"
	case marks == 1 && strings.ContainsRune(doubleQuotes, []rune(text)[0]):
		return "direct"
	}
	return "mixed"
}

// countAny counts the runes of s that are in chars.
func countAny(s, chars string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(chars, r) {
			n++
		}
	}
	return n
}

// trimSpace narrows [start, end) so it neither begins nor ends with
// white space, as a drag selection often does.
func trimSpace(text string, start, end int) (int, int) {
	rs := []rune(Slice(text, start, end))
	i, j := 0, len(rs)
	for i < j && unicode.IsSpace(rs[i]) {
		i++
	}
	for j > i && unicode.IsSpace(rs[j-1]) {
		j--
	}
	return start + i, start + j
}

// LinkNearest links the statement headID to the nearest span labelled
// childLabel that ends before it starts, or with after, that starts after it
// ends: S and Shift+S for SPEAKER (said_by), C and Shift+C for CUE (cue).
// Spans inside the statement do not count, and the search stays in the
// statement's paragraph before widening to the whole article. The new link
// replaces the statement's old said_by or cue link.
func LinkNearest(doc *Document, ann *Annotations, headID, childLabel string, after bool) (Edit, error) {
	if doc == nil || ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	head, err := statement(ann, headID)
	if err != nil {
		return Edit{}, err
	}
	rel, ok := relationFor(ann.schema(), head.Label, childLabel)
	if !ok {
		return Edit{}, fmt.Errorf("a %s cannot be linked to a %s", head.Label, childLabel)
	}
	find, where := NearestBefore, "before"
	if after {
		find, where = NearestAfter, "after"
	}
	child, ok := find(doc.Text, live(ann.Spans), *head, childLabel)
	if !ok {
		return Edit{}, fmt.Errorf("no %s %s this statement", childLabel, where)
	}
	return link(doc, ann, rel, head, &child)
}

// relationFor picks the schema's relation from a head label to a child
// label: said_by for a speaker, cue for a cue, and so on.
func relationFor(sch *Schema, head, child string) (string, bool) {
	for _, r := range sch.Relations {
		if slices.Contains(r.Head, head) && slices.Contains(r.Child, child) {
			return r.Name, true
		}
	}
	return "", false
}

// Link links headID to childID with relation: the P picker's speaker and the
// panel's relations. said_by, cue and coref replace the head's old link of
// that relation (coref also passes the antecedent's canonical name on);
// addressed_to, via, nested_in and part_of add one. The spans' labels must
// fit the relation as the schema defines it.
func Link(doc *Document, ann *Annotations, relation, headID, childID string) (Edit, error) {
	if doc == nil || ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	head, ok := findSpan(ann, headID)
	if !ok {
		return Edit{}, errors.New("select the span to link from first")
	}
	child, ok := findSpan(ann, childID)
	if !ok {
		return Edit{}, fmt.Errorf("choose the span to link %s to", headID)
	}
	if head.ID == child.ID {
		return Edit{}, errors.New("a span cannot be linked to itself")
	}
	sch := ann.schema()
	if def, known := sch.Relation(relation); known {
		if !sch.AllowsRelation(relation, head.Label, child.Label) {
			return Edit{}, fmt.Errorf("%s links a %s to a %s, not a %s to a %s", relation,
				strings.Join(def.Head, " or "), strings.Join(def.Child, " or "), head.Label, child.Label)
		}
	} else if relation == "" {
		return Edit{}, errors.New("choose a relation first")
	}
	if relation == RelCoref {
		return coref(doc, ann, head, child)
	}
	return link(doc, ann, relation, head, child)
}

// link makes the edit that adds head → child, replacing head's old link of
// a single-valued relation.
func link(doc *Document, ann *Annotations, rel string, head, child *Span) (Edit, error) {
	ops, err := relink(ann, rel, head, child)
	if err != nil {
		return Edit{}, err
	}
	return Edit{Doc: doc.ID, Summary: fmt.Sprintf("link %s %q to %s %q (%s)", head.Label, clipText(spanText(doc, head)), child.Label, clipText(spanText(doc, child)), rel), Ops: ops}, nil
}

// relink returns the ops that make head → child a rel link: a link head
// already has to another span goes when rel is single-valued, and a
// suggested link to child is confirmed. A link touching a suggestion is a
// suggestion itself (pending) until that suggestion is accepted, so an
// export of accepted work never holds a link to a span it leaves out.
func relink(ann *Annotations, rel string, head, child *Span) ([]Op, error) {
	status := SpanAccepted
	if head.Status == SpanPending || child.Status == SpanPending {
		status = SpanPending
	}
	var ops []Op
	for _, r := range ann.Relations {
		if r.Label != rel || r.Head != head.ID {
			continue
		}
		same := r.Child == child.ID
		// A suggested link made again is made anew, so that AcceptAnd can
		// accept it with the spans it joins.
		if same && r.Status == status && status != SpanPending {
			return nil, fmt.Errorf("%s is already linked to %s by %s: %w", head.ID, child.ID, rel, ErrNoChange)
		}
		if same || single[rel] {
			old := r
			ops = append(ops, Op{Kind: OpDeleteRelation, Relation: &old})
		}
	}
	ops = append(ops, Op{Kind: OpAddRelation, Relation: &Relation{Label: rel, Head: head.ID, Child: child.ID,
		Source: SourceManual, Status: status}})
	return ops, nil
}

// Unlink removes the relation head → child.
func Unlink(ann *Annotations, relation, headID, childID string) (Edit, error) {
	if ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	for _, r := range ann.Relations {
		if r.Label == relation && r.Head == headID && r.Child == childID {
			old := r
			return Edit{Summary: "unlink " + relation + " " + spanWords(ann, headID) + " → " + spanWords(ann, childID),
				Ops: []Op{{Kind: OpDeleteRelation, Relation: &old}}}, nil
		}
	}
	return Edit{}, fmt.Errorf("%s is not linked to %s by %s: %w", headID, childID, relation, ErrNoChange)
}

// LinkCoref links the SPEAKER speakerID (a pronoun or a short name) to the
// nearest SPEAKER before it with coref, replacing an older coref link: R.
// The antecedent is the one CorefAntecedent picks: not a pronoun, and
// outside reported statements when there is such a speaker.
// The speaker, and any pronoun already pointing to it, takes the
// antecedent's canonical name, in the same edit.
func LinkCoref(doc *Document, ann *Annotations, speakerID string) (Edit, error) {
	if doc == nil || ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	sp, ok := findSpan(ann, speakerID)
	if !ok || sp.Label != LabelSpeaker {
		return Edit{}, errors.New("select a SPEAKER first")
	}
	ante, ok := CorefAntecedent(doc.Text, live(ann.Spans), *sp)
	if !ok {
		return Edit{}, errors.New("no SPEAKER before this one to refer to")
	}
	return coref(doc, ann, sp, &ante)
}

// coref makes speaker → antecedent the speaker's coref link and passes the
// antecedent's canonical name on to the speaker and the pronouns that
// resolve through it.
func coref(doc *Document, ann *Annotations, speaker, antecedent *Span) (Edit, error) {
	if reaches(ann, antecedent.ID, speaker.ID) {
		return Edit{}, fmt.Errorf("%s already refers to %s; linking back would make a loop", antecedent.ID, speaker.ID)
	}
	ops, err := relink(ann, RelCoref, speaker, antecedent)
	if err != nil {
		return Edit{}, err
	}
	name := ResolveCanonical(ann.Spans, ann.Relations, antecedent.ID)
	if name == "" {
		name = CanonicalName(spanText(doc, antecedent))
	}
	if name != "" {
		ops = append(ops, renameOps(ann, speaker.ID, name)...)
	}
	return Edit{Doc: doc.ID, Summary: fmt.Sprintf("link %q to %q (coref)", spanText(doc, speaker), spanText(doc, antecedent)), Ops: ops}, nil
}

// reaches reports whether from leads to to by coref links.
func reaches(ann *Annotations, from, to string) bool {
	next := corefMap(ann)
	seen := map[string]bool{}
	for id := from; id != "" && !seen[id]; id = next[id] {
		if id == to {
			return true
		}
		seen[id] = true
	}
	return false
}

// corefMap maps each speaker to the antecedent its coref link points to.
func corefMap(ann *Annotations) map[string]string {
	next := map[string]string{}
	for _, r := range ann.Relations {
		if r.Label == RelCoref && r.Status != SpanRejected {
			next[r.Head] = r.Child
		}
	}
	return next
}

// renameOps sets canonical name on speaker id and on every speaker whose
// coref chain leads to it, skipping those that already carry it.
func renameOps(ann *Annotations, id, name string) []Op {
	next := corefMap(ann)
	var ops []Op
	for _, sp := range ann.Spans {
		if sp.Label != LabelSpeaker {
			continue
		}
		hit := sp.ID == id
		seen := map[string]bool{}
		for cur := next[sp.ID]; !hit && cur != "" && !seen[cur]; cur = next[cur] {
			seen[cur] = true
			hit = cur == id
		}
		if !hit {
			continue
		}
		if old, _ := sp.Attrs["canonical"].(string); old == name {
			continue
		}
		up := cloneSpan(sp)
		if name == "" {
			delete(up.Attrs, "canonical")
		} else {
			up.Attrs["canonical"] = name
		}
		ops = append(ops, Op{Kind: OpUpdateSpan, Span: &up})
	}
	return ops
}

// SetAttr sets attribute key of span spanID to value, or removes it when
// value is nil: quote type, claim type, check-worthy, verifiable. Values are
// checked against the default schema's attribute definition when it has
// one. "canonical" on a SPEAKER and "note" go through SetCanonical and
// SetNote.
func SetAttr(ann *Annotations, spanID, key string, value any) (Edit, error) {
	sp, err := selectedSpan(ann, spanID, "span")
	if err != nil {
		return Edit{}, err
	}
	if key == "" {
		return Edit{}, errors.New("name the attribute to set")
	}
	if key == "note" {
		s, _ := value.(string)
		return SetNote(ann, spanID, s)
	}
	if key == "canonical" && sp.Label == LabelSpeaker {
		s, _ := value.(string)
		return SetCanonical(ann, spanID, s)
	}
	if value != nil {
		if def, ok := ann.schema().Attribute(sp.Label, key); ok {
			if err := def.CheckValue(value); err != nil {
				return Edit{}, err
			}
		}
	}
	old, had := sp.Attrs[key]
	if (value == nil && !had) || (had && sameJSON(old, value)) {
		return Edit{}, fmt.Errorf("%s already has %s = %v: %w", spanID, key, value, ErrNoChange)
	}
	up := cloneSpan(*sp)
	if value == nil {
		delete(up.Attrs, key)
	} else {
		up.Attrs[key] = value
	}
	return Edit{Summary: fmt.Sprintf("set %s of the %s", key, sp.Label), Ops: []Op{{Kind: OpUpdateSpan, Span: &up}}}, nil
}

// sameJSON reports whether a and b are stored alike.
func sameJSON(a, b any) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	if errA != nil || errB != nil {
		return reflect.DeepEqual(a, b)
	}
	return string(ja) == string(jb)
}

// SetCanonical gives the SPEAKER speakerID the canonical name name (empty
// removes it), and passes it on to the pronouns and short names whose coref
// links lead to it, in one edit.
func SetCanonical(ann *Annotations, speakerID, name string) (Edit, error) {
	if ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	sp, ok := findSpan(ann, speakerID)
	if !ok || sp.Label != LabelSpeaker {
		return Edit{}, errors.New("select a SPEAKER first")
	}
	name = strings.TrimSpace(name)
	ops := renameOps(ann, speakerID, name)
	if len(ops) == 0 {
		return Edit{}, fmt.Errorf("%s is already called %q: %w", speakerID, name, ErrNoChange)
	}
	return Edit{Summary: fmt.Sprintf("name the SPEAKER %q", name), Ops: ops}, nil
}

// SetNote sets the free-text note of any span (empty removes it).
func SetNote(ann *Annotations, spanID, note string) (Edit, error) {
	sp, err := selectedSpan(ann, spanID, "span")
	if err != nil {
		return Edit{}, err
	}
	note = strings.TrimSpace(note)
	if sp.Note == note {
		return Edit{}, fmt.Errorf("the note of %s is unchanged: %w", spanID, ErrNoChange)
	}
	up := cloneSpan(*sp)
	up.Note = note
	return Edit{Summary: "note on the " + sp.Label, Ops: []Op{{Kind: OpUpdateSpan, Span: &up}}}, nil
}

// SetStance records the statement's stance label (FAVOR, AGAINST or NONE:
// keys F, A, N) toward the target targetID, implicit or not, with optional
// evidence. Toggling implicit or adding evidence is SetStance again with the
// same label.
func SetStance(ann *Annotations, statementID, targetID, label string, implicit bool, ev *Evidence) (Edit, error) {
	if ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	st, err := statement(ann, statementID)
	if err != nil {
		return Edit{}, err
	}
	if st.Status == SpanPending {
		return Edit{}, fmt.Errorf("this STATEMENT is a suggestion: accept it first (Enter), so its stance is exported with it: %w", ErrPending)
	}
	if targetID == "" {
		return Edit{}, errors.New("choose a target first (T)")
	}
	sch := ann.schema()
	if !sch.IsStanceLabel(label) {
		return Edit{}, fmt.Errorf("stance %q is not one of %s", label, strings.Join(sch.Stance.Labels, ", "))
	}
	if ev != nil {
		if ev.Start < 0 || ev.Start >= ev.End {
			return Edit{}, errors.New("select the evidence text first")
		}
		e := *ev
		ev = &e
	}
	want := Stance{Statement: st.ID, Target: targetID, Label: label, Implicit: implicit, Evidence: ev}
	for _, old := range ann.Stances {
		if old.Statement == st.ID && old.Target == targetID && old.Label == label && old.Implicit == implicit &&
			sameEvidence(old.Evidence, ev) {
			return Edit{}, fmt.Errorf("%s is already %s toward %s: %w", st.ID, label, targetID, ErrNoChange)
		}
	}
	return Edit{Summary: fmt.Sprintf("stance %s toward %s", label, targetWords(ann, targetID)),
		Ops: []Op{{Kind: OpSetStance, Stance: &want}}}, nil
}

func sameEvidence(a, b *Evidence) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Start == b.Start && a.End == b.End
}

// ClearStance removes the statement's stance toward the target.
func ClearStance(ann *Annotations, statementID, targetID string) (Edit, error) {
	if ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	for _, st := range ann.Stances {
		if st.Statement == statementID && st.Target == targetID {
			old := st
			return Edit{Summary: fmt.Sprintf("clear stance toward %s", targetWords(ann, targetID)),
				Ops: []Op{{Kind: OpDeleteStance, Stance: &old}}}, nil
		}
	}
	return Edit{}, fmt.Errorf("%s has no stance toward %s: %w", statementID, targetID, ErrNoChange)
}

// NewTarget makes a stance target with text, for the document docID alone
// or, with projectWide, for every article. The store gives it its id (T1,
// T2, …).
func NewTarget(docID, text string, projectWide bool) Edit {
	op := Op{Kind: OpAddTarget, Target: &Target{Text: strings.TrimSpace(text)}}
	if !projectWide {
		op.TargetDoc = docID
	}
	return Edit{Doc: docID, Summary: fmt.Sprintf("new target %q", op.Target.Text), Ops: []Op{op}}
}

// MoveSpanEdge moves the start of span spanID, or with end its end, by one
// word: dir < 0 to the left, dir > 0 to the right (Alt+←/→ and
// Alt+Shift+←/→). Words are Unicode word segments, punctuation included, so
// an edge can reach a closing quote mark; an edge never lands inside a
// grapheme cluster and the span never becomes empty.
func MoveSpanEdge(doc *Document, ann *Annotations, spanID string, end bool, dir int) (Edit, error) {
	if doc == nil {
		return Edit{}, errors.New("open a document first")
	}
	sp, err := selectedSpan(ann, spanID, "span")
	if err != nil {
		return Edit{}, err
	}
	if dir == 0 {
		return Edit{}, fmt.Errorf("no direction to move %s: %w", spanID, ErrNoChange)
	}
	pos := sp.Start
	if end {
		pos = sp.End
	}
	words := wordsAround(doc.Text, pos)
	up := cloneSpan(*sp)
	moved := false
	switch {
	case !end && dir < 0:
		for i := len(words) - 1; i >= 0; i-- {
			if words[i][0] < sp.Start {
				up.Start, moved = words[i][0], true
				break
			}
		}
	case !end && dir > 0:
		for _, w := range words {
			if w[0] > sp.Start {
				up.Start, moved = w[0], w[0] < sp.End
				break
			}
		}
	case end && dir > 0:
		for _, w := range words {
			if w[1] > sp.End {
				up.End, moved = w[1], true
				break
			}
		}
	default:
		for i := len(words) - 1; i >= 0; i-- {
			if words[i][1] < sp.End {
				up.End, moved = words[i][1], words[i][1] > sp.Start
				break
			}
		}
	}
	if !moved {
		edge := "start"
		if end {
			edge = "end"
		}
		if (dir < 0) == !end {
			return Edit{}, fmt.Errorf("the %s of %s cannot move further out: %w", edge, spanID, ErrNoChange)
		}
		return Edit{}, fmt.Errorf("%s is one word long already; delete it instead: %w", spanID, ErrNoChange)
	}
	return Edit{Doc: doc.ID, Summary: fmt.Sprintf("move an edge of %s %q", sp.Label, clipText(spanText(doc, sp))), Ops: []Op{{Kind: OpUpdateSpan, Span: &up}}}, nil
}

// wordsAround returns the word segments of the paragraph around code point
// pos and of the paragraphs either side of it, which is as far as an edge
// can move in one step. Paragraphs start after a line break, where a word
// always breaks, so segmenting from there agrees with the whole text.
func wordsAround(text string, pos int) [][2]int {
	paras := Paragraphs(text)
	lo, hi := 0, RuneLen(text)
	i := sort.Search(len(paras), func(i int) bool { return paras[i].End >= pos })
	if i > 0 {
		lo = paras[i-1].Start
	}
	if i+1 < len(paras) {
		hi = paras[i+1].End
	}
	words := wordSegments(Slice(text, lo, hi))
	for k := range words {
		words[k][0] += lo
		words[k][1] += lo
	}
	return words
}

// wordSegments returns the code-point ranges of the text's Unicode word
// segments that are not white space, in order.
func wordSegments(text string) [][2]int {
	var out [][2]int
	pos, state := 0, -1
	for rest := text; rest != ""; {
		var w string
		w, rest, state = uniseg.FirstWordInString(rest, state)
		n := RuneLen(w)
		if strings.TrimFunc(w, unicode.IsSpace) != "" {
			out = append(out, [2]int{pos, pos + n})
		}
		pos += n
	}
	return out
}

// DeleteSpan removes a span; the store removes its links and stances in the
// same step, so undo brings them all back.
func DeleteSpan(ann *Annotations, spanID string) (Edit, error) {
	sp, err := selectedSpan(ann, spanID, "span")
	if err != nil {
		return Edit{}, err
	}
	return Edit{Summary: "delete " + sp.Label,
		Ops: []Op{{Kind: OpDeleteSpan, Span: &Span{ID: sp.ID}}}}, nil
}

// AcceptSuggestion accepts the pending span spanID as analyst's (Enter),
// together with the pending spans it leads to by said_by, cue, coref,
// addressed_to and via (a suggested statement's speaker, cue, addressee and
// medium, a pronoun's antecedent) and the suggested links between them.
func AcceptSuggestion(ann *Annotations, spanID, analyst string) (Edit, error) {
	sp, err := selectedSpan(ann, spanID, "suggestion")
	if err != nil {
		return Edit{}, err
	}
	if sp.Status != SpanPending {
		return Edit{}, fmt.Errorf("%s is not a suggestion: %w", spanID, ErrNoChange)
	}
	set := partners(ann, spanID)
	ops := restatus(ann, set, SpanAccepted, analyst)
	return Edit{Summary: "accept " + sp.Label, Ops: ops}, nil
}

// RejectSuggestion marks the pending span spanID rejected (Backspace), with
// the links touching it. It rejects that span alone: a suggested
// statement's speaker and cue stay suggestions, for the statement an
// analyst types by hand in its place or for the other statements they may
// belong to (an analyst who disagrees with them rejects them in turn).
// Rejected spans are kept so the suggester does not offer them again.
func RejectSuggestion(ann *Annotations, spanID, analyst string) (Edit, error) {
	sp, err := selectedSpan(ann, spanID, "suggestion")
	if err != nil {
		return Edit{}, err
	}
	if sp.Status != SpanPending {
		return Edit{}, fmt.Errorf("this %s is not a suggestion; press Delete to remove it: %w", sp.Label, ErrNoChange)
	}
	ops := restatus(ann, map[string]bool{spanID: true}, SpanRejected, analyst)
	return Edit{Summary: "reject " + sp.Label, Ops: ops}, nil
}

// RejectAll rejects every pending suggestion of the document, as one step:
// what Ctrl+Enter offers when the analyst marks a document done with
// suggestions still undecided.
func RejectAll(ann *Annotations, analyst string) (Edit, error) {
	set := pendingSet(ann, 0)
	if len(set) == 0 {
		return Edit{}, fmt.Errorf("no suggestions left to reject: %w", ErrNoChange)
	}
	return Edit{Summary: fmt.Sprintf("reject all %d suggestions", len(set)),
		Ops: restatus(ann, set, SpanRejected, analyst)}, nil
}

// pendingSet is the set of pending spans whose confidence is at least min.
func pendingSet(ann *Annotations, min float64) map[string]bool {
	set := map[string]bool{}
	if ann == nil {
		return set
	}
	for _, sp := range ann.Spans {
		if sp.Status == SpanPending && sp.Confidence >= min {
			set[sp.ID] = true
		}
	}
	return set
}

// partners returns id and the pending spans reachable from it by said_by,
// cue, coref, addressed_to and via links, head to child: the parts of one
// suggested attribution.
func partners(ann *Annotations, id string) map[string]bool {
	set := map[string]bool{id: true}
	queue := []string{id}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, r := range ann.Relations {
			if r.Head != cur || r.Status == SpanRejected || set[r.Child] {
				continue
			}
			switch r.Label {
			case RelSaidBy, RelCue, RelCoref, RelAddressedTo, RelVia:
			default:
				continue
			}
			if c, ok := findSpan(ann, r.Child); ok && c.Status == SpanPending {
				set[r.Child] = true
				queue = append(queue, r.Child)
			}
		}
	}
	return set
}

// restatus gives the spans in set status by analyst, and brings the links
// touching them along: a pending link between live spans is accepted, any
// link to a rejected span is rejected.
func restatus(ann *Annotations, set map[string]bool, status, analyst string) []Op {
	var ops []Op
	after := map[string]string{}
	for _, sp := range ann.Spans {
		after[sp.ID] = sp.Status
		if !set[sp.ID] || sp.Status == status {
			continue
		}
		up := cloneSpan(sp)
		up.Status, up.Annotator = status, analyst
		ops = append(ops, Op{Kind: OpUpdateSpan, Span: &up})
		after[sp.ID] = status
	}
	for _, r := range ann.Relations {
		if !set[r.Head] && !set[r.Child] {
			continue
		}
		want := r.Status
		switch {
		case after[r.Head] == SpanRejected || after[r.Child] == SpanRejected:
			want = SpanRejected
		case r.Status == SpanPending && after[r.Head] == SpanAccepted && after[r.Child] == SpanAccepted:
			want = SpanAccepted
		}
		if want == r.Status {
			continue
		}
		old, nu := r, r
		nu.Status = want
		ops = append(ops, Op{Kind: OpDeleteRelation, Relation: &old}, Op{Kind: OpAddRelation, Relation: &nu})
	}
	return ops
}

// AcceptAll accepts every pending suggestion of the document and the
// suggested links between live spans, as one step (Ctrl+Shift+Enter).
func AcceptAll(ann *Annotations, analyst string) (Edit, error) {
	if ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	set := pendingSet(ann, 0)
	if len(set) == 0 {
		return Edit{}, fmt.Errorf("no suggestions left to accept: %w", ErrNoChange)
	}
	return Edit{Summary: fmt.Sprintf("accept all %d suggestions", len(set)),
		Ops: restatus(ann, set, SpanAccepted, analyst)}, nil
}

// AcceptConfident accepts the pending suggestions whose confidence is at
// least min, and the suggested links between the spans then live, as one
// step; the others stay pending.
func AcceptConfident(ann *Annotations, analyst string, min float64) (Edit, error) {
	if ann == nil {
		return Edit{}, errors.New("open a document first")
	}
	set := pendingSet(ann, min)
	if len(set) == 0 {
		return Edit{}, fmt.Errorf("no suggestion has a confidence of %.2f or more", min)
	}
	return Edit{Summary: fmt.Sprintf("accept %d suggestions of confidence %.2f or more", len(set), min),
		Ops: restatus(ann, set, SpanAccepted, analyst)}, nil
}

// PendingByLabel counts the document's pending suggestions per label.
func PendingByLabel(ann *Annotations) map[string]int {
	out := map[string]int{}
	if ann == nil {
		return out
	}
	for _, sp := range ann.Spans {
		if sp.Status == SpanPending {
			out[sp.Label]++
		}
	}
	return out
}

// ErrPending is wrapped by the error of an action that a suggestion cannot
// take while it is pending, such as a stance: an export of accepted work
// would leave it out. AcceptAnd accepts the suggestion and does the action
// in one step.
var ErrPending = errors.New("the span is a suggestion")

// AcceptAnd makes one edit that accepts the pending spans among ids (each
// with the partners AcceptSuggestion takes along) and then does act on the
// annotations as they are once accepted: a stance, a coref link or a
// speaker link set on a suggestion accepts it, as the analyst has agreed
// with it. A link act adds to a span that is still pending accepts that
// span too, so the link is never left out of an export of accepted work.
// With nothing pending among ids it is act itself.
func AcceptAnd(ann *Annotations, ids []string, analyst string, act func(*Annotations) (Edit, error)) (Edit, error) {
	if ann == nil {
		return act(ann)
	}
	set := map[string]bool{}
	for _, id := range ids {
		if sp, ok := findSpan(ann, id); ok && sp.Status == SpanPending {
			for p := range partners(ann, id) {
				set[p] = true
			}
		}
	}
	first := restatus(ann, set, SpanAccepted, analyst)
	after := applied(ann, first)
	e, err := act(after)
	if errors.Is(err, ErrNoChange) && len(first) > 0 {
		// The action was done already (the suggestion's own link): the
		// acceptance is the whole change.
		return Edit{Summary: "accept the suggestion", Ops: first}, nil
	}
	if err != nil {
		return e, err
	}
	// Spans at the ends of the links act adds that are still suggestions.
	more := map[string]bool{}
	for _, op := range e.Ops {
		if op.Kind != OpAddRelation || op.Relation == nil || op.Relation.Status != SpanPending {
			continue
		}
		for _, end := range []string{op.Relation.Head, op.Relation.Child} {
			if sp, ok := findSpan(after, end); ok && sp.Status == SpanPending {
				more[end] = true
			}
		}
	}
	second := restatus(after, more, SpanAccepted, analyst)
	accepted := map[string]bool{}
	for id := range set {
		accepted[id] = true
	}
	for id := range more {
		accepted[id] = true
	}
	ops := append(first, second...)
	for _, op := range e.Ops {
		switch {
		case op.Kind == OpAddRelation && op.Relation != nil && op.Relation.Status == SpanPending &&
			!stillPending(after, accepted, op.Relation.Head) && !stillPending(after, accepted, op.Relation.Child):
			r := *op.Relation
			r.Status = SpanAccepted
			op.Relation = &r
		case op.Kind == OpUpdateSpan && op.Span != nil && accepted[op.Span.ID]:
			// act built its update from the span as pending: keep it accepted.
			up := cloneSpan(*op.Span)
			up.Status, up.Annotator = SpanAccepted, analyst
			op.Span = &up
		}
		ops = append(ops, op)
	}
	if len(accepted) > 0 {
		e.Summary += " (accepting the suggestion)"
	}
	e.Ops = ops
	return e, nil
}

// stillPending reports whether span id stays a suggestion after the spans
// in accepted are accepted.
func stillPending(ann *Annotations, accepted map[string]bool, id string) bool {
	sp, ok := findSpan(ann, id)
	return ok && sp.Status == SpanPending && !accepted[id]
}

// applied returns a copy of ann with the span updates and relation changes
// of ops made, for an action that builds on an edit not stored yet.
func applied(ann *Annotations, ops []Op) *Annotations {
	out := *ann
	out.Spans = slices.Clone(ann.Spans)
	out.Relations = slices.Clone(ann.Relations)
	for _, op := range ops {
		switch {
		case op.Kind == OpUpdateSpan && op.Span != nil:
			for i := range out.Spans {
				if out.Spans[i].ID == op.Span.ID {
					out.Spans[i] = *op.Span
				}
			}
		case op.Kind == OpDeleteRelation && op.Relation != nil:
			out.Relations = slices.DeleteFunc(out.Relations, func(r Relation) bool {
				return r.Label == op.Relation.Label && r.Head == op.Relation.Head && r.Child == op.Relation.Child
			})
		case op.Kind == OpAddRelation && op.Relation != nil:
			out.Relations = append(out.Relations, *op.Relation)
		}
	}
	return &out
}

// SetDocLabel sets the document-level label key (genre, topics, …) to value,
// or removes it when value is nil.
func SetDocLabel(docID, key string, value any) (Edit, error) {
	key = strings.TrimSpace(key)
	if key == "" {
		return Edit{}, errors.New("name the document label to set")
	}
	op := Op{Kind: OpSetDocLabel, Key: key}
	if value != nil {
		if f, ok := DefaultSchema().DocField(key); ok {
			if err := f.CheckValue(value); err != nil {
				return Edit{}, err
			}
		}
		raw, err := json.Marshal(value)
		if err != nil {
			return Edit{}, fmt.Errorf("document label %s: %w", key, err)
		}
		op.Value = raw
	}
	return Edit{Doc: docID, Summary: "set " + key, Ops: []Op{op}}, nil
}

// SetStatus marks the document to do, in progress or done.
func SetStatus(docID string, st Status) Edit {
	return Edit{Doc: docID, Summary: "mark " + string(st), Ops: []Op{{Kind: OpSetStatus, Status: st}}}
}

// NextSpan returns the id of the span after fromID in reading order (dir >
// 0) or before it (dir < 0), wrapping around; with pendingOnly only
// suggestions count (] and [). From "" it starts at the first or the last.
// Rejected spans are skipped. It returns "" when there is none.
func NextSpan(ann *Annotations, fromID string, dir int, pendingOnly bool) string {
	if ann == nil {
		return ""
	}
	spans, from, step := readingCycle(ann, fromID, dir)
	n := len(spans)
	for k := 1; k <= n; k++ {
		i := ((from+step*k)%n + n) % n
		sp := spans[i]
		if sp.ID == fromID || sp.Status == SpanRejected || (pendingOnly && sp.Status != SpanPending) {
			continue
		}
		return sp.ID
	}
	return ""
}

// NextSuggestion returns the suggestion ] (dir > 0) or [ (dir < 0) goes to
// from fromID: the next suggested STATEMENT in reading order, wrapping
// around, as an analyst works through statements with their speaker and
// cue; once no statement is pending, the next suggestion of any label (a
// speaker or cue left when its statement was rejected). "" when none is
// left.
func NextSuggestion(ann *Annotations, fromID string, dir int) string {
	if ann == nil {
		return ""
	}
	spans, from, step := readingCycle(ann, fromID, dir)
	n := len(spans)
	for _, statementsOnly := range []bool{true, false} {
		for k := 1; k <= n; k++ {
			sp := spans[((from+step*k)%n+n)%n]
			if sp.Status != SpanPending || sp.ID == fromID || (statementsOnly && sp.Label != LabelStatement) {
				continue
			}
			return sp.ID
		}
	}
	return ""
}

// readingCycle is the layer's spans in reading order and where a walk
// from fromID goes from: fromID's index, or just before the first span
// (just after the last going back) when fromID is not there; step is -1
// for dir < 0 and +1 otherwise.
func readingCycle(ann *Annotations, fromID string, dir int) (spans []Span, from, step int) {
	spans = slices.Clone(ann.Spans)
	slices.SortStableFunc(spans, readingOrder)
	from, step = -1, 1
	for i, sp := range spans {
		if sp.ID == fromID {
			from = i
		}
	}
	if dir < 0 {
		step = -1
		if from < 0 {
			from = len(spans)
		}
	}
	return spans, from, step
}

// readingOrder sorts spans by start, longer first, then id.
func readingOrder(a, b Span) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	if a.End != b.End {
		return b.End - a.End
	}
	return strings.Compare(a.ID, b.ID)
}

// StatementInfo is what the side panel shows about one statement.
type StatementInfo struct {
	Statement   Span
	Text        string
	Speaker     *Span  // said_by
	SpeakerName string // the speaker's canonical name, following coref; its text if it has none
	Cue         *Span
	Addressees  []Span // addressed_to
	Media       []Span // via
	NestedIn    *Span  // the statement that reports this one
	Nested      []Span // statements reported inside this one
	Claims      []Span // claims part_of this statement
	Stances     []StanceInfo
}

// StanceInfo is one of a statement's stances with its target spelled out.
type StanceInfo struct {
	Stance
	TargetText string
}

// StatementView gathers what the panel shows about statement id: speaker
// (its mention and canonical name following coref), cue, addressees, media,
// the statement it is nested in, its claims and stances. Rejected spans and
// links are left out. The zero StatementInfo means id is not a statement.
func StatementView(doc *Document, ann *Annotations, id string) StatementInfo {
	if doc == nil || ann == nil {
		return StatementInfo{}
	}
	st, ok := findSpan(ann, id)
	if !ok || st.Label != LabelStatement {
		return StatementInfo{}
	}
	info := StatementInfo{Statement: *st, Text: spanText(doc, st)}
	for _, r := range ann.Relations {
		if r.Status == SpanRejected || (r.Head != id && r.Child != id) {
			continue
		}
		other := r.Child
		if r.Child == id {
			other = r.Head
		}
		o, ok := findSpan(ann, other)
		if !ok || o.Status == SpanRejected {
			continue
		}
		sp := *o
		switch {
		case r.Head == id && r.Label == RelSaidBy:
			info.Speaker = &sp
		case r.Head == id && r.Label == RelCue:
			info.Cue = &sp
		case r.Head == id && r.Label == RelAddressedTo:
			info.Addressees = append(info.Addressees, sp)
		case r.Head == id && r.Label == RelVia:
			info.Media = append(info.Media, sp)
		case r.Head == id && r.Label == RelNestedIn:
			info.NestedIn = &sp
		case r.Child == id && r.Label == RelNestedIn:
			info.Nested = append(info.Nested, sp)
		case r.Child == id && r.Label == RelPartOf:
			info.Claims = append(info.Claims, sp)
		}
	}
	if info.Speaker != nil {
		info.SpeakerName = ResolveCanonical(ann.Spans, ann.Relations, info.Speaker.ID)
		if info.SpeakerName == "" {
			info.SpeakerName = spanText(doc, info.Speaker)
		}
	}
	targets := map[string]string{}
	for _, t := range ann.Targets {
		targets[t.ID] = t.Text
	}
	for _, s := range ann.Stances {
		if s.Statement == id {
			info.Stances = append(info.Stances, StanceInfo{Stance: s, TargetText: targets[s.Target]})
		}
	}
	return info
}

// selectedSpan finds the span id in the open document's annotations, or
// says what to open or select first (what: "span", "suggestion").
func selectedSpan(ann *Annotations, id, what string) (*Span, error) {
	if ann == nil {
		return nil, errors.New("open a document first")
	}
	sp, ok := findSpan(ann, id)
	if !ok {
		return nil, errors.New("select a " + what + " first")
	}
	return sp, nil
}

// statement finds the STATEMENT id or says what to select.
func statement(ann *Annotations, id string) (*Span, error) {
	sp, ok := findSpan(ann, id)
	if !ok {
		return nil, errors.New("select a STATEMENT first")
	}
	if sp.Label != LabelStatement {
		return nil, fmt.Errorf("select a STATEMENT first (%s is %s)", id, withArticle(sp.Label))
	}
	return sp, nil
}

// findSpan returns the span with id.
func findSpan(ann *Annotations, id string) (*Span, bool) {
	if id == "" {
		return nil, false
	}
	for i := range ann.Spans {
		if ann.Spans[i].ID == id {
			return &ann.Spans[i], true
		}
	}
	return nil, false
}

// live returns the spans that are not rejected: a rejected suggestion is
// never a link partner.
func live(spans []Span) []Span {
	out := make([]Span, 0, len(spans))
	for _, sp := range spans {
		if sp.Status != SpanRejected {
			out = append(out, sp)
		}
	}
	return out
}

// cloneSpan copies sp with its own attribute map, so an update never
// changes the caller's annotations.
func cloneSpan(sp Span) Span {
	attrs := make(map[string]any, len(sp.Attrs)+1)
	for k, v := range sp.Attrs {
		attrs[k] = v
	}
	sp.Attrs = attrs
	return sp
}

func spanText(doc *Document, sp *Span) string {
	return Slice(doc.Text, sp.Start, sp.End)
}

// withArticle puts "a" or "an" before a label: "an ADDRESSEE", "a CUE".
func withArticle(label string) string {
	if label != "" && strings.ContainsRune("AEIOU", rune(label[0])) {
		return "an " + label
	}
	return "a " + label
}

// clipText shortens a span's text for an edit's summary.
func clipText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}

// spanWords names span id in an edit's summary by its label, as summaries
// are shown to analysts and ids mean nothing to them.
func spanWords(ann *Annotations, id string) string {
	if sp, ok := findSpan(ann, id); ok {
		return "the " + sp.Label
	}
	return "a span"
}

// targetWords names target id in an edit's summary by its text.
func targetWords(ann *Annotations, id string) string {
	for _, t := range ann.Targets {
		if t.ID == id && t.Text != "" {
			return fmt.Sprintf("%q", clipText(t.Text))
		}
	}
	return "the target"
}
