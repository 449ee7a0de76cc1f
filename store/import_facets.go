package store

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"newsmark/annotate"
	"newsmark/annotate/search"
)

// An imported document's layer is written once, by one import edit, into
// a document just stored: what the layer holds is then exactly what the
// edit did, so its search facets and list line are computed from the edit
// instead of read back from the tables (five queries and a scan of the
// facets a document, half of an import's writing). A layer the edit
// cannot describe alone (an operation other than adding, a span attribute
// the facets read that is not text, relations whose order would decide a
// speaker) is read back as every other write's is (refreshFacets).

// freshLayer is a layer's content as one import edit left it, in what
// layerFacets reads of it.
type freshLayer struct {
	a        annotate.Annotations
	mentions map[string]string // a speaker span's words, when it has no canonical name
	targets  map[string]string // target id → text, of the stances' targets
	line     layerLine
}

// importedFacets is the layer an import edit's operations (as applied)
// left in a document just stored, when they alone say what its facets are.
func importedFacets(k known, kind string, ops []annotate.Op) (freshLayer, bool) {
	if kind != "import" || !k.fresh || k.text == nil {
		return freshLayer{}, false
	}
	return importedLayer(ops, *k.text, k.targets)
}

// importedLayer describes the layer that ops (an import edit's operations
// as applied) left in a document whose text is text and whose layer held
// nothing before; targets maps the ids of the targets the edit's stances
// point to their text. ok is false when the edit alone does not say what
// the facets would read.
func importedLayer(ops []annotate.Op, text string, targets map[string]string) (l freshLayer, ok bool) {
	l.mentions = map[string]string{}
	l.targets = map[string]string{}
	spans := 0
	for _, op := range ops {
		if op.Kind == annotate.OpAddSpan {
			spans++
		}
	}
	l.a.Spans = make([]annotate.Span, 0, spans) // not grown by doubling: a span is a large struct
	stanceAt := map[[2]string]int{}
	labels := map[string]bool{}
	heads := map[[2]string]bool{}
	status := annotate.StatusTodo
	for _, op := range ops {
		switch op.Kind {
		case annotate.OpAddSpan:
			sp := annotate.Span{ID: op.Span.ID, Start: op.Span.Start, End: op.Span.End, Label: op.Span.Label, Status: op.Span.Status}
			for _, key := range []string{"canonical", "checkworthy"} {
				v, has := op.Span.Attrs[key]
				if !has || v == nil {
					continue
				}
				s, isText := v.(string)
				if !isText {
					return l, false // the tables hold it as JSON; read it back as such
				}
				if s != "" {
					if sp.Attrs == nil {
						sp.Attrs = map[string]any{}
					}
					sp.Attrs[key] = s
				}
			}
			if sp.Label == annotate.LabelSpeaker && sp.Attrs["canonical"] == nil {
				if m := annotate.Slice(text, sp.Start, sp.End); m != "" {
					l.mentions[sp.ID] = m
				}
			}
			l.line.count(sp.Status)
			l.a.Spans = append(l.a.Spans, sp)
		case annotate.OpAddRelation:
			r := op.Relation
			if r.Label != annotate.RelSaidBy && r.Label != annotate.RelCoref {
				continue
			}
			// Of two said_by (or coref) links from one span, the one the
			// facets follow depends on the order the tables return them.
			key := [2]string{r.Label, r.Head}
			if heads[key] {
				return l, false
			}
			heads[key] = true
			l.a.Relations = append(l.a.Relations, annotate.Relation{Label: r.Label, Head: r.Head, Child: r.Child, Status: r.Status})
		case annotate.OpSetStance:
			st := op.Stance
			text, known := targets[st.Target]
			if !known {
				return l, false
			}
			l.targets[st.Target] = text
			s := annotate.Stance{Statement: st.Statement, Target: st.Target, Label: st.Label}
			if i, again := stanceAt[[2]string{st.Statement, st.Target}]; again {
				l.a.Stances[i] = s // the store keeps the last
				continue
			}
			stanceAt[[2]string{st.Statement, st.Target}] = len(l.a.Stances)
			l.a.Stances = append(l.a.Stances, s)
		case annotate.OpSetDocLabel:
			labels[op.Key] = len(op.Value) > 0 && string(op.Value) != "null"
		case annotate.OpSetStatus:
			status = op.Status
		default:
			return l, false
		}
	}
	// The order the spans table keeps them in.
	sort.Slice(l.a.Spans, func(i, j int) bool {
		a, b := l.a.Spans[i], l.a.Spans[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.ID < b.ID
	})
	for _, has := range labels {
		if has {
			l.a.DocLabels = map[string]any{"": true}
			break
		}
	}
	l.a.Status = status
	l.line.status = string(status)
	return l, true
}

// layerFacetRows are the facets and list line of an imported layer, to be
// written with the other documents' of a slice (adder.flush).
type layerFacetRows struct {
	seq    int64
	layer  string
	line   layerLine
	facets []search.Facet
}

// rows computes what l says of document seq's layer.
func (l *freshLayer) rows(seq int64, layer string) layerFacetRows {
	return layerFacetRows{seq: seq, layer: layer, line: l.line,
		facets: search.Facets(&l.a, l.targets, func(sp annotate.Span) string { return l.mentions[sp.ID] })}
}

// rowShapes are the numbers of rows, from 32 up, that one many-row INSERT
// of insertRows takes: longer runs are cut into the largest that fit, and
// what is left under 32 goes in one statement of its own size. A few dozen
// statement texts then serve every count (a document's ten spans in one,
// a slice's thousands of facets in a few), and a bulk job prepares each
// once (txn.keeper) instead of a new text for each slice's count. 128
// rows of up to 14 values stay within every engine's limit of parameters.
var rowShapes = []int{128, 64, 32}

// insertRows runs INSERT head VALUES (…), (…)… tail for args, n values a
// row, up to 128 rows a statement.
func insertRows(t *txn, head, tail string, n int, args []any) error {
	row := "(" + strings.Repeat("?, ", n-1) + "?)"
	for len(args) > 0 {
		rows := len(args) / n
		size := rows
		for _, s := range rowShapes {
			if s <= rows {
				size = s
				break
			}
		}
		if _, err := t.exec(insertQuery(head, row, tail, size), args[:size*n]...); err != nil {
			return err
		}
		args = args[size*n:]
	}
	return nil
}

// writeImportedFacets writes the facets and list lines of a slice's
// imported layers (none of which had any), the facets in the order of
// their table's key.
func writeImportedFacets(t *txn, layers []layerFacetRows) error {
	lines := make([]any, 0, 5*len(layers))
	type facetRow struct {
		layer string
		f     search.Facet
		seq   int64
	}
	n := 0
	for _, l := range layers {
		n += len(l.facets)
	}
	facets := make([]facetRow, 0, n) // a slice's thousands, sized once
	for _, l := range layers {
		lines = append(lines, l.seq, l.layer, l.line.status, l.line.spans, l.line.pending)
		for _, f := range l.facets {
			facets = append(facets, facetRow{l.layer, f, l.seq})
		}
	}
	if err := insertRows(t, "INSERT INTO layer_summary(doc, layer, status, spans, pending)",
		" ON CONFLICT(layer, doc) DO UPDATE SET status = excluded.status, spans = excluded.spans, pending = excluded.pending", 5, lines); err != nil {
		return fmt.Errorf("document list lines: %w", err)
	}
	slices.SortFunc(facets, func(a, b facetRow) int {
		return cmp.Or(strings.Compare(a.layer, b.layer), strings.Compare(a.f.Kind, b.f.Kind),
			strings.Compare(a.f.Value, b.f.Value), cmp.Compare(a.seq, b.seq))
	})
	args := make([]any, 0, 4*len(facets))
	for _, f := range facets {
		args = append(args, f.layer, f.f.Kind, f.f.Value, f.seq)
	}
	if err := insertRows(t, "INSERT INTO search_facets(layer, facet, value, doc)", "", 4, args); err != nil {
		return fmt.Errorf("search facets: %w", err)
	}
	return nil
}
