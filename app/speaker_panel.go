package app

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/suggest"
	"newsmark/store"
)

// speakerPanel lists the document's speakers by canonical name with how
// many statements each made, and all its spans; a click selects.
type speakerPanel struct {
	ctl      *Controller
	content  fyne.CanvasObject
	speakers *fyne.Container
	spans    *widget.List
	rows     []annotate.Span
	built    *annotate.Annotations
	shown    []speakerRow
}

// speakerRow is one speaker of the document.
type speakerRow struct {
	Name       string
	First      string // id of its first mention
	Mentions   int
	Statements int
}

func newSpeakerPanel(ctl *Controller) *speakerPanel {
	p := &speakerPanel{ctl: ctl, speakers: container.NewVBox()}
	p.spans = widget.NewList(
		func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateClip
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(p.rows) {
				o.(*widget.Label).SetText(spanRowText(ctl, &p.rows[i]))
			}
		})
	p.spans.OnSelected = func(i widget.ListItemID) {
		if i < len(p.rows) {
			ctl.SelectSpan(p.rows[i].ID)
		}
		p.spans.UnselectAll()
	}
	spans := container.NewVScroll(p.spans)
	spans.SetMinSize(fyne.NewSize(0, 220))
	p.content = container.NewVBox(widget.NewLabel("Speakers"), p.speakers, widget.NewLabel("Spans"), spans)
	return p
}

// spanRowText is a span as the spans list shows it.
func spanRowText(ctl *Controller, s *annotate.Span) string {
	mark := ""
	if s.Status == annotate.SpanPending {
		mark = "? "
	}
	return fmt.Sprintf("%s%s · %s", mark, s.Label, clip(ctl.SpanText(s), 60))
}

// speakerRows gathers the document's speakers by canonical name (following
// coref), with their statement counts, most statements first.
func speakerRows(doc *annotate.Document, ann *annotate.Annotations) []speakerRow {
	if doc == nil || ann == nil {
		return nil
	}
	byName := map[string]*speakerRow{}
	nameOf := map[string]string{}
	var order []string
	for _, s := range ann.Spans {
		if s.Label != annotate.LabelSpeaker || s.Status == annotate.SpanRejected {
			continue
		}
		name := annotate.ResolveCanonical(ann.Spans, ann.Relations, s.ID)
		if name == "" {
			name = annotate.Slice(doc.Text, s.Start, s.End)
		}
		nameOf[s.ID] = name
		r, ok := byName[name]
		if !ok {
			r = &speakerRow{Name: name, First: s.ID}
			byName[name] = r
			order = append(order, name)
		}
		r.Mentions++
	}
	for _, rel := range ann.Relations {
		if rel.Label == annotate.RelSaidBy && rel.Status != annotate.SpanRejected {
			if r, ok := byName[nameOf[rel.Child]]; ok {
				r.Statements++
			}
		}
	}
	rows := make([]speakerRow, len(order))
	for i, n := range order {
		rows[i] = *byName[n]
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Statements > rows[j].Statements })
	return rows
}

// refresh lists the open document's speakers and spans.
func (p *speakerPanel) refresh() bool {
	ann := p.ctl.Annotations()
	if ann == p.built && ann != nil {
		return false
	}
	p.built = ann
	p.rows = p.rows[:0]
	if ann != nil {
		for _, s := range ann.Spans {
			if s.Status != annotate.SpanRejected {
				p.rows = append(p.rows, s)
			}
		}
	}
	p.spans.Refresh()
	rows := speakerRows(p.ctl.Document(), ann)
	if slices.Equal(rows, p.shown) && ann != nil {
		return false
	}
	p.shown = rows
	p.speakers.RemoveAll()
	for _, r := range rows {
		first := r.First
		p.speakers.Add(widget.NewButton(fmt.Sprintf("%s · %s", clip(r.Name, 28), plural(r.Statements, "statement", "statements")),
			func() { p.ctl.SelectSpan(first) }))
	}
	return true
}

// pickSpeaker is P: choose the selected statement's speaker from the
// document's SPEAKER spans.
func (m *mainWindow) pickSpeaker() {
	ctl := m.ctl
	if !ctl.ready() {
		return
	}
	stmt := ctl.SelectedSpan()
	if stmt == nil || stmt.Label != annotate.LabelStatement {
		ctl.say("select a STATEMENT first")
		return
	}
	var speakers []annotate.Span
	for _, s := range ctl.Annotations().Spans {
		if s.Label == annotate.LabelSpeaker && s.Status != annotate.SpanRejected {
			speakers = append(speakers, s)
		}
	}
	if len(speakers) == 0 {
		ctl.say("no SPEAKER in this document yet: tag one first")
		return
	}
	head := stmt.ID
	var d dialog.Dialog
	list := widget.NewList(
		func() int { return len(speakers) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			s := speakers[i]
			text := ctl.SpanText(&s)
			if name := annotate.ResolveCanonical(ctl.Annotations().Spans, ctl.Annotations().Relations, s.ID); name != "" && name != text {
				text += " (" + name + ")"
			}
			o.(*widget.Label).SetText(text)
		})
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		ctl.Link(annotate.RelSaidBy, head, speakers[i].ID)
	}
	m.pickerOpen = true
	d = dialog.NewCustom("Who said it?", "Cancel", container.NewVScroll(list), m.win)
	d.SetOnClosed(func() {
		m.pickerOpen = false
		m.win.Canvas().Focus(m.view)
	})
	d.Resize(fyne.NewSize(420, 360))
	d.Show()
	m.win.Canvas().Focus(list)
}

// suggestHere is Annotate › Suggest for this document.
func (m *mainWindow) suggestHere() {
	analyst := m.ctl.Analyst()
	m.ctl.Suggest(func(ctx context.Context, st *store.Store, ids []string) (int, error) {
		return suggest.Run(ctx, st, analyst, ids, nil)
	})
}
