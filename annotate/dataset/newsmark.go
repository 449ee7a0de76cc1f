package dataset

import (
	"io"

	"newsmark/annotate"
)

// metaKeysWritten are the meta keys the newsmark format writes itself;
// unknown keys kept from an import are written after them, sorted, unless
// they collide with one of these.
var metaKeysWritten = map[string]bool{"schema": true, "offset_unit": true, "source_file": true, "title": true,
	"byline": true, "published": true, "outlet": true, "wire": true, "language": true, "url": true,
	"removed": true, "annotators": true, "status": true, "layer": true}

// WriteNewsmark writes one document as a newsmark/1 JSONL line: text, meta,
// zones, spans with their text, relations with both spans inline, targets,
// stance with evidence, and document labels. Fields without a value are
// left out.
func WriteNewsmark(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	return writeOne(w, d, a, opt, appendNewsmark)
}

// writeOne selects what opt asks for in one document and writes it as one
// record of a format.
func writeOne(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options, format func([]byte, *selection) []byte) error {
	s, err := selectAnnotations(d, a, opt)
	if err != nil {
		return err
	}
	_, err = w.Write(format(nil, s))
	return err
}

func appendNewsmark(b []byte, s *selection) []byte {
	d := s.doc
	o := beginObject(b)
	o.str("id", d.ID)
	o.str("text", d.Text)

	o.key("meta")
	m := beginObject(o.b)
	m.str("schema", annotate.SchemaName)
	m.str("offset_unit", s.unit)
	m.optStr("source_file", d.Meta.SourceFile)
	m.optStr("title", d.Meta.Title)
	m.optStr("byline", d.Meta.Byline)
	m.optStr("published", d.Meta.Published)
	m.optStr("outlet", d.Meta.Outlet)
	m.optStr("wire", d.Meta.Wire)
	m.optStr("language", d.Meta.Language)
	m.optStr("url", d.Meta.URL)
	if len(d.Meta.Removed) > 0 {
		m.value("removed", d.Meta.Removed)
	}
	if ann := s.annotators(); len(ann) > 0 {
		m.value("annotators", ann)
	}
	// Where the analysts' work stands, so a re-imported project resumes it.
	m.optStr("status", string(d.Status))
	// Whose work this is: an analyst's layer, or gold. Imported again, the
	// record goes back to that layer.
	m.optStr("layer", s.src.Layer)
	for _, k := range sortedKeys(d.Meta.Extra) {
		if !metaKeysWritten[k] {
			m.value(k, d.Meta.Extra[k])
		}
	}
	o.b = m.end()

	if len(d.Zones) > 0 {
		o.array("zones", len(d.Zones), func(b []byte, i int) []byte {
			z := d.Zones[i]
			zo := beginObject(b)
			zo.str("zone", z.Zone)
			zo.int("start", s.off(z.Start))
			zo.int("end", s.off(z.End))
			zo.str("text", s.text(z.Start, z.End))
			return zo.end()
		})
	}

	o.array("spans", len(s.spans), func(b []byte, i int) []byte {
		return appendSpan(b, s, &s.spans[i])
	})

	o.array("relations", len(s.relations), func(b []byte, i int) []byte {
		r := s.relations[i]
		ro := beginObject(b)
		ro.str("label", r.Label)
		ro.str("head", r.Head)
		ro.str("child", r.Child)
		ro.key("head_span")
		ro.b = appendSpanRef(ro.b, s, s.span(r.Head))
		ro.key("child_span")
		ro.b = appendSpanRef(ro.b, s, s.span(r.Child))
		ro.optStr("source", r.Source)
		ro.optStr("status", r.Status)
		return ro.end()
	})

	if len(s.targets) > 0 {
		o.array("targets", len(s.targets), func(b []byte, i int) []byte {
			t := s.targets[i]
			to := beginObject(b)
			to.str("id", t.ID)
			to.str("text", t.Text)
			to.optStr("kind", t.Kind)
			return to.end()
		})
	}

	if len(s.stances) > 0 {
		o.array("stance", len(s.stances), func(b []byte, i int) []byte {
			st := s.stances[i]
			so := beginObject(b)
			so.str("statement", st.Statement)
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
	b = o.end()
	return append(b, '\n')
}

// appendSpan writes a span with its text and everything known about it.
func appendSpan(b []byte, s *selection, sp *annotate.Span) []byte {
	o := beginObject(b)
	o.str("id", sp.ID)
	o.int("start", s.off(sp.Start))
	o.int("end", s.off(sp.End))
	o.str("label", sp.Label)
	o.str("text", s.text(sp.Start, sp.End))
	if len(sp.Attrs) > 0 {
		o.key("attrs")
		o.b = appendObject(o.b, sp.Attrs)
	}
	o.optStr("annotator", sp.Annotator)
	o.optStr("source", sp.Source)
	o.optStr("status", sp.Status)
	o.optStr("note", sp.Note)
	o.optStr("pattern", sp.Pattern)
	if sp.Confidence != 0 {
		o.key("confidence")
		o.b = appendFloat(o.b, sp.Confidence)
	}
	if len(sp.AgreedBy) > 0 {
		// Gold's provenance: the analysts whose version this is.
		o.value("agreed_by", sp.AgreedBy)
	}
	return o.end()
}

// appendSpanRef writes a relation end's start, end and label.
func appendSpanRef(b []byte, s *selection, sp *annotate.Span) []byte {
	o := beginObject(b)
	o.int("start", s.off(sp.Start))
	o.int("end", s.off(sp.End))
	o.str("label", sp.Label)
	return o.end()
}
