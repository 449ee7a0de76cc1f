package dataset

import (
	"io"

	"newsmark/annotate"
)

// WriteDoccano writes one document as a doccano sequence-labeling line with
// relations: text, entities {id, label, start_offset, end_offset} and
// relations {id, from_id, to_id, type}, entity ids numbered in span order.
func WriteDoccano(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	return writeOne(w, d, a, opt, appendDoccano)
}

func appendDoccano(b []byte, s *selection) []byte {
	o := beginObject(b)
	o.str("doc_id", s.doc.ID)
	o.str("text", s.doc.Text)
	o.array("entities", len(s.spans), func(b []byte, i int) []byte {
		sp := &s.spans[i]
		e := beginObject(b)
		e.int("id", i)
		e.str("label", sp.Label)
		e.int("start_offset", s.off(sp.Start))
		e.int("end_offset", s.off(sp.End))
		if sp.Status == annotate.SpanPending {
			e.str("status", sp.Status)
		}
		return e.end()
	})
	o.array("relations", len(s.relations), func(b []byte, i int) []byte {
		r := s.relations[i]
		ro := beginObject(b)
		ro.int("id", i)
		ro.int("from_id", s.byID[r.Head])
		ro.int("to_id", s.byID[r.Child])
		ro.str("type", r.Label)
		return ro.end()
	})
	o.str("offset_unit", s.unit)
	b = o.end()
	return append(b, '\n')
}

// WriteSpacy writes one document for spaCy's span categorizer: the text and
// {"spans": {"sc": [[start, end, label], …]}} in characters, which
// doc.char_span turns into doc.spans["sc"] (see SPACY.md). Pending
// suggestions, when included, go to their own group "sc_pending".
func WriteSpacy(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
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

// WriteLabelStudio writes one document as a Label Studio task object (an
// element of the JSON array Export writes): data {text, id} and one
// annotation whose result holds a "labels" region per span and a
// "relation" per relation. Pending suggestions are marked origin
// "prediction".
func WriteLabelStudio(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	return writeOne(w, d, a, opt, appendLabelStudio)
}

func appendLabelStudio(b []byte, s *selection) []byte {
	o := beginObject(b)
	o.key("data")
	data := beginObject(o.b)
	data.str("text", s.doc.Text)
	data.str("id", s.doc.ID)
	data.optStr("title", s.doc.Meta.Title)
	data.str("offset_unit", s.unit)
	o.b = data.end()
	o.key("annotations")
	o.b = append(o.b, "[{\"result\": ["...)
	n := 0
	next := func() {
		if n > 0 {
			o.b = append(o.b, ", "...)
		}
		n++
	}
	for i := range s.spans {
		sp := &s.spans[i]
		next()
		r := beginObject(o.b)
		r.str("id", sp.ID)
		r.str("from_name", "label")
		r.str("to_name", "text")
		r.str("type", "labels")
		r.key("value")
		v := beginObject(r.b)
		v.int("start", s.off(sp.Start))
		v.int("end", s.off(sp.End))
		v.str("text", s.text(sp.Start, sp.End))
		v.value("labels", []string{sp.Label})
		r.b = v.end()
		if sp.Status == annotate.SpanPending {
			r.str("origin", "prediction")
		} else {
			r.str("origin", "manual")
		}
		o.b = r.end()
	}
	for _, rel := range s.relations {
		next()
		r := beginObject(o.b)
		r.str("type", "relation")
		r.str("from_id", rel.Head)
		r.str("to_id", rel.Child)
		r.str("direction", "right")
		r.value("labels", []string{rel.Label})
		o.b = r.end()
	}
	o.b = append(o.b, "]}]"...)
	return o.end()
}
