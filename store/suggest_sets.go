package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"newsmark/annotate"
)

// Suggestion sets. A suggest --all writes a document's suggestions as
// their event alone (the compact binary form, bodyAddsV2) and a row of
// suggest_sets naming the event, instead of a row for each suggested span
// and link: storing 83 spans and 63 links an article into six b-trees was
// most of what the run spent writing. The search facets and the document's
// line in its layer's list are written as before.
//
// Nothing outside the store can tell a set from rows:
//   - a read of a layer (stream.go's merger: the window's layer, exports,
//     hand-outs, merges, copies, statistics, agreement) adds the set's
//     spans and links to the rows it reads, in the order the rows would
//     have come back (spans by start, end last first and id; links after
//     the layer's others, as made);
//   - the first edit of the document's layer (applyOps: an analyst's edit,
//     undo, redo, adjudication, an import or merge into it, suggestions
//     stored one by one) first writes the set's spans and links into their
//     tables and deletes its row, in its own transaction, under the
//     layer's lock (materialiseSuggestionSets); a second writer finds the
//     row gone and has nothing to do;
//   - CanonicalNames counts the sets' speakers with the rows'.
//
// A document's suggestions go into a set only when the write would have
// stored them whole as rows: none of their ids is in the layer, every
// link joins one of them to one of them or to a span the layer holds, and
// the layer has no set yet. Its facets and line are what rows would give:
// pending and work added to a line that exists, as for rows; else (a link
// from a span the layer held can change its facets, or the layer has no
// line yet) worked out from the layer's rows and the set together, unless
// they could depend on the order the links are read in (errFacetOrder).
// Anything else is stored as rows, as before.

// suggestionSet is one set's spans and links as a reader gets them.
type suggestionSet struct {
	spans []annotate.Span
	rels  []annotate.Relation
}

// suggestionSetRows decodes a set's event: its spans with their
// attributes' JSON, as the spans table holds it, and its links.
func suggestionSetRows(body []byte, ops, inverse string) (spans []annotate.Span, attrs []string, rels []annotate.Relation, err error) {
	var fwd []annotate.Op
	if len(body) > 0 && body[0] == bodyAddsV2 {
		fwd, attrs, err = decodeAddsAttrs(body[1:], true)
	} else {
		fwd, _, err = decodeEventBody(body, ops, inverse)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	raw := len(body) > 0 && body[0] == bodyAddsV2
	for _, op := range fwd {
		switch {
		case op.Kind == annotate.OpAddSpan && op.Span != nil:
			sp := *op.Span
			if !raw {
				js, err := json.Marshal(nonNil(sp.Attrs))
				if err != nil {
					return nil, nil, nil, err
				}
				attrs = append(attrs, string(js))
			}
			sp.Attrs = nil
			spans = append(spans, sp)
		case op.Kind == annotate.OpAddRelation && op.Relation != nil:
			rels = append(rels, *op.Relation)
		default:
			return nil, nil, nil, fmt.Errorf("a suggestion set holds a %s", op.Kind)
		}
	}
	return spans, attrs, rels, nil
}

// materialiseSuggestionSets writes the spans and links of document seq's
// sets in layer into their tables and deletes the sets' rows. It takes the
// layer's lock first, so two writers racing write a set once: the second
// finds no row. Nothing to do costs one look in an index.
func materialiseSuggestionSets(t *txn, seq int64, layer string) error {
	if has, err := t.exists("SELECT 1 FROM suggest_sets WHERE doc = ? AND layer = ?", seq, layer); err != nil || !has {
		return err
	}
	if err := t.d.lockLayer(t, seq, layer); err != nil {
		return err
	}
	var events []int64
	if err := t.eachRow("DELETE FROM suggest_sets WHERE doc = ? AND layer = ? RETURNING event", []any{seq, layer}, func(r *sql.Rows) error {
		var id int64
		if err := r.Scan(&id); err != nil {
			return err
		}
		events = append(events, id)
		return nil
	}); err != nil {
		return fmt.Errorf("suggestion sets: %w", err)
	}
	slices.Sort(events)
	for _, id := range events {
		var body []byte
		var ops, inverse string
		if err := t.queryRow("SELECT body, ops, inverse FROM events WHERE id = ?", id).Scan(&body, &ops, &inverse); err != nil {
			return fmt.Errorf("suggestion set of event %d: %w", id, err)
		}
		spans, attrs, rels, err := suggestionSetRows(body, ops, inverse)
		if err != nil {
			return fmt.Errorf("suggestion set of event %d: %w", id, err)
		}
		spanArgs := make([]any, 0, spanInsert.cols*len(spans))
		for k, sp := range spans {
			spanArgs = append(spanArgs, seq, layer, sp.ID, sp.Start, sp.End, sp.Label, attrs[k],
				sp.Annotator, sp.Source, sp.Status, sp.Note, sp.Pattern, sp.Confidence, joinNames(sp.AgreedBy))
		}
		relArgs := make([]any, 0, relationInsert.cols*len(rels))
		for _, rel := range rels {
			relArgs = append(relArgs, seq, layer, rel.Label, rel.Head, rel.Child, rel.Source, rel.Status)
		}
		if err := insertRows(t, spanInsert.head, "", spanInsert.cols, spanArgs); err != nil {
			return fmt.Errorf("suggestion set of event %d: %w", id, err)
		}
		if err := insertRows(t, relationInsert.head, "", relationInsert.cols, relArgs); err != nil {
			return fmt.Errorf("suggestion set of event %d: %w", id, err)
		}
	}
	return nil
}

// suggestionSetQuery reads the sets of documents ?1 to ?2 in layer ?3 (""
// for all), in the order of the merger's other cursors and, within a
// layer, as written.
const suggestionSetQuery = `SELECT s.doc, s.layer, e.body, e.ops, e.inverse FROM suggest_sets s JOIN events e ON e.id = s.event
	WHERE s.doc BETWEEN ?1 AND ?2 AND (?3 = '' OR s.layer = ?3) ORDER BY s.doc, s.layer, s.event`

// readSuggestionSet is a set as the merger reads it: its spans as a read
// of the spans table gives them.
func (c *attrCache) readSuggestionSet(body []byte, ops, inverse string) (suggestionSet, error) {
	spans, attrs, rels, err := suggestionSetRows(body, ops, inverse)
	if err != nil {
		return suggestionSet{}, err
	}
	for k := range spans {
		if attrs[k] != "{}" {
			if spans[k].Attrs, err = c.decode(attrs[k]); err != nil {
				return suggestionSet{}, err
			}
		}
	}
	return suggestionSet{spans: spans, rels: rels}, nil
}

// addSuggestionSet adds a set to a layer read from the tables: its spans
// where the spans table's order puts them, its links after the layer's
// others (they were made after them).
func addSuggestionSet(a *annotate.Annotations, set suggestionSet, withRelations bool) {
	a.Spans = append(a.Spans, set.spans...)
	slices.SortFunc(a.Spans, compareSpansAsStored)
	if withRelations {
		a.Relations = append(a.Relations, set.rels...)
	}
}

// compareSpansAsStored is the order a read of the spans table gives a
// layer's spans: by start, the longest first, then by id (byte by byte,
// as both engines compare ids).
func compareSpansAsStored(x, y annotate.Span) int {
	switch {
	case x.Start != y.Start:
		return x.Start - y.Start
	case x.End != y.End:
		return y.End - x.End
	}
	return strings.Compare(x.ID, y.ID)
}

// suggestionSetFits says whether r's suggestions for document seq may be
// stored as a set (see the top of this file), with the layer locked. A
// set the layer has already is written into the tables first, and r then
// goes as rows.
func (s *Store) suggestionSetFits(t *txn, r *suggestionRows, seq int64, layer string) (bool, error) {
	if len(r.spans) == 0 {
		return false, nil
	}
	const q = `SELECT id, 0 FROM spans WHERE doc = ?1 AND layer = ?2 UNION ALL SELECT '', 1 FROM suggest_sets WHERE doc = ?1 AND layer = ?2`
	if err := s.keep(t, q); err != nil {
		return false, err
	}
	have := map[string]bool{}
	hasSet := false
	if err := t.eachRow(q, []any{seq, layer}, func(rows *sql.Rows) error {
		var id string
		var set int
		if err := rows.Scan(&id, &set); err != nil {
			return err
		}
		if set != 0 {
			hasSet = true
		} else {
			have[id] = true
		}
		return nil
	}); err != nil {
		return false, err
	}
	if hasSet {
		return false, materialiseSuggestionSets(t, seq, layer)
	}
	if r.ownLinks {
		// every link joins two of r's spans: it fits unless one of them
		// is the layer's already
		for _, sp := range r.spans {
			if have[sp.ID] {
				return false, nil // stored as rows, it fails as before
			}
		}
		return true, nil
	}
	mine := make(map[string]bool, len(r.spans))
	for _, sp := range r.spans {
		if have[sp.ID] {
			return false, nil // stored as rows, it fails as before
		}
		mine[sp.ID] = true
	}
	for _, rel := range r.rels {
		// a link between two spans the layer had might be there already
		if !(mine[rel.Head] || mine[rel.Child]) || !(mine[rel.Head] || have[rel.Head]) || !(mine[rel.Child] || have[rel.Child]) {
			return false, nil
		}
	}
	return true, nil
}

// errFacetOrder says a layer's facets with a suggestion set could depend on
// the order its links are read in (a span with two coreference links, or a
// statement with two speakers): the set is stored as rows instead, and
// the facets read back from them as before.
var errFacetOrder = errors.New("the facets depend on the links' order")

// facetExtra is a suggestion set's spans and links as layerFacets counts
// them with the layer's rows.
type facetExtra struct {
	spans []annotate.Span
	rels  []annotate.Relation
	// text is the document's text, read when a speaker's words are needed
	text func() (string, error)
}

// facetAttr is attribute key of sp as the engines' JSON text functions
// give it to layerFacets; ok is false for a value that is not a string,
// which the engines turn into text each their own way.
func facetAttr(sp annotate.Span, key string) (v string, ok bool) {
	switch x := sp.Attrs[key].(type) {
	case nil:
		return "", true
	case string:
		return x, true
	}
	return "", false
}

// addSpans adds the set's spans to a as facetSpansQuery reads rows: id,
// label, status, canonical name and check-worthiness, and the words of a
// speaker without a canonical name.
func (x *facetExtra) addSpans(a *annotate.Annotations, mentions map[string]string, line *layerLine) error {
	var runes []rune
	for _, sp := range x.spans {
		canonical, ok1 := facetAttr(sp, "canonical")
		checkworthy, ok2 := facetAttr(sp, "checkworthy")
		if !ok1 || !ok2 {
			return errFacetOrder
		}
		f := annotate.Span{ID: sp.ID, Label: sp.Label, Status: sp.Status}
		if canonical != "" || checkworthy != "" {
			f.Attrs = map[string]any{}
			if canonical != "" {
				f.Attrs["canonical"] = canonical
			}
			if checkworthy != "" {
				f.Attrs["checkworthy"] = checkworthy
			}
		}
		if sp.Label == annotate.LabelSpeaker && canonical == "" {
			if runes == nil {
				text, err := x.text()
				if err != nil {
					return err
				}
				runes = []rune(text)
			}
			if sp.Start < 0 || sp.End > len(runes) || sp.End < sp.Start {
				return errFacetOrder
			}
			if m := string(runes[sp.Start:sp.End]); m != "" {
				mentions[sp.ID] = m
			}
		}
		a.Spans = append(a.Spans, f)
		line.count(sp.Status)
	}
	return nil
}

// addRelations adds the set's said_by and coref links to a, the layer's
// rows' being there already, unless some span then has two of a kind
// (errFacetOrder).
func (x *facetExtra) addRelations(a *annotate.Annotations) error {
	for _, r := range x.rels {
		if r.Label == annotate.RelSaidBy || r.Label == annotate.RelCoref {
			a.Relations = append(a.Relations, annotate.Relation{Label: r.Label, Head: r.Head, Child: r.Child, Status: r.Status})
		}
	}
	type key struct{ label, head string }
	seen := map[key]bool{}
	for _, r := range a.Relations {
		if r.Status == annotate.SpanRejected {
			continue
		}
		k := key{r.Label, r.Head}
		if seen[k] {
			return errFacetOrder
		}
		seen[k] = true
	}
	return nil
}
