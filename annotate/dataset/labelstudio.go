package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"newsmark/annotate"
)

// Label Studio: the export is a JSON array of tasks (Label Studio's
// uploader takes .json, not .jsonl), each with an integer top-level "id"
// (label-studio-converter reads task['id'], converter.py get_data at
// HumanSignal/label-studio-converter 2ef5400), "data" {text, doc_id, title,
// targets}, one annotation whose "result" holds a "labels" region per span
// (its id the span's id), a per-region "choices" or "textarea" result per
// span attribute (same id, as Label Studio ties per-region controls to a
// region), a per-region "choices" result per stance (control
// "stance_<target id>", values FAVOR, AGAINST, NONE and "implicit") and a
// "relation" result per relation. Pending suggestions go to the task's
// "predictions" with a score, never into its annotations. The labeling
// config that declares every control is written beside the export as
// NAME.config.xml; offsets count code points, as Label Studio's Text tag
// does.

// lsMarker opens every labeling config Newsmark writes, so a later export
// knows the file is its own to replace.
const lsMarker = "<!-- Label Studio labeling config written by Newsmark"

// LabelStudioConfigPath is where a Label Studio export to out writes its
// labeling config: NAME.config.xml beside NAME.json.
func LabelStudioConfigPath(out string) string {
	return strings.TrimSuffix(out, filepath.Ext(out)) + ".config.xml"
}

// checkConfigTarget refuses to replace a file at path that an earlier
// Newsmark export did not write.
func checkConfigTarget(path string) error {
	if err := checkOut(path, false); err != nil {
		return err
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 256)
	n, _ := io.ReadFull(f, head)
	if !bytes.Contains(head[:n], []byte(lsMarker)) {
		return fmt.Errorf("%s exists and was not written by Newsmark; the Label Studio export writes its labeling config there: move it, or name the export differently", path)
	}
	return nil
}

// WriteLabelStudio writes one document as a Label Studio task object (an
// element of the JSON array Export writes), with task id 1.
func WriteLabelStudio(w io.Writer, d *annotate.Document, a *annotate.Annotations, opt Options) error {
	opt.Format = FormatLabelStudio
	return writeOne(w, d, a, opt, appendLabelStudio)
}

// lsAttr describes one span attribute as a Label Studio control.
type lsAttr struct {
	name    string
	kind    string // "choices" or "textarea"
	labels  []string
	choices []string
}

// lsConfig gathers what the labeling config declares.
type lsConfig struct {
	schema    *annotate.Schema
	attrs     map[string]*lsAttr
	targets   map[string]string // id → text
	relations map[string]bool
	labels    map[string]bool
}

func newLSConfig(sch *annotate.Schema) *lsConfig {
	if sch == nil {
		sch = annotate.DefaultSchema()
	}
	return &lsConfig{schema: sch, attrs: map[string]*lsAttr{}, targets: map[string]string{}, relations: map[string]bool{}, labels: map[string]bool{}}
}

// attrDef finds how the schema declares attribute name on label.
func (c *lsConfig) attrDef(label, name string) (annotate.AttrDef, bool) {
	if l, ok := c.schema.Label(label); ok {
		for _, a := range l.Attributes {
			if a.Name == name {
				return a, true
			}
		}
	}
	for _, a := range c.schema.SpanAttributes {
		if a.Name == name {
			return a, true
		}
	}
	return annotate.AttrDef{}, false
}

// lsValue renders an attribute value for a control: choices for a closed
// set or a true/false, text otherwise.
func (c *lsConfig) lsValue(label, name string, v any) (kind string, vals []string) {
	def, known := c.attrDef(label, name)
	switch v := v.(type) {
	case bool:
		return "choices", []string{fmt.Sprint(v)}
	case string:
		if known && def.Type == annotate.AttrChoice {
			return "choices", []string{v}
		}
		return "textarea", []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, fmt.Sprint(e))
		}
		return "textarea", out
	}
	return "textarea", []string{string(appendValue(nil, v))}
}

// use records that a span label carries attribute name with values.
func (c *lsConfig) use(label, name, kind string, vals []string) {
	a := c.attrs[name]
	if a == nil {
		a = &lsAttr{name: name, kind: kind}
		if def, ok := c.attrDef(label, name); ok {
			switch def.Type {
			case annotate.AttrChoice:
				a.choices = slices.Clone(def.Choices)
			case annotate.AttrBool:
				a.choices = []string{"true", "false"}
			}
		}
		c.attrs[name] = a
	}
	if kind == "textarea" {
		a.kind = "textarea" // a value outside a closed set needs a text box
	}
	if !slices.Contains(a.labels, label) {
		a.labels = append(a.labels, label)
	}
	if a.kind == "choices" {
		for _, v := range vals {
			if !slices.Contains(a.choices, v) {
				a.choices = append(a.choices, v)
			}
		}
	}
}

func xmlAttr(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xml is the labeling config: the schema's labels with their colours, the
// relations, and a per-region control for each attribute and target seen.
func (c *lsConfig) xml() []byte {
	var b bytes.Buffer
	b.WriteString("<View>\n")
	b.WriteString("  " + lsMarker + ": give it to the project (Settings › Labeling Interface › Code) that imports the .json beside it. -->\n")
	b.WriteString("  <Labels name=\"label\" toName=\"text\">\n")
	labels := c.schema.LabelNames()
	for _, l := range sortedKeys(c.labels) {
		if !slices.Contains(labels, l) {
			labels = append(labels, l)
		}
	}
	for _, l := range labels {
		col := c.schema.Color(l)
		fmt.Fprintf(&b, "    <Label value=\"%s\" background=\"#%02X%02X%02X\"/>\n", xmlAttr(l), col.R, col.G, col.B)
	}
	b.WriteString("  </Labels>\n")
	rels := []string{}
	for _, r := range c.schema.Relations {
		rels = append(rels, r.Name)
	}
	for _, r := range sortedKeys(c.relations) {
		if !slices.Contains(rels, r) {
			rels = append(rels, r)
		}
	}
	b.WriteString("  <Relations>\n")
	for _, r := range rels {
		fmt.Fprintf(&b, "    <Relation value=\"%s\"/>\n", xmlAttr(r))
	}
	b.WriteString("  </Relations>\n")
	b.WriteString("  <Text name=\"text\" value=\"$text\"/>\n")
	for _, name := range sortedKeys(c.attrs) {
		a := c.attrs[name]
		when := ""
		if len(a.labels) == 1 {
			when = fmt.Sprintf(" whenLabelValue=\"%s\"", xmlAttr(a.labels[0]))
		}
		fmt.Fprintf(&b, "  <View visibleWhen=\"region-selected\"%s>\n    <Header value=\"%s\"/>\n", when, xmlAttr(name))
		if a.kind == "choices" {
			fmt.Fprintf(&b, "    <Choices name=\"%s\" toName=\"text\" perRegion=\"true\"%s showInline=\"true\">\n", xmlAttr(name), when)
			for _, v := range a.choices {
				fmt.Fprintf(&b, "      <Choice value=\"%s\"/>\n", xmlAttr(v))
			}
			b.WriteString("    </Choices>\n")
		} else {
			fmt.Fprintf(&b, "    <TextArea name=\"%s\" toName=\"text\" perRegion=\"true\"%s editable=\"true\"/>\n", xmlAttr(name), when)
		}
		b.WriteString("  </View>\n")
	}
	for _, id := range sortedKeys(c.targets) {
		fmt.Fprintf(&b, "  <View visibleWhen=\"region-selected\" whenLabelValue=\"%s\">\n", annotate.LabelStatement)
		fmt.Fprintf(&b, "    <Header value=\"Stance toward %s: %s\"/>\n", xmlAttr(id), xmlAttr(c.targets[id]))
		fmt.Fprintf(&b, "    <Choices name=\"%s\" toName=\"text\" perRegion=\"true\" whenLabelValue=\"%s\" choice=\"multiple\" showInline=\"true\">\n", xmlAttr(lsStancePrefix+id), annotate.LabelStatement)
		for _, v := range append(slices.Clone(c.schema.Stance.Labels), lsImplicit) {
			fmt.Fprintf(&b, "      <Choice value=\"%s\"/>\n", xmlAttr(v))
		}
		b.WriteString("    </Choices>\n  </View>\n")
	}
	b.WriteString("</View>\n")
	return b.Bytes()
}

// lsStancePrefix names a target's stance control; lsImplicit is the choice
// that marks an implicit stance.
const (
	lsStancePrefix = "stance_"
	lsImplicit     = "implicit"
)

// appendRegion writes a labels region and its attributes' per-region
// results for one span.
func appendRegion(b []byte, s *selection, sp *annotate.Span, conf *lsConfig, first *bool, score bool) []byte {
	sep := func() {
		if !*first {
			b = append(b, ", "...)
		}
		*first = false
	}
	region := func(fromName, typ string, value func(v *object)) {
		sep()
		r := beginObject(b)
		r.str("id", sp.ID)
		r.str("from_name", fromName)
		r.str("to_name", "text")
		r.str("type", typ)
		r.key("value")
		v := beginObject(r.b)
		v.int("start", s.off(sp.Start))
		v.int("end", s.off(sp.End))
		value(&v)
		r.b = v.end()
		if score {
			r.key("score")
			r.b = appendFloat(r.b, sp.Confidence)
		}
		if sp.Status == annotate.SpanPending {
			r.str("origin", "prediction")
		} else {
			r.str("origin", "manual")
		}
		b = r.end()
	}
	region("label", "labels", func(v *object) {
		v.str("text", s.text(sp.Start, sp.End))
		v.value("labels", []string{sp.Label})
	})
	conf.labels[sp.Label] = true
	attrs := sp.Attrs
	if sp.Note != "" {
		attrs = map[string]any{}
		for k, v := range sp.Attrs {
			attrs[k] = v
		}
		attrs["note"] = sp.Note
	}
	for _, k := range sortedKeys(attrs) {
		kind, vals := conf.lsValue(sp.Label, k, attrs[k])
		conf.use(sp.Label, k, kind, vals)
		region(k, kind, func(v *object) {
			if kind == "choices" {
				v.value("choices", vals)
			} else {
				v.value("text", vals)
			}
		})
	}
	return b
}

func appendLabelStudio(b []byte, s *selection) []byte {
	conf := (*lsConfig)(nil)
	id := 1
	if s.state != nil {
		conf = s.state.ls
		s.state.lsTasks++
		id = s.state.lsTasks
	}
	if conf == nil {
		conf = newLSConfig(nil)
	}
	o := beginObject(b)
	o.int("id", id)
	o.key("data")
	data := beginObject(o.b)
	data.str("text", s.doc.Text)
	data.str("doc_id", s.doc.ID)
	data.optStr("title", s.doc.Meta.Title)
	data.str("offset_unit", s.unit)
	if len(s.targets) > 0 {
		data.array("targets", len(s.targets), func(b []byte, i int) []byte {
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
	if len(s.labels) > 0 {
		data.key("doc_labels")
		data.b = appendObject(data.b, s.labels)
	}
	o.b = data.end()

	pending := map[string]bool{}
	var model string
	var scoreSum float64
	nPending := 0
	for i := range s.spans {
		if sp := &s.spans[i]; sp.Status == annotate.SpanPending {
			pending[sp.ID] = true
			nPending++
			scoreSum += sp.Confidence
			if model == "" {
				model = sp.Source
			} else if model != sp.Source {
				model = "newsmark"
			}
		}
	}
	relation := func(b []byte, first *bool, r annotate.Relation) []byte {
		if !*first {
			b = append(b, ", "...)
		}
		*first = false
		conf.relations[r.Label] = true
		ro := beginObject(b)
		ro.str("type", "relation")
		ro.str("from_id", r.Head)
		ro.str("to_id", r.Child)
		ro.str("direction", "right")
		ro.value("labels", []string{r.Label})
		return ro.end()
	}

	o.key("annotations")
	o.b = append(o.b, "[{\"result\": ["...)
	first := true
	for i := range s.spans {
		if sp := &s.spans[i]; !pending[sp.ID] {
			o.b = appendRegion(o.b, s, sp, conf, &first, false)
		}
	}
	for _, st := range s.stances {
		sp := s.span(st.Statement)
		if sp == nil || pending[sp.ID] {
			continue
		}
		t := s.target(st.Target)
		text := st.Target
		if t != nil {
			text = t.Text
		}
		conf.targets[st.Target] = text
		if !first {
			o.b = append(o.b, ", "...)
		}
		first = false
		r := beginObject(o.b)
		r.str("id", sp.ID)
		r.str("from_name", lsStancePrefix+st.Target)
		r.str("to_name", "text")
		r.str("type", "choices")
		r.key("value")
		v := beginObject(r.b)
		v.int("start", s.off(sp.Start))
		v.int("end", s.off(sp.End))
		vals := []string{st.Label}
		if st.Implicit {
			vals = append(vals, lsImplicit)
		}
		v.value("choices", vals)
		r.b = v.end()
		o.b = r.end()
	}
	for _, r := range s.relations {
		if !pending[r.Head] && !pending[r.Child] {
			o.b = relation(o.b, &first, r)
		}
	}
	o.b = append(o.b, "]}]"...)

	if nPending > 0 {
		o.key("predictions")
		o.b = append(o.b, "[{"...)
		p := object{b: o.b, first: true}
		p.str("model_version", model)
		p.key("score")
		p.b = appendFloat(p.b, scoreSum/float64(nPending))
		p.key("result")
		p.b = append(p.b, '[')
		first := true
		for i := range s.spans {
			if sp := &s.spans[i]; pending[sp.ID] {
				p.b = appendRegion(p.b, s, sp, conf, &first, true)
			}
		}
		for _, r := range s.relations {
			switch {
			case pending[r.Head] && pending[r.Child]:
				p.b = relation(p.b, &first, r)
			case pending[r.Head] || pending[r.Child]:
				if s.state != nil {
					s.state.relationsLeftOut++
				}
			}
		}
		p.b = append(p.b, "]}]"...)
		o.b = p.b
	}
	return o.end()
}
