package app

import (
	"encoding/json"
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
)

// noChoice is the choice that clears a choice attribute.
const noChoice = "—"

// annotationPanel is the right pane: the label buttons with their keys, the
// selected span with its attributes and links, its stance, the document's
// labels and status, and the speakers and spans lists.
type annotationPanel struct {
	ctl     *Controller
	content fyne.CanvasObject

	labels    *fyne.Container // a button per label, with its key
	buttons   []*widget.Button
	spanTitle *widget.Label
	// stanceLine says the selected statement's stance, above the scrolled
	// part, so F, A and N show at once where the analyst looks.
	stanceLine *widget.Label
	attrs      *fyne.Container
	links      *fyne.Container
	stance     *stancePanel
	docFields  *fyne.Container
	status     *widget.Select
	speakers   *speakerPanel
	scroll     *container.Scroll

	pickSpeaker func()
	// built is what the attribute and link widgets were built for, so a
	// refresh that changes nothing leaves a field being typed in alone.
	built      panelState
	builtDoc   string // the document and labels the fields show
	syncStatus bool
}

func newAnnotationPanel(ctl *Controller, pickSpeaker func(), chooseTarget func(label string)) *annotationPanel {
	p := &annotationPanel{ctl: ctl, pickSpeaker: pickSpeaker}
	p.spanTitle = widget.NewLabel(noSpanText)
	p.spanTitle.Wrapping = fyne.TextWrapWord
	p.stanceLine = widget.NewLabel("")
	p.stanceLine.Wrapping = fyne.TextWrapWord
	p.stanceLine.TextStyle.Bold = true
	p.stanceLine.Hide()
	p.attrs = container.NewVBox()
	p.links = container.NewVBox()
	p.stance = newStancePanel(ctl, chooseTarget)
	p.docFields = container.NewVBox()
	p.status = widget.NewSelect([]string{string(annotate.StatusTodo), string(annotate.StatusInProgress), string(annotate.StatusDone)},
		func(s string) {
			if p.syncStatus || ctl.Document() == nil || annotate.Status(s) == ctl.Document().Status {
				return
			}
			ctl.Apply(annotate.SetStatus(ctl.Document().ID, annotate.Status(s)), nil, nil)
		})
	p.speakers = newSpeakerPanel(ctl)

	p.labels = container.NewGridWithColumns(2)
	p.showLabels()

	doc := container.NewVBox(container.NewBorder(nil, nil, widget.NewLabel("Status"), nil, p.status), p.docFields)
	body := container.NewVBox(
		p.attrs, p.links,
		heading("Stance"), p.stance.content,
		heading("Document"), doc,
		heading("Speakers and spans"), p.speakers.content,
	)
	// The panel keeps one width whatever it shows: content wider than it is
	// clipped or wrapped, and the article beside it never re-wraps on a
	// selection.
	p.scroll = container.NewVScroll(container.New(fixedWidth{w: panelWidth}, body))
	top := container.NewVBox(p.labels, heading("Selected span"), p.spanTitle, p.stanceLine)
	// The whole panel asks for no height: measuring it all on each layout
	// would cost a key press milliseconds, and the window is taller anyway.
	p.content = container.New(fixedWidth{w: panelWidth, noHeight: true}, container.NewBorder(top, nil, nil, nil, p.scroll))
	return p
}

// panelWidth is the annotation panel's least width; the split gives it more
// when the window is wide.
const panelWidth = 250

// noSpanText is what the panel says with nothing selected.
const noSpanText = "Select a span, or select text and press a label key."

// suggestionsHint shows a newcomer how to work through suggestions, while
// the document has some and nothing is selected.
func suggestionsHint(pending int) string {
	return fmt.Sprintf("This article has %s (outlined in the text). "+
		"Press ] to go to the next suggested statement with its speaker and cue, "+
		"Enter to accept it, Backspace to reject it, F, A or N to accept it with a stance; [ goes back.",
		plural(pending, "suggestion", "suggestions"))
}

// fixedWidth lays its objects out over its whole size but asks for only w
// in width, whatever they ask for, so a container's width does not follow
// its content; with noHeight it asks for no height either.
type fixedWidth struct {
	w        float32
	noHeight bool
}

// MinSize is part of fyne.Layout.
func (f fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if f.noHeight {
		return fyne.NewSize(f.w, 0)
	}
	h := float32(0)
	for _, o := range objects {
		if o.Visible() {
			h = max(h, o.MinSize().Height)
		}
	}
	return fyne.NewSize(f.w, h)
}

// Layout is part of fyne.Layout.
func (f fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// setEnabled enables or disables the label buttons (disabled while a
// project opens).
func (p *annotationPanel) setEnabled(on bool) {
	for _, b := range p.buttons {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// showLabels lays out a button for each of the schema's labels with its key,
// again whenever the project's schema changes.
func (p *annotationPanel) showLabels() {
	ctl := p.ctl
	sch := ctl.Schema()
	p.labels.RemoveAll()
	p.buttons = p.buttons[:0]
	for n := 1; n <= 9; n++ {
		l, ok := sch.LabelAt(n)
		if !ok {
			continue
		}
		key := n
		btn := widget.NewButton(fmt.Sprintf("%d %s", n, l.Name), func() { ctl.Tag(key) })
		swatch := canvas.NewRectangle(tint(sch.Color(l.Name), 0x70))
		p.buttons = append(p.buttons, btn)
		p.labels.Add(container.NewStack(swatch, btn))
	}
	p.labels.Refresh()
	// The fields and attributes come from the schema too: build them anew.
	p.built, p.builtDoc = panelState{}, ""
}

// heading is a section title in the panel.
func heading(text string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(widget.NewSeparator(), l)
}

// tint is c at opacity a.
func tint(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}

// refresh shows the controller's current document and selection.
func (p *annotationPanel) refresh() {
	p.showStanceLine()
	changed := p.showSpan()
	changed = p.showDocument() || changed
	changed = p.stance.refresh() || changed
	changed = p.speakers.refresh() || changed
	if changed {
		// Sections grew or shrank: lay the whole column out again.
		p.scroll.Refresh()
	}
}

// panelState is what a part of the panel was last built from: the
// annotations as loaded (each reload is a new value) and the selection.
type panelState struct {
	ann      *annotate.Annotations
	selected string
	target   string
	names    int
}

func (c *Controller) panelState() panelState {
	return panelState{ann: c.ann, selected: c.selected, target: c.target, names: len(c.canonicals)}
}

// showSpan shows the selected span: label and text, attributes, links.
func (p *annotationPanel) showSpan() bool {
	s := p.ctl.SelectedSpan()
	key := p.ctl.panelState()
	key.target = ""
	if key == p.built {
		return false
	}
	p.built = key
	p.attrs.RemoveAll()
	p.links.RemoveAll()
	if s == nil {
		text := noSpanText
		if ann := p.ctl.Annotations(); ann != nil {
			if _, pending := spanCounts(ann); pending > 0 {
				text = suggestionsHint(pending)
			}
		}
		p.spanTitle.SetText(text)
		return true
	}
	state := ""
	if s.Status == annotate.SpanPending {
		state = "  (suggestion: Enter accepts, Backspace rejects)"
	}
	p.spanTitle.SetText(fmt.Sprintf("%s · %s%s", s.Label, clip(p.ctl.SpanText(s), 160), state))
	for _, a := range p.attrDefs(s.Label) {
		p.attrs.Add(p.attrField(s, a))
	}
	p.attrs.Add(p.noteField(s))
	p.showLinks(s)
	return true
}

// showStanceLine shows the selected statement's stances, in one line each.
func (p *annotationPanel) showStanceLine() {
	s := p.ctl.SelectedSpan()
	var lines []string
	if s != nil && s.Label == annotate.LabelStatement {
		for _, st := range p.ctl.Annotations().Stances {
			if st.Statement == s.ID {
				lines = append(lines, fmt.Sprintf("stance: %s toward “%s”", st.Label, clip(p.ctl.TargetText(st.Target), 40)))
			}
		}
	}
	text := strings.Join(lines, "\n")
	if text == "" {
		p.stanceLine.Hide()
	} else {
		p.stanceLine.Show()
	}
	if p.stanceLine.Text != text {
		p.stanceLine.SetText(text)
	}
}

// attrDefs are the attributes of label in the schema, less note (which has
// its own field).
func (p *annotationPanel) attrDefs(label string) []annotate.AttrDef {
	sch := p.ctl.Schema()
	l, ok := sch.Label(label)
	if !ok {
		return nil
	}
	var out []annotate.AttrDef
	for _, a := range append(slices.Clone(l.Attributes), sch.SpanAttributes...) {
		if a.Name != "note" {
			out = append(out, a)
		}
	}
	return out
}

// attrField is the widget for one attribute: a choice, a check box, or a
// text field saved on Enter (the canonical name completes from the
// project's names).
func (p *annotationPanel) attrField(s *annotate.Span, a annotate.AttrDef) fyne.CanvasObject {
	ctl := p.ctl
	id := s.ID
	cur, has := s.Attrs[a.Name]
	var w fyne.CanvasObject
	switch a.Type {
	case annotate.AttrChoice:
		sel := widget.NewSelect(append([]string{noChoice}, a.Choices...), nil)
		if v, ok := cur.(string); ok && has {
			sel.Selected = v
		} else {
			sel.Selected = noChoice
		}
		sel.OnChanged = func(v string) {
			var val any = v
			if v == noChoice {
				val = nil
			}
			e, err := annotate.SetAttr(ctl.Annotations(), id, a.Name, val)
			ctl.Apply(e, err, nil)
		}
		w = sel
	case annotate.AttrBool:
		chk := widget.NewCheck("", nil)
		chk.Checked, _ = cur.(bool)
		chk.OnChanged = func(v bool) {
			e, err := annotate.SetAttr(ctl.Annotations(), id, a.Name, v)
			ctl.Apply(e, err, nil)
		}
		w = chk
	default:
		var entry *widget.Entry
		if a.Name == "canonical" && s.Label == annotate.LabelSpeaker {
			se := widget.NewSelectEntry(ctl.CanonicalNames())
			entry = &se.Entry
			w = se
		} else {
			entry = widget.NewEntry()
			w = entry
		}
		entry.SetText(attrText(cur))
		entry.SetPlaceHolder(a.Description)
		entry.OnSubmitted = func(text string) {
			val, err := parseAttr(a, text)
			if err != nil {
				ctl.say(err.Error())
				return
			}
			var e annotate.Edit
			if a.Name == "canonical" && s.Label == annotate.LabelSpeaker {
				e, err = annotate.SetCanonical(ctl.Annotations(), id, text)
			} else {
				e, err = annotate.SetAttr(ctl.Annotations(), id, a.Name, val)
			}
			ctl.Apply(e, err, nil)
		}
		if se, ok := w.(*widget.SelectEntry); ok {
			se.OnChanged = func(text string) {
				// Picking a name from the list saves it at once.
				if slices.Contains(ctl.CanonicalNames(), text) && text != attrText(cur) {
					entry.OnSubmitted(text)
				}
			}
		}
	}
	return container.NewBorder(nil, nil, widget.NewLabel(a.Name), nil, w)
}

// noteField is the span's free note, saved on Enter.
func (p *annotationPanel) noteField(s *annotate.Span) fyne.CanvasObject {
	id := s.ID
	note := widget.NewEntry()
	note.SetText(s.Note)
	note.SetPlaceHolder("note (Enter saves)")
	note.OnSubmitted = func(text string) {
		e, err := annotate.SetNote(p.ctl.Annotations(), id, text)
		p.ctl.Apply(e, err, nil)
	}
	return container.NewBorder(nil, nil, widget.NewLabel("note"), nil, note)
}

// attrText is an attribute value as a text field shows it.
func attrText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = fmt.Sprint(e)
		}
		return strings.Join(parts, ", ")
	case []string:
		return strings.Join(x, ", ")
	}
	return fmt.Sprint(v)
}

// parseAttr reads a text field's value as attribute a's type; empty clears it.
func parseAttr(a annotate.AttrDef, text string) (any, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, nil
	}
	switch a.Type {
	case annotate.AttrList:
		var out []any
		for _, part := range strings.Split(text, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
		return out, nil
	case annotate.AttrNumber:
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return nil, fmt.Errorf("%s must be a number, not %q", a.Name, text)
		}
		return f, nil
	}
	return text, nil
}

// showLinks lists the selected span's relations, each with a remove
// button, and a picker to add one.
func (p *annotationPanel) showLinks(s *annotate.Span) {
	ctl := p.ctl
	ann := ctl.Annotations()
	if s.Label == annotate.LabelStatement {
		info := annotate.StatementView(ctl.Document(), ann, s.ID)
		said := "said by: —  (S, Shift+S, P)"
		if info.Speaker != nil {
			said = "said by: " + info.SpeakerName
		}
		cue := "cue: —  (C, Shift+C)"
		if info.Cue != nil {
			cue = "cue: " + ctl.SpanText(info.Cue)
		}
		p.links.Add(widget.NewLabel(said))
		p.links.Add(widget.NewLabel(cue))
	}
	for _, r := range ann.Relations {
		if r.Status == annotate.SpanRejected || (r.Head != s.ID && r.Child != s.ID) {
			continue
		}
		other, arrow := r.Child, r.Label+" → "
		if r.Child == s.ID {
			other, arrow = r.Head, r.Label+" ← "
		}
		rel := r
		o := ctl.span(other)
		text := other
		if o != nil {
			text = o.Label + " · " + clip(ctl.SpanText(o), 60)
		}
		label := widget.NewLabel(arrow + text)
		label.Truncation = fyne.TextTruncateEllipsis // keep the panel narrow
		remove := widget.NewButton("✕", func() { ctl.Unlink(rel.Label, rel.Head, rel.Child) })
		open := widget.NewButton("→", func() { ctl.SelectSpan(other) })
		p.links.Add(container.NewBorder(nil, nil, nil, container.NewHBox(open, remove), label))
	}
	p.links.Add(p.addRelation(s))
}

// addRelation is the picker that links the selected span to another: the
// relations its label may head, then the spans that may be their child.
func (p *annotationPanel) addRelation(s *annotate.Span) fyne.CanvasObject {
	ctl := p.ctl
	sch := ctl.Schema()
	var rels []string
	for _, r := range sch.Relations {
		if slices.Contains(r.Head, s.Label) {
			rels = append(rels, r.Name)
		}
	}
	if len(rels) == 0 {
		return widget.NewLabel("")
	}
	var childIDs []string
	child := widget.NewSelect(nil, nil)
	child.PlaceHolder = "span…"
	rel := widget.NewSelect(rels, func(name string) {
		childIDs = childIDs[:0]
		var opts []string
		for _, c := range ctl.Annotations().Spans {
			if c.ID == s.ID || c.Status == annotate.SpanRejected || !sch.AllowsRelation(name, s.Label, c.Label) {
				continue
			}
			childIDs = append(childIDs, c.ID)
			// In words, numbered when two read alike: ids mean nothing here.
			opt := fmt.Sprintf("%s · %s", c.Label, clip(ctl.SpanText(&c), 28))
			for n := 2; slices.Contains(opts, opt); n++ {
				opt = fmt.Sprintf("%s · %s (%d)", c.Label, clip(ctl.SpanText(&c), 28), n)
			}
			opts = append(opts, opt)
		}
		child.Options = opts
		child.ClearSelected()
		child.Refresh()
	})
	rel.PlaceHolder = "add relation…"
	link := widget.NewButton("Link", func() {
		i := child.SelectedIndex()
		if rel.Selected == "" || i < 0 || i >= len(childIDs) {
			ctl.say("choose a relation and a span to link")
			return
		}
		ctl.Link(rel.Selected, s.ID, childIDs[i])
	})
	return container.NewBorder(nil, nil, nil, link, container.NewGridWithColumns(2, rel, child))
}

// showDocument shows the document's status and labels (genre, topics…).
func (p *annotationPanel) showDocument() bool {
	doc := p.ctl.Document()
	p.syncStatus = true
	switch {
	case doc == nil:
		p.status.ClearSelected()
	case p.status.Selected != string(doc.Status):
		p.status.SetSelected(string(doc.Status))
	}
	p.syncStatus = false
	key := ""
	if doc != nil && p.ctl.Annotations() != nil {
		b, _ := json.Marshal(p.ctl.Annotations().DocLabels)
		key = doc.ID + "\x00" + string(b)
	}
	if key == p.builtDoc {
		return false
	}
	p.builtDoc = key
	p.docFields.RemoveAll()
	if doc == nil || p.ctl.Annotations() == nil {
		return true
	}
	labels := p.ctl.Annotations().DocLabels
	for _, f := range p.ctl.Schema().DocFields {
		p.docFields.Add(p.docField(doc.ID, f, labels[f.Name]))
	}
	return true
}

func (p *annotationPanel) docField(docID string, f annotate.AttrDef, cur any) fyne.CanvasObject {
	ctl := p.ctl
	var w fyne.CanvasObject
	switch f.Type {
	case annotate.AttrChoice:
		sel := widget.NewSelect(append([]string{noChoice}, f.Choices...), nil)
		sel.Selected = noChoice
		if v, ok := cur.(string); ok {
			sel.Selected = v
		}
		sel.OnChanged = func(v string) {
			var val any = v
			if v == noChoice {
				val = nil
			}
			e, err := annotate.SetDocLabel(docID, f.Name, val)
			ctl.Apply(e, err, nil)
		}
		w = sel
	case annotate.AttrBool:
		chk := widget.NewCheck("", nil)
		chk.Checked, _ = cur.(bool)
		chk.OnChanged = func(v bool) {
			e, err := annotate.SetDocLabel(docID, f.Name, v)
			ctl.Apply(e, err, nil)
		}
		w = chk
	default:
		entry := widget.NewEntry()
		entry.SetText(attrText(cur))
		if f.Type == annotate.AttrList {
			entry.SetPlaceHolder("comma-separated, Enter saves")
		} else {
			entry.SetPlaceHolder("Enter saves")
		}
		entry.OnSubmitted = func(text string) {
			val, err := parseAttr(f, text)
			if err != nil {
				ctl.say(err.Error())
				return
			}
			e, err := annotate.SetDocLabel(docID, f.Name, val)
			ctl.Apply(e, err, nil)
		}
		w = entry
	}
	return container.NewBorder(nil, nil, widget.NewLabel(f.Name), nil, w)
}

// clip shortens s to n characters with an ellipsis, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
