package app

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
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
	speakers *widget.List // only the rows in view are built: a long article has hundreds
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
	p := &speakerPanel{ctl: ctl}
	p.speakers = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(p.shown) {
				r := p.shown[i]
				o.(*widget.Label).SetText(fmt.Sprintf("%s · %s", clip(r.Name, 28), plural(r.Statements, "statement", "statements")))
			}
		})
	p.speakers.OnSelected = func(i widget.ListItemID) {
		if i < len(p.shown) {
			ctl.SelectSpan(p.shown[i].First)
		}
		p.speakers.UnselectAll()
	}
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
	speakers := container.NewVScroll(p.speakers)
	speakers.SetMinSize(fyne.NewSize(0, 160))
	p.content = container.NewVBox(widget.NewLabel("Speakers"), speakers, widget.NewLabel("Spans"), spans)
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
func speakerRows(ctl *Controller) []speakerRow {
	doc, ann := ctl.Document(), ctl.Annotations()
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
		name := ctl.CanonicalOf(s.ID)
		if name == "" {
			name = ctl.SpanText(&s)
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
	rows := speakerRows(p.ctl)
	if slices.Equal(rows, p.shown) && ann != nil {
		return false
	}
	p.shown = rows
	p.speakers.Refresh()
	return false // the list keeps its size: the column needs no new layout
}

// speakerGroup is one speaker of the document as P offers it: the
// canonical name (following coref) and its mentions in reading order.
type speakerGroup struct {
	Name     string
	Mentions []annotate.Span
}

// speakerGroups gathers the document's live SPEAKER spans by canonical
// name, in order of first mention.
func speakerGroups(ctl *Controller) []speakerGroup {
	ann := ctl.Annotations()
	var groups []speakerGroup
	at := map[string]int{}
	spans := slices.Clone(ann.Spans)
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for _, s := range spans {
		if s.Label != annotate.LabelSpeaker || s.Status == annotate.SpanRejected {
			continue
		}
		name := ctl.CanonicalOf(s.ID)
		if name == "" {
			name = ctl.SpanText(&s)
		}
		i, ok := at[name]
		if !ok {
			i = len(groups)
			at[name] = i
			groups = append(groups, speakerGroup{Name: name})
		}
		groups[i].Mentions = append(groups[i].Mentions, s)
	}
	return groups
}

// mentionsText lists a speaker's mentions, each once: “Peskov” · “he”.
func mentionsText(ctl *Controller, g speakerGroup) string {
	var seen []string
	for _, s := range g.Mentions {
		if t := clip(ctl.SpanText(&s), 30); !slices.Contains(seen, t) {
			seen = append(seen, t)
		}
	}
	for i := range seen {
		seen[i] = "“" + seen[i] + "”"
	}
	return strings.Join(seen, " · ")
}

// nearestMention is the mention of g a link from stmt goes to: the one
// closest to the statement, before or after it ("…," Lennox said).
func nearestMention(g speakerGroup, stmt *annotate.Span) string {
	best, dist := g.Mentions[0].ID, -1
	for _, s := range g.Mentions {
		d := 0
		switch {
		case s.End <= stmt.Start:
			d = stmt.Start - s.End
		case s.Start >= stmt.End:
			d = s.Start - stmt.End
		}
		if dist < 0 || d < dist {
			best, dist = s.ID, d
		}
	}
	return best
}

// pickSpeaker is P: choose the selected statement's speaker from the
// document's speakers, listed by canonical name with their mentions
// beneath. The link goes to the chosen speaker's mention nearest the
// statement. Up, Down and Enter pick; Esc cancels.
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
	groups := speakerGroups(ctl)
	if len(groups) == 0 {
		ctl.say("no SPEAKER in this document yet: tag one first")
		return
	}
	head := *stmt
	var d dialog.Dialog
	list := m.newKeyList(
		func() int { return len(groups) },
		func() fyne.CanvasObject {
			name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			mentions := widget.NewLabel("")
			mentions.Truncation = fyne.TextTruncateEllipsis
			mentions.SizeName = theme.SizeNameCaptionText
			return container.NewVBox(name, mentions)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%d  %s", i+1, groups[i].Name))
			box.Objects[1].(*widget.Label).SetText(mentionsText(ctl, groups[i]))
		})
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		ctl.Link(annotate.RelSaidBy, head.ID, nearestMention(groups[i], &head))
	}
	m.pickerOpen = true
	d = dialog.NewCustom("Who said it?", "Cancel", container.NewVScroll(list), m.win)
	d.SetOnClosed(func() {
		m.pickerOpen = false
		m.win.Canvas().Focus(m.view)
	})
	d.Resize(fyne.NewSize(460, 380))
	m.showModal(d, func() { list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }, nil)
	m.win.Canvas().Focus(list)
}

// suggestHere is Annotate › Suggest for this document.
func (m *mainWindow) suggestHere() {
	analyst := m.ctl.Analyst()
	m.ctl.Suggest(func(ctx context.Context, st *store.Store, ids []string) (int, error) {
		return suggest.Run(ctx, st, analyst, ids, nil)
	})
}
