package dataset

import (
	"io"
	"strings"

	"newsmark/annotate"
)

// WriteStance writes the stance rows of one document: one JSONL line per
// (statement, target) with the statement's text, its paragraph, speaker
// (canonical name, following coref), cue, quote type, zone, target text,
// stance label and whether it is implicit. With opt.IncludeUnlabeled,
// statements without a stance follow with target, stance and implicit
// null, so every row has the same columns for datasets.load_dataset.
func WriteStance(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	s, err := selectAnnotations(d, a, opt)
	if err != nil {
		return err
	}
	b, err := appendStance(nil, s, opt)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func appendStance(b []byte, s *selection, opt Options) ([]byte, error) {
	has := map[string]bool{}
	for i := range s.stances {
		st := &s.stances[i]
		sp := s.span(st.Statement)
		has[st.Statement] = true
		b = appendStanceRow(b, s, sp, st)
	}
	if opt.IncludeUnlabeled {
		for i := range s.spans {
			sp := &s.spans[i]
			if sp.Label == annotate.LabelStatement && !has[sp.ID] {
				b = appendStanceRow(b, s, sp, nil)
			}
		}
	}
	return b, nil
}

func appendStanceRow(b []byte, s *selection, sp *annotate.Span, st *annotate.Stance) []byte {
	id := s.doc.ID + "#" + sp.ID
	var target *annotate.Target
	if st != nil {
		id += "#" + st.Target
		target = s.target(st.Target)
	}
	speaker, mention := s.speakerOf(sp)
	o := beginObject(b)
	o.str("id", id)
	o.str("doc_id", s.doc.ID)
	o.str("statement_id", sp.ID)
	o.str("text", s.text(sp.Start, sp.End))
	o.str("context", s.paragraph(sp.Start, sp.End))
	nullable(&o, "speaker", speaker)
	nullable(&o, "speaker_mention", mention)
	cue := ""
	if c := s.child(sp.ID, annotate.RelCue); c != nil {
		cue = s.text(c.Start, c.End)
	}
	nullable(&o, "cue", cue)
	qt, _ := sp.Attrs["quote_type"].(string)
	nullable(&o, "quote_type", qt)
	nullable(&o, "zone", s.zoneOf(sp))
	switch {
	case st == nil:
		o.null("target")
		o.null("stance")
		o.null("implicit")
	default:
		t := st.Target
		if target != nil {
			t = target.Text
		}
		o.str("target", t)
		o.str("stance", st.Label)
		o.bool("implicit", st.Implicit)
	}
	b = o.end()
	return append(b, '\n')
}

func nullable(o *object, k, v string) {
	if v == "" {
		o.null(k)
		return
	}
	o.str(k, v)
}

// child returns the span a relation labelled rel leads to from head. It
// looks at every live annotation of the document, not only the labels
// chosen for export, so a stance row keeps its speaker and cue when the
// export is limited to statements.
func (s *selection) child(head, rel string) *annotate.Span {
	live := func(status string) bool {
		return status != annotate.SpanRejected && (status != annotate.SpanPending || s.opt.IncludeSuggestions)
	}
	for _, r := range s.src.Relations {
		if r.Head != head || r.Label != rel || !live(r.Status) {
			continue
		}
		for i := range s.src.Spans {
			if sp := &s.src.Spans[i]; sp.ID == r.Child && live(sp.Status) {
				return sp
			}
		}
	}
	return nil
}

// speakerOf returns who made a statement: the canonical name of its
// said_by speaker, following coref links to the antecedent (a pronoun's
// canonical name is its antecedent's), and the mention as written.
func (s *selection) speakerOf(st *annotate.Span) (canonical, mention string) {
	spk := s.child(st.ID, annotate.RelSaidBy)
	if spk == nil {
		c, _ := st.Attrs["speaker_canonical"].(string)
		return c, ""
	}
	mention = s.text(spk.Start, spk.End)
	seen := map[string]bool{}
	for cur := spk; cur != nil && !seen[cur.ID]; cur = s.child(cur.ID, annotate.RelCoref) {
		seen[cur.ID] = true
		if c, _ := cur.Attrs["canonical"].(string); c != "" {
			return c, mention
		}
		canonical = s.text(cur.Start, cur.End)
	}
	if c, _ := st.Attrs["speaker_canonical"].(string); c != "" {
		return c, mention
	}
	return canonical, mention
}

// zoneOf is a span's zone: its zone attribute, else the zone holding its
// start (the narrowest, so a dateline wins over the body around it).
func (s *selection) zoneOf(sp *annotate.Span) string {
	if z, _ := sp.Attrs["zone"].(string); z != "" {
		return z
	}
	best, width := "", -1
	for _, z := range s.doc.Zones {
		if z.Start <= sp.Start && sp.Start < z.End && (width < 0 || z.End-z.Start < width) {
			best, width = z.Zone, z.End-z.Start
		}
	}
	return best
}

// paragraph is the text of the paragraphs (blocks between blank lines)
// that a range touches.
func (s *selection) paragraph(start, end int) string {
	text := s.doc.Text
	from, to := s.x.UTF8(start), s.x.UTF8(end)
	i := strings.LastIndex(text[:from], "\n\n")
	if i < 0 {
		i = 0
	} else {
		i += 2
	}
	j := strings.Index(text[to:], "\n\n")
	if j < 0 {
		j = len(text)
	} else {
		j += to
	}
	if j < i {
		j = i
	}
	return strings.TrimSpace(text[i:j])
}
