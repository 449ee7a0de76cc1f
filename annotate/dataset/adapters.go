package dataset

import (
	"io"
	"slices"
	"sort"

	"newsmark/annotate"
)

// WriteDoccano writes one document as a doccano line for a "Sequence
// Labeling" project with "Use relation labeling" ticked: text, entities
// {id, label, start_offset, end_offset} and relations {id, from_id, to_id,
// type}, offsets in UTF-16 code units as doccano's annotation view counts.
// The same spans also go in "label" as [start, end, label] triples, which
// is what a plain sequence-labelling project reads. Spans that overlap one
// already written (and empty ones) are left out of both, since doccano's
// default project drops overlapping spans and then fails on any relation
// to them; they, the span attributes, stance, targets and document labels
// ride in the "newsmark" key, which doccano keeps as the example's
// metadata and exports back. Pending suggestions are never written.
func WriteDoccano(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	opt.Format = FormatDoccano
	return writeOne(w, d, a, opt, appendDoccano)
}

// labelRank orders labels for choosing which of two overlapping spans
// doccano gets: the default schema's order (statements, speakers and cues
// first), then any other label.
var labelRank = func() map[string]int {
	m := map[string]int{}
	for i, l := range annotate.DefaultSchema().LabelNames() {
		m[l] = i
	}
	return m
}()

// doccanoEntities picks the spans written as doccano entities: none empty,
// none overlapping another (unless opt.Overlapping), in reading order.
func doccanoEntities(s *selection) (in []int, out []int) {
	if s.opt.Overlapping {
		for i := range s.spans {
			if s.spans[i].End > s.spans[i].Start {
				in = append(in, i)
			} else {
				out = append(out, i)
			}
		}
		return in, out
	}
	order := make([]int, len(s.spans))
	for i := range order {
		order[i] = i
	}
	rank := func(l string) int {
		if r, ok := labelRank[l]; ok {
			return r
		}
		return len(labelRank)
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := &s.spans[order[a]], &s.spans[order[b]]
		if rank(x.Label) != rank(y.Label) {
			return rank(x.Label) < rank(y.Label)
		}
		return x.Start < y.Start
	})
	var taken [][2]int
	for _, i := range order {
		sp := &s.spans[i]
		ok := sp.End > sp.Start
		for _, t := range taken {
			if ok && sp.Start < t[1] && t[0] < sp.End {
				ok = false
			}
		}
		if ok {
			taken = append(taken, [2]int{sp.Start, sp.End})
			in = append(in, i)
		} else {
			out = append(out, i)
		}
	}
	slices.Sort(in)
	slices.Sort(out)
	return in, out
}

func appendDoccano(b []byte, s *selection) []byte {
	in, out := doccanoEntities(s)
	if s.state != nil {
		s.state.spansToMeta += len(out)
	}
	entity := make(map[string]int, len(in))
	for k, i := range in {
		entity[s.spans[i].ID] = k
	}
	var rels []annotate.Relation
	var metaRels []annotate.Relation
	for _, r := range s.relations {
		_, h := entity[r.Head]
		_, c := entity[r.Child]
		if h && c {
			rels = append(rels, r)
		} else {
			metaRels = append(metaRels, r)
		}
	}
	o := beginObject(b)
	o.str("text", s.doc.Text)
	o.array("entities", len(in), func(b []byte, k int) []byte {
		sp := &s.spans[in[k]]
		e := beginObject(b)
		e.int("id", k)
		e.str("label", sp.Label)
		e.int("start_offset", s.off(sp.Start))
		e.int("end_offset", s.off(sp.End))
		return e.end()
	})
	o.array("relations", len(rels), func(b []byte, k int) []byte {
		r := rels[k]
		ro := beginObject(b)
		ro.int("id", k)
		ro.int("from_id", entity[r.Head])
		ro.int("to_id", entity[r.Child])
		ro.str("type", r.Label)
		return ro.end()
	})
	o.array("label", len(in), func(b []byte, k int) []byte {
		sp := &s.spans[in[k]]
		b = append(b, '[')
		b = appendValue(b, s.off(sp.Start))
		b = append(b, ", "...)
		b = appendValue(b, s.off(sp.End))
		b = append(b, ", "...)
		b = appendString(b, sp.Label)
		return append(b, ']')
	})
	o.str("doc_id", s.doc.ID)
	o.str("offset_unit", s.unit)
	left := map[int]bool{}
	for _, i := range out {
		left[i] = true
	}
	var keep []int // spans the metadata describes: left out, or with attributes
	for i := range s.spans {
		if left[i] || len(s.spans[i].Attrs) > 0 || s.spans[i].Note != "" {
			keep = append(keep, i)
		}
	}
	if len(keep) > 0 || len(metaRels) > 0 || len(s.stances) > 0 || len(s.labels) > 0 {
		o.key("newsmark")
		m := beginObject(o.b)
		if len(keep) > 0 {
			m.array("spans", len(keep), func(b []byte, k int) []byte {
				sp := &s.spans[keep[k]]
				so := beginObject(b)
				so.str("id", sp.ID)
				so.int("start", s.off(sp.Start))
				so.int("end", s.off(sp.End))
				so.str("label", sp.Label)
				so.str("text", s.text(sp.Start, sp.End))
				if len(sp.Attrs) > 0 {
					so.key("attrs")
					so.b = appendObject(so.b, sp.Attrs)
				}
				so.optStr("note", sp.Note)
				if left[keep[k]] {
					so.bool("left_out", true)
				}
				return so.end()
			})
		}
		if len(metaRels) > 0 {
			m.array("relations", len(metaRels), func(b []byte, k int) []byte {
				r := metaRels[k]
				ro := beginObject(b)
				ro.str("label", r.Label)
				ro.str("head", r.Head)
				ro.str("child", r.Child)
				ro.key("head_span")
				ro.b = appendSpanRef(ro.b, s, s.span(r.Head))
				ro.key("child_span")
				ro.b = appendSpanRef(ro.b, s, s.span(r.Child))
				return ro.end()
			})
		}
		appendStanceParts(&m, s, true)
		m.b = m.end()
		o.b = m.b
	}
	b = o.end()
	return append(b, '\n')
}

// appendStanceParts adds targets, stance (each statement also named by its
// range, for formats whose tools renumber spans) and document labels.
func appendStanceParts(o *object, s *selection, withRange bool) {
	if len(s.targets) > 0 {
		o.array("targets", len(s.targets), func(b []byte, i int) []byte {
			t := s.targets[i]
			to := beginObject(b)
			to.str("id", t.ID)
			to.str("text", t.Text)
			to.optStr("kind", t.Kind)
			if t.DocID != "" {
				to.bool("document", true)
			}
			return to.end()
		})
	}
	if len(s.stances) > 0 {
		o.array("stance", len(s.stances), func(b []byte, i int) []byte {
			st := s.stances[i]
			so := beginObject(b)
			so.str("statement", st.Statement)
			if sp := s.span(st.Statement); withRange && sp != nil {
				so.key("statement_span")
				so.b = appendSpanRef(so.b, s, sp)
			}
			so.str("target", st.Target)
			so.str("label", st.Label)
			so.bool("implicit", st.Implicit)
			if ev := st.Evidence; ev != nil {
				so.key("evidence")
				eo := beginObject(so.b)
				eo.int("start", s.off(ev.Start))
				eo.int("end", s.off(ev.End))
				eo.str("text", s.text(ev.Start, ev.End))
				so.b = eo.end()
			}
			so.optStr("annotator", st.Annotator)
			return so.end()
		})
	}
	if len(s.labels) > 0 {
		o.key("doc_labels")
		o.b = appendObject(o.b, s.labels)
	}
}

// WriteSpacy writes one document for spaCy's span categorizer: the text and
// {"spans": {"sc": [[start, end, label], …]}} in characters, which
// doc.char_span turns into doc.spans["sc"] (see the README). Pending
// suggestions, when included, go to their own group "sc_pending".
func WriteSpacy(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	opt.Format = FormatSpacy
	return writeOne(w, d, a, opt, appendSpacy)
}

func appendSpacy(b []byte, s *selection) []byte {
	o := beginObject(b)
	o.str("id", s.doc.ID)
	o.str("text", s.doc.Text)
	o.key("spans")
	groups := beginObject(o.b)
	for _, g := range []struct {
		key     string
		pending bool
	}{{"sc", false}, {"sc_pending", true}} {
		n := 0
		for i := range s.spans {
			sp := &s.spans[i]
			if (sp.Status == annotate.SpanPending) != g.pending {
				continue
			}
			if n == 0 {
				groups.key(g.key)
				groups.b = append(groups.b, '[')
			} else {
				groups.b = append(groups.b, ", "...)
			}
			n++
			groups.b = append(groups.b, '[')
			groups.b = appendValue(groups.b, s.off(sp.Start))
			groups.b = append(groups.b, ", "...)
			groups.b = appendValue(groups.b, s.off(sp.End))
			groups.b = append(groups.b, ", "...)
			groups.b = appendString(groups.b, sp.Label)
			groups.b = append(groups.b, ']')
		}
		if n > 0 {
			groups.b = append(groups.b, ']')
		} else if !g.pending {
			groups.key(g.key)
			groups.b = append(groups.b, "[]"...)
		}
	}
	o.b = groups.end()
	o.str("offset_unit", s.unit)
	b = o.end()
	return append(b, '\n')
}
